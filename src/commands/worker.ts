// claims worker: extract the batches of every queued run, on as many machines as you like.
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { UsageError } from '../errors.js';
import { guarded, redisOption } from './options.js';

interface WorkerOptions { redis: string; concurrency: string; stalledSeconds: string; wait: string }

function positive(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a positive whole number, not "${v}"`);
  return n;
}

export function registerWorker(program: Command, io: Io, done: (code: number) => void): void {
  program.command('worker')
    .description("extract queued batches from Redis until stopped (see 'claims queue --help')")
    .addOption(redisOption(io))
    .option('-c, --concurrency <n>', 'batches at once, each in its own thread', String(availableParallelism()))
    .option('--stalled-seconds <n>', "how long a batch's lock lasts: a killed worker's batches go to another after this", '30')
    .option('--wait <seconds>', 'how long Redis may be away before the worker stops (exit 3)', '600')
    .addHelpText('after', `
A worker stops cleanly on SIGINT or SIGTERM, after the batches it holds. Killed outright, it
loses nothing: once its lock runs out (--stalled-seconds), BullMQ gives its batches to another
worker. An article that keeps stopping its workers becomes an error record after 3 attempts.

Exit status: 0 stopped; 2 usage error; 3 Redis cannot be reached, or was away longer than --wait.

Examples:
  claims worker --redis redis://queue-host:6379
  claims worker --redis redis://queue-host:6379 --concurrency 8`)
    .action(async (opts: WorkerOptions) => {
      const concurrency = positive('--concurrency', opts.concurrency);
      const stalledSeconds = positive('--stalled-seconds', opts.stalledSeconds);
      const waitSeconds = positive('--wait', opts.wait);
      done(await guarded(io, async () => {
        const { runWorker } = await import('../queue/worker.js');
        const stop = new Promise<void>((resolve) => {
          process.once('SIGINT', () => resolve());
          process.once('SIGTERM', () => resolve());
        });
        return runWorker({ url: opts.redis, concurrency, stalledSeconds, waitSeconds, stderr: io.stderr, stop });
      }));
    });
}
