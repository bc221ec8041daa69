// What a worker does with one batch: extract each article as `claims extract` would (the same
// job and renderer), and store the batch's results once. BullMQ gives the batch to another
// worker if this one dies; an article that keeps killing its workers becomes an error record.
import type { Redis } from 'ioredis';
import { SCHEMA_VERSION, type ArticleMeta, type InputError } from '../schema.js';
import type { Pack } from '../packs/schema.js';
import { compileTopic, type Topic } from '../extract/topic.js';
import { runJob, type JobResult } from '../workers/job.js';
import { ExtractPool, workerFile } from '../workers/pool.js';
import type { ArticleLines } from '../report/ndjson-lines.js';
import { keys, pack, unpack, type BatchJob, type QueueItem, type ResultItem } from './run.js';

/** Times an article may be started; past it, the workers that took it died, and it is given up. */
export const ARTICLE_TRIES = 3;

export interface Extractor {
  lines(article: { id: string; file: string; text: string; meta?: ArticleMeta }): Promise<ArticleLines>;
  close(): Promise<void>;
}

/** Threads when the built worker is there, else this thread (between articles the event loop runs, so BullMQ keeps its lock). */
export function extractorFor(p: Pack, threads: number): Extractor {
  // this thread compiles the pack once, and only if it extracts an article itself
  let topic: Topic | undefined;
  const here = (): Topic => (topic ??= compileTopic(p));
  const inThread = async (a: { id: string; file: string; text: string; meta?: ArticleMeta }) => {
    await new Promise((r) => setImmediate(r));
    return linesOf(runJob(a, here(), 'lines'));
  };
  const file = workerFile();
  if (!file) return { lines: inThread, close: async () => {} };
  let pool = new ExtractPool(file, threads, p, 'lines', here);
  return {
    lines: async (a) => {
      try {
        return linesOf(await pool.run(a));
      } catch {
        // Again in this thread, with fresh threads for what follows: an article that throws throws
        // again (and becomes an error record); one lost with a thread that died is extracted.
        const old = pool;
        pool = new ExtractPool(file, threads, p, 'lines', here);
        void old.close();
        return inThread(a);
      }
    },
    close: () => pool.close(),
  };
}

function linesOf(r: JobResult): ArticleLines {
  if (!('lines' in r)) throw new Error('extraction answered claims, not lines');
  return r.lines;
}

export interface ExtractorSource { get(run: string): Promise<Extractor> }

/** The extractor of each run (a run carries its topic pack), a few runs at a time. */
export class Extractors implements ExtractorSource {
  private readonly byRun = new Map<string, Promise<Extractor>>();
  constructor(private readonly redis: Redis, private readonly threads: number) {}

  get(run: string): Promise<Extractor> {
    let e = this.byRun.get(run);
    if (!e) {
      e = this.make(run);
      this.byRun.set(run, e);
      e.catch(() => this.byRun.delete(run));
      if (this.byRun.size > 2) {
        const [oldest, old] = this.byRun.entries().next().value as [string, Promise<Extractor>];
        this.byRun.delete(oldest);
        void old.then((x) => x.close(), () => {});
      }
    }
    return e;
  }

  async closeAll(): Promise<void> {
    const all = [...this.byRun.values()];
    this.byRun.clear();
    await Promise.all(all.map((e) => e.then((x) => x.close(), () => {})));
  }

  private async make(run: string): Promise<Extractor> {
    const json = await this.redis.hget(keys(run).run, 'pack');
    if (json === null) throw new Error(`run ${run} has no topic pack in Redis`);
    return extractorFor(JSON.parse(json) as Pack, this.threads);
  }
}

function extractError(file: string, message: string): InputError {
  return { type: 'error', schemaVersion: SCHEMA_VERSION, code: 'E_EXTRACT', file, message };
}

/** Extracts one batch and stores its results; doing a batch twice stores the same thing twice. */
export async function processBatch(redis: Redis, job: BatchJob, extractors: ExtractorSource): Promise<void> {
  const k = keys(job.run);
  const field = String(job.index);
  // done by a worker whose word to BullMQ was lost
  if (await redis.hexists(k.output, field)) return;
  const raw = await redis.hgetBuffer(k.input, field);
  if (!raw) throw new Error(`batch ${job.index} of run ${job.run} has no input in Redis`);
  const items = unpack<QueueItem[]>(raw);
  const extractor = await extractors.get(job.run);
  await redis.hsetnx(k.run, 'started', String(Date.now()));
  const results: ResultItem[] = [];
  let articles = 0;
  let bytes = 0;
  let givenUp = 0;
  for (const [n, item] of items.entries()) {
    if (item.kind !== 'article') { results.push(item); continue; }
    articles++;
    bytes += item.bytes;
    const tries = await redis.hincrby(k.tries, `${job.index}:${n}`, 1);
    if (tries > ARTICLE_TRIES) {
      givenUp++;
      results.push({ kind: 'error', error: extractError(item.file, `gave up after ${ARTICLE_TRIES} attempts: the workers stopped while extracting it`) });
      continue;
    }
    try {
      const lines = await extractor.lines(item);
      results.push({ kind: 'lines', id: item.id, file: item.file, bytes: item.bytes, lines });
    } catch (err) {
      givenUp++;
      const cause = (err instanceof Error ? err.message : String(err)).split('\n')[0];
      results.push({ kind: 'error', error: extractError(item.file, `could not extract: ${cause}`) });
    }
  }
  const done = redis.multi()
    .hset(k.output, field, pack(results))
    .hset(k.done, field, `${articles} ${bytes} ${givenUp}`)
    .hset(k.run, 'finished', String(Date.now()))
    .hdel(k.input, field);
  // one field a command: a batch's length is the user's (--batch)
  for (let n = 0; n < items.length; n++) done.hdel(k.tries, `${job.index}:${n}`);
  await done.exec();
}
