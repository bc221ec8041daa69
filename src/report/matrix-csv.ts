// `claims matrix --format csv`: long form, one row per speaker and article that names them:
// speaker, kind, article, stance, a count per stance, limits (joined by `;`), mixed. `--wide`
// gives one line per speaker and one column per article, a cell reading `limited [a; b]`.
// Quoted by csv-stringify.
import { stringify } from 'csv-stringify/sync';
import { STANCES } from '../schema.js';
import type { Matrix, MatrixCell, MatrixRowRecord } from '../diff/matrix.js';

const OPTIONS = { record_delimiter: 'unix' as const };

export function cellText(cell: MatrixCell | undefined): string {
  if (cell === undefined) return '';
  const parts: string[] = [cell.stance];
  if (cell.mixed) parts.push('mixed');
  if (cell.limits.length > 0) parts.push(`[${cell.limits.join('; ')}]`);
  return parts.join(' ');
}

/** The cells in row order, each a record: speakers by rank, articles in column order. */
export function matrixRecords(matrix: Matrix): MatrixRowRecord[] {
  const records: MatrixRowRecord[] = [];
  for (const { speaker, cells } of matrix.rows) {
    for (const { article, file } of matrix.articles) {
      if (!Object.hasOwn(cells, article)) continue;
      const cell = cells[article]!;
      records.push({ type: 'matrix-row', schemaVersion: matrix.schemaVersion, speaker, article, file, ...cell });
    }
  }
  return records;
}

export const MATRIX_CSV_COLUMNS = ['speaker', 'kind', 'article', 'stance', ...STANCES, 'limits', 'mixed'];

export function formatMatrixCsv(matrix: Matrix): string {
  const rows = matrixRecords(matrix).map((r) => [r.speaker.name, r.speaker.kind, r.article, r.stance, ...STANCES.map((s) => String(r.counts[s])), r.limits.join(';'), String(r.mixed)]);
  return stringify([MATRIX_CSV_COLUMNS, ...rows], OPTIONS);
}

export function formatMatrixCsvWide(matrix: Matrix): string {
  const ids = matrix.articles.map(({ article }) => article);
  const lines = [['speaker', 'kind', 'articles', ...ids]];
  for (const { speaker, cells } of matrix.rows) {
    const own = (id: string) => (Object.hasOwn(cells, id) ? cells[id] : undefined);
    lines.push([speaker.name, speaker.kind, String(Object.keys(cells).length), ...ids.map((id) => cellText(own(id)))]);
  }
  return stringify(lines, OPTIONS);
}

export function formatMatrixNdjson(matrix: Matrix): string {
  return matrixRecords(matrix).map((r) => `${JSON.stringify(r)}\n`).join('');
}
