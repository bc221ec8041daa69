// The words to mark in an evidence sentence: each speaker's mention, the cue, the words of each
// limit and the stance words. From the claim's findings when there are any (offsets the rules
// reported, into the article); else found again in the sentence: mentions and the cue as written
// in the record, limit words from `limitWords` (the command asks the pack's own limit rule), so a
// mark is always a word the extractor read.
import type { Claim, Finding } from '../../schema.js';

/** What a mark is: the cue, a limit word, a stance word, or the mention of the speaker in row `kind - MARK_MENTION`. */
export const MARK_CUE = 0;
export const MARK_LIMIT = 1;
export const MARK_STANCE = 2;
export const MARK_MENTION = 3;

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

/** A finding's span in the sentence: its offsets are into the article; failing that, its words are looked for. */
function findingSpan(claim: Claim, f: Pick<Finding, 'start' | 'end' | 'words'>): [number, number] | null {
  const start = f.start - claim.start;
  const end = f.end - claim.start;
  if (start >= 0 && end <= claim.text.length && claim.text.slice(start, end).toLowerCase() === f.words.toLowerCase()) return [start, end];
  return findWords(claim.text, f.words);
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
  /** what the rules found in the claim (its `findings`, or the explanation of an extraction) */
  findings: readonly Finding[];
  /** the row of a speaker's name, undefined when the report has no row for it */
  rowOf: (name: string) => number | undefined;
  /** the words of the claim's limits, for a claim without findings */
  limitWords: (claim: Claim) => string[];
}

function marksFromFindings(claim: Claim, ctx: MarkContext): Mark[] {
  const marks: Mark[] = [];
  const add = (span: [number, number] | null, kind: number) => { if (span) marks.push([span[0], span[1], kind]); };
  for (const f of ctx.findings) {
    const c = f.contribution;
    if (c.type === 'holder') {
      const row = ctx.rowOf(c.name);
      if (row !== undefined) add(findingSpan(claim, f), MARK_MENTION + row);
    } else if (c.type === 'limit') {
      add(findingSpan(claim, f), MARK_LIMIT);
      add(findWords(claim.text, c.bound), MARK_LIMIT);
    } else if (c.type === 'vote' && c.stance === claim.stance && !c.negated) {
      add(findingSpan(claim, f), MARK_STANCE);
    }
  }
  return marks;
}

export function marksOf(claim: Claim, ctx: MarkContext): Mark[] {
  const marks = marksFromFindings(claim, ctx);
  for (const s of claim.speakers) {
    const row = ctx.rowOf(s.name);
    if (row === undefined || marks.some((m) => m[2] === MARK_MENTION + row)) continue;
    const span = findWords(claim.text, s.mention);
    if (span) marks.push([span[0], span[1], MARK_MENTION + row]);
  }
  if (claim.limits.length > 0 && !marks.some((m) => m[2] === MARK_LIMIT)) {
    for (const words of ctx.limitWords(claim)) {
      const span = findWords(claim.text, words);
      if (span) marks.push([span[0], span[1], MARK_LIMIT]);
    }
  }
  if (claim.cue !== null) {
    const span = findWords(claim.text, claim.cue);
    if (span) marks.push([span[0], span[1], MARK_CUE]);
  }
  return disjoint(marks);
}
