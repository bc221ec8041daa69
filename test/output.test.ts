// The output layer as a user meets it: the streaming table, one --format everywhere, CSV, typed
// NDJSON records, filters, one-line usage errors, EPIPE and write errors, terminal safety.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { ClaimSchema, InputErrorSchema, type Claim } from '../src/schema.js';
import { displayWidth, visible } from '../src/report/visible.js';
import { wrap } from '../src/report/claims-table.js';
import { BIN, claims, ROOT } from './helpers.js';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'claims-output-'));
const ARTICLE = 'corpus/002_b82496bea885bc4b.txt';
const records = JSON.parse(claims(['extract', 'corpus', '--format', 'json']).stdout) as Claim[];

describe('the table', () => {
  const LOCATION = /^(\S+):(\d+) +(support|limited|oppose|neutral)\b/u;

  it('has one block per claim that starts with file:line and the stance, in the order of the records', () => {
    const t = claims(['extract', 'corpus']);
    expect(t.code).toBe(0);
    const heads = t.stdout.split('\n').filter((l) => LOCATION.test(l)).map((l) => LOCATION.exec(l)!.slice(1, 4));
    expect(heads).toEqual(records.map((c) => [c.file, String(c.line), c.stance]));
  });

  it('shows the speakers and limits on the first line and the text, wrapped, under it', () => {
    const t = claims(['extract', ARTICLE, '--stance', 'limited']);
    const claim = records.find((c) => c.file === ARTICLE && c.limits.includes('kharkiv-only') && c.speakers.length > 0)!;
    const block = t.stdout.split(/\n(?=\S)/u).find((b) => b.startsWith(`${ARTICLE}:${claim.line} `) && b.includes(claim.text.split(' ').slice(0, 3).join(' ')))!;
    expect(block.split('\n')[0]).toContain(`${claim.speakers.map((s) => s.name).join(', ')} [kharkiv-only]`);
    expect(block.split('\n').slice(1).join(' ').replace(/\s+/gu, ' ').trim()).toContain(claim.text);
  });

  it('fits COLUMNS when stdout is not a terminal, and never goes under 60 columns', () => {
    for (const [columns, width] of [['70', 70], ['130', 130], ['20', 60]] as const) {
      const t = claims(['extract', 'corpus'], { env: { COLUMNS: columns } });
      const lines = t.stdout.split('\n');
      expect(Math.max(...lines.map((l) => displayWidth(l)))).toBeLessThanOrEqual(width);
      // the text fills the width: some line comes close to it
      expect(Math.max(...lines.map((l) => displayWidth(l)))).toBeGreaterThan(width - 15);
    }
  });

  it('streams: each article is written before the next one is read', async () => {
    const writes: string[] = [];
    const code = await main(['node', 'claims', 'extract', 'corpus', '--jobs', '1'], {
      stdout: { write: (s: string) => { writes.push(s); return true; }, isTTY: false },
      stderr: { write: () => true, isTTY: false },
      stdin: Readable.from([]),
      env: { NO_COLOR: '1' },
      cwd: ROOT,
    });
    expect(code).toBe(0);
    const perWrite = writes.filter((w) => w !== '').map((w) => new Set([...w.matchAll(/^(corpus\/\S+?):\d+ /gmu)].map((m) => m[1])));
    expect(perWrite).toHaveLength(5);
    expect(perWrite.every((files) => files.size === 1)).toBe(true);
  });

  it('wraps by display width, cutting a word longer than the line', () => {
    expect(wrap('aaa bbb ccc', 9, '  ')).toEqual(['  aaa bbb', '  ccc']);
    expect(wrap('x'.repeat(25), 12, '  ')).toEqual([`  ${'x'.repeat(10)}`, `  ${'x'.repeat(10)}`, `  ${'x'.repeat(5)}`]);
    expect(wrap('漢字漢字 漢字', 10, '  ').map(displayWidth)).toEqual([10, 6]);
  });
});

