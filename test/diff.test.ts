import { describe, expect, it } from 'vitest';
import { diffArticles, diffExitCode, DiffRowRecordSchema, DiffSchema, statusOf, swapDiff, type Diff } from '../src/diff/diff.js';
import { joinSpeakers, overallStance, sideOf, speakerKey, type Side } from '../src/diff/summary.js';
import { formatDiffJson } from '../src/report/diff-json.js';
import { formatDiffNdjson } from '../src/report/diff-ndjson.js';
import { formatDiffTable } from '../src/report/diff-table.js';
import type { Stance } from '../src/schema.js';
import { article, goldArticle, pairA, pairB, runCli } from '../fixtures/diff/claims.js';

const rowOf = (diff: Diff, name: string) => {
  const row = diff.rows.find((r) => r.speaker.name === name);
  if (row === undefined) throw new Error(`no row for ${name}: ${diff.rows.map((r) => r.speaker.name).join(', ')}`);
  return row;
};

// --- stance of one side -------------------------------------------------------------------

describe('overallStance', () => {
  const ev = (pairs: [number, Stance][]) => pairs.map(([n, stance]) => ({ n, text: '', stance }));

  it('is the most frequent non-neutral stance', () => {
    expect(overallStance(ev([[0, 'neutral'], [1, 'neutral'], [2, 'oppose'], [3, 'support'], [4, 'support']]))).toBe('support');
  });
  it('breaks a tie toward the later sentence', () => {
    expect(overallStance(ev([[0, 'oppose'], [1, 'support']]))).toBe('support');
    expect(overallStance(ev([[0, 'support'], [1, 'oppose']]))).toBe('oppose');
    expect(overallStance(ev([[5, 'limited'], [1, 'support'], [2, 'limited'], [9, 'support']]))).toBe('support');
  });
  it('is neutral only when every sentence is', () => {
    expect(overallStance(ev([[0, 'neutral'], [1, 'neutral']]))).toBe('neutral');
    expect(overallStance(ev([[0, 'neutral'], [1, 'neutral'], [2, 'limited']]))).toBe('limited');
  });
});

describe('sideOf', () => {
  it('keeps all four counts, sorts the evidence and unions the limits', () => {
    const a = article('x', [
      { n: 3, stance: 'limited', by: ['A B'], limits: ['no-atacms'] },
      { n: 1, stance: 'neutral', by: ['A B'] },
      { n: 2, stance: 'limited', by: ['A B'], limits: ['kharkiv-only', 'no-atacms'] },
    ]);
    const side = sideOf(a.claims);
    expect(side).toEqual({
      stance: 'limited',
      counts: { support: 0, limited: 2, oppose: 0, neutral: 1 },
      mixed: false,
      limits: ['kharkiv-only', 'no-atacms'],
      sentences: [1, 2, 3].map((n) => ({ n, text: `Sentence ${n} of x.`, stance: n === 1 ? 'neutral' : 'limited' })),
    });
  });
  it('marks a side mixed when it holds support or limited and oppose', () => {
    const mixed = (stances: Stance[]) => sideOf(article('x', stances.map((stance, n) => ({ n, stance, by: ['A B'] }))).claims).mixed;
    expect(mixed(['support', 'oppose'])).toBe(true);
    expect(mixed(['limited', 'oppose'])).toBe(true);
    expect(mixed(['support', 'limited', 'neutral'])).toBe(false);
    expect(mixed(['oppose', 'neutral'])).toBe(false);
  });
});

// --- status -------------------------------------------------------------------------------

