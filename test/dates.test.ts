// --since/--until select articles by publication date; matrix and diff put them in time order.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claims } from './helpers.js';
import { byPublished, inRange, parseBound } from '../src/input/dates.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-dates-'));
const line = (o: unknown) => `${JSON.stringify(o)}\n`;
// written out of date order on purpose
const archive = path.join(tmp, 'week.jsonl');
fs.writeFileSync(archive, [
  line({ id: 'late', published: '2024-06-03T09:00:00Z', text: 'Russian President Vladimir Putin warned the West against letting Kyiv strike Russian territory.' }),
  line({ id: 'undated', text: 'German Chancellor Olaf Scholz said Ukraine may use German weapons against targets in Russia.' }),
  line({ id: 'early', published: '2024-05-31', text: 'German Chancellor Olaf Scholz said Ukraine may not use German weapons against targets in Russia.' }),
  line({ id: 'middle', published: '2024-06-01T23:30:00Z', text: 'Putin said Western weapons used inside Russia would mean war with NATO.' }),
].join(''));
const articlesOf = (stdout: string) => [...new Set(stdout.trim().split('\n').map((l) => JSON.parse(l).article as string))];

describe('--since and --until', () => {
  it('select by date in extract; a day as --until takes all of it in; undated articles are left out', () => {
    expect(articlesOf(claims(['extract', archive, '--format', 'ndjson', '--since', '2024-06-01']).stdout)).toEqual(['late', 'middle']);
    expect(articlesOf(claims(['extract', archive, '--format', 'ndjson', '--until', '2024-06-01']).stdout)).toEqual(['early', 'middle']);
    expect(articlesOf(claims(['extract', archive, '--format', 'ndjson', '--since', '2024-06-01T00:00:00Z', '--until', '2024-06-02']).stdout)).toEqual(['middle']);
  });

  it('refuse what is no date, and a range that ends before it starts, as usage errors', () => {
    const bad = claims(['extract', archive, '--since', 'yesterday']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`claims extract: --since must be a date (YYYY-MM-DD or ISO 8601), not "yesterday"\nsee 'claims extract --help'\n`);
    expect(claims(['matrix', archive, '--since', '2024-06-02', '--until', '2024-06-01']).stderr).toBe(`claims matrix: --since is after --until\nsee 'claims matrix --help'\n`);
  });

  it('select in matrix, whose columns run in time order with undated articles last', () => {
    const all = JSON.parse(claims(['matrix', archive, '--format', 'json']).stdout);
    expect(all.articles.map((a: { article: string }) => a.article)).toEqual(['early', 'middle', 'late', 'undated']);
    const some = JSON.parse(claims(['matrix', archive, '--format', 'json', '--since', '2024-06-01']).stdout);
    expect(some.articles.map((a: { article: string }) => a.article)).toEqual(['middle', 'late']);
  });

  it('put the earlier article on the left of diff, when both dates are known', () => {
    const late = path.join(tmp, 'late.jsonl');
    const early = path.join(tmp, 'early.jsonl');
    fs.writeFileSync(late, line({ id: 'late', published: '2024-06-03', text: 'Scholz said Ukraine may use German weapons against targets in Russia.' }));
    fs.writeFileSync(early, line({ id: 'early', published: '2024-05-01', text: 'Scholz said Ukraine may not use German weapons against targets in Russia.' }));
    const d = JSON.parse(claims(['diff', late, early, '--format', 'json']).stdout);
    expect([d.a.article, d.b.article]).toEqual(['early', 'late']);
    // from an archive, the range picks the one article to compare
    const june = path.join(tmp, 'june.jsonl');
    fs.writeFileSync(june, line({ id: 'june', published: '2024-06-05', text: 'Scholz said Ukraine may use German weapons against targets in Russia.' }));
    const selected = JSON.parse(claims(['diff', june, archive, '--format', 'json', '--since', '2024-06-02']).stdout);
    expect([selected.a.article, selected.b.article]).toEqual(['late', 'june']);
  });
});

describe('the date helpers', () => {
  it('order dated items by date, keep undated ones in input order after them', () => {
    const items = [{ p: null, n: 1 }, { p: '2024-06-02T00:00:00Z', n: 2 }, { p: null, n: 3 }, { p: '2024-06-01T00:00:00Z', n: 4 }];
    expect(byPublished(items, (i) => i.p).map((i) => i.n)).toEqual([4, 2, 1, 3]);
  });

  it('read a day bound as its start, or its last millisecond for an end', () => {
    expect(parseBound('2024-06-01', false)).toBe(Date.UTC(2024, 5, 1));
    expect(parseBound('2024-06-01', true)).toBe(Date.UTC(2024, 5, 2) - 1);
    expect(parseBound('soon', false)).toBeUndefined();
    expect(inRange(null, { since: null, until: null })).toBe(false);
  });
});
