// claims queue add: read the inputs in order (the same reader as `claims extract`), cut them into
// batches and hand each batch to BullMQ. Reading errors travel in the batches too, so a collected
// run reports them where `extract` would.
import type { Redis } from 'ioredis';
import type { Queue } from 'bullmq';
import type { InputItem } from '../input/read.js';
import type { Pack } from '../packs/schema.js';
import { UsageError } from '../errors.js';
import { jobId, keys, pack, type BatchJob, type QueueItem } from './run.js';

export interface AddOptions {
  run: string;
  pack: Pack;
  /** a batch closes at this many items or this many bytes of text, whichever comes first */
  batchItems: number;
  batchBytes: number;
  /** batches waiting for a worker at most; past it, adding waits (Redis holds what is queued) */
  maxQueued: number;
  /** told once each time adding starts to wait for the workers */
  onWait?: (queued: number) => void;
}

export interface Added { batches: number; items: number; articles: number; bytes: number }

/** Attempts of a batch whose processing throws (a worker that dies is BullMQ's stalled-job count). */
export const BATCH_ATTEMPTS = 3;

export async function addRun(redis: Redis, queue: Queue<BatchJob>, inputs: AsyncIterable<InputItem>, opts: AddOptions): Promise<Added> {
  const k = keys(opts.run);
  const packJson = JSON.stringify(opts.pack);
  const [added, oldPack] = await redis.hmget(k.run, 'added', 'pack');
  if (added === '1') throw new UsageError(`run ${opts.run} was already added; give another --run, or see 'claims queue status --run ${opts.run}'`);
  // An unfinished add may be run again with the same inputs: it goes on where it stopped.
  if (oldPack !== null && oldPack !== packJson) throw new UsageError(`run ${opts.run} was begun with another topic pack; give another --run`);
  await redis.hset(k.run, { pack: packJson });
  await redis.hsetnx(k.run, 'created', String(Date.now()));

  const total: Added = { batches: 0, items: 0, articles: 0, bytes: 0 };
  let batch: QueueItem[] = [];
  let batchBytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await waitForRoom(redis, opts, total.batches);
    const index = total.batches++;
    // a batch already done in an earlier, interrupted add keeps its result and needs no input
    if (!(await redis.hexists(k.done, String(index)))) {
      await redis.hset(k.input, String(index), pack(batch));
      await queue.add('batch', { run: opts.run, index }, {
        jobId: jobId(opts.run, index),
        attempts: BATCH_ATTEMPTS,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: true,
        removeOnFail: false,
      });
    }
    batch = [];
    batchBytes = 0;
  };

  for await (const item of inputs) {
    total.items++;
    if (item.kind === 'article') {
      const { id, file, text, bytes, meta } = item.article;
      batch.push({ kind: 'article', id, file, text, bytes, meta });
      batchBytes += bytes;
      total.articles++;
      total.bytes += bytes;
    } else batch.push(item.kind === 'error' ? { kind: 'error', error: item.error } : { kind: 'skipped', file: item.file, reason: item.reason });
    if (batch.length >= opts.batchItems || batchBytes >= opts.batchBytes) await flush();
  }
  await flush();
  await redis.hset(k.run, { batches: total.batches, items: total.items, articles: total.articles, bytes: total.bytes, added: '1' });
  return total;
}

async function waitForRoom(redis: Redis, opts: AddOptions, enqueued: number): Promise<void> {
  const k = keys(opts.run);
  let told = false;
  for (;;) {
    const [done, failed] = await Promise.all([redis.hlen(k.done), redis.hlen(k.failed)]);
    const queued = enqueued - done - failed;
    if (queued < opts.maxQueued) return;
    if (!told) opts.onWait?.(queued);
    told = true;
    await new Promise((r) => setTimeout(r, 500));
  }
}
