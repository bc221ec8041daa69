// claims extract <paths...>: every sentence with its speakers, stance and limits.
import { availableParallelism } from 'node:os';
import { Option, type Command } from 'commander';
import type { Io } from '../io.js';
import type { Claim, InputError, Stance } from '../schema.js';
import { STANCES } from '../record-values.js';
import { describeEmpty, describeInputError, describeOffTopic, UsageError } from '../errors.js';
import { NameBook } from '../names.js';
import { claimsOf, linesOf, type PipelineOptions } from '../pipeline.js';
import { claimsFromLines, eachLine, finishLines, lineFinisher, personSlots, personsOf, type ArticleLines } from '../report/ndjson-lines.js';
import type { Spool } from '../report/spool.js';
import { Output } from '../output.js';
import { claimPredicate, KINDS, type ClaimFilter } from '../report/filter.js';
import { CLAIM_FORMATS, STREAM_FORMATTERS, type ClaimFormatter } from '../report/claims.js';
import type { Explanation } from '../schema.js';
import { checkChoices, collectList, colorFor, colorOption, formatOption, inputOption, maxBytesOption, packOption, parseCount, parseDateRange, parseMaxBytes, sinceOption, terminalWidth, topicFrom, untilOption } from './options.js';
import type { InputFormat } from '../input/read.js';
import type { ColorMode } from '../report/color.js';

interface ExtractOptions {
  format: string; speaker?: string[]; stance?: string[]; limit?: string[]; kind?: string[]; minConfidence?: string;
  claimsOnly?: boolean; quiet?: boolean; color: ColorMode; pack?: string; maxBytes: string; explain?: boolean; jobs: string;
  input?: InputFormat; since?: string; until?: string;
}

export function registerExtract(program: Command, io: Io, done: (code: number) => void): void {
  program.command('extract')
    .description('print the claims of each sentence of the articles (files, directories, or - for stdin)')
    .argument('<paths...>', 'article files (.txt, .md, .html, .jsonl), directories, or - for standard input')
    .addOption(formatOption(CLAIM_FORMATS, 'table'))
    .option('--speaker <names>', 'only claims by these speakers (any form of the name; repeat or separate by commas)', collectList)
    .option('--stance <stances>', `only claims with these stances (${STANCES.join(', ')})`, collectList)
    .option('--limit <ids>', "only claims with one of these limit ids (the pack's)", collectList)
    .option('--kind <kinds>', `only these sentence kinds or speaker kinds (${KINDS.join(', ')})`, collectList)
    .option('--min-confidence <x>', 'only claims with at least this confidence (0 to 1)')
    .option('--claims-only', 'drop sentences that are neutral with no speaker and no limit')
    .option('-q, --quiet', 'no summary line on stderr')
    .option('--explain', 'show the rules that fired and the words they matched (a findings array in json, ndjson)')
    .addOption(inputOption())
    .addOption(sinceOption())
    .addOption(untilOption())
    .addOption(packOption())
    .addOption(maxBytesOption())
    .addOption(colorOption())
    .addOption(new Option('-j, --jobs <n>', 'extraction threads, at most the number of cores (output is the same for any number)').default(String(availableParallelism()), 'number of cores'))
    .addHelpText('after', `
Examples:
  claims extract corpus/
  claims extract corpus/ --format ndjson | jq -c 'select(.stance == "oppose")'
  claims extract corpus/ --format csv > claims.csv
  claims extract corpus/ --speaker Blinken --speaker Biden --stance oppose,limited --explain
  cat article.txt | claims extract - --format json
  claims extract saved-page.html
  claims extract archive.jsonl --since 2024-05-01 --until 2024-06-30 --format ndjson
  curl -s https://example.org/story | claims extract - --input html`)
    .action(async (paths: string[], opts: ExtractOptions) => {
      done(await runExtract(paths, opts, io));
    });
}

