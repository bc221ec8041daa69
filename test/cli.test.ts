// The built CLI as a user runs it: formats, filters, exit codes, bad input.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimSchema, InputErrorSchema, type Claim } from '../src/schema.js';
import { claims } from './helpers.js';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'claims-cli-'));

describe('claims extract formats', () => {
  const json = claims(['extract', 'corpus', '--format', 'json']);
  const records = JSON.parse(json.stdout) as Claim[];

  it('json is one array of valid records for every article, in sorted order', () => {
    expect(json.code).toBe(0);
    expect(records.length).toBeGreaterThan(100);
    for (const r of records) ClaimSchema.parse(r);
    const articles = [...new Set(records.map((r) => r.article))];
    expect(articles).toEqual([...articles].sort());
    expect(articles).toHaveLength(5);
  });

  it('offsets slice back to the text and ids are <article>#<n>', () => {
    for (const r of records) {
      const source = fs.readFileSync(r.file, 'utf8');
      expect(source.slice(r.start, r.end)).toBe(r.text);
      expect(r.id).toBe(`${r.article}#${r.n}`);
      expect(source.slice(0, r.start).split('\n').length).toBe(r.line);
    }
  });

  it('ndjson carries the same records, one a line', () => {
    const nd = claims(['extract', 'corpus', '--format', 'ndjson']);
    const lines = nd.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual(records);
  });

  it('the summary goes to stderr, the results to stdout', () => {
    expect(json.stderr).toMatch(/^claims: 5 articles, \d+ sentences, \d+ shown, 0 skipped, 0 failed\n$/);
  });

  it('table shows stance and speakers, uncoloured when NO_COLOR is set', () => {
    const t = claims(['extract', 'corpus/002_b82496bea885bc4b.txt']);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('Jens Stoltenberg');
    expect(t.stdout).toContain('kharkiv-only');
    expect(t.stdout).not.toMatch(/\u001b\[/);
    const coloured = claims(['extract', 'corpus/002_b82496bea885bc4b.txt', '--color', 'always']);
    expect(coloured.stdout).toMatch(/\u001b\[/);
  });

  it('--explain shows the rules and the words they matched', () => {
    const t = claims(['extract', 'corpus/002_b82496bea885bc4b.txt', '--explain', '--stance', 'limited']);
    expect(t.stdout).toContain('limit kharkiv-only');
    expect(t.stdout).toMatch(/bounded by "(confined|restricted)"/);
  });

  it('records have no findings without --explain', () => {
    expect(records.every((r) => !('findings' in r))).toBe(true);
  });

  it('--explain in json and ndjson gives each record its findings, with offsets into the article', () => {
    const file = 'corpus/002_b82496bea885bc4b.txt';
    const source = fs.readFileSync(file, 'utf8');
    const explained = JSON.parse(claims(['extract', file, '--format', 'json', '--explain']).stdout) as Claim[];
    const nd = claims(['extract', file, '--format', 'ndjson', '--explain']).stdout.trim().split('\n').map((l) => JSON.parse(l) as Claim);
    expect(nd).toEqual(explained);
    const plain = records.filter((r) => r.file === file);
    expect(explained.map(({ findings: _, ...r }) => r)).toEqual(plain);
    for (const r of explained) {
      ClaimSchema.parse(r);
      expect(r.findings).toBeDefined();
      for (const f of r.findings!) {
        expect(source.slice(f.start, f.end)).toBe(f.words);
        expect(f.start).toBeGreaterThanOrEqual(r.start);
        expect(f.end).toBeLessThanOrEqual(r.end);
      }
      // every rule of the record comes from a finding
      for (const id of r.rules) expect(r.findings!.some((f) => f.ruleId === id)).toBe(true);
    }
    const limited = explained.find((r) => r.limits.includes('kharkiv-only'))!;
    expect(limited.findings!.some((f) => f.contribution.type === 'limit' && f.ruleId === 'limit.kharkiv-only')).toBe(true);
  });
});

describe('claims extract filters', () => {
  const all = JSON.parse(claims(['extract', 'corpus', '--format', 'json']).stdout) as Claim[];
  const run = (...args: string[]) => JSON.parse(claims(['extract', 'corpus', '--format', 'json', ...args]).stdout) as Claim[];

  it('--speaker matches any form of the name', () => {
    const byShort = run('--speaker', 'Blinken');
    expect(byShort.length).toBeGreaterThan(5);
    expect(byShort.every((c) => c.speakers.some((s) => s.name === 'Antony Blinken'))).toBe(true);
    expect(run('--speaker', 'antony blinken')).toEqual(byShort);
    expect(run('--speaker', 'Blink')).toEqual([]);
  });

  it('--stance and --limit keep only matching claims', () => {
    const oppose = run('--stance', 'oppose');
    expect(oppose.length).toBe(all.filter((c) => c.stance === 'oppose').length);
    expect(oppose.every((c) => c.stance === 'oppose')).toBe(true);
    const atacms = run('--limit', 'no-atacms');
    expect(atacms.length).toBeGreaterThan(2);
    expect(atacms.every((c) => c.limits.includes('no-atacms'))).toBe(true);
  });

  it('--claims-only drops neutral sentences with no speaker and no limit', () => {
    const only = run('--claims-only');
    const narration = all.filter((c) => c.stance === 'neutral' && !c.speakers.length && !c.limits.length);
    expect(narration.length).toBeGreaterThan(0);
    expect(only.length).toBe(all.length - narration.length);
  });

  it('an unknown limit is a usage error', () => {
    const r = claims(['extract', 'corpus', '--limit', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('claims extract: --limit "nope" is not one of: kharkiv-only, no-atacms\nsee \'claims extract --help\'\n');
  });
});

describe('exit codes and bad input', () => {
  it('a missing path: one line naming it, exit 1, other inputs still processed', () => {
    const r = claims(['extract', 'missing.txt', 'corpus/004_ba566e3a9add87b6.txt', '--format', 'ndjson']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('claims: missing.txt: no such file or directory (E_NOT_FOUND)');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(InputErrorSchema.parse(lines[0]).code).toBe('E_NOT_FOUND');
    expect(lines.slice(1).every((l) => l.article === '004_ba566e3a9add87b6')).toBe(true);
  });

  it('a binary file named on the command line is E_BINARY; an empty file is a note, not a failure', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'bin.txt'), Buffer.from([0x41, 0, 0x42, 0]));
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    const bin = claims(['extract', path.join(dir, 'bin.txt')]);
    expect(bin.code).toBe(1);
    expect(bin.stderr).toContain('E_BINARY');
    const empty = claims(['extract', path.join(dir, 'empty.txt'), '--format', 'json']);
    expect(empty.code).toBe(0);
    expect(empty.stdout.trim()).toBe('[]');
    expect(empty.stderr).toContain('empty.txt: empty file');
  });

  it('a directory with no articles is an error naming it', () => {
    const dir = tmp();
    const r = claims(['extract', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('E_NO_ARTICLES');
  });

  it('an unknown option or a missing argument is one line and a hint, exit 2; no arguments prints the help', () => {
    const r = claims(['extract', 'corpus', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("claims extract: unknown option '--bogus'\nsee 'claims extract --help'\n");
    const none = claims([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('Usage: claims');
    const missing = claims(['extract']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("claims extract: missing required argument 'paths'\nsee 'claims extract --help'\n");
  });

  it('standard input is read with -', () => {
    const text = fs.readFileSync('corpus/004_ba566e3a9add87b6.txt');
    const r = claims(['extract', '-', '--format', 'json'], { input: text });
    expect(r.code).toBe(0);
    const recs = JSON.parse(r.stdout) as Claim[];
    expect(recs[0]!.article).toBe('stdin');
    expect(recs.map((c) => c.text)).toEqual((JSON.parse(claims(['extract', 'corpus/004_ba566e3a9add87b6.txt', '--format', 'json']).stdout) as Claim[]).map((c) => c.text));
  });
});

describe('claims sentences', () => {
  it('prints the parser sentences with offsets (json) or one a line (text)', () => {
    const j = claims(['sentences', 'corpus/004_ba566e3a9add87b6.txt', '--format', 'json']);
    const rows = JSON.parse(j.stdout) as Array<{ article: string; n: number; start: number; end: number; line: number; text: string }>;
    const source = fs.readFileSync('corpus/004_ba566e3a9add87b6.txt', 'utf8');
    expect(rows.map((r) => r.n)).toEqual(rows.map((_, i) => i));
    for (const r of rows) expect(source.slice(r.start, r.end)).toBe(r.text);
    expect(rows.some((r) => r.text === 'Leave a Reply')).toBe(false);
    const t = claims(['sentences', 'corpus/004_ba566e3a9add87b6.txt']);
    expect(t.stdout.trim().split('\n')).toHaveLength(rows.length);
  });
});