describe('statusOf', () => {
  const side = (stance: Stance, limits: string[] = []): Side => ({
    stance, counts: { support: 0, limited: 0, oppose: 0, neutral: 0, [stance]: 1 }, mixed: false, limits, sentences: [],
  });
  const cases: [Side | null, Side | null, string][] = [
    [side('support'), side('support'), 'same'],
    [side('neutral'), side('neutral'), 'same'],
    [side('limited', ['kharkiv-only']), side('limited', ['kharkiv-only']), 'same'],
    [side('limited', ['kharkiv-only']), side('limited', ['no-atacms']), 'changed'],
    [side('limited'), side('limited', ['no-atacms']), 'changed'],
    [side('support'), side('limited'), 'changed'],
    [side('limited'), side('oppose'), 'changed'],
    [side('neutral'), side('support'), 'changed'],
    [side('support'), side('oppose'), 'conflict'],
    [side('oppose'), side('support'), 'conflict'],
    [side('support'), null, 'only-a'],
    [null, side('oppose'), 'only-b'],
  ];
  it.each(cases)('%j vs %j is %s', (a, b, status) => {
    expect(statusOf(a, b)).toBe(status);
  });
});

// --- constructed pairs --------------------------------------------------------------------

describe('diffArticles on constructed pairs', () => {
  const diff = diffArticles(pairA, pairB);

  it('gives every speaker in either article one row with its status', () => {
    expect(diff.rows.map((r) => [r.speaker.name, r.status])).toEqual([
      ['Grace Hopper', 'conflict'],
      ['Alan Turing', 'changed'],
      ['U.S. officials', 'changed'],
      ['Only In A', 'only-a'],
      ['Only In B', 'only-b'],
      ['Ada Lovelace', 'same'],
      ['Kremlin', 'same'],
    ]);
  });

  it('passes its own schema and keeps the sentences of both sides as evidence', () => {
    expect(DiffSchema.parse(diff)).toEqual(diff);
    expect(diff.a).toEqual({ article: 'pair-a', file: 'pair-a.txt' });
    const hopper = rowOf(diff, 'Grace Hopper');
    expect(hopper.a?.sentences).toEqual([{ n: 1, text: 'Sentence 1 of pair-a.', stance: 'support' }]);
    expect(hopper.b?.sentences).toEqual([{ n: 1, text: 'Sentence 1 of pair-b.', stance: 'oppose' }]);
    expect(rowOf(diff, 'Only In A').b).toBeNull();
    expect(rowOf(diff, 'Only In B').a).toBeNull();
  });

  it('ignores sentences without a speaker', () => {
    expect(diff.rows.flatMap((r) => r.a?.sentences ?? []).map((s) => s.n)).not.toContain(4);
  });

  it('is symmetric: diff(b, a) is diff(a, b) with the sides swapped', () => {
    expect(diffArticles(pairB, pairA)).toEqual(swapDiff(diff));
    expect(swapDiff(swapDiff(diff))).toEqual(diff);
  });

  it('is byte-identical from run to run and whatever the order of the claims', () => {
    const shuffled = { ...pairA, claims: [...pairA.claims].reverse() };
    const again = diffArticles(shuffled, pairB);
    expect(formatDiffJson(again)).toBe(formatDiffJson(diff));
    expect(formatDiffTable(again, { color: false, all: true })).toBe(formatDiffTable(diff, { color: false, all: true }));
  });
});

