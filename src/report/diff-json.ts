// `claims diff --format json`: the whole diff, every row (`same` ones too), in report order.
import type { Diff } from '../diff/diff.js';

export function formatDiffJson(diff: Diff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
