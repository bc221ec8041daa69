// --format json keeps a run's claims in a temporary file until the run's names are known (issue 14,
// memory): the spool gives back what it was given, in order, and leaves nothing behind; a
// temporary folder that cannot be written is one line and exit 3; the output is the same with one
// job or two, with or without a filter, with names renamed across articles.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Spool } from '../src/report/spool.js';
import { WriteError } from '../src/output.js';
import type { Claim } from '../src/schema.js';
import { BIN, ROOT } from './helpers.js';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'claims-spool-test-'));

async function readAll(spool: Spool) {
  const out = [];
  for await (const row of spool.read()) out.push(row);
  return out;
}

describe('the spool', () => {
  it('gives back every claim in order, with tabs, newlines, quotes and non-ASCII inside, and long lines', async () => {
    const base = tmp();
    const spool = new Spool(base);
    const rows = [
      { persons: ['Jens Stoltenberg'], slots: [40], line: JSON.stringify({ text: 'tab\there, newline\nthere, "quoted"' }) },
      { persons: [], slots: [], line: JSON.stringify({ text: 'Inese Vītola said — 🙂' }) },
      { persons: ['A', 'B\tC'], slots: [3, 9], line: JSON.stringify({ text: 'x'.repeat(300_000) }) },
      ...Array.from({ length: 2000 }, (_, k) => ({ persons: [`P${k}`], slots: [k], line: JSON.stringify({ k }) })),
    ];
    for (const r of rows) spool.add(r.persons, r.slots, r.line);
    expect(spool.count).toBe(rows.length);
    expect(await readAll(spool)).toEqual(rows);
    expect(fs.readdirSync(base)).toEqual([]);
  });

  it('leaves nothing behind when reading stops early or nothing is read', async () => {
    const base = tmp();
    const early = new Spool(base);
    for (let k = 0; k < 10; k++) early.add([], [], `{"k":${k}}`);
    for await (const row of early.read()) { expect(row.line).toBe('{"k":0}'); break; }
    const unread = new Spool(base);
    unread.add([], [], '{}');
    unread.remove();
    unread.remove();
    expect(fs.readdirSync(base)).toEqual([]);
  });

  it('says which folder it cannot write to, as a write error', () => {
    const file = path.join(tmp(), 'a-file');
    fs.writeFileSync(file, '');
    expect(() => new Spool(file)).toThrow(WriteError);
    expect(() => new Spool(file)).toThrow(`cannot write the temporary folder ${file}: `);
  });
});

describe('extract --format json through the spool', () => {
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });

  it('writes the same claims as ndjson, as one array, and leaves no temporary file', () => {
    const dir = tmp();
    const json = run(['extract', 'corpus', 'fixtures/holdout8', '--format', 'json', '-q'], { TMPDIR: dir });
    const ndjson = run(['extract', 'corpus', 'fixtures/holdout8', '--format', 'ndjson', '-q']);
    expect(json.status).toBe(0);
    const records = JSON.parse(json.stdout) as Claim[];
    // ndjson streams with the names known so far; json renames with the whole run's: compare ids and stances
    const lines = ndjson.stdout.trim().split('\n').map((l) => JSON.parse(l) as Claim);
    expect(records.map((c) => [c.id, c.stance])).toEqual(lines.map((c) => [c.id, c.stance]));
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('names a person by the fullest name of the whole run, even in an article read before the fuller name', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'a.txt'), 'Stoltenberg said Ukraine should be allowed to strike targets in Russia.\n');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'Jens Stoltenberg said allies must let Ukraine strike military targets inside Russia.\n');
    for (const jobs of ['1', '2']) {
      const r = run(['extract', dir, '--format', 'json', '--jobs', jobs, '-q'], { CLAIMS_POOL_MIN_BYTES: '0' });
      const records = JSON.parse(r.stdout) as Claim[];
      expect(records.map((c) => c.speakers.map((s) => s.name)), `--jobs ${jobs}`).toEqual([['Jens Stoltenberg'], ['Jens Stoltenberg']]);
      const filtered = JSON.parse(run(['extract', dir, '--format', 'json', '--jobs', jobs, '--speaker', 'Jens Stoltenberg', '-q'], { CLAIMS_POOL_MIN_BYTES: '0' }).stdout) as Claim[];
      expect(filtered).toHaveLength(2);
    }
  });

  it('a temporary folder that cannot be written is one line naming it, and exit 3', () => {
    const missing = path.join(tmp(), 'gone');
    const r = run(['extract', 'corpus', '--format', 'json'], { TMPDIR: missing });
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`claims: cannot write the temporary folder ${missing}: no such file or directory\n`);
  });
});

describe('an interrupted json run', () => {
  it('removes its temporary file and still ends by the signal', async () => {
    const { spawn } = await import('node:child_process');
    const dir = tmp();
    const article = path.join(dir, 'long.txt');
    fs.writeFileSync(article, 'Biden said yes. '.repeat(150_000));
    const child = spawn(process.execPath, [BIN, 'extract', article, '--format', 'json'], { cwd: ROOT, env: { ...process.env, TMPDIR: dir }, stdio: ['ignore', 'ignore', 'ignore'] });
    // wait for the spool to exist, then interrupt
    for (let k = 0; k < 200 && !fs.readdirSync(dir).some((f) => f.startsWith('claims-')); k++) await new Promise((r) => setTimeout(r, 50));
    expect(fs.readdirSync(dir).some((f) => f.startsWith('claims-'))).toBe(true);
    child.kill('SIGINT');
    const signal = await new Promise((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
    expect(signal).toBe('SIGINT');
    expect(fs.readdirSync(dir)).toEqual(['long.txt']);
  }, 30_000);
});