describe('joining speakers named two ways', () => {
  it('joins a surname with the full name of the same person and shows the fuller name', () => {
    const a = article('a', [{ n: 0, stance: 'support', by: ['Blinken'] }]);
    const b = article('b', [{ n: 0, stance: 'support', by: ['Antony Blinken'] }]);
    const diff = diffArticles(a, b);
    expect(diff.rows).toHaveLength(1);
    expect(diff.rows[0]).toMatchObject({ speaker: { name: 'Antony Blinken', kind: 'person' }, status: 'same' });
    expect(diffArticles(b, a).rows[0]!.speaker.name).toBe('Antony Blinken');
  });

  it('joins on case, accents and punctuation, and a leading "the"', () => {
    expect(speakerKey('U.S. officials')).toBe(speakerKey('US Officials'));
    expect(speakerKey('The New York Times')).toBe(speakerKey('New York Times'));
    expect(speakerKey('Volodymyr Zelenskyy')).not.toBe(speakerKey('Volodymyr Zelensky'));
    expect(speakerKey('Émmanuel  Macron')).toBe(speakerKey('Emmanuel Macron'));
    expect(speakerKey('Charles Q. Brown Jr.')).toBe('charles q brown jr');
  });

  it('joins a surname past a suffix such as Jr.', () => {
    const join = joinSpeakers([article('a', [{ n: 0, stance: 'support', by: ['Brown', 'Charles Q. Brown Jr.'] }])]);
    expect(join('Brown')?.speaker.name).toBe('Charles Q. Brown Jr.');
  });

  it('does not guess between two people with that surname, nor across kinds', () => {
    const join = joinSpeakers([
      article('a', [{ n: 0, stance: 'support', by: ['Biden', 'Joe Biden', 'Hunter Biden', ['Ukraine', 'group']] }]),
      article('b', [{ n: 0, stance: 'support', by: [['Biden administration', 'group'], ['Kyiv Ukraine', 'outlet']] }]),
    ]);
    expect(join('Biden')?.speaker.name).toBe('Biden');
    expect(join('Ukraine')?.speaker.name).toBe('Ukraine');
    expect(join('Biden administration')?.speaker.name).toBe('Biden administration');
  });

  it('counts a sentence once when it names one speaker both ways', () => {
    const a = article('a', [{ n: 0, stance: 'oppose', by: ['Blinken', 'Antony Blinken'] }]);
    const diff = diffArticles(a, article('b', []));
    expect(diff.rows).toHaveLength(1);
    expect(diff.rows[0]!.a?.counts.oppose).toBe(1);
    expect(diff.rows[0]!.status).toBe('only-a');
  });
});

// --- the corpus, from its gold labels -------------------------------------------------------

