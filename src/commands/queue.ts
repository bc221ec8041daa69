// claims queue add|status|collect|remove: a run spread over many machines through BullMQ on Redis.
// The queue modules (and BullMQ) are loaded only when a queue command runs.
import { Option, type Command } from 'commander';
import type { Io } from '../io.js';
import { UsageError } from '../errors.js';
import { guarded, maxBytesOption, packOption, parseMaxBytes, redisOption } from './options.js';
import { readInputs } from '../input/read.js';
import { loadPack } from '../packs/load.js';

interface RedisOption { redis: string }
interface AddOptions extends RedisOption { run?: string; pack?: string; maxBytes: string; batch: string; maxQueued: string }
interface StatusOptions extends RedisOption { run: string; format: string }
interface CollectOptions extends RedisOption { run: string; format: 'ndjson' | 'json' }

function positive(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a positive whole number, not "${v}"`);
  return n;
}

export function registerQueue(program: Command, io: Io, done: (code: number) => void): void {
  const queue = program.command('queue')
    .description('spread a run over many machines: add articles to a queue in Redis, collect the results')
    .addHelpText('after', `
Exit status: 0 done; 1 done but some inputs failed, or (collect) the run is not finished;
2 usage error; 3 Redis cannot be reached or went away (nothing is lost: run the command again).

Examples:
  RUN=$(claims queue add corpus/ --redis redis://queue-host:6379)
  claims worker --redis redis://queue-host:6379          on each machine
  claims queue status --run "$RUN" --redis redis://queue-host:6379
  claims queue collect --run "$RUN" --redis redis://queue-host:6379 > claims.ndjson`);

  queue.command('add')
    .description('read the articles and queue them in batches; prints the run id')
    .argument('<paths...>', 'article files (.txt, .md), directories, or - for standard input')
    .addOption(redisOption(io))
    .option('--run <id>', 'name of the run (default: the time and a random tail)')
    .addOption(packOption())
    .addOption(maxBytesOption())
    .option('--batch <n>', 'articles a batch (a batch is what one worker takes at a time)', '64')
    .option('--max-queued <n>', 'batches waiting for workers at most; adding waits past it', '256')
    .action(async (paths: string[], opts: AddOptions) => done(await guarded(io, () => runAdd(paths, opts, io))));

  queue.command('status')
    .description('how far a run has come: done, failed and waiting articles, and the rate')
    .requiredOption('--run <id>', 'the run')
    .addOption(redisOption(io))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts: StatusOptions) => done(await guarded(io, () => runStatusCommand(opts, io))));

  queue.command('collect')
    .description("write a finished run's claims in input order, as 'claims extract' writes them")
    .requiredOption('--run <id>', 'the run')
    .addOption(redisOption(io))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['ndjson', 'json']).default('ndjson'))
    .action(async (opts: CollectOptions) => done(await guarded(io, () => runCollect(opts, io))));

  queue.command('remove')
    .description("delete a run's articles and results from Redis")
    .requiredOption('--run <id>', 'the run')
    .addOption(redisOption(io))
    .action(async (opts: RedisOption & { run: string }) => done(await guarded(io, () => runRemove(opts, io))));
}

async function opened(url: string) {
  const { connectOnce } = await import('../queue/redis.js');
  const { QUEUE_NAME, QUEUE_PREFIX } = await import('../queue/run.js');
  const { Queue } = await import('bullmq');
  const redis = await connectOnce(url);
  const queue = new Queue(QUEUE_NAME, { connection: redis, prefix: QUEUE_PREFIX });
  queue.on('error', () => {}); // surfaces from the call that meets it
  const close = async () => {
    await queue.close().catch(() => {});
    redis.disconnect();
  };
  return { redis, queue, close };
}

async function runAdd(paths: string[], opts: AddOptions, io: Io): Promise<number> {
  const maxBytes = parseMaxBytes(opts.maxBytes);
  const batch = positive('--batch', opts.batch);
  const maxQueued = positive('--max-queued', opts.maxQueued);
  const { checkRunId, newRunId } = await import('../queue/run.js');
  const run = opts.run !== undefined ? checkRunId(opts.run) : newRunId();
  const pack = opts.pack ? loadPack(opts.pack) : loadPack();
  const { addRun } = await import('../queue/add.js');
  const { redis, queue, close } = await opened(opts.redis);
  try {
    // the same reader as `claims extract`: whatever it reads (files, directories, stdin, archives) can be queued
    const inputs = readInputs(paths, { maxBytes, stdin: io.stdin, cwd: io.cwd });
    const added = await addRun(redis, queue, inputs, {
      run, pack, batchItems: batch, batchBytes: 4 * 1024 * 1024, maxQueued,
      onWait: (n) => io.stderr.write(`claims: ${n} batches wait for workers; adding goes on as they are done\n`),
    });
    io.stdout.write(`${run}\n`);
    io.stderr.write(`claims: run ${run}: ${added.articles} articles in ${added.batches} batches (${added.items - added.articles} inputs not articles)\n`);
    return 0;
  } finally {
    await close();
  }
}

async function runStatusCommand(opts: StatusOptions, io: Io): Promise<number> {
  const { checkRunId } = await import('../queue/run.js');
  const { runInfo } = await import('../queue/collect.js');
  const { runStatus, statusText } = await import('../queue/status.js');
  const run = checkRunId(opts.run);
  const { redis, close } = await opened(opts.redis);
  try {
    const status = await runStatus(redis, run, await runInfo(redis, run));
    io.stdout.write(opts.format === 'json' ? `${JSON.stringify(status)}\n` : statusText(status));
    return 0;
  } finally {
    await close();
  }
}

async function runCollect(opts: CollectOptions, io: Io): Promise<number> {
  const { checkRunId } = await import('../queue/run.js');
  const { runInfo, missingFrom, writeRun } = await import('../queue/collect.js');
  const run = checkRunId(opts.run);
  const { redis, queue, close } = await opened(opts.redis);
  try {
    const info = await runInfo(redis, run);
    const missing = await missingFrom(redis, queue, run, info);
    if (missing.length > 0) {
      io.stderr.write(missing.map((l) => `claims: ${l}\n`).join(''));
      return 1;
    }
    return await writeRun(redis, run, info.batches, opts.format, io);
  } finally {
    await close();
  }
}

async function runRemove(opts: RedisOption & { run: string }, io: Io): Promise<number> {
  const { checkRunId, keys, jobId } = await import('../queue/run.js');
  const run = checkRunId(opts.run);
  const { redis, queue, close } = await opened(opts.redis);
  try {
    const k = keys(run);
    const batches = Number((await redis.hget(k.run, 'batches')) ?? 0);
    for (let i = 0; i < batches; i++) await queue.remove(jobId(run, i)).catch(() => 0);
    const n = await redis.del(...Object.values(k));
    io.stderr.write(n > 0 ? `claims: run ${run} removed\n` : `claims: no run "${run}" in this Redis\n`);
    return n > 0 ? 0 : 1;
  } finally {
    await close();
  }
}
