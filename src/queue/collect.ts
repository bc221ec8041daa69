// claims queue collect: a finished run's results in input order, rendered as `claims extract`
// renders them: the articles' NDJSON lines were made by the same job in the workers, and here
// they pass through the same renaming (finishLines, NameBook) and formatters, in the same order.
import type { Redis } from 'ioredis';
import type { Queue } from 'bullmq';
import { SCHEMA_VERSION, type Claim, type InputError } from '../schema.js';
import type { OutStream } from '../io.js';
import { describeEmpty, describeInputError, describeOffTopic, UsageError } from '../errors.js';
import { NameBook } from '../names.js';
import { finishLines, linesIn } from '../report/ndjson-lines.js';
import { Output } from '../output.js';
import { STREAM_FORMATTERS } from '../report/claims.js';
import { jobId, keys, unpack, type BatchJob, type QueueItem, type ResultItem } from './run.js';

export interface RunInfo { batches: number; items: number; articles: number; bytes: number; added: boolean; started: number; finished: number }

export async function runInfo(redis: Redis, run: string): Promise<RunInfo> {
  const h = await redis.hgetall(keys(run).run);
  if (!h.created) throw new UsageError(`no run "${run}" in this Redis; see 'claims queue add --help'`);
  const n = (f: string) => Number(h[f] ?? 0);
  return { batches: n('batches'), items: n('items'), articles: n('articles'), bytes: n('bytes'), added: h.added === '1', started: n('started'), finished: n('finished') };
}

/** What keeps a run from being collected, as lines to show; none when it is finished. */
export async function missingFrom(redis: Redis, queue: Queue<BatchJob>, run: string, info: RunInfo): Promise<string[]> {
  if (!info.added) return [`run ${run} is still being added (or its 'claims queue add' stopped: run it again to go on)`];
  const k = keys(run);
  const done = new Set(await redis.hkeys(k.output));
  const failed = new Set(await redis.hkeys(k.failed));
  const missing: number[] = [];
  for (let i = 0; i < info.batches; i++) if (!done.has(String(i)) && !failed.has(String(i))) missing.push(i);
  // a batch BullMQ failed before its worker could record it
  for (const i of [...missing]) {
    const job = await queue.getJob(jobId(run, i));
    if (job && (await job.getState()) === 'failed') {
      await redis.hset(k.failed, String(i), job.failedReason || 'failed');
      missing.splice(missing.indexOf(i), 1);
    }
  }
  if (missing.length === 0) return [];
  const lines = [`run ${run} is not finished: ${missing.length} of ${info.batches} batches have no results yet`];
  for (const i of missing.slice(0, 3)) {
    const raw = await redis.hgetBuffer(k.input, String(i));
    const files = raw ? unpack<QueueItem[]>(raw).map((it) => ('file' in it ? it.file : it.error.file)) : [];
    lines.push(`  batch ${i}: ${files.length} inputs, ${files.slice(0, 3).join(', ')}${files.length > 3 ? ', ...' : ''}`);
  }
  if (missing.length > 3) lines.push(`  and ${missing.length - 3} more batches`);
  return lines;
}

/** The results of each batch in order; a batch BullMQ gave up gives an error record an input. */
async function* resultsOf(redis: Redis, run: string, batches: number): AsyncGenerator<ResultItem> {
  const k = keys(run);
  const AHEAD = 8;
  for (let from = 0; from < batches; from += AHEAD) {
    const fields = Array.from({ length: Math.min(AHEAD, batches - from) }, (_, j) => String(from + j));
    const outs = await redis.hmgetBuffer(k.output, ...fields);
    for (const [j, raw] of outs.entries()) {
      if (raw) { yield* unpack<ResultItem[]>(raw); continue; }
      const why = (await redis.hget(k.failed, fields[j]!)) ?? 'no result';
      const input = await redis.hgetBuffer(k.input, fields[j]!);
      for (const it of input ? unpack<QueueItem[]>(input) : []) {
        if (it.kind !== 'article') { yield it; continue; }
        const error: InputError = { type: 'error', schemaVersion: SCHEMA_VERSION, code: 'E_EXTRACT', file: it.file, message: `gave up: ${why}` };
        yield { kind: 'error', error };
      }
    }
  }
}

export interface CollectIo { stdout: OutStream; stderr: OutStream }

/** Writes the run as `claims extract --format <format>` would; returns the exit code (1 if any input failed). */
export async function writeRun(redis: Redis, run: string, batches: number, format: 'ndjson' | 'json', io: CollectIo): Promise<number> {
  const out = new Output(io.stdout);
  const formatter = STREAM_FORMATTERS.get(format)!;
  const names = new NameBook();
  const stats = { articles: 0, sentences: 0, claims: 0, skipped: 0, failed: 0 };
  const buffered: Claim[] = [];
  for await (const item of resultsOf(redis, run, batches)) {
    if (out.closed) break;
    if (item.kind === 'error') {
      stats.failed++;
      io.stderr.write(`${describeInputError(item.error)}\n`);
      if (formatter.streams) await out.write(formatter.error(item.error));
      continue;
    }
    if (item.kind === 'skipped') {
      stats.skipped++;
      if (item.reason === 'empty') io.stderr.write(`${describeEmpty(item.file)}\n`);
      continue;
    }
    stats.articles++;
    const lines = linesIn(item.lines);
    stats.sentences += lines.length;
    // as extract says it: the records name their topic
    const first = lines[0];
    if (first !== undefined && item.lines.onTopic === 0) io.stderr.write(`${describeOffTopic(item.file, lines.length, (JSON.parse(first) as Claim).topic)}\n`);
    if (formatter.streams) {
      names.learnKeyed(item.lines.persons, item.lines.keys);
      const { text, shown } = finishLines(item.lines, names, {});
      stats.claims += shown;
      await out.write(text);
    } else {
      const claims = lines.map((l) => JSON.parse(l) as Claim);
      names.learn(claims);
      for (const c of claims) buffered.push(c); // not push(...): an argument each overflows the stack
    }
  }
  if (!formatter.streams) {
    const claims = names.apply(buffered);
    stats.claims = claims.length;
    let text = formatter.start();
    claims.forEach((c, k) => { text += formatter.claim(c, k); });
    await out.write(text + formatter.end(claims.length));
  }
  io.stderr.write(`claims: ${stats.articles} articles, ${stats.sentences} sentences, ${stats.claims} shown, ${stats.skipped} skipped, ${stats.failed} failed\n`);
  return stats.failed > 0 ? 1 : 0;
}
