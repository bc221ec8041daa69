// read -> parse -> extract, article by article, in input order. Everything that turns paths
// into claims goes through here, so `extract`, `eval`, `diff` and `matrix` see the same claims.
import type { ArticleMeta, Claim, InputError } from './schema.js';
import type { OutStream } from './io.js';
import { readInputs, type InputFormat, type InputItem } from './input/read.js';
import { inRange, type DateRange } from './input/dates.js';
import type { Explanation } from './extract/index.js';
import type { Topic } from './extract/topic.js';
import type { ArticleLines } from './report/ndjson-lines.js';
import { runJob, type JobOutput, type JobResult } from './workers/job.js';
import { ExtractPool, workerFile } from './workers/pool.js';
import { progressOn, type Progress } from './workers/progress.js';

type NotArticle = { kind: 'error'; error: InputError } | { kind: 'skipped'; file: string; reason: 'binary' | 'empty' };
interface Done { id: string; file: string; bytes: number; meta: ArticleMeta }

export type PipelineItem = { kind: 'article'; claims: Claim[]; explanations: Explanation[] } & Done | NotArticle;
export type LinesItem = { kind: 'lines'; lines: ArticleLines } & Done | NotArticle;

export interface PipelineOptions {
  maxBytes: number; stdin: NodeJS.ReadableStream; cwd: string; topic: Topic;
  /** Extraction threads; 1 (the default) extracts in this thread. */
  jobs?: number;
  /** Where to show progress; shown only if it is a terminal. */
  progress?: OutStream;
  /** keep each claim's explanation (only --explain reads them; workers otherwise drop them) */
  explain?: boolean;
  /** --input: how standard input is read */
  input?: InputFormat;
  /** --since/--until: only articles published in this range (undated ones are left out) */
  published?: DateRange;
}

/** Each article's claims. */
export async function* claimsOf(paths: string[], opts: PipelineOptions): AsyncGenerator<PipelineItem> {
  for await (const item of articlesOf(paths, opts, opts.explain ? 'explained' : 'claims')) {
    if (item.kind !== 'done') { yield item; continue; }
    const { id, file, bytes, meta, result } = item;
    if ('lines' in result) throw new Error('claimsOf() asked for claims and got lines');
    yield { kind: 'article', id, file, bytes, meta, claims: result.claims, explanations: result.explanations };
  }
}

/** Each article's claims as NDJSON lines, rendered where they were extracted (for output that streams). */
export async function* linesOf(paths: string[], opts: PipelineOptions): AsyncGenerator<LinesItem> {
  for await (const item of articlesOf(paths, opts, 'lines')) {
    if (item.kind !== 'done') { yield item; continue; }
    const { id, file, bytes, meta, result } = item;
    if (!('lines' in result)) throw new Error('linesOf() asked for lines and got claims');
    yield { kind: 'lines', id, file, bytes, meta, lines: result.lines };
  }
}

type JobItem = { kind: 'done'; result: JobResult } & Done | NotArticle;

async function* articlesOf(paths: string[], opts: PipelineOptions, output: JobOutput): AsyncGenerator<JobItem> {
  const read = readInputs(paths, { maxBytes: opts.maxBytes, stdin: opts.stdin, cwd: opts.cwd, input: opts.input });
  const inputs = opts.published ? publishedIn(read, opts.published) : read;
  const progress = progressOn(opts.progress);
  const jobs = Math.max(1, Math.floor(opts.jobs ?? 1));
  // Without the built worker (running from src/ under vitest) the work stays in this thread.
  const file = jobs > 1 ? workerFile() : undefined;
  try {
    if (file) {
      const pool = new ExtractPool(file, jobs, opts.topic.pack, output);
      yield* inOrder(inputs, pool, pool.capacity + jobs * 4, progress);
    }
    else yield* inThread(inputs, opts.topic, output, progress);
  } finally {
    progress.clear();
  }
}

/** Only the articles published in the range; errors and skips still reach the user. */
async function* publishedIn(inputs: AsyncGenerator<InputItem>, range: DateRange): AsyncGenerator<InputItem> {
  for await (const item of inputs) if (item.kind !== 'article' || inRange(item.article.meta.published, range)) yield item;
}

async function* inThread(inputs: AsyncGenerator<InputItem>, topic: Topic, output: JobOutput, progress: Progress): AsyncGenerator<JobItem> {
  for await (const item of inputs) {
    if (item.kind !== 'article') { progress.clear(); yield item; continue; }
    const { id, file, bytes, meta } = item.article;
    const result = runJob(item.article, topic, output);
    progress.tick(bytes);
    yield { kind: 'done', id, file, bytes, meta, result };
  }
}

/** bytes of input in flight at most (beside the article count), so large articles stay few */
const WINDOW_BYTES = 32 * 1024 * 1024;

/**
 * Articles go to the pool as they are read; results leave in input order. At most `window`
 * articles, and about WINDOW_BYTES of them, are in flight, so memory stays bounded however large
 * the input.
 */
async function* inOrder(inputs: AsyncGenerator<InputItem>, pool: ExtractPool, window: number, progress: Progress): AsyncGenerator<JobItem> {
  const queue: Array<{ item: Promise<JobItem>; bytes: number }> = [];
  let bytes = 0;
  const next = async function* () {
    const head = queue.shift()!;
    bytes -= head.bytes;
    const item = await head.item;
    if (item.kind === 'done') progress.tick(item.bytes);
    else progress.clear();
    yield item;
  };
  try {
    for await (const item of inputs) {
      const size = item.kind === 'article' ? item.article.bytes : 0;
      queue.push({ item: started(item, pool), bytes: size });
      bytes += size;
      while (queue.length >= window || bytes > WINDOW_BYTES) yield* next();
    }
    while (queue.length > 0) yield* next();
  } finally {
    await pool.close();
  }
}

function started(item: InputItem, pool: ExtractPool): Promise<JobItem> {
  if (item.kind !== 'article') return Promise.resolve(item);
  const { id, file, bytes, meta } = item.article;
  const p = pool.run(item.article).then((result): JobItem => ({ kind: 'done', id, file, bytes, meta, result }));
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
