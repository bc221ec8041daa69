// read -> parse -> extract, article by article, in input order. Everything that turns paths
// into claims goes through here, so `extract`, `eval`, `diff` and `matrix` see the same claims.
import * as path from 'node:path';
import type { ArticleMeta, Claim, InputError } from './schema.js';
import type { OutStream } from './io.js';
import { readInputs, type Article as InputArticle, type InputFormat, type InputItem } from './input/read.js';
import { inRange, type DateRange } from './input/dates.js';
import type { Explanation } from './extract/index.js';
import type { Topic } from './extract/topic.js';
import type { ArticleLines } from './report/ndjson-lines.js';
import type { JobOutput, JobResult } from './workers/job.js';
import type { ExtractPool } from './workers/pool.js';
import { progressOn, type Progress } from './workers/progress.js';

type NotArticle = { kind: 'error'; error: InputError } | { kind: 'skipped'; file: string; reason: 'binary' | 'empty' };
interface Done { id: string; file: string; bytes: number; meta: ArticleMeta }

export type PipelineItem = { kind: 'article'; claims: Claim[]; explanations: Explanation[] } & Done | NotArticle;
/** `part`: an article of many sentences comes in parts (see extractParts), numbered from 0. */
export type LinesItem = { kind: 'lines'; lines: ArticleLines; part: number } & Done | NotArticle;

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
    const { id, file, bytes, meta, result, part } = item;
    if (!('lines' in result)) throw new Error('linesOf() asked for lines and got claims');
    yield { kind: 'lines', id, file, bytes, meta, lines: result.lines, part };
  }
}

type Job = typeof import('./workers/job.js');

/**
 * What extracts an article (job.js and the 30 modules of parsing and extraction it imports),
 * loaded only when this thread extracts: the main thread of --jobs, which reads, hands out and
 * writes, never loads them (they took 55-80 ms to load, before the workers could start).
 */
const loadJob = (): Promise<Job> => import('./workers/job.js');

/** What a large article needs to be extracted in this thread. */
interface Here { topic: Topic; output: JobOutput }

type JobItem = { kind: 'done'; result: JobResult; part: number } & Done | NotArticle;

async function* articlesOf(paths: string[], opts: PipelineOptions, output: JobOutput): AsyncGenerator<JobItem> {
  const all = readInputs(paths, { maxBytes: opts.maxBytes, stdin: opts.stdin, cwd: opts.cwd, input: opts.input });
  const read = opts.published ? publishedIn(all, opts.published) : all;
  const progress = progressOn(opts.progress);
  const asked = Math.max(1, Math.floor(opts.jobs ?? 1));
  const ahead: InputItem[] = [];
  let pool: ExtractPool | undefined;
  try {
    if (asked > 1) {
      // One input is done in this thread, with no pool loaded (start-up); from two on, the workers
      // start at once, so their start overlaps the reading ahead (about 0.1 s of a cold start
      // for 4 MiB), and stop if the run turns out too small for them (see poolMinBytes).
      const two = await readAhead(read, asked, 0);
      for (const item of two.ahead) ahead.push(item);
      // Without the built worker (running from src/ under vitest) the work stays in this thread.
      // the pool (and node:worker_threads) loads only for a run of several threads: start-up
      const workers = two.jobs > 1 ? await import('./workers/pool.js') : undefined;
      const file = workers?.workerFile();
      if (workers && file) {
        pool = new workers.ExtractPool(file, asked, opts.topic.pack, output, () => opts.topic);
        pool.start();
        const bytes = ahead.reduce((n, item) => n + (item.kind === 'article' ? item.article.bytes : 0), 0);
        const more = await readAhead(read, asked, poolMinBytes() - bytes, 0);
        for (const item of more.ahead) ahead.push(item);
        if (more.jobs === 1) {
          const idle = pool;
          pool = undefined;
          await idle.close();
        }
      }
    }
    const inputs = (async function* () { yield* ahead; yield* read; })();
    if (pool) yield* inOrder(inputs, pool, pool.capacity * WINDOW_BATCHES, progress, { topic: opts.topic, output });
    else yield* inThread(inputs, opts.topic, output, progress);
  } finally {
    progress.clear();
    await pool?.close();
  }
}

