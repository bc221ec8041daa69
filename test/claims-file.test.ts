// Reading claims NDJSON back (src/input/claims-file.ts): what is kept, what is a problem, the bounds.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ClaimsFileError, readClaimsFile, type ClaimsFileItem } from '../src/input/claims-file.js';
import { claim } from '../fixtures/diff/claims.js';

async function read(text: string, bounds: { maxLine?: number; maxTotal?: number } = {}): Promise<ClaimsFileItem[]> {
  const items: ClaimsFileItem[] = [];
  const stdin = Readable.from([text.slice(0, 7), text.slice(7)]);
  for await (const item of readClaimsFile('-', { stdin, cwd: '.', maxLine: bounds.maxLine ?? 1e6, maxTotal: bounds.maxTotal ?? 1e7 })) items.push(item);
  return items;
}

const record = claim('a', { n: 0, stance: 'oppose', by: ['Ada Lovelace'] });

describe('readClaimsFile', () => {
  it('keeps keys beyond the schema (meta, findings, type) and any schemaVersion', async () => {
    const meta = { url: null, title: 'T', outlet: null, published: '2024-05-01' };
    const findings = [{ ruleId: 'stance.oppose.x', start: 1, end: 4, words: 'ent', contribution: { type: 'vote', stance: 'oppose', weight: 1, negated: false } }];
    const [item] = await read(`${JSON.stringify({ ...record, schemaVersion: 2, type: 'claim', meta, findings })}\n`);
    expect(item).toMatchObject({ kind: 'claim', claim: { id: 'a#0', meta, findings, schemaVersion: 2 } });
  });

  it('names bad lines by number and goes on; blank lines and a missing last newline are fine', async () => {
    const items = await read(['', JSON.stringify(record), '[1]', '{"type":"matrix-row"}', `${JSON.stringify({ ...record, n: 1, id: 'a#1' })}`].join('\n'));
    expect(items.map((i) => (i.kind === 'problem' ? `${i.line}: ${i.message}` : i.kind))).toEqual([
      'claim', '3: not a JSON object', '4: a "matrix-row" record, not a claim', 'claim',
    ]);
  });

  it('refuses a line longer than the bound, and more characters in all than the bound', async () => {
    await expect(read(`${'x'.repeat(50)}\n`, { maxLine: 20 })).rejects.toThrow(ClaimsFileError);
    const many = `${JSON.stringify(record)}\n`.repeat(20);
    await expect(read(many, { maxTotal: many.length - 1 })).rejects.toThrow(/more than \d+ characters of claims/u);
    expect(await read(many, { maxTotal: many.length })).toHaveLength(20);
  });
});