function filterFrom(opts: ExtractOptions, limitIds: string[]): ClaimFilter {
  checkChoices('--stance', opts.stance, STANCES);
  checkChoices('--limit', opts.limit, limitIds);
  checkChoices('--kind', opts.kind, KINDS);
  let minConfidence: number | undefined;
  if (opts.minConfidence !== undefined) {
    minConfidence = Number(opts.minConfidence);
    if (opts.minConfidence.trim() === '' || !Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1) {
      throw new UsageError(`--min-confidence must be a number from 0 to 1, not "${opts.minConfidence}"`);
    }
  }
  return { speaker: opts.speaker, stance: opts.stance as Stance[] | undefined, limit: opts.limit, kind: opts.kind, minConfidence, claimsOnly: opts.claimsOnly };
}

/** How one article's claims become output, for the formats that stream (all but json). */
interface Sink { start(): string; article(claims: Claim[], explanations?: ReadonlyMap<string, Explanation>): string; error(e: InputError): string }

// the table's and CSV's libraries are loaded only for those formats: ndjson and json start without them
async function sinkFor(format: string, opts: ExtractOptions, io: Io): Promise<Sink | null> {
  if (format === 'table') {
    const { chalk } = await colorFor(io, opts.color);
    const { ClaimsTable } = await import('../report/claims-table.js');
    const table = new ClaimsTable({ width: terminalWidth(io), chalk });
    return { start: () => '', article: (claims, why) => table.article(claims, why), error: () => '' };
  }
  if (format === 'csv' || format === 'tsv') {
    const { csvWriter } = await import('../report/claims-csv.js');
    const csv = csvWriter(format === 'csv' ? ',' : '\t');
    return { start: () => csv.header(), article: (claims) => csv.rows(claims), error: () => '' };
  }
  return null;
}

