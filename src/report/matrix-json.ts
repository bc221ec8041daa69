// `claims matrix --format json`: the articles in column order, then one row per speaker.
import type { Matrix } from '../diff/matrix.js';

export function formatMatrixJson(matrix: Matrix): string {
  return `${JSON.stringify(matrix, null, 2)}\n`;
}
