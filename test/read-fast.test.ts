// A walked file on the real file system is read in one read into a buffer shared by all files
// (src/input/read.ts, readOpened); an injected file system goes the long way (stat, then
// readFile). Both must give the same items: the same texts, sizes, errors and bounds, whatever
// the file's size against the shared buffer's, and no text may change when the buffer is reused.
import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { nodeFs, readInputs, type InputFs, type InputItem } from '../src/input/read.js';
import { ROOT, TEXT_SETS } from './helpers.js';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

/** The same calls as nodeFs, but another object: readInputs then stats and reads each file whole. */
const longWay: InputFs = { ...nodeFs };

async function collect(dir: string, maxBytes: number, via: InputFs): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs([dir], { maxBytes, stdin: Readable.from([]), cwd: ROOT, fs: via })) items.push(item);
  return items;
}

describe('reading a walked file at once into the shared buffer', () => {
  it.each(TEXT_SETS)('gives every article of %s as stat and readFile do', async (_name, dir) => {
    expect(fs.existsSync(dir), `${dir} is missing: check out ../shared beside this clone, or set CLAIMS_SHARED`).toBe(true);
    const fast = await collect(dir, 10_000_000, nodeFs);
    expect(fast.filter((i) => i.kind === 'article').length).toBeGreaterThanOrEqual(5);
    expect(fast).toEqual(await collect(dir, 10_000_000, longWay));
  });

  it('gives files shorter than the buffer, as long as it and longer, as stat and readFile do, within every bound', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-read-fast-'));
    roots.push(dir);
    const K = 64 * 1024;
    // three-byte characters throughout, so one stands across any size the buffer could cut at; `x`s fill up to the size
    const text = (bytes: number) => {
      const unit = Buffer.from('word \u20ac ', 'utf8');
      const whole = Math.floor(bytes / unit.length);
      return Buffer.concat([...Array.from({ length: whole }, () => unit), Buffer.from('x'.repeat(bytes - whole * unit.length))]);
    };
    const files: Record<string, Uint8Array> = {
      'empty.txt': Buffer.alloc(0),
      'one.txt': Buffer.from('x'),
      'short.txt': text(3000),
      'under.txt': text(K - 1),
      'exact.txt': text(K),
      'over.txt': text(K + 1),
      'long.txt': text(3 * K + 17),
      'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text(K + 5)]),
      'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello there. '.repeat(6000), 'utf16le')]),
      'binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
      // an ill-formed byte past the buffer: the offset counts from the file's start
      'invalid-late.txt': Buffer.concat([Buffer.from('a'.repeat(K + 100)), Buffer.from([0xc3, 0x28]), Buffer.from('tail')]),
      'invalid-early.txt': Buffer.concat([Buffer.from('abc'), Buffer.from([0xff]), Buffer.from('d'.repeat(K))]),
    };
    for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes);
    for (const maxBytes of [0, 1, 10, 3000, K - 1, K, K + 1, 3 * K + 17, 10_000_000]) {
      const fast = await collect(dir, maxBytes, nodeFs);
      expect(fast, `maxBytes ${maxBytes}`).toEqual(await collect(dir, maxBytes, longWay));
      // each article's text is its file's, though the buffer it was read into was read into again
      for (const item of fast) {
        if (item.kind !== 'article') continue;
        const name = path.basename(item.article.file);
        expect(item.article.bytes, name).toBe(files[name]!.length);
        if (!name.startsWith('utf16') && !name.startsWith('bom')) expect(item.article.text, name).toBe(Buffer.from(files[name]!).toString('utf8'));
      }
    }
    const all = await collect(dir, 10_000_000, nodeFs);
    expect(all.map((i) => (i.kind === 'article' ? `article ${path.basename(i.article.file)}` : i.kind === 'error' ? `${i.error.code} ${i.error.message}` : `skipped ${i.reason}`))).toEqual([
      'skipped binary',
      'article bom.txt',
      'skipped empty',
      'article exact.txt',
      `E_ENCODING not valid UTF-8 at byte 3`,
      `E_ENCODING not valid UTF-8 at byte ${K + 100}`,
      'article long.txt',
      'article one.txt',
      'article over.txt',
      'article short.txt',
      'article under.txt',
      'article utf16.txt',
    ]);
  });
});
