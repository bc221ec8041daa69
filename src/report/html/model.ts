// What the HTML report shows, as compact plain data: articles in date order, the speaker ×
// article grid (from buildMatrix), the sentences behind each cell with their marks, and each
// speaker's summary. The page embeds it as JSON; the browser only draws it.
import { STANCES, type Claim, type Finding, type InputError, type Stance } from '../../schema.js';
import { buildMatrix } from '../../diff/matrix.js';
import { joinSpeakers, summarizeArticle, type ArticleClaims } from '../../diff/summary.js';
import type { Pack } from '../../packs/schema.js';
import { marksOf } from './highlight.js';
import { publishedTime, type ArticleMeta } from './record-extras.js';

export interface ReportArticle extends ArticleClaims {
  meta: ArticleMeta | null;
  /** what the rules matched in each claim, by claim id, when the records say */
  findings?: ReadonlyMap<string, readonly Finding[]>;
}

export interface ReportInput {
  title: string;
  /** the topic: its proposition and the labels of its limits */
  pack: Pack;
  /** the words of a claim's limits, for claims without findings */
  limitWords: (claim: Claim) => string[];
  articles: readonly ReportArticle[];
  failed: readonly InputError[];
}

/** [id, file, title, published, url]: url only when it is http(s). */
export type ArticleData = [id: string, file: string, title: string | null, published: string | null, url: string | null];
/** One cell: the article's column, its stance, counts by stance (STANCES order), mixed, limits and sentences (indices). */
export type CellData = [article: number, stance: number, support: number, limited: number, oppose: number, neutral: number, mixed: 0 | 1, limits: number[], sentences: number[]];
/** A change of a speaker's stance between two consecutive articles that give one: [article, from, to]. */
export type ChangeData = [article: number, from: number, to: number];
export interface SummaryData {
  /** sentences by stance over all the speaker's articles (STANCES order) */
  counts: [number, number, number, number];
  /** stance in the first and last article naming the speaker with a stance (neutral when none has) */
  first: number;
  last: number;
  changes: ChangeData[];
}
export interface SpeakerData { name: string; kind: string; cells: CellData[]; summary: SummaryData }
/** [article, line, stance, text, marks as flat [start, end, kind] triples] */
export type SentenceData = [article: number, line: number, stance: number, text: string, marks: number[]];

export interface ReportData {
  v: 1;
  title: string;
  /** what support and oppose are toward: the topic pack's proposition */
  proposition: string;
  stances: readonly Stance[];
  /** [limit id, label] */
  limits: Array<[string, string]>;
  articles: ArticleData[];
  speakers: SpeakerData[];
  sentences: SentenceData[];
  failed: Array<[file: string, message: string]>;
}

/** Dated articles first in time order, then the undated ones, each group in input order. */
export function inDateOrder<T extends { meta: ArticleMeta | null }>(articles: readonly T[]): T[] {
  const timed = articles.map((a, k) => ({ a, k, t: publishedTime(a.meta) }));
  return timed
    .sort((x, y) => (x.t === null ? 1 : 0) - (y.t === null ? 1 : 0) || (x.t ?? 0) - (y.t ?? 0) || x.k - y.k)
    .map(({ a }) => a);
}

/** Only a web address is kept as a link: never `javascript:`, `data:` or a relative path. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const stanceIndex = (s: Stance) => STANCES.indexOf(s);

/** First and last stance, and each change, over a speaker's cells in article order; neutral cells are skipped. */
export function summarize(cells: readonly CellData[]): SummaryData {
  const counts: SummaryData['counts'] = [0, 0, 0, 0];
  const neutral = stanceIndex('neutral');
  const changes: ChangeData[] = [];
  let first = neutral;
  let last = neutral;
  for (const c of cells) {
    counts[0] += c[2];
    counts[1] += c[3];
    counts[2] += c[4];
    counts[3] += c[5];
    const stance = c[1];
    if (stance === neutral) continue;
    if (first === neutral) first = stance;
    else if (stance !== last) changes.push([c[0], last, stance]);
    last = stance;
  }
  return { counts, first, last, changes };
}

export function buildReport(input: ReportInput): ReportData {
  const articles = inDateOrder(input.articles);
  const matrix = buildMatrix(articles);
  const join = joinSpeakers(articles);
  const rowById = new Map<string, number>();
  matrix.rows.forEach((row, k) => rowById.set(join(row.speaker.name)!.id, k));
  const rowOf = (name: string) => {
    const id = join(name)?.id;
    return id === undefined ? undefined : rowById.get(id);
  };

  const limitIds = new Map<string, number>();
  const limitOf = (id: string) => {
    if (!limitIds.has(id)) limitIds.set(id, limitIds.size);
    return limitIds.get(id)!;
  };
  const sentences: SentenceData[] = [];
  const speakers: SpeakerData[] = matrix.rows.map((row) => ({ name: row.speaker.name, kind: row.speaker.kind, cells: [], summary: summarize([]) }));

  articles.forEach((article, col) => {
    const byN = new Map<number, Claim>();
    for (const c of article.claims) if (!byN.has(c.n)) byN.set(c.n, c);
    const sentenceAt = new Map<number, number>();
    const sentenceOf = (n: number) => {
      let k = sentenceAt.get(n);
      if (k === undefined) {
        const claim = byN.get(n)!;
        const marks = marksOf(claim, { findings: article.findings?.get(claim.id) ?? claim.findings ?? [], rowOf, limitWords: input.limitWords });
        k = sentences.length;
        sentences.push([col, claim.line, stanceIndex(claim.stance), claim.text, marks.flat()]);
        sentenceAt.set(n, k);
      }
      return k;
    };
    for (const [id, { side }] of summarizeArticle(article.claims, join)) {
      const row = rowById.get(id);
      if (row === undefined) continue;
      const { support, limited, oppose, neutral } = side.counts;
      speakers[row]!.cells.push([
        col, stanceIndex(side.stance), support, limited, oppose, neutral, side.mixed ? 1 : 0,
        side.limits.map(limitOf), side.sentences.map((s) => sentenceOf(s.n)),
      ]);
    }
  });
  for (const s of speakers) s.summary = summarize(s.cells);

  const labels = new Map(input.pack.limits.map((l) => [l.id, l.label]));
  return {
    v: 1,
    title: input.title,
    proposition: input.pack.proposition,
    stances: STANCES,
    limits: [...limitIds.keys()].map((id) => [id, labels.get(id) ?? id]),
    articles: articles.map((a) => [a.article, a.file, a.meta?.title ?? null, a.meta?.published ?? null, safeUrl(a.meta?.url)]),
    speakers,
    sentences,
    failed: input.failed.map((e) => [e.file, `${e.message} (${e.code})`]),
  };
}
