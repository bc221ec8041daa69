// read -> parse -> extract, article by article, in input order. Everything that turns paths
// into claims goes through here, so `extract`, `eval`, `diff` and `matrix` see the same claims.
import type { Claim, InputError } from './schema.js';
import { readInputs } from './input/read.js';
import { extractArticle } from './extract/article.js';
import type { Explanation } from './extract/index.js';
import type { Topic } from './extract/topic.js';

export type PipelineItem =
  | { kind: 'article'; id: string; file: string; bytes: number; claims: Claim[]; explanations: Explanation[] }
  | { kind: 'error'; error: InputError }
  | { kind: 'skipped'; file: string; reason: 'binary' | 'empty' };

export interface PipelineOptions { maxBytes: number; stdin: NodeJS.ReadableStream; cwd: string; topic: Topic }

export async function* claimsOf(paths: string[], opts: PipelineOptions): AsyncGenerator<PipelineItem> {
  for await (const item of readInputs(paths, { maxBytes: opts.maxBytes, stdin: opts.stdin, cwd: opts.cwd })) {
    if (item.kind !== 'article') { yield item; continue; }
    const { article } = item;
    const { claims, explanations } = extractArticle(article, opts.topic);
    yield { kind: 'article', id: article.id, file: article.file, bytes: article.bytes, claims, explanations };
  }
}

export interface Collected { claims: Claim[]; explanations: Map<string, Explanation>; errors: InputError[]; articles: number; skipped: number; bytes: number }

/** The whole run in memory (json, table, eval, diff): fine for what a person reads. */
export async function collect(paths: string[], opts: PipelineOptions): Promise<Collected> {
  const out: Collected = { claims: [], explanations: new Map(), errors: [], articles: 0, skipped: 0, bytes: 0 };
  for await (const item of claimsOf(paths, opts)) {
    if (item.kind === 'error') out.errors.push(item.error);
    else if (item.kind === 'skipped') out.skipped++;
    else {
      out.articles++;
      out.bytes += item.bytes;
      out.claims.push(...item.claims);
      item.claims.forEach((c, k) => out.explanations.set(c.id, item.explanations[k]!));
    }
  }
  return out;
}
