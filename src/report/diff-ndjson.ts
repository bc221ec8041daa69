// `claims diff --format ndjson`: one row a line, every row, each a record of its own: its type,
// the schema version and the two articles' ids go on every line.
import type { Diff, DiffRowRecord } from '../diff/diff.js';

export function diffRecords(diff: Diff): DiffRowRecord[] {
  return diff.rows.map((row) => ({ type: 'diff-row', schemaVersion: diff.schemaVersion, articleA: diff.a.article, articleB: diff.b.article, ...row }));
}

export function formatDiffNdjson(diff: Diff): string {
  return diffRecords(diff).map((r) => `${JSON.stringify(r)}\n`).join('');
}
