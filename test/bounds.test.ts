// Bounds on what a user controls (issue 14): numbers on the command line, the number of worker
// threads, very long articles. Timing and memory are measured by `npm run bench`, not here.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseCount, parseMaxBytes, parseSize } from '../src/commands/options.js';
import { parseJobs } from '../src/commands/extract.js';
import { UsageError } from '../src/errors.js';
import { decode } from '../src/input/decode.js';
import { loadPack } from '../src/packs/load.js';
import { compileTopic } from '../src/extract/topic.js';
import { extractArticle, extractParts, partsOf, PART_SENTENCES } from '../src/extract/article.js';
import { ClaimsTable } from '../src/report/claims-table.js';
import { palette } from '../src/report/color.js';
import { parseArticle, parseParts } from '../src/parse/article.js';
import { claims, ROOT } from './helpers.js';

describe('numbers on the command line are parsed strictly', () => {
  it('a count is plain digits: 0x2, 1e3, 1.0, +2, 02 and " 2" are mistakes', () => {
    expect(parseCount('--jobs', '2', 1)).toBe(2);
    expect(parseCount('--jobs', '10', 1)).toBe(10);
    for (const bad of ['0x2', '1e3', '1.0', '+2', '02', ' 2', '2 ', '', '-1', '0', 'Infinity', '1_000', '99999999999999999999']) {
      expect(() => parseCount('--jobs', bad, 1), bad).toThrow(UsageError);
    }
  });

  it('--jobs is capped at the number of cores', () => {
    expect(parseJobs('1')).toBe(1);
    expect(parseJobs('99999')).toBe(availableParallelism());
    expect(parseJobs('64')).toBe(Math.min(64, availableParallelism()));
    expect(() => parseJobs('1e3')).toThrow(/--jobs must be a whole number/);
  });

  it('--max-bytes takes sizes: K, M, G and KiB, MiB count in 1024s; KB, MB in 1000s', () => {
    expect(parseSize('500')).toBe(500);
    expect(parseSize('500k')).toBe(500 * 1024);
    expect(parseSize('500K')).toBe(500 * 1024);
    expect(parseSize('10M')).toBe(10 * 1024 * 1024);
    expect(parseSize('1MiB')).toBe(1024 * 1024);
    expect(parseSize('2MB')).toBe(2_000_000);
    expect(parseSize('1kB')).toBe(1000);
    expect(parseMaxBytes('10M')).toBe(10 * 1024 * 1024);
    for (const bad of ['0x10', '1e6', '1.5M', '10 M', 'M', '10X', '-1', '0', '10MiBs', '012']) {
      expect(() => parseMaxBytes(bad), bad).toThrow(UsageError);
    }
    expect(() => parseMaxBytes('1G')).toThrow(/at most 256M/);
  });

  it('the CLI says so in one line with exit 2', () => {
    for (const [cmd, bad] of [['--jobs', '0x2'], ['--jobs', '1e3'], ['--jobs', '1.0'], ['--max-bytes', '1e6'], ['--max-bytes', '0x100']] as const) {
      const r = claims(['extract', 'corpus', cmd, bad]);
      expect(r.code, `${cmd} ${bad}`).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^claims extract: ${cmd} must be .*"${bad.replace('.', '\\.')}"\nsee 'claims extract --help'\n$`));
    }
    const m = claims(['matrix', 'corpus', '--min-articles', '1e0']);
    expect(m.code).toBe(2);
  });

  it('--max-bytes 1k skips a larger article as too large, and a size with a unit is honoured', () => {
    const small = claims(['extract', 'corpus/000_8134f3d1ee52e8fc.txt', '--max-bytes', '1k', '--format', 'ndjson']);
    expect(small.code).toBe(1);
    expect(small.stderr).toContain('(limit 1024)');
    const big = claims(['extract', 'corpus/000_8134f3d1ee52e8fc.txt', '--max-bytes', '1M', '--format', 'ndjson']);
    expect(big.code).toBe(0);
  });
});

describe('the worker pool', () => {
  it('starts no more workers than it has work for', async () => {
    const dist = path.join(ROOT, 'dist', 'workers', 'pool.js');
    const { ExtractPool, workerFile } = (await import(dist)) as typeof import('../src/workers/pool.js');
    const file = workerFile();
    expect(file).toBeDefined();
    // this thread compiles the pack only if it extracts an article itself: not here
    let compiledHere = 0;
    const pool = new ExtractPool(file!, 8, loadPack(), 'claims', () => { compiledHere++; throw new Error('no article is extracted in this thread'); });
    try {
      const result = await pool.run({ id: 'a', file: 'a.txt', text: 'Blinken said Ukraine may strike.' });
      expect('claims' in result && result.claims).toHaveLength(1);
      expect(pool.started).toBe(1);
      expect(compiledHere).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('--jobs 99999 runs like --jobs 1', () => {
    const one = claims(['extract', 'corpus', '--format', 'ndjson', '--jobs', '1']);
    const many = claims(['extract', 'corpus', '--format', 'ndjson', '--jobs', '99999']);
    expect(many.code).toBe(0);
    expect(many.stdout).toBe(one.stdout);
  }, 60_000);
});

describe('no call spreads an array of unknown length', () => {
  // `f(...xs)` passes each element as an argument, on the stack: 110,000 claims overflowed it
  // (`buffered.push(...item.claims)`). Spreads whose length is bounded by construction are listed.
  const BOUNDED = new Set([
    'Math.max(...STANCES.map((s) => s.length))', // four stances
    'redis.del(...Object.values(k))', // the fixed set of a run's keys
    'redis.hmgetBuffer(k.output, ...fields)', // AHEAD (8) batches at a time
    'Math.max(0, ...compiled.map((r) => (r.maxWords ?? 0) + 1))', // the boilerplate rules, a data file of the program
  ]);

  it('src/ has no call with a spread argument but the bounded ones', () => {
    const src = path.join(ROOT, 'src');
    const found: string[] = [];
    for (const f of (fs.readdirSync(src, { recursive: true }) as string[]).filter((x) => x.endsWith('.ts')).sort()) {
      const file = ts.createSourceFile(f, fs.readFileSync(path.join(src, f), 'utf8'), ts.ScriptTarget.ES2022, true);
      const visit = (node: ts.Node): void => {
        if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.some(ts.isSpreadElement)) {
          const text = node.getText(file);
          if (!BOUNDED.has(text)) found.push(`src/${f}: ${text}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    expect(found).toEqual([]);
  });
});

describe('smaller cases (issue 14.9)', () => {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'claims-bounds-'));

  it('UTF-32 with a byte order mark is E_ENCODING, not UTF-16 nor binary', () => {
    expect(decode(Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toEqual({ kind: 'unsupported', encoding: 'UTF-32LE' });
    expect(decode(Uint8Array.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x41]))).toEqual({ kind: 'unsupported', encoding: 'UTF-32BE' });
    // UTF-16LE with its BOM still decodes
    expect(decode(Uint8Array.from([0xff, 0xfe, 0x41, 0]))).toMatchObject({ kind: 'text', text: 'A' });
    const dir = tmp();
    const text = 'Blinken said Ukraine may strike.';
    const le = Buffer.alloc(4 + 4 * text.length);
    le.set([0xff, 0xfe, 0, 0]);
    for (let i = 0; i < text.length; i++) le.writeUInt32LE(text.charCodeAt(i), 4 + 4 * i);
    fs.writeFileSync(path.join(dir, 'u32.txt'), le);
    const r = claims(['extract', path.join(dir, 'u32.txt'), '--format', 'ndjson']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/u32\.txt: UTF-32LE is not supported .*\(E_ENCODING\)\n/);
  });

  it('/dev/zero named on the command line is E_BINARY, found in its first bytes', () => {
    const r = claims(['extract', '/dev/zero']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('claims: /dev/zero: binary file (NUL byte at byte 0) (E_BINARY)\nclaims: 0 articles, 0 sentences, 0 shown, 0 skipped, 1 failed\n');
    const piped = claims(['extract', '-'], { input: Buffer.alloc(1 << 20) });
    expect(piped.stderr).toContain('(E_BINARY)');
  });

  it('a tree deeper than PATH_MAX is one failure, not also "no articles"', () => {
    const dir = tmp();
    // 260 levels of 20 characters, past Linux's PATH_MAX of 4096: made one level at a time from
    // inside (a child process, since a test worker cannot chdir)
    const make = "const fs = require('fs'); for (let k = 0; k < 260; k++) { fs.mkdirSync('d'.repeat(20)); process.chdir('d'.repeat(20)); } fs.writeFileSync('deep.txt', 'Blinken said yes.');";
    expect(spawnSync(process.execPath, ['-e', make], { cwd: dir }).status).toBe(0);
    const r = claims(['extract', dir, '--format', 'ndjson']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ 1 failed\n$/);
    expect(r.stderr).not.toContain('E_NO_ARTICLES');
    // rm -r walks by relative paths, which Node's rmSync does not
    spawnSync('rm', ['-rf', dir]);
  });

  it('sentences, diff and matrix print the note on an empty file that extract prints', () => {
    const dir = tmp();
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '  \n\n');
    const note = `claims: ${empty}: empty file, no sentences\n`;
    expect(claims(['extract', empty]).stderr).toContain(note);
    expect(claims(['sentences', empty]).stderr).toBe(note);
    expect(claims(['matrix', empty, 'corpus/003_85b5e2748be9e748.txt']).stderr).toBe(note);
    expect(claims(['diff', empty, 'corpus/003_85b5e2748be9e748.txt']).stderr).toBe(note);
  });

  it('diff on a missing file exits 1, as every input failure does', () => {
    const r = claims(['diff', 'nope.txt', 'corpus/003_85b5e2748be9e748.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('claims: nope.txt: no such file or directory (E_NOT_FOUND)\n');
  });

  it('`extract - -` is a usage error: standard input is read once', () => {
    for (const cmd of ['extract', 'sentences', 'matrix']) {
      const r = claims([cmd, '-', '-'], { input: 'Blinken said yes.\n' });
      expect(r.code, cmd).toBe(2);
      expect(r.stderr).toBe(`claims ${cmd}: - (standard input) is named more than once; it can be read only once\nsee 'claims ${cmd} --help'\n`);
      expect(r.stdout).toBe('');
    }
  });

  it('a/x.txt and b/x.txt get unique ids from their paths; unique names keep plain ids', () => {
    const dir = tmp();
    for (const sub of ['a', 'b']) {
      fs.mkdirSync(path.join(dir, sub));
      fs.writeFileSync(path.join(dir, sub, 'x.txt'), 'Blinken said Ukraine may strike.\n');
    }
    fs.writeFileSync(path.join(dir, 'b', 'x.md'), 'Biden said no.\n');
    fs.writeFileSync(path.join(dir, 'b', 'y.txt'), 'Biden said no.\n');
    const r = claims(['extract', 'a', 'b', 'a/x.txt', '--format', 'ndjson'], { cwd: dir });
    expect(r.code).toBe(0);
    const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; article: string; file: string });
    expect(records.map((c) => [c.file, c.article])).toEqual([
      ['a/x.txt', 'x'], ['b/x.md', 'b/x'], ['b/x.txt', 'b/x.txt'], ['b/y.txt', 'y'], ['a/x.txt', 'a/x'],
    ]);
    expect(new Set(records.map((c) => c.id)).size).toBe(records.length);
    const twice = claims(['extract', 'a/x.txt', 'a/x.txt', 'a/x.txt', '--format', 'ndjson'], { cwd: dir });
    expect(twice.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { article: string }).article)).toEqual(['x', 'a/x', 'a/x.txt']);
    // matrix keys its columns by article id: the two x files are two columns now
    expect(claims(['matrix', 'a', 'b', '--format', 'json'], { cwd: dir }).code).toBe(0);
  });

  it('confidence is rounded to two decimals', () => {
    const r = claims(['extract', 'corpus', '--format', 'ndjson', '--jobs', '1']);
    const values = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { confidence: number }).confidence);
    expect(values.length).toBeGreaterThan(100);
    for (const v of values) expect(Math.round(v * 100) / 100).toBe(v);
    expect(values.some((v) => String(v).length > 4)).toBe(false);
  });
});