describe('terminal safety', () => {
  it('shows control, bidi and zero-width characters escaped', () => {
    expect(visible('a\u001b]0;pwned\u0007b')).toBe('a\\e]0;pwned\\x07b');
    expect(visible('x\u202ey\u200bz\n')).toBe('x\\u202ey\\u200bz\\n');
    expect(visible('Zelenskyy: “fine” — ok')).toBe('Zelenskyy: “fine” — ok');
  });

  it('escape sequences in an article never reach the terminal raw from the table or text output', () => {
    const text = 'Biden said strikes inside Russia \u001b[2J\u001b]0;owned\u0007 were allowed \u202eevil.\n';
    const table = claims(['extract', '-'], { input: text });
    expect(table.stdout).not.toMatch(/[\u001b\u0007\u202e]/u);
    expect(table.stdout).toContain('\\e[2J');
    const sentences = claims(['sentences', '-'], { input: text });
    expect(sentences.stdout).not.toMatch(/[\u001b\u0007\u202e]/u);
  });

  it('a newline or escape in a file name keeps the error to one line', () => {
    const dir = tmp();
    const r = claims(['extract', path.join(dir, 'a\nb\u001b[31m.txt')]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/a\\nb\\e\[31m\.txt: no such file or directory \(E_NOT_FOUND\)$/u);
    expect(r.stderr).not.toContain('\u001b');
  });
});

describe('one --format on every command', () => {
  it('each command takes its formats and refuses others in one line', () => {
    const cases: Array<[string[], string[]]> = [
      [['extract', ARTICLE], ['table', 'json', 'ndjson', 'csv', 'tsv']],
      [['sentences', ARTICLE], ['text', 'json', 'ndjson']],
      [['diff', '--corpus', 'corpus', '001', '003'], ['table', 'json', 'ndjson']],
      [['matrix', ARTICLE], ['table', 'json', 'ndjson', 'csv']],
      [['eval', '--gold', 'fixtures/gold', ARTICLE], ['table', 'json']],
    ];
    for (const [args, formats] of cases) {
      for (const format of formats) expect(claims([...args, '--format', format]).code, `${args[0]} ${format}`).toBe(0);
      const bad = claims([...args, '--format', 'yaml']);
      expect(bad.code).toBe(2);
      expect(bad.stderr.trimEnd().split('\n')).toHaveLength(2);
      expect(bad.stderr).toContain(`see 'claims ${args[0]} --help'`);
    }
  }, 120_000);

  it('eval --json is kept as another spelling of --format json', () => {
    const a = claims(['eval', '--gold', 'fixtures/gold', ARTICLE, '--json']);
    const b = claims(['eval', '--gold', 'fixtures/gold', ARTICLE, '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout)).toHaveProperty('figures');
  });
});

describe('csv and tsv', () => {
  const rowsOf = (format: 'csv' | 'tsv', args: string[] = []) =>
    parse(claims(['extract', 'corpus', '--format', format, ...args]).stdout, { columns: true, delimiter: format === 'csv' ? ',' : '\t' }) as Array<Record<string, string>>;

  it('extract csv is long form: one row per claim and speaker, with a header', () => {
    const rows = rowsOf('csv');
    expect(Object.keys(rows[0]!)).toEqual(['article', 'id', 'file', 'line', 'speaker', 'kind', 'stance', 'limits', 'confidence', 'cue', 'text']);
    const expected = records.flatMap((c) => (c.speakers.length ? c.speakers : [{ name: '', kind: '' }]).map((s) => ({
      article: c.article, id: c.id, file: c.file, line: String(c.line), speaker: s.name, kind: s.kind, stance: c.stance,
      limits: c.limits.join(';'), confidence: String(c.confidence), cue: c.cue ?? '', text: c.text,
    })));
    expect(rows).toEqual(expected);
    // commas and quotes in the text survive the round trip
    expect(rows.some((r) => r.text.includes('"') && r.text.includes(','))).toBe(true);
  });

  it('tsv has the same rows', () => {
    expect(rowsOf('tsv')).toEqual(rowsOf('csv'));
  });
});

describe('self-describing ndjson', () => {
  it('every record says its type, claims and errors alike, with schemaVersion 2', () => {
    const r = claims(['extract', 'missing.txt', ARTICLE, '--format', 'ndjson']);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string });
    expect(lines[0]!.type).toBe('error');
    InputErrorSchema.parse(lines[0]);
    for (const l of lines.slice(1)) expect(ClaimSchema.parse(l).type).toBe('claim');
    expect(records.every((c) => c.type === 'claim' && c.schemaVersion === 2)).toBe(true);
  });

  it('diff and matrix rows say their type; diff rows name both articles', () => {
    const diff = claims(['diff', '--corpus', 'corpus', '001', '003', '--format', 'ndjson']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(diff.every((d) => d.type === 'diff-row' && d.articleA === '001_0bb1e9a035e83043' && d.articleB === '003_85b5e2748be9e748')).toBe(true);
    const matrix = claims(['matrix', 'corpus', '--format', 'ndjson']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(matrix.every((m) => m.type === 'matrix-row' && typeof m.article === 'string')).toBe(true);
  });
});

describe('filters', () => {
  const run = (...args: string[]) => JSON.parse(claims(['extract', 'corpus', '--format', 'json', ...args]).stdout) as Claim[];

  it('repeat and take comma lists, keeping a claim that matches any value', () => {
    const both = run('--stance', 'oppose,limited');
    expect(both).toEqual(records.filter((c) => c.stance === 'oppose' || c.stance === 'limited'));
    expect(run('--stance', 'oppose', '--stance', 'limited')).toEqual(both);
    const speakers = run('--speaker', 'Blinken', '--speaker', 'Biden');
    expect(speakers.some((c) => c.speakers.some((s) => s.name === 'Antony Blinken'))).toBe(true);
    expect(speakers.some((c) => c.speakers.some((s) => s.name === 'Joe Biden'))).toBe(true);
    const either = new Set([...run('--speaker', 'Blinken'), ...run('--speaker', 'Biden')].map((c) => c.id));
    expect(speakers.map((c) => c.id)).toEqual(records.filter((c) => either.has(c.id)).map((c) => c.id));
  });

  it('--kind takes sentence kinds and speaker kinds; --min-confidence a threshold', () => {
    expect(run('--kind', 'headline')).toEqual(records.filter((c) => c.kind === 'headline'));
    expect(run('--kind', 'anonymous')).toEqual(records.filter((c) => c.speakers.some((s) => s.kind === 'anonymous')));
    const sure = run('--min-confidence', '0.9');
    expect(sure).toEqual(records.filter((c) => c.confidence >= 0.9));
    expect(sure.length).toBeGreaterThan(0);
    expect(sure.length).toBeLessThan(records.length);
    expect(claims(['extract', 'corpus', '--min-confidence', '2']).code).toBe(2);
    expect(claims(['extract', 'corpus', '--kind', 'tweet']).code).toBe(2);
  });

  it('--quiet drops the summary line', () => {
    const r = claims(['extract', ARTICLE, '--format', 'json', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('diff --status keeps the rows with those statuses', () => {
    const all = claims(['diff', '--corpus', 'corpus', '000', '001', '--format', 'ndjson']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const some = claims(['diff', '--corpus', 'corpus', '000', '001', '--format', 'ndjson', '--status', 'conflict,changed']).stdout.trim().split('\n').filter((l) => l).map((l) => JSON.parse(l));
    expect(some).toEqual(all.filter((r) => r.status === 'conflict' || r.status === 'changed'));
  });
});

describe('usage errors', () => {
  it('claims diff with ids and no --corpus suggests --corpus', () => {
    const r = claims(['diff', '001', '003']);
    // an article that cannot be read is an input failure, exit 1, as for every command
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('claims diff --corpus <dir> 001 003');
  });
});

describe('output errors', () => {
  // the reader is gone before claims writes: `true` exits at once, claims starts half a second later
  const intoClosedPipe = (args: string) => spawnSync('bash', ['-c', `(sleep 0.5; node ${JSON.stringify(BIN)} ${args}; echo "rc=$?" >&2) | true`], { cwd: ROOT, encoding: 'utf8' });

  it('a reader that goes away ends help and extract quietly', () => {
    for (const args of ['--help', 'extract --help', 'help extract', `extract ${ARTICLE} --format ndjson -q`]) {
      const r = intoClosedPipe(args);
      expect(r.stderr, args).toBe('rc=0\n');
    }
    expect(intoClosedPipe('').stderr).toBe('rc=2\n');
  }, 60_000);

  it.skipIf(!fs.existsSync('/dev/full'))('a full disk is one line and exit 3', () => {
    for (const args of [`extract ${ARTICLE} -q`, '--help']) {
      const r = spawnSync('bash', ['-c', `node ${JSON.stringify(BIN)} ${args} > /dev/full`], { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).toBe(3);
      expect(r.stderr).toBe('claims: cannot write output: no space left on device\n');
    }
  });
});
