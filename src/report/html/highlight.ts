// The words to mark in an evidence sentence: each speaker's mention, the cue, and the words of
// each limit. From the record's findings when it has them (offsets the rules reported), else
// found again in the sentence: mentions and the cue as written in the record, limit words by the
// topic's own limit rules (findLimits), so a mark is always a word the extractor read.
import type { Claim } from '../../schema.js';
import { findLimits } from '../../extract/limits.js';
import { tokenize } from '../../extract/tokens.js';
import type { Topic } from '../../extract/topic.js';

/** What a mark is: the cue, a limit word, a stance word, or the mention of the speaker in row `kind - MARK_MENTION`. */
export const MARK_CUE = 0;
export const MARK_LIMIT = 1;
export const MARK_STANCE = 2;
export const MARK_MENTION = 3;

/** A rule's match: offsets into the article (or sentence) when known, else only its words. */
export interface WordsFound { ruleId: string; start?: number; end?: number; words?: string }

/** [start, end, kind] with offsets into the sentence text; sorted, never overlapping. */
export type Mark = [start: number, end: number, kind: number];

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** The first place `words` stands in `text` as whole words: as written, else in any case. */
export function findWords(text: string, words: string): [number, number] | null {
  if (words === '') return null;
  const lower = text.toLowerCase();
  // lower-casing can change a string's length (U+0130), and then its offsets are not the text's
  const hays = lower.length === text.length ? [text, lower] : [text];
  for (const hay of hays) {
    const needle = hay === text ? words : words.toLowerCase();
    for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (!isWordChar(text[at - 1]) && !isWordChar(text[end])) return [at, end];
    }
  }
  return null;
}

/** A finding's span in the sentence: its offsets are into the article (or, failing that, the sentence). */
function findingSpan(claim: Claim, f: WordsFound): [number, number] | null {
  if (f.start === undefined || f.end === undefined) return f.words === undefined ? null : findWords(claim.text, f.words);
  const fits = (s: number, e: number) => e <= claim.text.length && (f.words === undefined || claim.text.slice(s, e).toLowerCase() === f.words.toLowerCase());
  if (f.start >= claim.start && f.end <= claim.end && fits(f.start - claim.start, f.end - claim.start)) return [f.start - claim.start, f.end - claim.start];
  if (fits(f.start, f.end)) return [f.start, f.end];
  return f.words === undefined ? null : findWords(claim.text, f.words);
}

function kindOfFinding(ruleId: string): number | null {
  if (ruleId.startsWith('limit.')) return MARK_LIMIT;
  if (ruleId.startsWith('stance.')) return MARK_STANCE;
  return null;
}

/**
 * Marks that do not overlap: mentions, then the cue, then limit words, then stance words keep
 * their place, and a mark that overlaps one kept before it is dropped.
 */
function disjoint(marks: Mark[]): Mark[] {
  const rank = (kind: number) => (kind >= MARK_MENTION ? 0 : kind === MARK_CUE ? 1 : kind === MARK_LIMIT ? 2 : 3);
  const kept: Mark[] = [];
  for (const m of [...marks].filter(([s, e]) => e > s).sort((x, y) => rank(x[2]) - rank(y[2]) || x[0] - y[0])) {
    if (!kept.some(([s, e]) => m[0] < e && s < m[1])) kept.push(m);
  }
  return kept.sort((x, y) => x[0] - y[0]);
}

export interface MarkContext {
  topic: Topic;
  findings: readonly WordsFound[];
  /** the row of a speaker's canonical name, undefined when the report has no row for it */
  rowOf: (name: string) => number | undefined;
}

export function marksOf(claim: Claim, ctx: MarkContext): Mark[] {
  const marks: Mark[] = [];
  for (const s of claim.speakers) {
    const row = ctx.rowOf(s.name);
    const span = row === undefined ? null : findWords(claim.text, s.mention);
    if (span) marks.push([span[0], span[1], MARK_MENTION + row!]);
  }
  const fromFindings: Mark[] = [];
  for (const f of ctx.findings) {
    const kind = kindOfFinding(f.ruleId);
    const span = kind === null ? null : findingSpan(claim, f);
    if (span) fromFindings.push([span[0], span[1], kind!]);
  }
  marks.push(...fromFindings);
  if (claim.limits.length > 0 && !fromFindings.some((m) => m[2] === MARK_LIMIT)) {
    const wanted = new Set(claim.limits);
    for (const l of findLimits(tokenize(claim.text), claim.text, ctx.topic)) {
      if (!wanted.has(l.id)) continue;
      for (const words of [l.term, l.bound]) {
        const span = findWords(claim.text, words);
        if (span) marks.push([span[0], span[1], MARK_LIMIT]);
      }
    }
  }
  if (claim.cue !== null) {
    const span = findWords(claim.text, claim.cue);
    if (span) marks.push([span[0], span[1], MARK_CUE]);
  }
  return disjoint(marks);
}
