// `claims matrix --format table`: speakers down, articles across, blank where an article is silent.
import type { ChalkInstance } from 'chalk';
import type { Matrix, MatrixCell } from '../diff/matrix.js';
import { DEFAULT_WIDTH, plainTable, stanceLabel } from './diff-table.js';
import { palette } from './color.js';
import { visible } from './visible.js';

export interface MatrixTableOptions {
  color: boolean;
  /** Total width in columns (default 100); articles that do not fit are left out, and counted. */
  width?: number;
}

const MIN_CELL = 14;
const MAX_CELL = 24;

function cellContent(c: ChalkInstance, cell: MatrixCell | undefined): string {
  if (cell === undefined) return '';
  // In a narrow column `mixed` and the limits read better on lines of their own.
  const lines = [stanceLabel(c, { ...cell, mixed: false })];
  if (cell.mixed) lines.push(c.bold('mixed'));
  for (const limit of cell.limits) lines.push(visible(limit));
  return lines.join('\n');
}

/** How many article columns of at least MIN_CELL fit beside the speaker column (at least one). */
function columnsThatFit(width: number, articles: number): number {
  let n = 1;
  while (n < articles) {
    const [speaker] = columnWidths(width, n + 1);
    if (width - 2 - (n + 1) - speaker! < (n + 1) * MIN_CELL) break;
    n++;
  }
  return n;
}

function columnWidths(width: number, articles: number): number[] {
  const inner = width - 2 - articles;
  const speaker = Math.min(26, Math.max(16, Math.floor(inner * 0.25)));
  const cell = Math.min(MAX_CELL, Math.max(MIN_CELL, Math.floor((inner - speaker) / Math.max(1, articles))));
  return [speaker, ...Array.from({ length: articles }, () => cell)];
}

export function formatMatrixTable(matrix: Matrix, options: MatrixTableOptions): string {
  const c = palette(options.color);
  if (matrix.rows.length === 0) return 'No speakers to show.\n';
  const width = options.width ?? DEFAULT_WIDTH;
  // a table wider than the terminal helps nobody: the articles that fit, and where the rest are
  const all = matrix.articles.map(({ article }) => article);
  const ids = all.slice(0, columnsThatFit(width, all.length));
  const table = plainTable(columnWidths(width, ids.length), ['speaker', ...ids].map((h) => c.bold(visible(h))));
  for (const { speaker, cells } of matrix.rows) {
    const own = (id: string) => (Object.hasOwn(cells, id) ? cells[id] : undefined);
    table.push([`${c.bold(visible(speaker.name))}\n${c.dim(speaker.kind)}`, ...ids.map((id) => cellContent(c, own(id)))]);
  }
  const hidden = all.length - ids.length;
  const note = hidden > 0 ? `${hidden} more article${hidden === 1 ? '' : 's'} not shown at this width (--format csv or json has them all)\n` : '';
  return `${table.toString()}\n${note}`;
}
