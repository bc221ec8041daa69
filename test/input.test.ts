import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { decode, firstInvalidUtf8 } from '../src/input/decode.js';
import { nodeFs, readInputs, type InputFs, type InputItem, type ReadOptions } from '../src/input/read.js';
import { InputErrorSchema, NO_META } from '../src/schema.js';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

let cwd: string;
beforeEach(() => {
  cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-input-'));
  roots.push(cwd);
});

/** Writes files under cwd; string contents are UTF-8. */
function write(files: Record<string, string | Uint8Array>): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(cwd, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
}

function opts(over: Partial<ReadOptions> = {}): ReadOptions {
  return { maxBytes: 1_000_000, stdin: Readable.from([]), cwd, ...over };
}

async function collect(paths: string[], over: Partial<ReadOptions> = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths, opts(over))) items.push(item);
  return items;
}

/** One short line per item, so whole sequences compare at a glance. */
function summary(items: InputItem[]): string[] {
  return items.map((item) => {
    if (item.kind === 'article') return `article ${item.article.file} (${item.article.id})`;
    if (item.kind === 'skipped') return `skipped ${item.file} ${item.reason}`;
    return `${item.error.code} ${item.error.file}: ${item.error.message}`;
  });
}

function only(items: InputItem[]): InputItem {
  expect(items).toHaveLength(1);
  return items[0]!;
}

function articleText(item: InputItem): string {
  if (item.kind !== 'article') throw new Error(`expected an article, got ${summary([item])[0]}`);
  return item.article.text;
}

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

