// `claims matrix`: the corpus view, one row per speaker and one cell per article naming them.
import { z } from 'zod';
import { SCHEMA_VERSION } from '../schema.js';
import { ArticleRefSchema } from './diff.js';
import { compareNames, joinSpeakers, SideSchema, SpeakerRefSchema, summarizeArticle, type ArticleClaims, type SpeakerRef } from './summary.js';

export const MatrixCellSchema = SideSchema.omit({ sentences: true });
export type MatrixCell = z.infer<typeof MatrixCellSchema>;

export const MatrixRowSchema = z.object({
  speaker: SpeakerRefSchema,
  cells: z.record(z.string(), MatrixCellSchema).describe('by article id; an article that does not name the speaker has no key'),
});
export type MatrixRow = z.infer<typeof MatrixRowSchema>;

/** One cell as an NDJSON record (long form): a speaker in one article. */
export const MatrixRowRecordSchema = z.object({
  type: z.literal('matrix-row'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  speaker: SpeakerRefSchema,
  article: z.string(),
  file: z.string(),
  ...MatrixCellSchema.shape,
});
export type MatrixRowRecord = z.infer<typeof MatrixRowRecordSchema>;

export const MatrixSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(ArticleRefSchema),
  rows: z.array(MatrixRowSchema),
});
export type Matrix = z.infer<typeof MatrixSchema>;

export interface MatrixOptions {
  /** Keep speakers named in at least this many articles (default 1). */
  minArticles?: number;
}

export class DuplicateArticleError extends Error {
  constructor(readonly article: string, readonly files: [string, string]) {
    super(`article id ${article} is given twice (${files[0]} and ${files[1]}): rename one of the files`);
    this.name = 'DuplicateArticleError';
  }
}

// Cells are keyed by article id, so two files with one id would silently overwrite each other.
function assertUniqueIds(articles: readonly ArticleClaims[]): void {
  const seen = new Map<string, string>();
  for (const { article, file } of articles) {
    const first = seen.get(article);
    if (first !== undefined) throw new DuplicateArticleError(article, [first, file]);
    seen.set(article, file);
  }
}

/** Columns follow the order of `articles`; rows go by how many articles name the speaker, then by name. */
export function buildMatrix(articles: readonly ArticleClaims[], options: MatrixOptions = {}): Matrix {
  assertUniqueIds(articles);
  const minArticles = options.minArticles ?? 1;
  const join = joinSpeakers(articles);
  const cellsBySpeaker = new Map<string, { speaker: SpeakerRef; cells: [string, MatrixCell][] }>();
  for (const { article, claims } of articles) {
    for (const [id, { speaker, side }] of summarizeArticle(claims, join)) {
      const entry = cellsBySpeaker.get(id) ?? { speaker, cells: [] };
      const { stance, counts, mixed, limits } = side;
      entry.cells.push([article, { stance, counts, mixed, limits }]);
      cellsBySpeaker.set(id, entry);
    }
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: articles.map(({ article, file }) => ({ article, file })),
    rows: [...cellsBySpeaker.values()]
      .filter(({ cells }) => cells.length >= minArticles)
      .sort((x, y) => y.cells.length - x.cells.length || compareNames(x.speaker.name, y.speaker.name))
      // fromEntries defines own keys, so an article named `__proto__` is a cell like any other.
      .map(({ speaker, cells }) => ({ speaker, cells: Object.fromEntries(cells) })),
  };
}
