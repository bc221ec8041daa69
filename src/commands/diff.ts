// claims diff <a> <b>: what two articles attribute to each speaker, side by side.
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { Command } from 'commander';
import type { Io } from '../io.js';
import type { InputError } from '../schema.js';
import { describeEmpty, describeInputError, UsageError } from '../errors.js';
import { claimsOf, type PipelineOptions } from '../pipeline.js';
import { Output } from '../output.js';
import { diffArticles, diffExitCode, DiffStatusSchema, type Diff } from '../diff/diff.js';
import type { ArticleClaims } from '../diff/summary.js';
import { withFullestNames } from '../names.js';
import { formatDiffJson } from '../report/diff-json.js';
import { formatDiffNdjson } from '../report/diff-ndjson.js';
import { formatDiffTable } from '../report/diff-table.js';
import { useColor, type ColorMode } from '../report/color.js';
import { articlesFromClaims, pickArticle } from '../input/claims-ndjson.js';
import { checkChoices, collectList, colorOption, formatOption, inputOption, maxBytesOption, packOption, parseDateRange, parseMaxBytes, sinceOption, terminalWidth, topicFrom, untilOption } from './options.js';
import { visible } from '../report/visible.js';
import type { InputFormat } from '../input/read.js';
import { byPublished } from '../input/dates.js';

interface DiffOptions {
  format: string; corpus?: string; all?: boolean; exitCode?: boolean; status?: string[];
  color: ColorMode; pack?: string; maxBytes: string; claims?: string;
  input?: InputFormat; since?: string; until?: string;
}

interface FormatContext { color: boolean; width: number; all: boolean }

const DIFF_FORMATS = new Map<string, (diff: Diff, ctx: FormatContext) => string>([
  ['table', (diff, ctx) => formatDiffTable(diff, ctx)],
  ['json', (diff) => formatDiffJson(diff)],
  ['ndjson', (diff) => formatDiffNdjson(diff)],
]);

export function registerDiff(program: Command, io: Io, done: (code: number) => void): void {
  program.command('diff')
    .description('compare what two articles attribute to each speaker: same, changed, conflict, only-a, only-b')
    .argument('<a>', 'article file (or article id with --corpus)')
    .argument('<b>', 'article file (or article id with --corpus)')
    .addOption(formatOption([...DIFF_FORMATS.keys()], 'table'))
    .option('--corpus <dir>', 'read <a> and <b> as article ids (or unique id prefixes) in this directory')
    .option('--claims <file>', "take <a> and <b> (ids, id prefixes or files) from claims NDJSON ('claims extract --format ndjson', 'claims queue collect'; - for stdin)")
    .option('--all', 'also show the speakers that are the same in both (table; json and ndjson always have them)')
    .option('--status <statuses>', `only rows with these statuses (${DiffStatusSchema.options.join(', ')}; repeat or separate by commas)`, collectList)
    .option('--exit-code', 'exit 1 when any speaker is not the same, like git diff --exit-code')
    .addOption(inputOption())
    .addOption(sinceOption())
    .addOption(untilOption())
    .addOption(packOption())
    .addOption(maxBytesOption())
    .addOption(colorOption())
    .addHelpText('after', `
Exit status: 0 done (with --exit-code: no differences), 1 an article that could not be read
(reported on stderr) or, with --exit-code, differences, 2 usage error.

Examples:
  claims diff corpus/001_0bb1e9a035e83043.txt corpus/003_85b5e2748be9e748.txt
  claims diff --corpus corpus 001 003 --all
  claims diff --corpus corpus 001 003 --status conflict,changed
  claims diff --corpus corpus 001 003 --format json | jq '.rows[] | select(.status == "conflict")'
  claims diff a.txt b.txt --exit-code >/dev/null || echo "the articles disagree"
  claims diff --claims claims.ndjson 001 003         claims extracted elsewhere`)
    .action(async (a: string, b: string, opts: DiffOptions) => {
      done(await runDiff(a, b, opts, io));
    });
}

async function runDiff(a: string, b: string, opts: DiffOptions, io: Io): Promise<number> {
  checkChoices('--status', opts.status, DiffStatusSchema.options);
  const pipeline: PipelineOptions = {
    maxBytes: parseMaxBytes(opts.maxBytes), stdin: io.stdin, cwd: io.cwd, topic: await topicFrom(opts.pack, io.cwd),
    input: opts.input, published: parseDateRange(opts.since, opts.until),
  };
  if (opts.claims !== undefined) return writeDiff(await sidesFromClaims(opts.claims, a, b, io), opts, io);
  if (opts.corpus === undefined && a === '-' && b === '-') throw new UsageError('only one of <a> and <b> can be - (standard input)');
  const fileA = opts.corpus === undefined ? a : await fileForId(opts.corpus, a, io.cwd);
  const fileB = opts.corpus === undefined ? b : await fileForId(opts.corpus, b, io.cwd);
  const note = (file: string) => io.stderr.write(`${describeEmpty(file)}\n`);
  const sideA = await oneArticle(fileA, pipeline, note);
  const sideB = await oneArticle(fileB, pipeline, note);
  const failed = [sideA, sideB].flatMap((side) => ('errors' in side ? side.errors : []));
  // An article that cannot be read is an input failure: exit 1, as for every command.
  if (failed.length > 0) {
    for (const e of failed) io.stderr.write(`${describeInputError(e)}\n`);
    const hint = corpusHint(failed, [a, b], opts.corpus);
    if (hint) io.stderr.write(hint);
    return 1;
  }
  return writeDiff([sideA as Side, sideB as Side], opts, io);
}

