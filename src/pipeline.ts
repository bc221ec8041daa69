// read -> parse -> extract, article by article, in input order. Everything that turns paths
// into claims goes through here, so `extract`, `eval`, `diff` and `matrix` see the same claims.
import type { Claim, InputError } from './schema.js';
import type { OutStream } from './io.js';
import { readInputs, type InputItem } from './input/read.js';
import { extractArticle } from './extract/article.js';
import type { Explanation } from './extract/index.js';
import type { Topic } from './extract/topic.js';
import { ExtractPool, workerFile } from './workers/pool.js';
import { progressOn, type Progress } from './workers/progress.js';

export type PipelineItem =
  | { kind: 'article'; id: string; file: string; bytes: number; claims: Claim[]; explanations: Explanation[] }
  | { kind: 'error'; error: InputError }
  | { kind: 'skipped'; file: string; reason: 'binary' | 'empty' };

export interface PipelineOptions {
  maxBytes: number; stdin: NodeJS.ReadableStream; cwd: string; topic: Topic;
  /** Extraction threads; 1 (the default) extracts in this thread. */
  jobs?: number;
  /** Where to show progress; shown only if it is a terminal. */
  progress?: OutStream;
  /** send each claim's explanation back from the workers (only --explain reads them) */
  explain?: boolean;
}

export async function* claimsOf(paths: string[], opts: PipelineOptions): AsyncGenerator<PipelineItem> {
  const inputs = readInputs(paths, { maxBytes: opts.maxBytes, stdin: opts.stdin, cwd: opts.cwd });
  const progress = progressOn(opts.progress);
  const jobs = Math.max(1, Math.floor(opts.jobs ?? 1));
  // Without the built worker (running from src/ under vitest) the work stays in this thread.
  const file = jobs > 1 ? workerFile() : undefined;
  try {
    if (file) yield* inOrder(inputs, new ExtractPool(file, jobs, opts.topic.pack, opts.explain ?? false), 8 * jobs, progress);
    else yield* inThread(inputs, opts.topic, progress);
  } finally {
    progress.clear();
  }
}

async function* inThread(inputs: AsyncGenerator<InputItem>, topic: Topic, progress: Progress): AsyncGenerator<PipelineItem> {
  for await (const item of inputs) {
    if (item.kind !== 'article') { progress.clear(); yield item; continue; }
    const { article } = item;
    const { claims, explanations } = extractArticle(article, topic);
    progress.tick(article.bytes);
    yield { kind: 'article', id: article.id, file: article.file, bytes: article.bytes, claims, explanations };
  }
}

/**
 * Articles go to the pool as they are read; results leave in input order. At most `window`
 * articles are in flight, so memory stays bounded however large the input.
 */
async function* inOrder(inputs: AsyncGenerator<InputItem>, pool: ExtractPool, window: number, progress: Progress): AsyncGenerator<PipelineItem> {
  const queue: Array<Promise<PipelineItem>> = [];
  const next = async function* () {
    const item = await queue.shift()!;
    if (item.kind === 'article') progress.tick(item.bytes);
    else progress.clear();
    yield item;
  };
  try {
    for await (const item of inputs) {
      queue.push(started(item, pool));
      while (queue.length >= window) yield* next();
    }
    while (queue.length > 0) yield* next();
  } finally {
    await pool.close();
  }
}

function started(item: InputItem, pool: ExtractPool): Promise<PipelineItem> {
  if (item.kind !== 'article') return Promise.resolve(item);
  const { article } = item;
  const p = pool.run(article).then(({ claims, explanations }): PipelineItem =>
    ({ kind: 'article', id: article.id, file: article.file, bytes: article.bytes, claims, explanations }));
  // Awaited in its turn; until then a failure must not count as unhandled.
  p.catch(() => {});
  return p;
}

export interface Collected { claims: Claim[]; errors: InputError[]; articles: number; skipped: number; bytes: number }

/** The whole run in memory (json, table, eval, diff): fine for what a person reads. */
export async function collect(paths: string[], opts: PipelineOptions): Promise<Collected> {
  const out: Collected = { claims: [], errors: [], articles: 0, skipped: 0, bytes: 0 };
  for await (const item of claimsOf(paths, opts)) {
    if (item.kind === 'error') out.errors.push(item.error);
    else if (item.kind === 'skipped') out.skipped++;
    else {
      out.articles++;
      out.bytes += item.bytes;
      out.claims.push(...item.claims);
    }
  }
  return out;
}
