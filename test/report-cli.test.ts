// `claims report` as a user runs it: from articles or from a claims NDJSON file, and its errors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claims } from './helpers.js';
import { dataOf } from './report-data.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-report-'));
const at = (name: string) => path.join(tmp, name);

const ndjson = claims(['extract', 'corpus', '--format', 'ndjson']).stdout;
const records = ndjson.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('claims report from articles', () => {
  const run = claims(['report', 'corpus', '-o', at('corpus.html'), '--title', 'Strikes <inside> Russia']);
  const html = fs.readFileSync(at('corpus.html'), 'utf8');
  const data = dataOf(html);

  it('writes one page and says so on stderr', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^claims: wrote .*corpus\.html: 5 articles, \d+ kB\n$/u);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<title>Strikes &lt;inside&gt; Russia</title>');
  });

  it('holds every article and the speakers of claims matrix', () => {
    expect(data.articles.map((a) => a[0])).toEqual([...new Set(records.map((r) => r.article))]);
    const matrix = JSON.parse(claims(['matrix', 'corpus', '--format', 'json']).stdout) as { rows: Array<{ speaker: { name: string } }> };
    expect(data.speakers.map((s) => s.name)).toEqual(matrix.rows.map((r) => r.speaker.name));
  });

  it('loads nothing from the network', () => {
    expect(html).not.toMatch(/\b(?:src|href)=["']?(?:https?:)?\/\//u);
    expect(html).toMatch(/default-src 'none'/u);
  });
});

describe('claims report with an input that fails', () => {
  it('names it on stderr and in the page, reports the rest, exits 1; the title is the pack\'s', () => {
    const run = claims(['report', 'corpus/001_0bb1e9a035e83043.txt', 'corpus/missing.txt', '-o', '-']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^claims: corpus\/missing\.txt: .*\(E_NOT_FOUND\)\n/u);
    const data = dataOf(run.stdout);
    expect(data.articles.map((a) => a[0])).toEqual(['001_0bb1e9a035e83043']);
    expect(data.failed).toEqual([['corpus/missing.txt', expect.stringMatching(/\(E_NOT_FOUND\)$/u)]]);
    expect(run.stdout).toContain('<title>Letting Ukraine strike inside Russia with Western weapons (May 2024)</title>');
    expect(run.stdout).toContain('Stance toward: “Ukraine should be allowed to use Western-supplied weapons to strike targets inside Russia.”');
  });

  it('takes the title and proposition of another pack', () => {
    const run = claims(['report', 'fixtures/congestion/articles', '--pack', 'src/packs/congestion-charge.json', '-o', '-']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<title>A city debating a congestion charge for its centre</title>');
  });
});

describe('claims report --claims', () => {
  const file = at('claims.ndjson');
  fs.writeFileSync(file, ndjson);
  const fromArticles = dataOf(fs.readFileSync(at('corpus.html'), 'utf8'));

  it('makes the same grid from the NDJSON of claims extract, without extracting again', () => {
    const run = claims(['report', '--claims', file, '-o', at('from-claims.html')]);
    expect(run.code).toBe(0);
    const data = dataOf(fs.readFileSync(at('from-claims.html'), 'utf8'));
    expect(data.speakers).toEqual(fromArticles.speakers);
    expect(data.sentences.map((s) => s.slice(0, 4))).toEqual(fromArticles.sentences.map((s) => s.slice(0, 4)));
  });

  it('reads standard input and writes standard output', () => {
    const run = claims(['report', '--claims', '-', '-o', '-'], { input: ndjson });
    expect(run.code).toBe(0);
    expect(dataOf(run.stdout).speakers).toEqual(fromArticles.speakers);
  });

  it('orders the articles by meta.published when the records carry it', () => {
    const days = new Map([...new Set(records.map((r) => r.article as string))].map((a, k) => [a, `2024-06-0${5 - k}T08:00:00Z`]));
    const dated = records.map((r) => JSON.stringify({ ...r, type: 'claim', meta: { url: null, title: `Title of ${r.article}`, outlet: null, published: days.get(r.article as string) } })).join('\n');
    const run = claims(['report', '--claims', '-', '-o', '-'], { input: dated });
    expect(run.code).toBe(0);
    const data = dataOf(run.stdout);
    expect(data.articles.map((a) => a[3])).toEqual([...days.values()].reverse());
    expect(data.articles[0]![2]).toBe(`Title of ${[...days.keys()].at(-1)}`);
    expect(run.stdout).toContain('Articles in order of publication.');
  });

  it('names each bad line, keeps the good ones, shows failed inputs, and exits 1', () => {
    const lines = [
      JSON.stringify(records[0]),
      '{not json',
      JSON.stringify({ type: 'diff-row', speaker: { name: 'X', kind: 'person' } }),
      JSON.stringify({ ...records[1], stance: 'maybe' }),
      JSON.stringify({ type: 'error', schemaVersion: 1, code: 'E_ENCODING', file: 'corpus/broken.txt', message: 'not valid UTF-8 at byte 3' }),
      '',
    ].join('\n');
    const run = claims(['report', '--claims', '-', '-o', '-'], { input: lines });
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'claims: -:2: not JSON',
      'claims: -:3: a "diff-row" record, not a claim',
      expect.stringMatching(/^claims: -:4: not a claim record: .* \(at: stance\)$/u),
      expect.stringMatching(/^claims: wrote the report: 1 articles, \d+ kB, 4 failed$/u),
    ]);
    expect(dataOf(run.stdout).failed).toEqual([['corpus/broken.txt', 'not valid UTF-8 at byte 3 (E_ENCODING)']]);
    expect(run.stdout).toContain('<code>corpus/broken.txt</code>');
  });
});

