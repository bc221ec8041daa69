// `claims matrix --format csv`: `speaker,kind,articles,<article>...`, one line per speaker; a cell
// reads `limited [kharkiv-only; no-atacms]` or `support mixed`, empty where the article is silent.
import type { Matrix, MatrixCell } from '../diff/matrix.js';

// RFC 4180 quoting; lines end in \n like the rest of our output.
export function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

export function cellText(cell: MatrixCell | undefined): string {
  if (cell === undefined) return '';
  const parts: string[] = [cell.stance];
  if (cell.mixed) parts.push('mixed');
  if (cell.limits.length > 0) parts.push(`[${cell.limits.join('; ')}]`);
  return parts.join(' ');
}

export function formatMatrixCsv(matrix: Matrix): string {
  const ids = matrix.articles.map(({ article }) => article);
  const lines = [['speaker', 'kind', 'articles', ...ids]];
  for (const { speaker, cells } of matrix.rows) {
    const own = (id: string) => (Object.hasOwn(cells, id) ? cells[id] : undefined);
    lines.push([speaker.name, speaker.kind, String(Object.keys(cells).length), ...ids.map((id) => cellText(own(id)))]);
  }
  return lines.map((fields) => `${fields.map(csvField).join(',')}\n`).join('');
}
