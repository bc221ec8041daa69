// JSONL archives: one article a line, streamed; a bad line is one error naming file:line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claims } from './helpers.js';
import { readJsonl, type JsonlOptions } from '../src/input/jsonl.js';
import type { InputItem } from '../src/input/read.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-jsonl-'));
const write = (name: string, data: string | Buffer) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, data);
  return file;
};
const line = (o: unknown) => `${JSON.stringify(o)}\n`;
const SCHOLZ = 'German Chancellor Olaf Scholz said Ukraine may use German weapons against targets in Russia.';
const PUTIN = 'Russian President Vladimir Putin warned the West against letting Kyiv strike Russian territory.';
const PESKOV = 'Kremlin spokesman Dmitry Peskov said the decision would escalate the war.';

interface Rec { article: string; file: string; text: string; meta: Record<string, string | null> }
const records = (stdout: string): Rec[] => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

const opts = (over: Partial<JsonlOptions> = {}): JsonlOptions => ({ shown: 'a.jsonl', archiveId: 'a', maxBytes: 1 << 20, html: async () => undefined, ...over });
async function collect(chunks: Array<string | Uint8Array>, o = opts()): Promise<InputItem[]> {
  async function* stream() { for (const c of chunks) yield c; }
  const out: InputItem[] = [];
  for await (const item of readJsonl(stream(), o)) out.push(item);
  return out;
}
const summary = (items: InputItem[]) => items.map((i) => (i.kind === 'article' ? `${i.article.id} ${i.article.file} ${i.article.text}` : i.kind === 'error' ? `${i.error.code} ${i.error.file}: ${i.error.message}` : `skipped ${i.file}`));

describe('an archive on the command line', () => {
  const archive = write('archive.jsonl', [
    line({ id: 'scholz', text: SCHOLZ, url: 'https://example.org/1', title: 'Scholz: Ukraine may strike', outlet: 'Example', published: '2024-05-31T10:00:00Z' }),
    'this line is not JSON\n',
    line({ id: 'empty-record', url: 'https://example.org/2' }),
    line({ id: 'putin', text: PUTIN, published: 'last Tuesday' }),
    line({ id: 'peskov', text: PESKOV }),
  ].join(''));

  it('reads the good lines, reports each bad one as file:line, and exits 1', () => {
    const r = claims(['extract', archive, '--format', 'ndjson']);
    expect(r.code).toBe(1);
    const recs = records(r.stdout);
    const claimsOnly = recs.filter((x) => x.type === 'claim');
    expect(claimsOnly.map((c) => c.article)).toEqual(['scholz', 'peskov']);
    expect(r.stderr.split('\n').filter((l) => /E_BAD_RECORD/.test(l))).toEqual([
      expect.stringMatching(new RegExp(`^claims: ${archive.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: not JSON: .+ \\(E_BAD_RECORD\\)$`)),
      `claims: ${archive}:3: no "text" or "html" field (E_BAD_RECORD)`,
      `claims: ${archive}:4: "published" is not a date: "last Tuesday" (E_BAD_RECORD)`,
    ]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('gives every claim the record\'s metadata, null where the record says nothing', () => {
    const recs = records(claims(['extract', archive, '--format', 'ndjson']).stdout).filter((x) => x.type === 'claim');
    expect(recs[0]).toMatchObject({ file: `${archive}:1`, meta: { url: 'https://example.org/1', title: 'Scholz: Ukraine may strike', outlet: 'Example', published: '2024-05-31T10:00:00.000Z', byline: null } });
    expect(recs[1]!.meta).toEqual({ url: null, title: null, outlet: null, published: null, byline: null });
  });

  it('reads standard input with --input ndjson, and finds archives in a directory walk', () => {
    const r = claims(['extract', '-', '--input', 'ndjson', '--format', 'ndjson'], { input: line({ id: 'x', text: PESKOV }) });
    expect(r.code).toBe(0);
    expect(records(r.stdout).map((c) => [c.article, c.file])).toEqual([['x', '-:1']]);
    const dir = fs.mkdtempSync(path.join(tmp, 'walk-'));
    fs.writeFileSync(path.join(dir, 'day.ndjson'), line({ id: 'y', text: PUTIN }));
    expect(records(claims(['extract', dir, '--format', 'ndjson']).stdout).map((c) => c.article)).toEqual(['y']);
  });

  it('reads a record that holds a page', () => {
    const html = `<html><head><meta property="og:site_name" content="Wire"><title>Kremlin warns</title></head><body><article><p>${PESKOV}</p><p>${PUTIN}</p></article></body></html>`;
    const r = claims(['extract', '-', '--input', 'ndjson', '--format', 'ndjson'], { input: line({ id: 'page', html, url: 'https://example.org/p' }) });
    expect(r.code).toBe(0);
    const recs = records(r.stdout);
    expect(recs.map((c) => c.text)).toEqual(['Kremlin warns', PESKOV, PUTIN]);
    expect(recs[0]!.meta).toMatchObject({ url: 'https://example.org/p', title: 'Kremlin warns', outlet: 'Wire' });
  });
});

describe('the line reader', () => {
  it('gives the same records however the bytes are cut, through a multi-byte character too', async () => {
    const text = `${line({ id: 1, text: 'Zelenskyy’s office said the ban was lifted.' })}\r\n${line({ id: 2, text: PESKOV })}`;
    const bytes = Buffer.from(text, 'utf8');
    const whole = summary(await collect([bytes]));
    expect(whole).toEqual(['1 a.jsonl:1 Zelenskyy’s office said the ban was lifted.', `2 a.jsonl:3 ${PESKOV}`]);
    for (let cut = 1; cut < bytes.length; cut += 7) {
      expect(summary(await collect([bytes.subarray(0, cut), bytes.subarray(cut)]))).toEqual(whole);
    }
  });

  it('reads the last line without a final newline, and skips blank lines', async () => {
    expect(summary(await collect(['\n\n', JSON.stringify({ id: 'z', text: PESKOV })]))).toEqual([`z a.jsonl:3 ${PESKOV}`]);
  });

  it('reports a line longer than the limit without holding it, and reads on', async () => {
    const long = line({ id: 'big', text: 'x'.repeat(5000) });
    const items = await collect([long.slice(0, 2000), long.slice(2000), line({ id: 'ok', text: PESKOV })], opts({ maxBytes: 1000 }));
    expect(summary(items)).toEqual(['E_TOO_LARGE a.jsonl:1: line too large (limit 1000 bytes)', `ok a.jsonl:2 ${PESKOV}`]);
  });

  it('names what is wrong with a record: not an object, wrong types, bad UTF-8', async () => {
    const items = await collect(['[1,2]\n', line({ id: 'a', text: 5 }), Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), line({ text: PESKOV })]);
    expect(summary(items)).toEqual([
      'E_BAD_RECORD a.jsonl:1: not a JSON object',
      'E_BAD_RECORD a.jsonl:2: Invalid input: expected string, received number (at: text)',
      'E_BAD_RECORD a.jsonl:3: not valid UTF-8',
      `a-4 a.jsonl:4 ${PESKOV}`,
    ]);
  });
});