/**
 * A run of fewer bytes of articles than this is done in this thread, whatever --jobs asks: each
 * worker pays its own start (loading the modules, compromise and the lexicons, about 0.3 s of CPU)
 * and its own warm-up (compiling the rules, about 1.3 s of CPU), which one thread pays once while
 * V8 compiles on the other core. Measured on this machine (2 cores, the corpus repeated, best of
 * three, wall): 1.3 MB one job 1.20 s, two 1.55 s; 2.6 MB 1.77 s and 1.96 s; 4.0 MB 2.13 s and
 * 2.21 s; 6.0 MB 2.87 s and 2.75 s. Below about 4 MiB two jobs are no faster and take 1.3 s more
 * CPU. The articles are read ahead (not extracted) until the run is known to be larger, which
 * costs about 7 ms a MB. CLAIMS_POOL_MIN_BYTES overrides it (tests use 0 to run the pool on
 * small sets).
 */
export function poolMinBytes(): number {
  const n = Number(process.env.CLAIMS_POOL_MIN_BYTES);
  return process.env.CLAIMS_POOL_MIN_BYTES !== undefined && process.env.CLAIMS_POOL_MIN_BYTES.trim() !== '' && Number.isFinite(n) && n >= 0 ? n : POOL_MIN_BYTES;
}
const POOL_MIN_BYTES = 4 * 1024 * 1024;

/**
 * The threads a run asks for, once the input is known to be worth them: the inputs are read (not
 * extracted) until `inputs` of them and `least` bytes of articles have come, or the input ends; a
 * run that ends first is done in this thread. What was read is handed back, to be extracted first.
 */
export async function readAhead(read: AsyncIterator<InputItem>, asked: number, least: number, inputs = 2): Promise<{ ahead: InputItem[]; jobs: number }> {
  const ahead: InputItem[] = [];
  let bytes = 0;
  while (ahead.length < inputs || bytes < least) {
    const r = await read.next();
    if (r.done) return { ahead, jobs: 1 };
    ahead.push(r.value);
    if (r.value.kind === 'article') bytes += r.value.article.bytes;
  }
  return { ahead, jobs: asked };
}

/** Only the articles published in the range; errors and skips still reach the user. */
async function* publishedIn(inputs: AsyncGenerator<InputItem>, range: DateRange): AsyncGenerator<InputItem> {
  for await (const item of inputs) if (item.kind !== 'article' || inRange(item.article.meta.published, range)) yield item;
}

async function* inThread(inputs: AsyncGenerator<InputItem>, topic: Topic, output: JobOutput, progress: Progress): AsyncGenerator<JobItem> {
  const job = await loadJob();
  for await (const item of inputs) {
    if (item.kind !== 'article') { progress.clear(); yield item; continue; }
    yield* extractedHere(job, item.article, topic, output);
    progress.tick(item.article.bytes);
  }
}

/** One article in this thread: NDJSON part by part, as it is made; anything else whole. */
function* extractedHere(job: Job, article: InputArticle, topic: Topic, output: JobOutput): Generator<JobItem> {
  const { id, file, bytes, meta } = article;
  if (output !== 'lines') {
    yield { kind: 'done', id, file, bytes, meta, result: job.runJob(article, topic, output), part: 0 };
    return;
  }
  let part = 0;
  for (const result of job.jobParts(article, topic, output)) yield { kind: 'done', id, file, bytes, meta, result, part: part++ };
}

/**
 * An article larger than this is extracted in the main thread when its turn comes, not in a
 * worker: NDJSON then leaves part by part, where a worker would send all of it at once.
 */
const IN_THREAD_BYTES = 1024 * 1024;

