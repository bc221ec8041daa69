// What one article becomes, the same whether a worker thread or the main thread extracts it.
import type { ArticleMeta, Claim } from '../schema.js';
import type { Explanation } from '../extract/index.js';
import type { Topic } from '../extract/topic.js';
import { extractArticle } from '../extract/article.js';
import { renderLines, type ArticleLines } from '../report/ndjson-lines.js';

/**
 * `claims`: the claims (json, table, eval, diff); `explained`: with the rules behind each
 * (--explain); `lines`: NDJSON lines, for output that streams.
 */
export type JobOutput = 'claims' | 'explained' | 'lines';

export type JobResult =
  | { claims: Claim[]; explanations: Explanation[] }
  | { lines: ArticleLines };

export interface JobArticle { id: string; file: string; text: string; meta?: ArticleMeta }

export function runJob(article: JobArticle, topic: Topic, output: JobOutput): JobResult {
  const { claims, explanations } = extractArticle(article, topic);
  if (output === 'lines') return { lines: renderLines(claims) };
  return { claims, explanations: output === 'explained' ? explanations : [] };
}