async function runExtract(paths: string[], opts: ExtractOptions, io: Io): Promise<number> {
  const maxBytes = parseMaxBytes(opts.maxBytes);
  const jobs = parseJobs(opts.jobs);
  const topic = await topicFrom(opts.pack, io.cwd);
  const filter = filterFrom(opts, topic.pack.limits.map((l) => l.id));
  const keep = claimPredicate(filter);
  const out = new Output(io.stdout);
  const names = new NameBook();
  const stats = { articles: 0, sentences: 0, claims: 0, skipped: 0, failed: 0 };
  const formatter = STREAM_FORMATTERS.get(opts.format);
  const sink = await sinkFor(opts.format, opts, io);

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
    if (sentences > 0 && onTopic === 0) io.stderr.write(`${describeOffTopic(file, sentences, topic.pack.id)}\n`);
  };
  const pipeline: PipelineOptions = {
    maxBytes, stdin: io.stdin, cwd: io.cwd, topic, jobs, progress: io.stderr, explain: Boolean(opts.explain),
    input: opts.input, published: parseDateRange(opts.since, opts.until),
  };

  /**
   * Each article's NDJSON lines, rendered where it was extracted, as they come: counted, their
   * names learned. A long article comes in parts; its off-topic note counts them all, once the
   * next article starts, so what is said of an article is said in input order.
   */
  const eachLines = async (use: (lines: ArticleLines) => Promise<void>) => {
    let streamed: { file: string; onTopic: number; sentences: number } | null = null;
    const flushStreamed = () => { if (streamed) noteOffTopic(streamed.file, streamed.onTopic, streamed.sentences); streamed = null; };
    for await (const item of linesOf(paths, pipeline)) {
      if (out.closed) break;
      if (item.kind !== 'lines' || item.part === 0) flushStreamed();
      if (item.kind === 'error') { await onError(item.error); continue; }
      if (item.kind === 'skipped') { onSkipped(item.file, item.reason); continue; }
      if (item.part === 0) {
        stats.articles++;
        streamed = { file: item.file, onTopic: 0, sentences: 0 };
      }
      stats.sentences += item.lines.ends.length;
      if (streamed) { streamed.onTopic += item.lines.onTopic; streamed.sentences += item.lines.ends.length; }
      names.learnKeyed(item.lines.persons, item.lines.keys);
      await use(item.lines);
    }
    flushStreamed();
  };

  /** Each article's claims with their findings (--explain), whole: counted, noted if off topic, names learned. */
  const eachExplained = async (use: (claims: Claim[], explanations: Explanation[]) => Promise<void>) => {
    for await (const item of claimsOf(paths, pipeline)) {
      if (out.closed) break;
      if (item.kind === 'error') { await onError(item.error); continue; }
      if (item.kind === 'skipped') { onSkipped(item.file, item.reason); continue; }
      stats.articles++;
      stats.sentences += item.claims.length;
      noteOffTopic(item.file, item.claims.filter((c) => c.onTopic).length, item.claims.length);
      names.learn(item.claims);
      await use(item.claims, item.explanations);
    }
  };

  if (sink) {
    // table, csv: each article as it comes; names are the fullest known so far in this run
    await out.write(sink.start());
    if (opts.explain) {
      // --explain keeps each claim's findings, so the claims themselves come back
      await eachExplained(async (claims, explanations) => {
        const why = new Map<string, Explanation>();
        claims.forEach((c, k) => why.set(c.id, explanations[k]!));
        const shown = names.apply(claims).filter(keep);
        stats.claims += shown.length;
        await out.write(sink.article(shown, why));
      });
    } else {
      await eachLines(async (lines) => {
        const claims = claimsFromLines(lines, names, keep);
        stats.claims += claims.length;
        await out.write(sink.article(claims));
      });
    }
  } else if (formatter!.streams && !opts.explain) {
    // ndjson: the lines as they come, names the fullest known so far
    await eachLines(async (lines) => {
      const { text, shown } = finishLines(lines, names, filter);
      stats.claims += shown;
      await out.write(text);
    });
  } else {
    // json (and ndjson with --explain): every person by the fullest name of the whole run, so every
    // claim waits for the end of the run, in a temporary file (see spool.ts), not in memory
    // loaded here: the formats that stream (ndjson, table, csv) start without it
    const { Spool } = await import('../report/spool.js');
    const spool = new Spool();
    try {
      if (opts.explain) {
        await eachExplained(async (claims, explanations) => {
          claims.forEach((c, k) => {
            const json = JSON.stringify({ ...c, findings: explanations[k] ?? [] });
            const persons = personsOf(c);
            spool.add(persons, personSlots(json, persons, c.via?.kind === 'person'), json);
          });
        });
      } else {
        // the lines rendered for ndjson are the same JSON, a claim each
        await eachLines(async (lines) => {
          for (const { line, persons, slots } of eachLine(lines)) spool.add(persons, slots, line.endsWith('\n') ? line.slice(0, -1) : line);
        });
      }
      stats.claims = await writeSpooled(spool, formatter!, names, filter, out);
    } finally {
      spool.remove();
    }
  }
  if (!opts.quiet) io.stderr.write(`claims: ${stats.articles} articles, ${stats.sentences} sentences, ${stats.claims} shown, ${stats.skipped} skipped, ${stats.failed} failed\n`);
  return stats.failed > 0 ? 1 : 0;
}

const WRITE_CHUNK = 1 << 16;

/** The spooled claims as json (or ndjson), renamed to the run's fullest names and filtered; how many were written. */
async function writeSpooled(spool: Spool, format: ClaimFormatter, names: NameBook, filter: ClaimFilter, out: Output): Promise<number> {
  const finish = lineFinisher(names, filter);
  let count = 0;
  let text = format.start();
  for await (const { persons, slots, line } of spool.read()) {
    if (out.closed) break;
    const done = finish(line, persons, slots);
    if (done === null) continue;
    text += format.line!(done, count++);
    // written in pieces: one string of a whole large run would not fit (V8 caps a string at 512 MB)
    if (text.length > WRITE_CHUNK) { await out.write(text); text = ''; }
  }
  await out.write(text + format.end(count));
  return count;
}

/** More threads than cores only add memory (--jobs 64 took 1.5 GB); the pool also starts no more than it has articles for. */
export function parseJobs(v: string): number {
  return Math.min(parseCount('--jobs', v, 1), availableParallelism());
}
