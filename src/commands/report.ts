// claims report <paths...> -o report.html: one self-contained HTML page with the speaker ×
// article grid, the sentences behind each cell, a summary per speaker and a two-article diff.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { availableParallelism } from 'node:os';
import { Option, type Command } from 'commander';
import type { Io } from '../io.js';
import type { Claim, Explanation, InputError } from '../schema.js';
import { describeInputError, UsageError } from '../errors.js';
import { claimsOf, type PipelineOptions } from '../pipeline.js';
import { Output } from '../output.js';
import { findLimits } from '../extract/limits.js';
import type { Topic } from '../extract/topic.js';
import { tokenize } from '../text/tokens.js';
import { DuplicateArticleError } from '../diff/matrix.js';
import { ClaimsFileError, readClaimsFile } from '../input/claims-file.js';
import { buildReport, type ReportArticle } from '../report/html/model.js';
import { renderPage } from '../report/html/page.js';
import { metaOf } from '../report/html/record-extras.js';
import { maxBytesOption, packOption, parseMaxBytes, topicFrom } from './options.js';
import { withFullestNames } from '../names.js';

interface ReportOptions { output?: string; claims?: string; title?: string; pack?: string; maxBytes: string; jobs: string }

/** A claims file holds at most this many characters: the report is built in memory. */
const MAX_CLAIMS_CHARS = 1024 * 1024 * 1024;

export function registerReport(program: Command, io: Io, done: (code: number) => void): void {
  program.command('report')
    .description('write one self-contained HTML page: who says what in which article, with the sentences behind it')
    .argument('[paths...]', 'article files (.txt, .md), directories, or - for standard input')
    .option('-o, --output <file>', 'the HTML file to write (- for standard output)')
    .option('--claims <file>', 'read claims NDJSON (from claims extract --format ndjson; - for standard input) instead of articles')
    .option('--title <text>', 'the report\'s title (default: the topic pack\'s label)')
    .addOption(packOption())
    .addOption(maxBytesOption())
    .addOption(new Option('-j, --jobs <n>', 'extraction threads').default(String(availableParallelism()), 'number of cores'))
    .addHelpText('after', `
Articles are shown in order of publication when their records carry meta.published, else in the
order given. The page needs no network: open it from disk.

Examples:
  claims report corpus/ -o report.html
  claims extract corpus/ --format ndjson > claims.ndjson && claims report --claims claims.ndjson -o report.html
  claims extract corpus/ --format ndjson | claims report --claims - -o - > report.html`)
    .action(async (paths: string[], opts: ReportOptions) => {
      done(await runReport(paths, opts, io));
    });
}

interface Gathered { articles: ReportArticle[]; failed: InputError[]; problems: number }

async function runReport(paths: string[], opts: ReportOptions, io: Io): Promise<number> {
  if (opts.output === undefined) throw new UsageError("name the page to write with -o, e.g. -o report.html (or -o - for standard output)");
  if (opts.claims !== undefined && paths.length > 0) throw new UsageError("give either article paths or --claims FILE, not both");
  if (opts.claims === undefined && paths.length === 0) throw new UsageError("name the articles to report on, or a claims file with --claims FILE");
  if (opts.output !== '-') checkWritable(opts.output, io.cwd);
  const maxBytes = parseMaxBytes(opts.maxBytes);
  const topic = await topicFrom(opts.pack);
  let gathered: Gathered;
  try {
    gathered = opts.claims !== undefined
      ? await fromClaimsFile(opts.claims, maxBytes, io)
      : await fromArticles(paths, { maxBytes, stdin: io.stdin, cwd: io.cwd, topic, jobs: parseJobs(opts.jobs), progress: io.stderr, explain: true }, io);
  } catch (err) {
    if (err instanceof ClaimsFileError) throw new UsageError(err.message);
    throw err;
  }
  const named = withFullestNames(gathered.articles);
  const articles = gathered.articles.map((a, k) => ({ ...a, claims: named[k]!.claims }));
  let html: string;
  try {
    html = renderPage(buildReport({ title: opts.title ?? topic.pack.label, pack: topic.pack, limitWords: limitWordsOf(topic), articles, failed: gathered.failed }));
  } catch (err) {
    if (err instanceof DuplicateArticleError) throw new UsageError(err.message);
    throw err;
  }
  await writePage(opts.output, html, io);
  io.stderr.write(`claims: ${opts.output === '-' ? 'wrote the report' : `wrote ${opts.output}`}: ${articles.length} articles, ${sizeText(Buffer.byteLength(html, 'utf8'))}${gathered.failed.length + gathered.problems > 0 ? `, ${gathered.failed.length + gathered.problems} failed` : ''}\n`);
  return gathered.failed.length + gathered.problems > 0 ? 1 : 0;
}

