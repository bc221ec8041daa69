// Limits a sentence puts on the permission (ANNOTATION.md §4): a term ("Kharkiv", "ATACMS")
// that a bound ("confined", "off-limits") restricts, unless the words around it show that it
// bounds nothing ("targeting Kharkiv"), or around the bound when it bounds nothing ("not only").
import type { PhraseMatch } from '../text/phrase.js';
import type { Token } from '../text/tokens.js';
import { NOTHING_MATCHED, topicMatches, type Matches, type Topic } from './topic.js';

/** A limit found: `at` and `end` are the tokens of its term. */
export interface LimitFinding { id: string; term: string; bound: string; rule: string; at: number; end: number }

function wordIndex(tokens: Token[]): number[] {
  const at: number[] = [];
  let w = 0;
  for (const t of tokens) { at.push(w); if (t.kind === 'word') w++; }
  return at;
}

function words(tokens: Token[], m: PhraseMatch, text: string): string {
  return text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end);
}

export function findLimits(tokens: Token[], text: string, topic: Topic, found: Matches = topicMatches(tokens, topic)): LimitFinding[] {
  // (a sentence in which no phrase matched has no term)
  if (found === NOTHING_MATCHED) return [];
  // (the words' places, made only for a sentence with a term and a bound)
  let at: number[] | null = null;
  const out: LimitFinding[] = [];
  for (const limit of topic.limits) {
    const cancels = found(limit.cancels);
    const bounds = found(limit.bounds);
    for (const term of found(limit.terms)) {
      if (cancels.some((c) => c.start <= term.start && c.end >= term.end)) continue;
      // a cancelling phrase around the bound unmakes it ("not only", "doesn't have")
      const bound = bounds.find((b) => (b.start < term.start || b.end > term.end) && Math.abs((at ??= wordIndex(tokens))[b.start]! - at[term.start]!) <= limit.window
        && !cancels.some((c) => c.start <= b.start && c.end >= b.end));
      if (!bound) continue;
      out.push({ id: limit.id, term: words(tokens, term, text), bound: words(tokens, bound, text), rule: `limit.${limit.id}`, at: term.start, end: term.end });
      break;
    }
  }
  return out;
}
