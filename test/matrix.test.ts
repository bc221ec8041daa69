import { describe, expect, it } from 'vitest';
import { buildMatrix, DuplicateArticleError, MatrixRowRecordSchema, MatrixSchema, type Matrix } from '../src/diff/matrix.js';
import { formatMatrixCsv, formatMatrixCsvWide, formatMatrixNdjson } from '../src/report/matrix-csv.js';
import { formatMatrixJson } from '../src/report/matrix-json.js';
import { formatMatrixTable } from '../src/report/matrix-table.js';
import { article, goldArticle, pairA, pairB, runCli } from '../fixtures/diff/claims.js';

const rowOf = (matrix: Matrix, name: string) => {
  const row = matrix.rows.find((r) => r.speaker.name === name);
  if (row === undefined) throw new Error(`no row for ${name}`);
  return row;
};

const pairC = article('pair-c', [
  { n: 0, stance: 'oppose', by: ['Grace Hopper'] },
  { n: 1, stance: 'support', by: ['Hopper'] },
  { n: 2, stance: 'support', by: ['Only In C'] },
]);

describe('buildMatrix on constructed articles', () => {
  const matrix = buildMatrix([pairA, pairB, pairC]);

  it('has one column per article in the order given and passes its schema', () => {
    expect(matrix.articles).toEqual([
      { article: 'pair-a', file: 'pair-a.txt' }, { article: 'pair-b', file: 'pair-b.txt' }, { article: 'pair-c', file: 'pair-c.txt' },
    ]);
    expect(MatrixSchema.parse(matrix)).toEqual(matrix);
  });

  it('sorts rows by the number of articles naming the speaker, then by name', () => {
    expect(matrix.rows.map((r) => [r.speaker.name, Object.keys(r.cells).length])).toEqual([
      ['Grace Hopper', 3],
      ['Ada Lovelace', 2], ['Alan Turing', 2], ['Kremlin', 2], ['U.S. officials', 2],
      ['Only In A', 1], ['Only In B', 1], ['Only In C', 1],
    ]);
  });

  it('gives each cell the stance, counts, mixed and limits, and no key where the article is silent', () => {
    expect(rowOf(matrix, 'Alan Turing').cells).toEqual({
      'pair-a': { stance: 'limited', counts: { support: 0, limited: 1, oppose: 0, neutral: 0 }, mixed: false, limits: ['kharkiv-only'] },
      'pair-b': { stance: 'limited', counts: { support: 0, limited: 1, oppose: 0, neutral: 0 }, mixed: false, limits: ['no-atacms'] },
    });
    // `Hopper` in pair-c is Grace Hopper: two sentences, a tie broken toward the later one.
    expect(rowOf(matrix, 'Grace Hopper').cells['pair-c']).toMatchObject({ stance: 'support', mixed: true });
  });

  it('keeps speakers in at least --min-articles articles', () => {
    expect(buildMatrix([pairA, pairB, pairC], { minArticles: 2 }).rows.map((r) => r.speaker.name)).toEqual([
      'Grace Hopper', 'Ada Lovelace', 'Alan Turing', 'Kremlin', 'U.S. officials',
    ]);
    expect(buildMatrix([pairA, pairB, pairC], { minArticles: 3 }).rows).toHaveLength(1);
    expect(buildMatrix([pairA, pairB, pairC], { minArticles: 4 }).rows).toEqual([]);
  });

  it('refuses two files with one article id rather than mix their cells', () => {
    expect(() => buildMatrix([pairA, { ...pairB, article: 'pair-a' }])).toThrow(DuplicateArticleError);
  });

  it('does not care in which order the claims come', () => {
    const reversed = [pairA, pairB, pairC].map((a) => ({ ...a, claims: [...a.claims].reverse() }));
    expect(formatMatrixJson(buildMatrix(reversed))).toBe(formatMatrixJson(matrix));
  });

  it('treats an article named __proto__ as any other', () => {
    const odd = buildMatrix([pairA, { ...pairB, article: '__proto__' }]);
    expect(Object.hasOwn(rowOf(odd, 'Ada Lovelace').cells, '__proto__')).toBe(true);
    expect(formatMatrixCsvWide(odd).split('\n')[0]).toBe('speaker,kind,articles,pair-a,__proto__');
    expect(formatMatrixCsv(odd).split('\n')).toContain('Ada Lovelace,person,__proto__,support,1,0,0,0,,false');
  });
});

