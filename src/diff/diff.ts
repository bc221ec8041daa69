// `claims diff`: what two articles attribute to each speaker, joined by speaker.
import { z } from 'zod';
import { SCHEMA_VERSION } from '../schema.js';
import { compareNames, joinSpeakers, SideSchema, SpeakerRefSchema, summarizeArticle, type ArticleClaims, type Side } from './summary.js';

// The order of the options is the order of the rows: differences first.
export const DiffStatusSchema = z.enum(['conflict', 'changed', 'only-a', 'only-b', 'same']);
export type DiffStatus = z.infer<typeof DiffStatusSchema>;

export const ArticleRefSchema = z.object({ article: z.string(), file: z.string() });
export type ArticleRef = z.infer<typeof ArticleRefSchema>;

export const DiffRowSchema = z.object({
  speaker: SpeakerRefSchema,
  status: DiffStatusSchema,
  a: SideSchema.nullable(),
  b: SideSchema.nullable(),
});
export type DiffRow = z.infer<typeof DiffRowSchema>;

/** A row as an NDJSON record of its own: it says what it is and names the two articles. */
export const DiffRowRecordSchema = z.object({
  type: z.literal('diff-row'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  articleA: z.string().describe('the article id of side a'),
  articleB: z.string().describe('the article id of side b'),
  ...DiffRowSchema.shape,
});
export type DiffRowRecord = z.infer<typeof DiffRowRecordSchema>;

export const DiffSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  a: ArticleRefSchema,
  b: ArticleRefSchema,
  rows: z.array(DiffRowSchema),
});
export type Diff = z.infer<typeof DiffSchema>;

function sameLimits(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((limit, i) => limit === b[i]);
}

/** The status of a speaker's row, from the two sides (null where the article does not name them). */
export function statusOf(a: Side | null, b: Side | null): DiffStatus {
  if (a === null && b === null) throw new Error('a diff row needs at least one side');
  if (b === null) return 'only-a';
  if (a === null) return 'only-b';
  // Only support against oppose is a conflict: `limited` already concedes part of the other
  // side, so limited against oppose (or support) is a change of degree, `changed`.
  const pair = new Set([a.stance, b.stance]);
  if (pair.has('support') && pair.has('oppose')) return 'conflict';
  return a.stance === b.stance && sameLimits(a.limits, b.limits) ? 'same' : 'changed';
}

/** Rows in report order: by status (conflict, changed, only-a, only-b, same), then by name. */
export function compareRows(x: DiffRow, y: DiffRow): number {
  const order = DiffStatusSchema.options;
  return order.indexOf(x.status) - order.indexOf(y.status) || compareNames(x.speaker.name, y.speaker.name);
}

export function diffArticles(a: ArticleClaims, b: ArticleClaims): Diff {
  const join = joinSpeakers([a, b]);
  const sidesA = summarizeArticle(a.claims, join);
  const sidesB = summarizeArticle(b.claims, join);
  const rows: DiffRow[] = [];
  for (const id of new Set([...sidesA.keys(), ...sidesB.keys()])) {
    const inA = sidesA.get(id);
    const inB = sidesB.get(id);
    const speaker = (inA ?? inB)!.speaker;
    const sideA = inA?.side ?? null;
    const sideB = inB?.side ?? null;
    rows.push({ speaker, status: statusOf(sideA, sideB), a: sideA, b: sideB });
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    a: { article: a.article, file: a.file },
    b: { article: b.article, file: b.file },
    rows: rows.sort(compareRows),
  };
}

/** The same diff seen from the other article: sides swapped, only-a and only-b exchanged. */
export function swapDiff(diff: Diff): Diff {
  const swapStatus = (s: DiffStatus): DiffStatus => (s === 'only-a' ? 'only-b' : s === 'only-b' ? 'only-a' : s);
  return {
    schemaVersion: diff.schemaVersion,
    a: diff.b,
    b: diff.a,
    rows: diff.rows.map((r) => ({ speaker: r.speaker, status: swapStatus(r.status), a: r.b, b: r.a })).sort(compareRows),
  };
}

export function hasDifferences(diff: Diff): boolean {
  return diff.rows.some((row) => row.status !== 'same');
}

/** `--exit-code` works like `git diff --exit-code`: 1 when anything differs. */
export function diffExitCode(diff: Diff, exitCodeFlag: boolean): 0 | 1 {
  return exitCodeFlag && hasDifferences(diff) ? 1 : 0;
}