function errnoError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}, open '/somewhere'`), { code });
}

describe('walking directories', () => {
  it('walks recursively in code-point order of the full path, keeping only .txt/.md', async () => {
    write({
      'corpus/b.txt': 'b',
      'corpus/a/x.md': 'x',
      'corpus/a-b.txt': 'a-b',
      'corpus/A.TXT': 'upper',
      'corpus/notes.Md': 'notes',
      'corpus/sub/deep/c.txt': 'c',
      'corpus/\uff21.txt': 'fullwidth A',
      'corpus/\u{1f600}.txt': 'emoji',
      'corpus/data.json': '{}',
      'corpus/image.png': 'png',
      'corpus/txt': 'no extension',
      'corpus/.hidden.txt': 'hidden',
      'corpus/.git/config.txt': 'hidden dir',
      'corpus/node_modules/pkg/readme.md': 'dependency',
    });
    const items = await collect(['corpus']);
    expect(summary(items)).toEqual([
      'article corpus/A.TXT (A)',
      'article corpus/a-b.txt (a-b)', // '-' < '/', so before a/x.md
      'article corpus/a/x.md (x)',
      'article corpus/b.txt (b)',
      'article corpus/notes.Md (notes)',
      'article corpus/sub/deep/c.txt (c)',
      'article corpus/\uff21.txt (\uff21)', // U+FF21 < U+1F600, though UTF-16 order says otherwise
      'article corpus/\u{1f600}.txt (\u{1f600})',
    ]);
    expect(articleText(items[2]!)).toBe('x');
  });

  it('shows paths as the user wrote them, with no doubled slash', async () => {
    write({ 'corpus/000_x.txt': 'hello', 'corpus/n/001_y.md': 'there' });
    expect(summary(await collect(['corpus/']))).toEqual(['article corpus/000_x.txt (000_x)', 'article corpus/n/001_y.md (001_y)']);
    expect(summary(await collect(['./corpus/n']))).toEqual(['article ./corpus/n/001_y.md (001_y)']);
    expect(summary(await collect([path.join(cwd, 'corpus', 'n')]))).toEqual([`article ${cwd}/corpus/n/001_y.md (001_y)`]);
  });

  it('reads a named file whatever its extension, and reports its size in bytes', async () => {
    write({ 'notes/002_b82496bea885bc4b.csv': 'caf\u00e9' });
    const item = only(await collect(['notes/002_b82496bea885bc4b.csv']));
    expect(item).toEqual({
      kind: 'article',
      article: { id: '002_b82496bea885bc4b', file: 'notes/002_b82496bea885bc4b.csv', text: 'caf\u00e9', bytes: 5, meta: NO_META },
    });
  });

  it('reads a file only when it is its turn', async () => {
    write({ 'corpus/a.txt': 'a', 'corpus/b.txt': 'b', 'corpus/c.txt': 'c' });
    const reads: string[] = [];
    const fsSpy: InputFs = { ...nodeFs, readFile: (file) => (reads.push(path.basename(file)), nodeFs.readFile(file)) };
    const gen = readInputs(['corpus'], opts({ fs: fsSpy }));
    await gen.next();
    expect(reads).toEqual(['a.txt']);
    await gen.next();
    expect(reads).toEqual(['a.txt', 'b.txt']);
    await gen.return(undefined);
  });

  it('follows links to files and walks a symlink loop once', async () => {
    write({ 'outside/real.txt': 'linked', 'corpus/a.txt': 'a', 'corpus/sub/b.txt': 'b' });
    fs.symlinkSync(path.join(cwd, 'outside/real.txt'), path.join(cwd, 'corpus/link.txt'));
    fs.symlinkSync('..', path.join(cwd, 'corpus/sub/up')); // corpus/sub/up -> corpus
    fs.symlinkSync('.', path.join(cwd, 'corpus/self'));
    fs.symlinkSync(path.join(cwd, 'corpus/sub'), path.join(cwd, 'corpus/zz-again')); // a second way into sub
    const items = await collect(['corpus']);
    expect(summary(items)).toEqual(['article corpus/a.txt (a)', 'article corpus/link.txt (link)', 'article corpus/sub/b.txt (b)']);
    expect(articleText(items[1]!)).toBe('linked');
  });

  it('reports a broken link that looks like an article, and ignores others', async () => {
    write({ 'corpus/a.txt': 'a' });
    fs.symlinkSync('nowhere.txt', path.join(cwd, 'corpus/gone.txt'));
    fs.symlinkSync('nowhere', path.join(cwd, 'corpus/gone'));
    expect(summary(await collect(['corpus']))).toEqual([
      'article corpus/a.txt (a)',
      'E_NOT_FOUND corpus/gone.txt: broken symbolic link: no such file or directory',
    ]);
  });

  it('reports a directory with no articles, but not one whose articles were all skipped', async () => {
    write({ 'none/data.json': '{}', 'none/.hidden.txt': 'x', 'none/node_modules/a.txt': 'x', 'blank/a.txt': '' });
    fs.mkdirSync(path.join(cwd, 'void'));
    expect(summary(await collect(['none', 'void', 'blank']))).toEqual([
      'E_NO_ARTICLES none: no .txt, .md, .html, .jsonl or .ndjson files found',
      'E_NO_ARTICLES void: no .txt, .md, .html, .jsonl or .ndjson files found',
      'skipped blank/a.txt empty',
    ]);
  });
});

describe('standard input', () => {
  it('reads `-` fully as the article `stdin`', async () => {
    const item = only(await collect(['-'], { stdin: Readable.from(['hello ', Buffer.from('w\u00f6rld')]) }));
    expect(item).toEqual({ kind: 'article', article: { id: 'stdin', file: '-', text: 'hello w\u00f6rld', bytes: 12, meta: NO_META } });
  });

  it('applies the size limit and the decoding rules', async () => {
    const big = await collect(['-'], { maxBytes: 4, stdin: Readable.from([Buffer.from('abc'), Buffer.from('de')]) });
    expect(summary(big)).toEqual(['E_TOO_LARGE -: too large: more than 4 bytes (limit 4)']);
    const bin = await collect(['-'], { stdin: Readable.from([Buffer.from([0x61, 0x00, 0x62])]) });
    expect(summary(bin)).toEqual(['E_BINARY -: binary file (NUL byte at byte 1)']);
    const bom = await collect(['-'], { stdin: Readable.from([Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69])]) });
    expect(articleText(only(bom))).toBe('hi');
    const blank = await collect(['-'], { stdin: Readable.from([' \n']) });
    expect(summary(blank)).toEqual(['skipped - empty']);
  });

  it('turns a failing stream into E_READ', async () => {
    const failing = new Readable({ read() { this.destroy(errnoError('EIO', 'i/o error')); } });
    expect(summary(await collect(['-'], { stdin: failing }))[0]).toBe('E_READ -: input/output error');
  });
});

describe('decoding', () => {
  const sample = 'He said \u201cyes\u201d \u2014 caf\u00e9 \u{1f600}';

  it('strips a UTF-8 BOM; offsets then count from the first character', async () => {
    write({ 'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)]) });
    const item = only(await collect(['bom.txt']));
    expect(articleText(item)).toBe(sample);
    expect(item.kind === 'article' && item.article.bytes).toBe(Buffer.byteLength(sample) + 3);
  });

  it('decodes UTF-16 LE and BE with a BOM, in a walk too (their NULs are not binary)', async () => {
    write({
      'u16/le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]),
      'u16/be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(sample)]),
    });
    const items = await collect(['u16']);
    expect(summary(items)).toEqual(['article u16/be.txt (be)', 'article u16/le.txt (le)']);
    expect(items.map(articleText)).toEqual([sample, sample]);
  });

  it('names the byte offset of invalid UTF-8 (counting the BOM, as a hex dump would)', async () => {
    write({
      'bad.txt': Buffer.concat([Buffer.from('x'.repeat(1234)), Buffer.from([0xff]), Buffer.from('tail')]),
      'bad-bom.txt': Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0x28]),
    });
    expect(summary(await collect(['bad.txt', 'bad-bom.txt']))).toEqual([
      'E_ENCODING bad.txt: not valid UTF-8 at byte 1234',
      'E_ENCODING bad-bom.txt: not valid UTF-8 at byte 4',
    ]);
  });

  it.each([
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['an overlong encoding', [0x61, 0x62, 0xc0, 0x80], 2],
    ['an overlong three-byte form', [0xe0, 0x80, 0x80], 0],
    ['an encoded surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut short by ASCII', [0xe2, 0x82, 0x41], 0],
    ['a sequence cut short by the end', [0x61, 0xe2, 0x82], 1],
    ['an invalid lead byte after valid text', [0xc3, 0xa9, 0xf8], 2],
  ])('finds %s', (_name, bytes, offset) => {
    expect(decode(new Uint8Array(bytes))).toEqual({ kind: 'invalid', encoding: 'utf-8', offset });
  });

  it('reports invalid UTF-16 at the bad unit', () => {
    const loneHigh = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le'), Buffer.from([0x3d, 0xd8])]);
    expect(decode(loneHigh)).toEqual({ kind: 'invalid', encoding: 'utf-16le', offset: 6 });
    const oddBe = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('ab'), Buffer.from([0x00])]);
    expect(decode(oddBe)).toEqual({ kind: 'invalid', encoding: 'utf-16be', offset: 6 });
  });

  it('calls a NUL in the first 8 KB binary, and one after it not', () => {
    const early = Buffer.concat([Buffer.alloc(8191, 0x61), Buffer.from([0])]);
    expect(decode(early)).toEqual({ kind: 'binary', offset: 8191 });
    const late = Buffer.concat([Buffer.alloc(8192, 0x61), Buffer.from([0])]);
    expect(decode(late)).toMatchObject({ kind: 'text', encoding: 'utf-8' });
  });

  fcTest.prop([fc.uint8Array({ maxLength: 64 })])('agrees with the fatal TextDecoder on any bytes', (bytes) => {
    const bad = firstInvalidUtf8(bytes);
    const strict = new TextDecoder('utf-8', { fatal: true });
    let valid = true;
    try {
      strict.decode(bytes);
    } catch {
      valid = false;
    }
    expect(bad === -1).toBe(valid);
    if (bad !== -1) expect(() => strict.decode(bytes.subarray(0, bad))).not.toThrow();
  });

  fcTest.prop([fc.string({ unit: 'grapheme', maxLength: 40 })])('finds no fault in valid UTF-8', (text) => {
    expect(firstInvalidUtf8(Buffer.from(text))).toBe(-1);
  });
});

describe('bad inputs', () => {
  it('skips a binary file in a walk, but reports one named on the command line', async () => {
    write({ 'corpus/a.txt': 'a', 'corpus/b.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]) });
    expect(summary(await collect(['corpus', 'corpus/b.txt']))).toEqual([
      'article corpus/a.txt (a)',
      'skipped corpus/b.txt binary',
      'E_BINARY corpus/b.txt: binary file (NUL byte at byte 4)',
    ]);
  });

  it('refuses a file over maxBytes before reading it', async () => {
    write({ 'corpus/fits.txt': 'x'.repeat(10), 'corpus/big.txt': 'x'.repeat(11) });
    const reads: string[] = [];
    const fsSpy: InputFs = { ...nodeFs, readFile: (file) => (reads.push(path.basename(file)), nodeFs.readFile(file)) };
    const items = await collect(['corpus', 'corpus/big.txt'], { maxBytes: 10, fs: fsSpy });
    expect(summary(items)).toEqual([
      'E_TOO_LARGE corpus/big.txt: too large: 11 bytes (limit 10)',
      'article corpus/fits.txt (fits)',
      'E_TOO_LARGE corpus/big.txt: too large: 11 bytes (limit 10)',
    ]);
    expect(reads).toEqual(['fits.txt']);
  });

  it('refuses a walked file over maxBytes on the real file system, which opens it once and asks the open file its size', async () => {
    write({ 'corpus/fits.txt': 'x'.repeat(10), 'corpus/big.txt': 'x'.repeat(11), 'corpus/sub/deep.txt': 'y'.repeat(12) });
    expect(summary(await collect(['corpus'], { maxBytes: 10 }))).toEqual([
      'E_TOO_LARGE corpus/big.txt: too large: 11 bytes (limit 10)',
      'article corpus/fits.txt (fits)',
      'E_TOO_LARGE corpus/sub/deep.txt: too large: 12 bytes (limit 10)',
    ]);
  });

  it('reports a missing path as E_NOT_FOUND', async () => {
    expect(summary(await collect(['nope.txt', 'nodir/']))).toEqual([
      'E_NOT_FOUND nope.txt: no such file or directory',
      'E_NOT_FOUND nodir/: no such file or directory',
    ]);
  });

  it('reports a path under a regular file as E_READ (a real ENOTDIR)', async () => {
    write({ 'a.txt': 'a' });
    expect(summary(await collect(['a.txt/child.txt']))).toEqual(['E_READ a.txt/child.txt: not a directory']);
  });

  it('reports reading a directory as a file as E_READ (a real EISDIR)', async () => {
    fs.mkdirSync(path.join(cwd, 'dir.txt'));
    // stat says "file" (as if the path changed between stat and read); the read itself is real.
    const racy: InputFs = { ...nodeFs, stat: async () => ({ size: 0, isFile: () => true, isDirectory: () => false }) };
    expect(summary(await collect(['dir.txt'], { fs: racy }))).toEqual(['E_READ dir.txt: is a directory']);
  });

  it('reports unreadable files and folders as E_READ and walks on', async () => {
    write({ 'corpus/a.txt': 'a', 'corpus/locked.txt': 'l', 'corpus/private/p.txt': 'p', 'corpus/z.txt': 'z', 'shut/x.txt': 'x' });
    const denied = (file: string) => ['locked.txt', 'private', 'shut'].includes(path.basename(file));
    const locked: InputFs = {
      ...nodeFs,
      readFile: async (file) => (denied(file) ? Promise.reject(errnoError('EACCES', 'permission denied')) : nodeFs.readFile(file)),
      readdir: async (dir) => (denied(dir) ? Promise.reject(errnoError('EACCES', 'permission denied')) : nodeFs.readdir(dir)),
    };
    expect(summary(await collect(['corpus', 'shut'], { fs: locked }))).toEqual([
      'article corpus/a.txt (a)',
      'E_READ corpus/locked.txt: permission denied',
      'E_READ corpus/private: permission denied',
      'article corpus/z.txt (z)',
      'E_READ shut: permission denied', // no E_NO_ARTICLES on top: we could not look
    ]);
  });

  it('words an unlisted OS error without code, syscall or path', async () => {
    const odd: InputFs = {
      ...nodeFs,
      stat: async () => Promise.reject(Object.assign(new Error("EWEIRD: Something odd\nhappened, stat '/x/y'"), { code: 'EWEIRD' })),
    };
    expect(summary(await collect(['y'], { fs: odd }))).toEqual(['E_READ y: something odd happened']);
  });

  it('skips empty and whitespace-only files, walked or named', async () => {
    write({ 'corpus/empty.txt': '', 'corpus/space.md': ' \n\t\u00a0\r\n', 'corpus/ok.txt': 'ok' });
    expect(summary(await collect(['corpus', 'corpus/empty.txt', 'corpus/space.md']))).toEqual([
      'skipped corpus/empty.txt empty',
      'article corpus/ok.txt (ok)',
      'skipped corpus/space.md empty',
      'skipped corpus/empty.txt empty',
      'skipped corpus/space.md empty',
    ]);
  });

  it('keeps going after an error in the middle', async () => {
    write({ 'a.txt': 'first', 'bad.txt': Buffer.from([0x61, 0xff]), 'z.md': 'last' });
    const items = await collect(['a.txt', 'missing.txt', 'bad.txt', '-', 'z.md'], { maxBytes: 100, stdin: Readable.from(['x'.repeat(101)]) });
    expect(summary(items)).toEqual([
      'article a.txt (a)',
      'E_NOT_FOUND missing.txt: no such file or directory',
      'E_ENCODING bad.txt: not valid UTF-8 at byte 1',
      'E_TOO_LARGE -: too large: more than 100 bytes (limit 100)',
      'article z.md (z)',
    ]);
  });

  it('emits errors that match the schema, with one-line messages and no path in them', async () => {
    write({ 'b.bin': Buffer.from([0]), 'a.txt/.keep': '' });
    const items = await collect(['missing', 'b.bin', 'a.txt', 'a.txt/.keep/x.txt']);
    const errors = items.flatMap((i) => (i.kind === 'error' ? [i.error] : []));
    expect(errors.map((e) => e.code)).toEqual(['E_NOT_FOUND', 'E_BINARY', 'E_NO_ARTICLES', 'E_READ']);
    for (const error of errors) {
      expect(InputErrorSchema.parse(error)).toEqual(error);
      expect(error.message).toMatch(/^[a-z][^\n]*$/);
      expect(error.message).not.toContain(cwd);
    }
  });
});