describe('matrix formats', () => {
  const matrix = buildMatrix([pairA, pairB, pairC]);

  it('json has the articles, then the rows', () => {
    const json = JSON.parse(formatMatrixJson(matrix)) as Matrix;
    expect(Object.keys(json)).toEqual(['schemaVersion', 'articles', 'rows']);
    expect(json).toEqual(matrix);
  });

  it('csv is long form: a row per speaker and article naming them, a column per stance count', () => {
    const lines = formatMatrixCsv(matrix).split('\n');
    expect(lines[0]).toBe('speaker,kind,article,stance,support,limited,oppose,neutral,limits,mixed');
    expect(lines.slice(1, 4)).toEqual([
      'Grace Hopper,person,pair-a,support,1,0,0,0,,false',
      'Grace Hopper,person,pair-b,oppose,0,0,1,0,,false',
      'Grace Hopper,person,pair-c,support,1,0,1,0,,true',
    ]);
    expect(lines).toContain('Alan Turing,person,pair-b,limited,0,1,0,0,no-atacms,false');
    expect(lines.filter((l) => l.startsWith('Only In B,'))).toEqual(['Only In B,person,pair-b,oppose,0,0,1,0,,false']);
    const cells = matrix.rows.reduce((n, r) => n + Object.keys(r.cells).length, 0);
    expect(lines).toHaveLength(1 + cells + 1);
  });

  it('ndjson is the long form as typed records', () => {
    const records = formatMatrixNdjson(matrix).trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(records).toHaveLength(formatMatrixCsv(matrix).trimEnd().split('\n').length - 1);
    for (const r of records) expect(MatrixRowRecordSchema.parse(r)).toEqual(r);
    expect(records[0]).toMatchObject({ type: 'matrix-row', schemaVersion: 2, speaker: { name: 'Grace Hopper', kind: 'person' }, article: 'pair-a', file: 'pair-a.txt', stance: 'support' });
  });

  it('csv --wide has a header of article ids and a blank cell where an article is silent', () => {
    const lines = formatMatrixCsvWide(matrix).split('\n');
    expect(lines[0]).toBe('speaker,kind,articles,pair-a,pair-b,pair-c');
    expect(lines[1]).toBe('Grace Hopper,person,3,support,oppose,support mixed');
    expect(lines).toContain('Alan Turing,person,2,limited [kharkiv-only],limited [no-atacms],');
    expect(lines).toContain('Only In B,person,1,,oppose,');
    expect(lines.at(-1)).toBe('');
  });

  it('csv quotes fields that need it', () => {
    const odd = buildMatrix([article('a,b', [{ n: 0, stance: 'support', by: [['Say "no", again', 'group']] }])]);
    expect(formatMatrixCsvWide(odd)).toBe('speaker,kind,articles,"a,b"\n"Say ""no"", again",group,1,support\n');
    expect(formatMatrixCsv(odd).split('\n')[1]).toBe('"Say ""no"", again",group,"a,b",support,1,0,0,0,,false');
  });

  it('table leaves absent cells blank and has no escape codes when colour is off', () => {
    const table = formatMatrixTable(matrix, { color: false });
    expect(table).toMatch(/│ Only In B +│ +│ oppose \(1\) +│ +│/u);
    expect(table).toMatch(/support \(1\)\s+│\n.*│ mixed/u);
    expect(table).not.toMatch(/\u001b\[/u);
    expect(formatMatrixTable(buildMatrix([]), { color: false })).toBe('No speakers to show.\n');
  });

  it('table keeps to its width: the articles that fit, and a count of the others', () => {
    const many = buildMatrix(Array.from({ length: 40 }, (_, k) => ({ ...pairA, article: `a${String(k).padStart(2, '0')}`, file: `a${k}.txt` })));
    const table = formatMatrixTable(many, { color: false, width: 80 });
    const lines = table.trimEnd().split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(lines.at(-1)).toMatch(/^\d+ more articles not shown at this width \(--format csv or json has them all\)$/u);
    const shown = (lines[1]!.match(/a\d\d/gu) ?? []).length;
    expect(Number(lines.at(-1)!.split(' ')[0]) + shown).toBe(40);
  });
});

describe('matrix on the gold labels of the corpus', () => {
  const corpus = ['000', '001', '002', '003', '004'].map(goldArticle);
  const matrix = buildMatrix(corpus);

  it('puts the speakers of most articles first', () => {
    expect(matrix.rows.slice(0, 3).map((r) => [r.speaker.name, Object.keys(r.cells).length])).toEqual([
      ['Antony Blinken', 4], ['Biden administration', 4], ['Joe Biden', 4],
    ]);
    const biden = rowOf(matrix, 'Joe Biden').cells;
    expect([biden['001_0bb1e9a035e83043']?.stance, biden['003_85b5e2748be9e748']?.stance]).toEqual(['oppose', 'support']);
    expect(rowOf(matrix, 'Antony Blinken').cells['000_8134f3d1ee52e8fc']?.mixed).toBe(true);
  });

  it('keeps a speaker of one article only, and drops it with --min-articles 2', () => {
    expect(Object.keys(rowOf(matrix, 'Victoria Nuland').cells)).toEqual(['001_0bb1e9a035e83043']);
    expect(buildMatrix(corpus, { minArticles: 2 }).rows.map((r) => r.speaker.name)).not.toContain('Victoria Nuland');
  });

  it('prints a table that fits 100 columns for five articles', async () => {
    const table = formatMatrixTable(buildMatrix(corpus, { minArticles: 2 }), { color: false });
    for (const line of table.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
    await expect(table).toMatchFileSnapshot('../fixtures/diff/gold-matrix.table.txt');
  });

});

describe('claims matrix on the corpus, through the CLI and real extraction', () => {
  it('has one column per article and Biden oppose in 001, support in 003', async () => {
    const run = await runCli(['matrix', 'corpus', '--format', 'json']);
    expect(run.code).toBe(0);
    const matrix = MatrixSchema.parse(JSON.parse(run.stdout));
    expect(matrix.articles.map((a) => a.article)).toEqual(['000_8134f3d1ee52e8fc', '001_0bb1e9a035e83043', '002_b82496bea885bc4b',
      '003_85b5e2748be9e748', '004_ba566e3a9add87b6']);
    const biden = rowOf(matrix, 'Joe Biden').cells;
    expect([biden['001_0bb1e9a035e83043']?.stance, biden['003_85b5e2748be9e748']?.stance]).toEqual(['oppose', 'support']);
    const counts = matrix.rows.map((r) => Object.keys(r.cells).length);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
  });

  it('keeps speakers in at least --min-articles articles, and csv --wide has a line per speaker', async () => {
    const all = MatrixSchema.parse(JSON.parse((await runCli(['matrix', 'corpus', '--format', 'json'])).stdout));
    const two = MatrixSchema.parse(JSON.parse((await runCli(['matrix', 'corpus', '--format', 'json', '--min-articles', '2'])).stdout));
    expect(two.rows).toEqual(all.rows.filter((r) => Object.keys(r.cells).length >= 2));
    expect(all.rows.some((r) => Object.keys(r.cells).length === 1)).toBe(true);
    const csv = (await runCli(['matrix', 'corpus', '--format', 'csv', '--min-articles', '2', '--wide'])).stdout;
    expect(csv.trimEnd().split('\n')).toHaveLength(two.rows.length + 1);
  });

  it('rejects a --min-articles that is not a whole number of at least 1', async () => {
    for (const bad of ['0', '-1', '1.5', 'two']) {
      const run = await runCli(['matrix', 'corpus', '--min-articles', bad]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--min-articles must be a whole number of at least 1/u);
    }
  });

  it('reports an unreadable input and still prints the others, exit 1', async () => {
    const run = await runCli(['matrix', 'corpus', 'nope.txt', '--format', 'csv', '--wide']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('claims: nope.txt: no such file or directory (E_NOT_FOUND)\n');
    expect(run.stdout.split('\n')[0]).toMatch(/^speaker,kind,articles,000_/u);
  });
});
