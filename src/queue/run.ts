// What a queued run is in Redis. BullMQ schedules the batches (locks, stalled jobs, retries); the
// articles and their results live in plain hashes beside it, keyed by run and batch number, so a
// result is written once whichever worker ends up doing the batch.
//
//   claims:run:<id>          hash: created, pack (JSON), batches, items, articles, bytes, added, started, finished
//   claims:run:<id>:in       batch number -> gzipped JSON of the batch's items, deleted once done
//   claims:run:<id>:out      batch number -> gzipped JSON of the batch's results
//   claims:run:<id>:done     batch number -> "<articles> <bytes>"
//   claims:run:<id>:failed   batch number -> why BullMQ gave the batch up
//   claims:run:<id>:tries    "<batch>:<item>" -> times an article was started
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ArticleMeta, InputError } from '../schema.js';
import type { ArticleLines } from '../report/ndjson-lines.js';
import { UsageError } from '../errors.js';

/** The BullMQ queue every run shares; a job is one batch of one run. */
export const QUEUE_NAME = 'extract';
export const QUEUE_PREFIX = 'claims';

/** In the order read: an article to extract, or what the reader made of an input it could not use. */
export type QueueItem =
  | { kind: 'article'; id: string; file: string; text: string; bytes: number; meta: ArticleMeta }
  | { kind: 'error'; error: InputError }
  | { kind: 'skipped'; file: string; reason: 'binary' | 'empty' };

/** One result an item: the article's NDJSON lines, or the item as it came. */
export type ResultItem =
  | { kind: 'lines'; id: string; file: string; bytes: number; lines: ArticleLines }
  | { kind: 'error'; error: InputError }
  | { kind: 'skipped'; file: string; reason: 'binary' | 'empty' };

export interface BatchJob { run: string; index: number }

const RUN_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export function checkRunId(id: string): string {
  if (!RUN_ID.test(id)) throw new UsageError(`--run must be 1-64 letters, digits, '.', '_' or '-', not "${id}"`);
  return id;
}

/** A new run's id: the time it was added, readable and sortable, and a random tail. */
export function newRunId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  return `${stamp}-${Math.random().toString(36).slice(2, 8)}`;
}

export const keys = (run: string) => ({
  run: `claims:run:${run}`,
  input: `claims:run:${run}:in`,
  output: `claims:run:${run}:out`,
  done: `claims:run:${run}:done`,
  failed: `claims:run:${run}:failed`,
  tries: `claims:run:${run}:tries`,
});

export const jobId = (run: string, index: number) => `${run}-${index}`;

export function pack<T>(value: T): Buffer {
  return gzipSync(JSON.stringify(value), { level: 1 });
}

export function unpack<T>(raw: Buffer): T {
  return JSON.parse(gunzipSync(raw).toString('utf8')) as T;
}
