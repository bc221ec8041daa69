// `claims diff --format table`: one row per speaker, the two sides next to each other, and under
// each row the sentences behind both sides so the user can check them.
import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Diff, DiffRow, DiffStatus } from '../diff/diff.js';
import type { Evidence, Side } from '../diff/summary.js';
import { STANCES } from '../schema.js';
import { paintStance, palette } from './color.js';
import { visible } from './visible.js';

export interface DiffTableOptions {
  color: boolean;
  /** Total width in columns (default 100, at least 60). */
  width?: number;
  /** Also show the speakers whose stance and limits are the same in both articles. */
  all?: boolean;
}

export const DEFAULT_WIDTH = 100;
const MIN_WIDTH = 60;

/** A table with no ANSI codes of its own: colour, when on, comes from chalk only. */
export function plainTable(colWidths: number[], head: string[]): Table.Table {
  return new Table({ head, colWidths, wordWrap: true, style: { head: [], border: [] } });
}

/** `support (2)`, then ` · mixed` when the side holds both support-or-limited and oppose. */
export function stanceLabel(c: ChalkInstance, side: Pick<Side, 'stance' | 'counts' | 'mixed'>): string {
  const label = `${paintStance(c, side.stance)} (${side.counts[side.stance]})`;
  return side.mixed ? `${label} · ${c.bold('mixed')}` : label;
}

/** The counts not already in the label, e.g. `oppose 1, neutral 3`; empty when there are none. */
export function otherCounts(side: Pick<Side, 'stance' | 'counts'>): string {
  return STANCES.filter((s) => s !== side.stance && side.counts[s] > 0)
    .map((s) => `${s} ${side.counts[s]}`)
    .join(', ');
}

function sideCell(c: ChalkInstance, side: Side | null): string {
  if (side === null) return c.dim('—');
  const lines = [stanceLabel(c, side)];
  const others = otherCounts(side);
  if (others !== '') lines.push(c.dim(others));
  if (side.limits.length > 0) lines.push(`limits: ${side.limits.join(', ')}`);
  return lines.join('\n');
}

const STATUS_STYLE: Record<DiffStatus, (c: ChalkInstance, s: string) => string> = {
  conflict: (c, s) => c.red.bold(s),
  changed: (c, s) => c.yellow(s),
  'only-a': (c, s) => c.cyan(s),
  'only-b': (c, s) => c.cyan(s),
  same: (c, s) => c.dim(s),
};

export function truncate(text: string, max: number): string {
  const chars = Array.from(visible(text.replace(/\s+/gu, ' ').trim()));
  return chars.length <= max ? chars.join('') : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

function evidenceOf(row: DiffRow): ['a' | 'b', Evidence[]][] {
  return [['a', row.a?.sentences ?? []], ['b', row.b?.sentences ?? []]];
}

// `nWidth` is the same for the whole table so the texts line up from row to row.
function evidenceLines(c: ChalkInstance, row: DiffRow, max: number, nWidth: number): string {
  const sides = evidenceOf(row);
  const stanceWidth = Math.max(...STANCES.map((s) => s.length));
  return sides
    .flatMap(([label, sentences]) => sentences.map((s) => {
      const where = `${label} #${String(s.n).padEnd(nWidth)}`;
      const stance = paintStance(c, s.stance) + ' '.repeat(stanceWidth - s.stance.length);
      return `${c.dim(where)} ${stance} ${truncate(s.text, max - where.length - stanceWidth - 2)}`;
    }))
    .join('\n');
}

// Four columns that add up to `width` with their borders; the two sides share what is left
// after the speaker and status columns.
function columnWidths(width: number): number[] {
  const inner = Math.max(MIN_WIDTH, width) - 5;
  const status = 12;
  const side = Math.floor((inner - status) * 0.37);
  return [inner - status - 2 * side, side, side, status];
}

function hiddenNote(hidden: number): string {
  return `${hidden} speaker${hidden === 1 ? '' : 's'} the same in both articles not shown (--all shows them)`;
}

export function formatDiffTable(diff: Diff, options: DiffTableOptions): string {
  const c = palette(options.color);
  const shown = options.all === true ? diff.rows : diff.rows.filter((row) => row.status !== 'same');
  const hidden = diff.rows.length - shown.length;
  if (diff.rows.length === 0) return 'No speakers in either article.\n';
  if (shown.length === 0) return `No differences: ${hiddenNote(hidden)}.\n`;
  const widths = columnWidths(options.width ?? DEFAULT_WIDTH);
  const evidenceWidth = widths.reduce((sum, w) => sum + w, 0) + widths.length - 1 - 2;
  const table = plainTable(widths, ['speaker', `a: ${visible(diff.a.article)}`, `b: ${visible(diff.b.article)}`, 'status'].map((h) => c.bold(h)));
  const nWidth = shown.flatMap((row) => evidenceOf(row).flatMap(([, ss]) => ss.map((e) => String(e.n).length))).reduce((a, b) => Math.max(a, b), 1);
  for (const row of shown) {
    table.push([
      `${c.bold(visible(row.speaker.name))}\n${c.dim(row.speaker.kind)}`,
      sideCell(c, row.a),
      sideCell(c, row.b),
      STATUS_STYLE[row.status](c, row.status),
    ]);
    table.push([{ colSpan: 4, content: evidenceLines(c, row, evidenceWidth, nWidth), wordWrap: false }]);
  }
  const note = hidden > 0 ? `${hiddenNote(hidden)}.\n` : '';
  return `${table.toString()}\n${note}`;
}
