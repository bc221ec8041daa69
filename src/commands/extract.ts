// claims extract <paths...>: every sentence with its speakers, stance and limits.
import { availableParallelism } from 'node:os';
import { Option, type Command } from 'commander';
import type { Io } from '../io.js';
import { STANCES, type Claim, type InputError, type Stance } from '../schema.js';
import { describeEmpty, describeInputError, UsageError } from '../errors.js';
import { NameBook } from '../names.js';
import { claimsOf, linesOf, type PipelineOptions } from '../pipeline.js';
import { finishLines } from '../report/ndjson-lines.js';
import { Output } from '../output.js';
import { filterClaims, type ClaimFilter } from '../report/filter.js';
import { claimsTableChunks } from '../report/claims-table.js';
import { CLAIM_FORMATS, STREAM_FORMATTERS } from '../report/claims.js';
import { colorFor, colorOption, maxBytesOption, packOption, parseCount, parseMaxBytes, topicFrom } from './options.js';
import type { ColorMode } from '../report/color.js';

interface ExtractOptions {
  format: string; speaker?: string; stance?: Stance; limit?: string; claimsOnly?: boolean;
  color: ColorMode; pack?: string; maxBytes: string; explain?: boolean; jobs: string;
}

export function registerExtract(program: Command, io: Io, done: (code: number) => void): void {
  program.command('extract')
    .description('print the claims of each sentence of the articles (files, directories, or - for stdin)')
    .argument('<paths...>', 'article files (.txt, .md), directories, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...CLAIM_FORMATS]).default('table'))
    .option('--speaker <name>', 'only claims by this speaker (any form of the name)')
    .addOption(new Option('--stance <stance>', 'only claims with this stance').choices([...STANCES]))
    .option('--limit <limit>', 'only claims with this limit id')
    .option('--claims-only', 'drop sentences that are neutral with no speaker and no limit')
    .option('--explain', 'show the rules that fired and the words they matched (a findings array in json and ndjson)')
    .addOption(packOption())
    .addOption(maxBytesOption())
    .addOption(colorOption())
    .addOption(new Option('-j, --jobs <n>', 'extraction threads, at most the number of cores (output is the same for any number)').default(String(availableParallelism()), 'number of cores'))
    .addHelpText('after', `
Examples:
  claims extract corpus/
  claims extract corpus/ --format ndjson | jq -c 'select(.stance == "oppose")'
  claims extract corpus/ --speaker Blinken --explain
  cat article.txt | claims extract - --format json`)
    .action(async (paths: string[], opts: ExtractOptions) => {
      done(await runExtract(paths, opts, io));
    });
}

async function runExtract(paths: string[], opts: ExtractOptions, io: Io): Promise<number> {
  const maxBytes = parseMaxBytes(opts.maxBytes);
  const jobs = parseJobs(opts.jobs);
  const topic = topicFrom(opts.pack);
  if (opts.limit && !topic.pack.limits.some((l) => l.id === opts.limit)) {
    throw new UsageError(`unknown limit "${opts.limit}"; the pack's limits are: ${topic.pack.limits.map((l) => l.id).join(', ')}`);
  }
  const filter: ClaimFilter = { speaker: opts.speaker, stance: opts.stance, limit: opts.limit, claimsOnly: opts.claimsOnly };
  const out = new Output(io.stdout);
  const names = new NameBook();
  const stats = { articles: 0, sentences: 0, claims: 0, skipped: 0, failed: 0 };
  const formatter = STREAM_FORMATTERS.get(opts.format);

  const onError = async (e: InputError) => {
    stats.failed++;
    io.stderr.write(`${describeInputError(e)}\n`);
    if (formatter?.streams) await out.write(formatter.error(e));
  };
  const onSkipped = (file: string, reason: 'binary' | 'empty') => {
    stats.skipped++;
    if (reason === 'empty') io.stderr.write(`${describeEmpty(file)}\n`);
  };

  // the default pack run on other news should not print stances silently
  const noteOffTopic = (file: string, onTopic: number, sentences: number) => {
    if (sentences > 0 && onTopic === 0) io.stderr.write(`claims: ${file}: 0 of ${sentences} sentences on topic ${topic.pack.id}\n`);
  };
  // a long article streams in parts: its note counts them all, once the next article starts
  let streamed: { file: string; onTopic: number; sentences: number } | null = null;
  const flushStreamed = () => { if (streamed) noteOffTopic(streamed.file, streamed.onTopic, streamed.sentences); streamed = null; };

  const pipeline: PipelineOptions = { maxBytes, stdin: io.stdin, cwd: io.cwd, topic, jobs, progress: io.stderr, explain: Boolean(opts.explain) };
  // with --explain every format takes the buffered path, where each claim gets its findings
  if (formatter?.streams && !opts.explain) {
    // ndjson: each article's lines are rendered where it was extracted and written as they come;
    // names are the fullest known so far in this run
    for await (const item of linesOf(paths, pipeline)) {
      if (out.closed) break;
      if (item.kind === 'error') { await onError(item.error); continue; }
      if (item.kind === 'skipped') { onSkipped(item.file, item.reason); continue; }
      if (item.part === 0) stats.articles++; // a long article comes in parts
      stats.sentences += item.lines.lines.length;
      if (item.part === 0) { flushStreamed(); streamed = { file: item.file, onTopic: 0, sentences: 0 }; }
      if (streamed) { streamed.onTopic += item.lines.onTopic; streamed.sentences += item.lines.lines.length; }
      names.learnNames(item.lines.persons.flat());
      const { text, shown } = finishLines(item.lines, names, filter);
      stats.claims += shown;
      await out.write(text);
    }
    flushStreamed();
  } else {
    const buffered: Claim[] = [];
    for await (const item of claimsOf(paths, pipeline)) {
      if (item.kind === 'error') { await onError(item.error); continue; }
      if (item.kind === 'skipped') { onSkipped(item.file, item.reason); continue; }
      stats.articles++;
      stats.sentences += item.claims.length;
      noteOffTopic(item.file, item.claims.filter((c) => c.onTopic).length, item.claims.length);
      names.learn(item.claims);
      // not push(...): an argument each overflows the stack
      if (opts.explain) item.claims.forEach((c, k) => buffered.push({ ...c, findings: item.explanations[k] ?? [] }));
      else for (const c of item.claims) buffered.push(c);
    }
    // renamed and filtered a slice at a time: a copy of every claim at once doubled the peak
    const claims: Claim[] = [];
    for (let from = 0; from < buffered.length; from += WRITE_CLAIMS) {
      const slice = buffered.slice(from, from + WRITE_CLAIMS);
      buffered.fill(undefined as never, from, from + WRITE_CLAIMS);
      for (const c of filterClaims(names.apply(slice), filter)) claims.push(c);
    }
    buffered.length = 0;
    stats.claims = claims.length;
    if (formatter) {
      // written a slice at a time, never as one string (V8 caps a string at 512 MB)
      let text = formatter.start();
      for (let k = 0; k < claims.length; k++) {
        text += formatter.claim(claims[k]!, k);
        if ((k + 1) % WRITE_CLAIMS === 0) { await out.write(text); text = ''; }
      }
      await out.write(text + formatter.end(claims.length));
    } else {
      const { chalk, enabled } = colorFor(io, opts.color);
      const table = { width: io.stdout.columns ?? 120, chalk, color: enabled, explain: Boolean(opts.explain) };
      for (const piece of claimsTableChunks(claims, table)) await out.write(piece);
    }
  }
  io.stderr.write(`claims: ${stats.articles} articles, ${stats.sentences} sentences, ${stats.claims} shown, ${stats.skipped} skipped, ${stats.failed} failed\n`);
  return stats.failed > 0 ? 1 : 0;
}

/** Claims renamed, filtered and written at a time by json and table. */
const WRITE_CLAIMS = 1000;

/** More threads than cores only add memory (--jobs 64 took 1.5 GB); the pool also starts no more than it has articles for. */
export function parseJobs(v: string): number {
  return Math.min(parseCount('--jobs', v, 1), availableParallelism());
}