describe('diff on the gold labels of the corpus', () => {
  const a000 = goldArticle('000');
  const a001 = goldArticle('001');
  const a003 = goldArticle('003');

  it('shows Biden as a conflict between 001 (cautious) and 003 (greenlights strikes)', () => {
    const diff = diffArticles(a001, a003);
    const biden = rowOf(diff, 'Joe Biden');
    expect(biden.status).toBe('conflict');
    expect(biden.a).toMatchObject({ stance: 'oppose', counts: { support: 0, limited: 0, oppose: 1, neutral: 1 }, mixed: false });
    expect(biden.b).toMatchObject({ stance: 'support', counts: { support: 2, limited: 1, oppose: 0, neutral: 0 }, mixed: false });
    expect(biden.a?.sentences.map((s) => s.text).join(' ')).toMatch(/President Biden and his team remain cautious/u);
    expect(biden.b?.sentences.map((s) => s.text).join(' ')).toMatch(/Biden Greenlights Use of US Weapons/u);
    expect(diff.rows[0]!.status).toBe('conflict');
  });

  it('marks Blinken in 000 as mixed: two hints at a shift, one denial', () => {
    const diff = diffArticles(a000, a001);
    const blinken = rowOf(diff, 'Antony Blinken');
    expect(blinken.a).toMatchObject({ stance: 'support', mixed: true, counts: { support: 2, limited: 0, oppose: 1, neutral: 3 } });
    expect(blinken.status).toBe('same');
    expect(formatDiffTable(diff, { color: false, all: true })).toContain('support (2) · mixed');
  });

  it('shows a speaker of one article only as only-a / only-b', () => {
    const diff = diffArticles(a001, a003);
    expect(rowOf(diff, 'Victoria Nuland').status).toBe('only-a');
    expect(rowOf(diff, 'Vladimir Putin').status).toBe('only-b');
    expect(diffArticles(a001, a003)).toEqual(swapDiff(diffArticles(a003, a001)));
  });

  it('prints a readable table at 100 columns', async () => {
    const table = formatDiffTable(diffArticles(a001, a003), { color: false });
    for (const line of table.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
    await expect(table).toMatchFileSnapshot('../fixtures/diff/gold-001-003.table.txt');
  });

});

describe('claims diff on the corpus, through the CLI and real extraction', () => {
  it('shows Biden as a conflict between 001 and 003, with the sentences of both sides', async () => {
    const run = await runCli(['diff', '--corpus', 'corpus', '001', '003', '--format', 'json']);
    expect(run.code).toBe(0);
    const diff = DiffSchema.parse(JSON.parse(run.stdout));
    expect(diff.a).toEqual({ article: '001_0bb1e9a035e83043', file: 'corpus/001_0bb1e9a035e83043.txt' });
    const biden = rowOf(diff, 'Joe Biden');
    expect(biden).toMatchObject({ status: 'conflict', a: { stance: 'oppose' }, b: { stance: 'support' } });
    expect(biden.a?.sentences.map((s) => s.text).join(' ')).toMatch(/remain cautious/u);
    expect(biden.b?.sentences.length).toBeGreaterThan(0);
    expect(diff.rows[0]!.status).toBe('conflict');
  });

  it('marks Blinken in 000 as mixed in the counts and in the table', async () => {
    const json = DiffSchema.parse(JSON.parse((await runCli(['diff', '--corpus', 'corpus', '000', '001', '--format', 'json'])).stdout));
    const blinken = rowOf(json, 'Antony Blinken').a!;
    expect(blinken.mixed).toBe(true);
    expect(blinken.counts.support).toBeGreaterThanOrEqual(2);
    expect(blinken.counts.oppose).toBeGreaterThanOrEqual(1);
    const table = await runCli(['diff', '--corpus', 'corpus', '000', '001', '--all']);
    expect(table.stdout).toMatch(/Antony Blinken +│ support \(\d\) · mixed/u);
  });

  it('shows a speaker of one article only', async () => {
    const diff = DiffSchema.parse(JSON.parse((await runCli(['diff', '--corpus', 'corpus', '001', '003', '--format', 'json'])).stdout));
    expect(rowOf(diff, 'Victoria Nuland')).toMatchObject({ status: 'only-a', b: null });
    expect(rowOf(diff, 'Vladimir Putin')).toMatchObject({ status: 'only-b', a: null });
  });

  it('is symmetric and deterministic through the CLI', async () => {
    const ab = DiffSchema.parse(JSON.parse((await runCli(['diff', '--corpus', 'corpus', '001', '003', '--format', 'json'])).stdout));
    const ba = DiffSchema.parse(JSON.parse((await runCli(['diff', '--corpus', 'corpus', '003', '001', '--format', 'json'])).stdout));
    expect(ba).toEqual(swapDiff(ab));
    const once = await runCli(['diff', '--corpus', 'corpus', '001', '003', '--all']);
    const twice = await runCli(['diff', 'corpus/001_0bb1e9a035e83043.txt', 'corpus/003_85b5e2748be9e748.txt', '--all']);
    expect(twice.stdout).toBe(once.stdout);
    expect(once.stdout).not.toMatch(/\u001b\[/u);
  });

  it('writes one row a line as ndjson, same rows included', async () => {
    const json = DiffSchema.parse(JSON.parse((await runCli(['diff', '--corpus', 'corpus', '000', '001', '--format', 'json'])).stdout));
    const lines = (await runCli(['diff', '--corpus', 'corpus', '000', '001', '--format', 'ndjson'])).stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(json.rows.map((r) => ({ type: 'diff-row', schemaVersion: 2, articleA: json.a.article, articleB: json.b.article, ...r })));
  });
});

// --- formats and exit codes ---------------------------------------------------------------

describe('formats', () => {
  const diff = diffArticles(pairA, pairB);

  it('json holds every row, same ones too, with every key present', () => {
    const json = JSON.parse(formatDiffJson(diff)) as Diff;
    expect(Object.keys(json)).toEqual(['schemaVersion', 'a', 'b', 'rows']);
    expect(json.rows).toHaveLength(7);
    expect(Object.keys(json.rows[0]!)).toEqual(['speaker', 'status', 'a', 'b']);
    expect(Object.keys(json.rows[0]!.a!)).toEqual(['stance', 'counts', 'mixed', 'limits', 'sentences']);
    expect(json.rows.find((r) => r.status === 'only-a')!.b).toBeNull();
  });

  it('ndjson is one typed, versioned row a line that names both articles', () => {
    const lines = formatDiffNdjson(diff).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toEqual({ type: 'diff-row', schemaVersion: 2, articleA: 'pair-a', articleB: 'pair-b', ...diff.rows[0] });
    for (const line of lines) expect(DiffRowRecordSchema.parse(line)).toEqual(line);
  });

  it('table hides same rows unless --all, and says so', () => {
    const table = formatDiffTable(diff, { color: false });
    expect(table).not.toMatch(/Ada Lovelace/u);
    expect(table).toMatch(/2 speakers the same in both articles not shown \(--all shows them\)/u);
    const all = formatDiffTable(diff, { color: false, all: true });
    expect(all).toMatch(/Ada Lovelace/u);
    expect(all).not.toMatch(/not shown/u);
  });

  it('table puts differences first and has no escape codes when colour is off', () => {
    const table = formatDiffTable(diff, { color: false, all: true });
    const at = (name: string) => table.indexOf(name);
    expect(at('Grace Hopper')).toBeLessThan(at('Alan Turing'));
    expect(at('Only In B')).toBeLessThan(at('Ada Lovelace'));
    expect(table).not.toMatch(/\u001b\[/u);
    expect(formatDiffTable(diff, { color: true, all: true })).toMatch(/\u001b\[/u);
  });

  it('table says so when nothing differs', () => {
    const same = diffArticles(pairA, { ...pairA, article: 'copy', file: 'copy.txt' });
    expect(formatDiffTable(same, { color: false })).toBe('No differences: 6 speakers the same in both articles not shown (--all shows them).\n');
    expect(formatDiffTable(diffArticles(article('e', []), article('f', [])), { color: false })).toBe('No speakers in either article.\n');
  });
});

describe('--exit-code', () => {
  it('is 1 when any row is not same, 0 otherwise, and always 0 without the flag', () => {
    const differs = diffArticles(pairA, pairB);
    const same = diffArticles(pairA, { ...pairA, article: 'copy', file: 'copy.txt' });
    expect(diffExitCode(differs, true)).toBe(1);
    expect(diffExitCode(same, true)).toBe(0);
    expect(diffExitCode(differs, false)).toBe(0);
    expect(diffExitCode(diffArticles(article('e', []), article('f', [])), true)).toBe(0);
  });

  it('sets the exit code of the CLI: 1 with differences, 0 without, 1 when an article cannot be read', async () => {
    expect((await runCli(['diff', '--corpus', 'corpus', '001', '003', '--exit-code'])).code).toBe(1);
    expect((await runCli(['diff', '--corpus', 'corpus', '001', '003'])).code).toBe(0);
    const same = await runCli(['diff', '--corpus', 'corpus', '001', '001', '--exit-code']);
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(/^No differences: \d+ speakers the same in both articles not shown/u);
    const missing = await runCli(['diff', 'nope.txt', 'corpus/003_85b5e2748be9e748.txt', '--exit-code']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('claims: nope.txt: no such file or directory (E_NOT_FOUND)\n');
    expect((await runCli(['diff', 'nope.txt', 'corpus/003_85b5e2748be9e748.txt'])).code).toBe(1);
  });

  it('treats an unknown or ambiguous id, a directory, and - twice as usage errors', async () => {
    const cases: [string[], RegExp][] = [
      [['--corpus', 'corpus', '009', '003'], /no article "009" in corpus/u],
      [['--corpus', 'corpus', '0', '003'], /"0" names 5 articles in corpus/u],
      [['corpus', 'corpus/003_85b5e2748be9e748.txt'], /diff compares two articles, and this is 5 articles/u],
      [['-', '-'], /only one of <a> and <b> can be -/u],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(['diff', ...args]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
    }
  });
});