/** bytes of input in flight at most (beside the article count), so large articles stay few */
const WINDOW_BYTES = 16 * 1024 * 1024;

/**
 * Articles in flight: this many times what keeps every worker busy (pool.capacity). Results
 * leave in input order, so a worker whose batches are done waits, once the window is full, for
 * the oldest batch at another: with the capacity and 8 articles more, a worker stood idle for
 * 44-650 ms of a two-job run over the corpus repeated to 10 MB (load 5); with four times the
 * capacity, 3-48 ms.
 */
const WINDOW_BATCHES = 4;

/**
 * Articles go to the pool as they are read; results leave in input order, as soon as they and
 * all before them are done (results kept waiting for a full window outlived the young
 * generation: the main thread's garbage collection went from about 0.1 s to 0.26 s on 10 MB).
 * At most `window` articles, and about WINDOW_BYTES of them, are in flight, so memory stays
 * bounded however large the input.
 */
async function* inOrder(inputs: AsyncGenerator<InputItem>, pool: ExtractPool, window: number, progress: Progress, here: Here): AsyncGenerator<JobItem> {
  // an entry is an article at work in the pool (done once it has settled), or one to extract
  // here when its turn comes
  const queue: Array<{ item?: Promise<JobItem>; bytes: number; article?: InputArticle; done: boolean }> = [];
  let bytes = 0;
  const next = async function* () {
    const head = queue.shift()!;
    bytes -= head.bytes;
    if (head.article) {
      yield* extractedHere(await loadJob(), head.article, here.topic, here.output);
      progress.tick(head.article.bytes);
      return;
    }
    const item = await head.item!;
    if (item.kind === 'done') progress.tick(item.bytes);
    else progress.clear();
    yield item;
  };
  // (the caller closes the pool)
  for await (const item of inputs) {
    const size = item.kind === 'article' ? item.article.bytes : 0;
    if (item.kind === 'article' && size > IN_THREAD_BYTES) queue.push({ bytes: size, article: item.article, done: false });
    else {
      const entry = { item: started(item, pool), bytes: size, done: item.kind !== 'article' };
      if (!entry.done) entry.item.then(() => { entry.done = true; }, () => { entry.done = true; });
      queue.push(entry);
    }
    bytes += size;
    while (queue.length > 0 && queue[0]!.done) yield* next();
    while (queue.length >= window || bytes > WINDOW_BYTES) yield* next();
  }
  while (queue.length > 0) yield* next();
}

function started(item: InputItem, pool: ExtractPool): Promise<JobItem> {
  if (item.kind !== 'article') return Promise.resolve(item);
  const { id, file, bytes, meta } = item.article;
  const p = pool.run(item.article).then((result): JobItem => ({ kind: 'done', id, file, bytes, meta, result, part: 0 }));
  // Awaited in its turn; until then a failure must not count as unhandled.
  p.catch(() => {});
  return p;
}

/** `inputs`: each article read, by id and file, empty ones included. */
export interface Collected { claims: Claim[]; errors: InputError[]; articles: number; skipped: number; bytes: number; inputs: Array<{ id: string; file: string }> }

/** The whole run in memory (json, table, eval, diff): fine for what a person reads. */
export async function collect(paths: string[], opts: PipelineOptions): Promise<Collected> {
  const out: Collected = { claims: [], errors: [], articles: 0, skipped: 0, bytes: 0, inputs: [] };
  for await (const item of claimsOf(paths, opts)) {
    if (item.kind === 'error') out.errors.push(item.error);
    else if (item.kind === 'skipped') {
      out.skipped++;
      if (item.reason === 'empty') out.inputs.push({ id: path.posix.parse(item.file).name, file: item.file });
    } else {
      out.inputs.push({ id: item.id, file: item.file });
      out.articles++;
      out.bytes += item.bytes;
      // one at a time: a spread passes every element as an argument, and 110,000 overflow the stack
      for (const c of item.claims) out.claims.push(c);
    }
  }
  return out;
}