// Before the work, not after: a page that cannot be written should not cost an extraction.
function checkWritable(output: string, cwd: string): void {
  const dir = path.dirname(path.resolve(cwd, output));
  try {
    if (!fs.statSync(dir).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
    fs.accessSync(dir, fs.constants.W_OK);
  } catch (err) {
    throw new UsageError(`${output}: cannot write the report (${(err as NodeJS.ErrnoException).code ?? 'write error'})`);
  }
}

async function writePage(output: string, html: string, io: Io): Promise<void> {
  if (output === '-') {
    await new Output(io.stdout).write(html);
    return;
  }
  try {
    fs.writeFileSync(path.resolve(io.cwd, output), html);
  } catch (err) {
    throw new UsageError(`${output}: cannot write the report (${(err as NodeJS.ErrnoException).code ?? 'write error'})`);
  }
}

/** For a claim without findings: the term and the bound of each of its limits, as the pack's limit rule finds them. */
function limitWordsOf(topic: Topic): (claim: Claim) => string[] {
  return (claim) => {
    const wanted = new Set(claim.limits);
    return findLimits(tokenize(claim.text), claim.text, topic).filter((l) => wanted.has(l.id)).flatMap((l) => [l.term, l.bound]);
  };
}

async function fromArticles(paths: string[], pipeline: PipelineOptions, io: Io): Promise<Gathered> {
  const out: Gathered = { articles: [], failed: [], problems: 0 };
  for await (const item of claimsOf(paths, pipeline)) {
    if (item.kind === 'error') {
      out.failed.push(item.error);
      io.stderr.write(`${describeInputError(item.error)}\n`);
    } else if (item.kind === 'skipped') {
      if (item.reason === 'empty') io.stderr.write(`claims: ${item.file}: empty file, no sentences\n`);
    } else {
      // the explanation of each claim is its findings (kept with explain: true)
      const findings = new Map<string, Explanation>();
      item.claims.forEach((c, k) => findings.set(c.id, c.findings ?? item.explanations[k] ?? []));
      const meta = item.claims.length > 0 ? metaOf(item.claims[0]!) : null;
      out.articles.push({ article: item.id, file: item.file, claims: item.claims, meta, findings });
    }
  }
  return out;
}

async function fromClaimsFile(file: string, maxBytes: number, io: Io): Promise<Gathered> {
  const out: Gathered = { articles: [], failed: [], problems: 0 };
  const byId = new Map<string, ReportArticle & { claims: Claim[] }>();
  for await (const item of readClaimsFile(file, { stdin: io.stdin, cwd: io.cwd, maxLine: maxBytes, maxTotal: MAX_CLAIMS_CHARS })) {
    if (item.kind === 'problem') {
      out.problems++;
      io.stderr.write(`claims: ${file}:${item.line}: ${item.message}\n`);
      continue;
    }
    if (item.kind === 'error') {
      out.failed.push(item.error);
      continue;
    }
    const c = item.claim;
    let article = byId.get(c.article);
    if (article === undefined) {
      article = { article: c.article, file: c.file, claims: [], meta: metaOf(c) };
      byId.set(c.article, article);
      out.articles.push(article);
    } else if (article.file !== c.file) {
      throw new UsageError(`${file}: article id ${c.article} is given twice (${article.file} and ${c.file}): rename one of the files`);
    }
    article.meta ??= metaOf(c);
    article.claims.push(c);
  }
  if (out.articles.length === 0 && out.failed.length === 0) throw new UsageError(`${file}: no claim records`);
  return out;
}

const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

function parseJobs(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs must be a positive whole number, not "${v}"`);
  return n;
}