async function sidesFromClaims(file: string, a: string, b: string, io: Io): Promise<Side[]> {
  const { articles } = await articlesFromClaims('diff', [], file, io);
  const shown = file === '-' ? 'standard input' : file;
  return [pickArticle(articles, a, shown), pickArticle(articles, b, shown)].map((s) => ({ ...s, published: s.claims[0]?.meta?.published ?? null }));
}

async function writeDiff(given: Side[], opts: DiffOptions, io: Io): Promise<number> {
  // the earlier article is a when both dates are known, so a change of position reads in time order
  const ordered = given.every((s) => s.published !== null) ? byPublished(given, (s) => s.published) : given;
  const sides = ordered.map(({ article, file, claims }) => ({ article, file, claims }));
  const [articleA, articleB] = withFullestNames(sides);
  const full = diffArticles(articleA!, articleB!);
  // the exit code is about the two articles, whatever --status shows
  const statuses = new Set(opts.status ?? []);
  const diff = statuses.size ? { ...full, rows: full.rows.filter((r) => statuses.has(r.status)) } : full;
  const ctx: FormatContext = {
    color: useColor(opts.color, io.env, io.stdout.isTTY),
    width: terminalWidth(io),
    all: opts.all === true || statuses.has('same'),
  };
  await new Output(io.stdout).write(DIFF_FORMATS.get(opts.format)!(diff, ctx));
  return diffExitCode(full, opts.exitCode === true);
}

/** `claims diff 001 003`: ids that are not files were probably meant with --corpus. */
function corpusHint(failed: InputError[], given: string[], corpus: string | undefined): string | null {
  if (corpus !== undefined || !failed.every((e) => e.code === 'E_NOT_FOUND')) return null;
  if (!given.every((g) => g !== '-' && !g.includes('/') && !/\.(txt|md)$/iu.test(g))) return null;
  return `claims diff: to name articles by id, give the directory: claims diff --corpus <dir> ${given.map(visible).join(' ')}\n`;
}

/** One named file as one article; a directory or stdin holding several is a usage error. */
type Side = ArticleClaims & { published: string | null };

async function oneArticle(file: string, pipeline: PipelineOptions, onEmpty: (file: string) => void): Promise<Side | { errors: InputError[] }> {
  const found: Side[] = [];
  const errors: InputError[] = [];
  for await (const item of claimsOf([file], pipeline)) {
    if (item.kind === 'error') errors.push(item.error);
    else if (item.kind === 'article') found.push({ article: item.id, file: item.file, claims: item.claims, published: item.meta.published });
    else if (item.reason === 'empty') {
      onEmpty(item.file);
      found.push({ article: path.posix.parse(item.file).name, file: item.file, claims: [], published: null });
    }
  }
  if (errors.length > 0) return { errors };
  if (found.length !== 1) throw new UsageError(`${file}: diff compares two articles, and this is ${found.length} articles; name one file`);
  return found[0]!;
}


const ARTICLE_EXT = /\.(txt|md)$/iu;

// `001` finds `001_0bb1e9a035e83043.txt`: an exact id first, else a prefix that only one id has.
async function fileForId(corpus: string, id: string, cwd: string): Promise<string> {
  let names: string[];
  try {
    names = (await fsp.readdir(path.resolve(cwd, corpus), { withFileTypes: true }))
      .filter((e) => !e.isDirectory() && ARTICLE_EXT.test(e.name))
      .map((e) => e.name)
      .sort();
  } catch {
    throw new UsageError(`--corpus ${corpus}: not a directory that can be read`);
  }
  const wanted = id.replace(ARTICLE_EXT, '');
  const idOf = (name: string) => name.replace(ARTICLE_EXT, '');
  const exact = names.filter((n) => idOf(n) === wanted);
  const matches = exact.length > 0 ? exact : names.filter((n) => idOf(n).startsWith(wanted));
  if (matches.length === 1) return path.posix.join(corpus.split(path.sep).join('/'), matches[0]!);
  if (matches.length === 0) throw new UsageError(`no article "${id}" in ${corpus}`);
  throw new UsageError(`"${id}" names ${matches.length} articles in ${corpus}: ${matches.slice(0, 5).map(idOf).join(', ')}${matches.length > 5 ? ', ...' : ''}`);
}
