// `claims diff --format ndjson`: one row a line, every row, each carrying the schema version
// so that a line read on its own is still a versioned record.
import type { Diff } from '../diff/diff.js';

export function formatDiffNdjson(diff: Diff): string {
  return diff.rows
    .map((row) => `${JSON.stringify({ schemaVersion: diff.schemaVersion, ...row })}\n`)
    .join('');
}
