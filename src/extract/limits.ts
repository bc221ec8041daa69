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

/** Whether a cancelling phrase covers the match. */
function cancelled(cancels: readonly PhraseMatch[], m: PhraseMatch): boolean {
  for (let n = 0; n < cancels.length; n++) if (cancels[n]!.start <= m.start && cancels[n]!.end >= m.end) return true;
  return false;
}

/** The first bound within the limit's window of the term, outside it and not cancelled (`at`: each token's word number). */
function boundOf(bounds: readonly PhraseMatch[], cancels: readonly PhraseMatch[], term: PhraseMatch, at: number[], window: number): PhraseMatch | undefined {
  for (let n = 0; n < bounds.length; n++) {
    const b = bounds[n]!;
    if ((b.start < term.start || b.end > term.end) && Math.abs(at[b.start]! - at[term.start]!) <= window && !cancelled(cancels, b)) return b;
  }
  return undefined;
}

/** (Loops by index and small functions, no closures: a smaller graph for V8 to compile.) */
export function findLimits(tokens: Token[], text: string, topic: Topic, found: Matches = topicMatches(tokens, topic)): LimitFinding[] {
  // (a sentence in which no phrase matched has no term)
  if (found === NOTHING_MATCHED) return [];
  // (the words' places, made only for a sentence with a term and a bound)
  let at: number[] | null = null;
  const out: LimitFinding[] = [];
  const limits = topic.limits;
  for (let l = 0; l < limits.length; l++) {
    const limit = limits[l]!;
    const terms = found(limit.terms);
    if (terms.length === 0) continue;
    const cancels = found(limit.cancels);
    const bounds = found(limit.bounds);
    for (let n = 0; n < terms.length; n++) {
      const term = terms[n]!;
      if (cancelled(cancels, term)) continue;
      // a cancelling phrase around the bound unmakes it ("not only", "doesn't have")
      if (bounds.length === 0) continue;
      const bound = boundOf(bounds, cancels, term, at ??= wordIndex(tokens), limit.window);
      if (!bound) continue;
      out.push({ id: limit.id, term: words(tokens, term, text), bound: words(tokens, bound, text), rule: `limit.${limit.id}`, at: term.start, end: term.end });
      break;
    }
  }
  return out;
}