describe('long articles are parsed and extracted in parts (issues 14.4, 14.10)', () => {
  const topic = compileTopic(loadPack());
  const corpusText = fs.readFileSync(path.join(ROOT, 'corpus', '002_b82496bea885bc4b.txt'), 'utf8');

  it('parts of the parse join to the whole parse, numbered across parts, cut at paragraphs', () => {
    const whole = parseArticle(corpusText);
    const parts = [...parseParts(corpusText, 5)];
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.flatMap((p) => p.sentences)).toEqual(whole.sentences);
    expect(parts.flatMap((p) => p.dropped)).toEqual(whole.dropped);
    for (const [k, p] of parts.entries()) {
      if (k === parts.length - 1) continue;
      expect(p.sentences.length).toBeGreaterThanOrEqual(5);
      expect(parts[k + 1]!.sentences[0]!.paragraph).not.toBe(p.sentences.at(-1)!.paragraph);
    }
  });

  it('partsOf cuts at a paragraph after the size, or hard at 1.5 times it', () => {
    const s = (paragraph: number, n: number) => ({ n, start: 0, end: 0, line: 1, paragraph, text: 'x', kind: 'sentence' as const });
    const oneParagraph = Array.from({ length: 10 }, (_, n) => s(0, n));
    expect(partsOf(oneParagraph, 4).map((p) => p.length)).toEqual([6, 4]);
    const paragraphs = Array.from({ length: 10 }, (_, n) => s(Math.floor(n / 5), n));
    expect(partsOf(paragraphs, 4).map((p) => p.length)).toEqual([5, 5]);
    expect(partsOf([], 4)).toEqual([]);
  });

  it('an article under PART_SENTENCES sentences is one part: the claims are those of the whole', () => {
    const parts = [...extractParts({ id: 'a', file: 'a.txt', text: corpusText }, topic)];
    expect(parts).toHaveLength(1);
  });

  it('a longer article comes in parts whose claims are numbered on, with offsets into the text', () => {
    const text = `${'Blinken said Ukraine may strike. He spoke in Kyiv.\n\n'.repeat(Math.ceil(PART_SENTENCES * 1.2 / 2))}`;
    const parts = [...extractParts({ id: 'a', file: 'a.txt', text }, topic)];
    expect(parts.length).toBe(2);
    const claimsOfAll = parts.flatMap((p) => p.claims);
    expect(claimsOfAll.map((c) => c.n)).toEqual(claimsOfAll.map((_, k) => k));
    for (const c of claimsOfAll) expect(text.slice(c.start, c.end)).toBe(c.text);
    // the first sentence of the second part still finds its speaker, by the name in its own words
    expect(parts[1]!.claims[0]!.text).toBe('Blinken said Ukraine may strike.');
    expect(parts[1]!.claims[0]!.speakers).toHaveLength(1);
  });

  it('an article of 500,000 sentences completes, in json, which keeps every claim until the run ends', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-long-'));
    const file = path.join(dir, 'long.txt');
    // a paragraph a line, 500,000 lines of one short sentence: 2.5 MB
    fs.writeFileSync(file, 'Yes.\n'.repeat(500_000));
    // --claims-only keeps the output small; every claim is still spooled, read back and filtered
    const json = claims(['extract', file, '--format', 'json', '--claims-only', '--jobs', '1']);
    // "Yes." is no word of the topic, which the run says once for the whole article (issue 11)
    expect(json.stderr).toBe(`claims: ${file}: 0 of 500000 sentences on topic ukraine-strikes-2024\nclaims: 1 articles, 500000 sentences, 0 shown, 0 skipped, 0 failed\n`);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});

