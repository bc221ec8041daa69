// claims worker: a BullMQ worker on the shared queue. It runs until stopped (SIGINT, SIGTERM);
// a worker killed outright loses nothing, as its batches go to another worker once their lock
// runs out (--stalled-seconds).
import { Redis } from 'ioredis';
import { Worker, type Job } from 'bullmq';
import type { OutStream } from '../io.js';
import { connectOnce, lastingOptions, redisCause, shownUrl, RedisUnavailable } from './redis.js';
import { QUEUE_NAME, QUEUE_PREFIX, keys, type BatchJob } from './run.js';
import { Extractors, processBatch } from './work.js';

export interface WorkerOptions {
  url: string;
  concurrency: number;
  /** how long a batch's lock lasts without renewal: after it, a dead worker's batch is redone */
  stalledSeconds: number;
  /** how long Redis may be away before the worker gives up (exit 3) */
  waitSeconds: number;
  stderr: OutStream;
  /** resolves when the worker should stop */
  stop: Promise<void>;
}

/** Times a batch may be found stalled before BullMQ fails it; above ARTICLE_TRIES per article. */
const MAX_STALLED = 10;

export async function runWorker(opts: WorkerOptions): Promise<number> {
  const probe = await connectOnce(opts.url);
  probe.disconnect();
  const redis = new Redis(opts.url, lastingOptions());
  const extractors = new Extractors(redis, opts.concurrency);
  const say = (line: string) => opts.stderr.write(`claims: worker: ${line}\n`);
  // BullMQ leaves a connection it was given open: closed below
  const connection = new Redis(opts.url, lastingOptions());
  const worker = new Worker<BatchJob>(QUEUE_NAME, (job: Job<BatchJob>) => processBatch(redis, job.data, extractors), {
    connection,
    prefix: QUEUE_PREFIX,
    concurrency: opts.concurrency,
    lockDuration: opts.stalledSeconds * 1000,
    stalledInterval: opts.stalledSeconds * 1000,
    maxStalledCount: MAX_STALLED,
  });

  // BullMQ gives a batch up after its attempts or too many stalls: record why, for status and collect.
  worker.on('failed', (job, err) => {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1) || /stalled more than/i.test(err.message);
    if (final) void redis.hset(keys(job.data.run).failed, String(job.data.index), err.message.split('\n')[0]!).catch(() => {});
  });

  worker.on('stalled', (id) => say(`batch ${id} stalled (its worker stopped or lost its lock): it goes to the next free worker`));

  // Redis away: one line when it goes, one when it is back; past --wait, stop with exit 3.
  let awaySince: number | undefined;
  let cause = '';
  const lost = (err: unknown) => {
    if (awaySince !== undefined) return;
    awaySince = Date.now();
    cause = redisCause(err);
    say(`lost Redis at ${shownUrl(opts.url)} (${cause}); waiting up to ${opts.waitSeconds} s for it to return`);
  };
  let stopping = false;
  // BullMQ's own connections reconnect each in its time: an error from one of them while this
  // connection to the same Redis is ready is that lag, not Redis away (it printed a second "lost"
  // right after "back" on a loaded machine)
  worker.on('error', (err) => { if (redis.status !== 'ready') lost(err); });
  redis.on('error', lost);
  redis.on('close', () => { if (!stopping) lost(new Error('connection closed')); });
  redis.on('ready', () => {
    if (awaySince === undefined) return;
    awaySince = undefined;
    say(`Redis is back at ${shownUrl(opts.url)}`);
  });
  let gaveUp = false;
  const gone = new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      if (awaySince !== undefined && Date.now() - awaySince > opts.waitSeconds * 1000) {
        gaveUp = true;
        clearInterval(timer);
        resolve();
      }
    }, 1000);
    timer.unref();
    void opts.stop.then(() => clearInterval(timer));
  });

  say(`waiting for batches on ${shownUrl(opts.url)} (concurrency ${opts.concurrency})`);
  await Promise.race([opts.stop, gone]);
  stopping = true;
  if (gaveUp) {
    // the batches it held are redone by another worker once Redis is back
    await Promise.race([worker.close(true), new Promise((r) => setTimeout(r, 2000))]);
    redis.disconnect();
    connection.disconnect();
    await extractors.closeAll();
    throw new RedisUnavailable(shownUrl(opts.url), `away for more than ${opts.waitSeconds} s (${cause})`);
  }
  await worker.close();
  await extractors.closeAll();
  redis.disconnect();
  connection.disconnect();
  say('stopped');
  return 0;
}