describe('claims report usage errors: one line, exit 2', () => {
  const cases: Array<[string, string[], RegExp, string?]> = [
    ['no -o', ['report', 'corpus'], /^claims report: name the page to write with -o/u],
    ['paths and --claims', ['report', 'corpus', '--claims', 'x.ndjson', '-o', '-'], /^claims report: give either article paths or --claims FILE, not both/u],
    ['nothing to report', ['report', '-o', '-'], /^claims report: name the articles to report on/u],
    ['a missing claims file', ['report', '--claims', 'nope.ndjson', '-o', '-'], /^claims report: nope\.ndjson: no such file$/u],
    ['a directory as claims file', ['report', '--claims', 'corpus', '-o', '-'], /^claims report: corpus: a directory, not a claims NDJSON file$/u],
    ['a line over --max-bytes', ['report', '--claims', '-', '-o', '-', '--max-bytes', '100'], /^claims report: -: a line longer than 100 characters: not claims NDJSON$/u, 'x'.repeat(5000)],
    ['no records', ['report', '--claims', '-', '-o', '-'], /^claims report: -: no claim records$/u, '\n\n'],
    ['an output that cannot be written', ['report', 'corpus', '-o', '/nonexistent-dir/r.html'], /^claims report: \/nonexistent-dir\/r\.html: cannot write the report \(ENOENT\)$/u],
  ];
  for (const [name, args, message, input] of cases) {
    it(name, () => {
      const run = claims(args, { input: input ?? '' });
      expect(run.code).toBe(2);
      // one line and the hint, as every usage error
      const [line, hint, ...rest] = run.stderr.trim().split('\n');
      expect(rest).toEqual([]);
      expect(hint).toBe("see 'claims report --help'");
      expect(line).toMatch(message);
      expect(run.stdout).toBe('');
    });
  }

  it('refuses two files with one article id in a claims file', () => {
    const twice = [JSON.stringify(records[0]), JSON.stringify({ ...records[0], file: 'elsewhere/x.txt' })].join('\n');
    const run = claims(['report', '--claims', '-', '-o', '-'], { input: twice });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^claims report: -: article id 000_8134f3d1ee52e8fc is given twice \(corpus\/000_8134f3d1ee52e8fc\.txt and elsewhere\/x\.txt\)/u);
  });
});