describe('the table of one article of very many sentences', () => {
  it('is drawn without spreading its rows into a call (110,000 overflowed the stack)', () => {
    const topic = compileTopic(loadPack());
    const text = fs.readFileSync(path.join(ROOT, 'corpus', '002_b82496bea885bc4b.txt'), 'utf8');
    const one = extractArticle({ id: '002', file: '002.txt', text }, topic).claims;
    const many = Array.from({ length: Math.ceil(200_000 / one.length) }, () => one).flat();
    const table = new ClaimsTable({ width: 100, chalk: palette(false) });
    const out = table.article(many);
    expect(out.split('\n').filter((l) => l.startsWith('002.txt:')).length).toBe(many.length);
  });
});

describe('an article over 1 MB among others, with worker threads', () => {
  it('is extracted in the main thread in its turn, part by part: the same bytes as --jobs 1, counted once', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-big-'));
    const paragraph = `Blinken said the long-range strikes ${'will matter a great deal to everyone in the region '.repeat(7)}today.\n\n`;
    const count = Math.ceil((1024 * 1024 + 1) / paragraph.length);
    expect(count).toBeGreaterThan(PART_SENTENCES);
    fs.writeFileSync(path.join(dir, 'b-big.txt'), paragraph.repeat(count));
    fs.copyFileSync(path.join(ROOT, 'corpus', '000_8134f3d1ee52e8fc.txt'), path.join(dir, 'a-small.txt'));
    fs.copyFileSync(path.join(ROOT, 'corpus', '001_0bb1e9a035e83043.txt'), path.join(dir, 'c-small.txt'));
    const one = claims(['extract', dir, '--format', 'ndjson', '--jobs', '1']);
    const two = claims(['extract', dir, '--format', 'ndjson', '--jobs', '2'], { env: { CLAIMS_POOL_MIN_BYTES: '0' } });
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stderr).toMatch(/^claims: 3 articles, \d+ sentences/);
    const big = one.stdout.trim().split('\n').map((l) => JSON.parse(l) as { article: string; n: number }).filter((c) => c.article === 'b-big');
    expect(big.map((c) => c.n)).toEqual(big.map((_, k) => k));
    expect(big).toHaveLength(count);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
