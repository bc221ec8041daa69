// claims matrix <paths...>: the corpus view, speakers down and articles across.
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { describeEmpty, describeInputError, UsageError } from '../errors.js';
import { claimsOf } from '../pipeline.js';
import { Output } from '../output.js';
import { buildMatrix, DuplicateArticleError, type Matrix } from '../diff/matrix.js';
import type { ArticleClaims } from '../diff/summary.js';
import { formatMatrixCsv, formatMatrixCsvWide, formatMatrixNdjson } from '../report/matrix-csv.js';
import { formatMatrixJson } from '../report/matrix-json.js';
import { formatMatrixTable } from '../report/matrix-table.js';
import { useColor, type ColorMode } from '../report/color.js';
import { colorOption, formatOption, inputOption, maxBytesOption, packOption, parseCount, parseDateRange, parseMaxBytes, sinceOption, terminalWidth, topicFrom, untilOption } from './options.js';
import type { InputFormat } from '../input/read.js';
import { byPublished } from '../input/dates.js';
import { withFullestNames } from '../names.js';
import { articlesFromClaims } from '../input/claims-ndjson.js';

interface MatrixOptions {
  format: string; minArticles: string; wide?: boolean; color: ColorMode; pack?: string; maxBytes: string; claims?: string;
  input?: InputFormat; since?: string; until?: string;
}

interface FormatContext { color: boolean; width: number; wide: boolean }

const MATRIX_FORMATS = new Map<string, (matrix: Matrix, ctx: FormatContext) => string>([
  ['table', (matrix, ctx) => formatMatrixTable(matrix, ctx)],
  ['json', (matrix) => formatMatrixJson(matrix)],
  ['ndjson', (matrix) => formatMatrixNdjson(matrix)],
  ['csv', (matrix, ctx) => (ctx.wide ? formatMatrixCsvWide(matrix) : formatMatrixCsv(matrix))],
]);

export function registerMatrix(program: Command, io: Io, done: (code: number) => void): void {
  program.command('matrix')
    .description('one row per speaker, one column per article: the stance each article attributes to them')
    .argument('[paths...]', 'article files (.txt, .md), directories, or - for standard input')
    .option('--claims <file>', "read claims NDJSON (from 'claims extract --format ndjson' or 'claims queue collect'; - for stdin) instead of articles")
    .addOption(formatOption([...MATRIX_FORMATS.keys()], 'table'))
    .option('--min-articles <n>', 'keep speakers named in at least this many articles', '1')
    .option('--wide', 'csv: one line per speaker and a column per article (default: long form, a line per speaker and article)')
    .addOption(inputOption())
    .addOption(sinceOption())
    .addOption(untilOption())
    .addOption(packOption())
    .addOption(maxBytesOption())
    .addOption(colorOption())
    .addHelpText('after', `
Examples:
  claims matrix corpus/
  claims matrix corpus/ --min-articles 2
  claims matrix corpus/ --format csv > matrix.csv          speaker,kind,article,stance,... a row per cell
  claims matrix corpus/ --format csv --wide                 a column per article
  claims matrix --claims claims.ndjson                      claims extracted elsewhere
  claims matrix archive.jsonl --since 2024-05-01            articles in order of publication`)
    .action(async (paths: string[], opts: MatrixOptions) => {
      done(await runMatrix(paths, opts, io));
    });
}

async function runMatrix(paths: string[], opts: MatrixOptions, io: Io): Promise<number> {
  const minArticles = parseCount('--min-articles', opts.minArticles, 1);
  const pipeline = {
    maxBytes: parseMaxBytes(opts.maxBytes), stdin: io.stdin, cwd: io.cwd, topic: await topicFrom(opts.pack, io.cwd), progress: io.stderr,
    input: opts.input, published: parseDateRange(opts.since, opts.until),
  };
  const read: Array<ArticleClaims & { published: string | null }> = [];
  let failed = 0;
  if (opts.claims !== undefined || paths.length === 0) {
    const given = await articlesFromClaims('matrix', paths, opts.claims, io);
    for (const a of given.articles) read.push({ ...a, published: a.claims[0]?.meta?.published ?? null });
    failed = given.failed;
  } else for await (const item of claimsOf(paths, pipeline)) {
    if (item.kind === 'error') { failed++; io.stderr.write(`${describeInputError(item.error)}\n`); }
    else if (item.kind === 'article') read.push({ article: item.id, file: item.file, claims: item.claims, published: item.meta.published });
    else if (item.reason === 'empty') io.stderr.write(`${describeEmpty(item.file)}\n`);
  }
  // columns in time order where the dates are known, so a change of position reads left to right
  const articles: ArticleClaims[] = byPublished(read, (a) => a.published).map(({ article, file, claims }) => ({ article, file, claims }));
  let matrix: Matrix;
  try {
    matrix = buildMatrix(withFullestNames(articles), { minArticles });
  } catch (err) {
    if (err instanceof DuplicateArticleError) throw new UsageError(err.message);
    throw err;
  }
  if (opts.wide && opts.format !== 'csv') throw new UsageError('--wide goes with --format csv');
  const ctx: FormatContext = {
    color: useColor(opts.color, io.env, io.stdout.isTTY),
    width: terminalWidth(io),
    wide: opts.wide === true,
  };
  await new Output(io.stdout).write(MATRIX_FORMATS.get(opts.format)!(matrix, ctx));
  return failed > 0 ? 1 : 0;
}
