// claims queue status: how far a run has come, from the run's own hashes (cheap at any size).
import type { Redis } from 'ioredis';
import { keys, unpack } from './run.js';
import type { RunInfo } from './collect.js';

export interface RunStatus {
  run: string; added: boolean; batches: number; articles: number; bytes: number;
  done: number; failed: number; waiting: number; doneBytes: number;
  /** articles and bytes a second since the first batch began; null before any is done */
  rate: { articles: number; bytes: number } | null;
}

export async function runStatus(redis: Redis, run: string, info: RunInfo, now = Date.now()): Promise<RunStatus> {
  const k = keys(run);
  // "<articles> <bytes> <articles given up>" a batch
  const done = Object.values(await redis.hgetall(k.done)).map((v) => v.split(' ').map(Number));
  const doneArticles = done.reduce((s, [a = 0, , e = 0]) => s + a - e, 0);
  const doneBytes = done.reduce((s, [, b = 0]) => s + b, 0);
  const givenUp = done.reduce((s, [, , e = 0]) => s + e, 0);
  const failedBatches = await redis.hkeys(k.failed);
  // a failed batch's articles are counted from its input, still in Redis
  let failed = givenUp;
  if (failedBatches.length > 0) {
    for (const batch of failedBatches) {
      const raw = await redis.hgetBuffer(k.input, batch);
      if (raw) failed += unpack<Array<{ kind: string }>>(raw).filter((it) => it.kind === 'article').length;
    }
  }
  const started = info.started;
  const end = info.added && doneArticles + failed >= info.articles && info.finished ? info.finished : now;
  const seconds = (end - started) / 1000;
  return {
    run, added: info.added, batches: info.batches, articles: info.articles, bytes: info.bytes,
    done: doneArticles, failed, waiting: Math.max(0, info.articles - doneArticles - failed), doneBytes,
    rate: started && doneArticles > 0 && seconds > 0 ? { articles: doneArticles / seconds, bytes: doneBytes / seconds } : null,
  };
}

export function statusText(s: RunStatus): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const mb = (b: number) => (b / 1e6).toFixed(2);
  const state = !s.added ? 'adding' : s.waiting === 0 ? 'finished' : 'running';
  return [
    `run      ${s.run} (${state}: ${n(s.articles)} articles, ${mb(s.bytes)} MB, ${n(s.batches)} batches)`,
    `done     ${n(s.done)}`,
    `failed   ${n(s.failed)}`,
    `waiting  ${n(s.waiting)}${s.added ? '' : ' so far'}`,
    `rate     ${s.rate ? `${s.rate.articles.toFixed(1)} articles/s, ${mb(s.rate.bytes)} MB/s` : '-'}`,
  ].join('\n') + '\n';
}
