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
import { colorOption, formatOption, maxBytesOption, packOption, parseCount, parseMaxBytes, terminalWidth, topicFrom } from './options.js';
import { withFullestNames } from './diff.js';

interface MatrixOptions { format: string; minArticles: string; wide?: boolean; color: ColorMode; pack?: string; maxBytes: string }

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
    .argument('<paths...>', 'article files (.txt, .md), directories, or - for standard input')
    .addOption(formatOption([...MATRIX_FORMATS.keys()], 'table'))
    .option('--min-articles <n>', 'keep speakers named in at least this many articles', '1')
    .option('--wide', 'csv: one line per speaker and a column per article (default: long form, a line per speaker and article)')
    .addOption(packOption())
    .addOption(maxBytesOption())
    .addOption(colorOption())
    .addHelpText('after', `
Examples:
  claims matrix corpus/
  claims matrix corpus/ --min-articles 2
  claims matrix corpus/ --format csv > matrix.csv          speaker,kind,article,stance,... a row per cell
  claims matrix corpus/ --format csv --wide                 a column per article`)
    .action(async (paths: string[], opts: MatrixOptions) => {
      done(await runMatrix(paths, opts, io));
    });
}

async function runMatrix(paths: string[], opts: MatrixOptions, io: Io): Promise<number> {
  const minArticles = parseCount('--min-articles', opts.minArticles, 1);
  const pipeline = { maxBytes: parseMaxBytes(opts.maxBytes), stdin: io.stdin, cwd: io.cwd, topic: topicFrom(opts.pack, io.cwd), progress: io.stderr };
  const articles: ArticleClaims[] = [];
  let failed = 0;
  for await (const item of claimsOf(paths, pipeline)) {
    if (item.kind === 'error') { failed++; io.stderr.write(`${describeInputError(item.error)}\n`); }
    else if (item.kind === 'article') articles.push({ article: item.id, file: item.file, claims: item.claims });
    else if (item.reason === 'empty') io.stderr.write(`${describeEmpty(item.file)}\n`);
  }
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
