// --format csv|tsv: long form, one row per claim and speaker (a sentence with no speaker is one
// row with the speaker empty), so pandas and duckdb read it with no reshaping. Quoted by
// csv-stringify. `kind` is the speaker's kind; limits are joined by `;`.
import { stringify } from 'csv-stringify/sync';
import type { Claim } from '../schema.js';

export const CLAIM_CSV_COLUMNS = ['article', 'id', 'file', 'line', 'speaker', 'kind', 'stance', 'limits', 'confidence', 'cue', 'text'] as const;

export function claimRows(claims: readonly Claim[]): string[][] {
  const rows: string[][] = [];
  for (const c of claims) {
    const base = (speaker: string, kind: string) => [c.article, c.id, c.file, String(c.line), speaker, kind, c.stance, c.limits.join(';'), String(c.confidence), c.cue ?? '', c.text];
    if (c.speakers.length === 0) rows.push(base('', ''));
    for (const s of c.speakers) rows.push(base(s.name, s.kind));
  }
  return rows;
}

/** The header, then each article's rows as it comes. */
export function csvWriter(delimiter: ',' | '\t'): { header(): string; rows(claims: readonly Claim[]): string } {
  const options = { delimiter, record_delimiter: 'unix' as const };
  return {
    header: () => stringify([[...CLAIM_CSV_COLUMNS]], options),
    rows: (claims) => (claims.length ? stringify(claimRows(claims), options) : ''),
  };
}
