// Paths, directories and stdin -> one InputItem at a time.
//
// Error convention: `error.file` holds the path as the user would recognise it (what they typed,
// joined with the walked part, forward slashes; `-` for stdin) and `error.message` holds only the
// cause: one line, starting lower-case, no stack, no path. The CLI renders `${file}: ${message}`,
// e.g. `corpus/x.txt: not valid UTF-8 at byte 1234`.
//
// Nothing here throws for a bad input: every failure is yielded and the next input is read.
// Articles are read only when it is their turn, so a huge archive is never in memory at once.
import * as fs from 'node:fs';
import { createReadStream } from 'node:fs';
import * as path from 'node:path';
import type { ArticleMeta, ErrorCode, InputError } from '../schema.js';
import { NO_META, SCHEMA_VERSION } from '../record-values.js';
import { BINARY_SNIFF_BYTES, binaryOffset, decode } from './decode.js';
import { UsageError } from '../errors.js';
import { errnoCode, errnoWords } from '../errno.js';

export interface Article {
  /** The file name without its extension; `stdin` for standard input. */
  id: string;
  /** Path as the user wrote it, joined with the walked part, with forward slashes; `-` for stdin. */
  file: string;
  /** Decoded text, BOM removed. */
  text: string;
  /** Size of the raw input in bytes (BOM included). */
  bytes: number;
  /** Address, title, outlet, date, byline: from a page's meta tags or an archive's record; null where unknown. */
  meta: ArticleMeta;
}

/** How an input is read: `auto` goes by the file's extension (standard input is text). */
export type InputFormat = 'auto' | 'text' | 'html' | 'ndjson';
export const INPUT_FORMATS: readonly InputFormat[] = ['auto', 'text', 'html', 'ndjson'];

export type InputItem =
  | { kind: 'article'; article: Article }
  | { kind: 'error'; error: InputError }
  | { kind: 'skipped'; file: string; reason: 'binary' | 'empty' };

export interface ReadOptions {
  maxBytes: number;
  stdin: NodeJS.ReadableStream;
  cwd: string;
  /** The file system; tests inject failures (as root, chmod cannot make a file unreadable). */
  fs?: InputFs;
  /** `--input`: how standard input, and files whose extension says nothing, are read */
  input?: InputFormat;
}

export interface FileStat {
  size: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

export interface DirEntry {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

export interface InputFs {
  /** Follows symbolic links. */
  stat(file: string): Promise<FileStat>;
  readdir(dir: string): Promise<DirEntry[]>;
  readFile(file: string): Promise<Uint8Array>;
  realpath(file: string): Promise<string>;
  /** For named inputs that are neither file nor directory, e.g. `<(cmd)` pipes. */
  openStream(file: string): NodeJS.ReadableStream;
}

// Synchronous calls behind a promise: an archive is thousands of small files, and a trip
// through libuv's thread pool for each stat and read cost more than the read itself.
const settle = <T>(f: () => T): Promise<T> => {
  try {
    return Promise.resolve(f());
  } catch (err) {
    return Promise.reject(err);
  }
};

export const nodeFs: InputFs = {
  stat: (file) => settle(() => fs.statSync(file)),
  readdir: (dir) => settle(() => fs.readdirSync(dir, { withFileTypes: true })),
  readFile: (file) => settle(() => fs.readFileSync(file)),
  realpath: (file) => settle(() => fs.realpathSync(file)),
  openStream: (file) => createReadStream(file),
};

const ARTICLE_EXT = /\.(txt|md|html?|jsonl|ndjson)$/i;
const HTML_EXT = /\.html?$/i;
const JSONL_EXT = /\.(jsonl|ndjson)$/i;
const STDIN_ID = 'stdin';

interface Ctx {
  fs: InputFs;
  maxBytes: number;
  input: InputFormat;
}

/** html, ndjson or text, by the extension, else by --input. */
function formatOf(shown: string, ctx: Ctx): Exclude<InputFormat, 'auto'> {
  if (HTML_EXT.test(shown)) return 'html';
  if (JSONL_EXT.test(shown)) return 'ndjson';
  if (ARTICLE_EXT.test(shown)) return 'text';
  return ctx.input === 'auto' ? 'text' : ctx.input;
}

/**
 * Reads every path in order; `-` is standard input. Directories are walked in sorted order.
 * Article ids are unique within a run (see uniqueId). `-` named twice is a usage error: standard
 * input can be read once, and a second, empty article would be a lie.
 */
export async function* readInputs(paths: string[], opts: ReadOptions): AsyncGenerator<InputItem> {
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('- (standard input) is named more than once; it can be read only once');
  const ids = new Set<string>();
  for await (const item of readAll(paths, opts)) {
    if (item.kind === 'article') item.article.id = uniqueId(item.article, ids);
    yield item;
  }
}

/**
 * `x` for `a/x.txt`, as long as no earlier article of the run is `x`; then the path as given
 * without its extension (`b/x`), then with it (`b/x.md` beside `b/x.txt`), then numbered (a file
 * named twice). Plain ids stay plain, so a run of unique names prints what it always printed.
 */
function uniqueId(article: Article, ids: Set<string>): string {
  const candidates = [article.id, article.file.replace(ARTICLE_EXT, ''), article.file];
  let id = candidates.find((c) => !ids.has(c));
  for (let k = 2; id === undefined; k++) if (!ids.has(`${article.file}~${k}`)) id = `${article.file}~${k}`;
  ids.add(id);
  return id;
}

async function* readAll(paths: string[], opts: ReadOptions): AsyncGenerator<InputItem> {
  const ctx: Ctx = { fs: opts.fs ?? nodeFs, maxBytes: opts.maxBytes, input: opts.input ?? 'auto' };
  for (const given of paths) {
    if (given === '-') {
      if (ctx.input === 'ndjson') yield* archive(opts.stdin, '-', STDIN_ID, ctx);
      else yield await readStream(() => opts.stdin, '-', STDIN_ID, ctx, ctx.input === 'html');
      continue;
    }
    yield* readPath(path.resolve(opts.cwd, given), toShown(given), ctx);
  }
}

async function* readPath(abs: string, shown: string, ctx: Ctx): AsyncGenerator<InputItem> {
  let st: FileStat;
  try {
    st = await ctx.fs.stat(abs);
  } catch (err) {
    yield fsError(err, shown);
    return;
  }
  if (st.isDirectory()) {
    yield* readDirectory(abs, shown, ctx);
  } else if (formatOf(shown, ctx) === 'ndjson') {
    yield* archiveFile(abs, shown, ctx);
  } else if (st.isFile()) {
    yield await readFile(abs, shown, true, ctx, st);
  } else {
    yield await readStream(() => ctx.fs.openStream(abs), shown, articleId(shown), ctx, formatOf(shown, ctx) === 'html');
  }
}

async function* readDirectory(abs: string, shown: string, ctx: Ctx): AsyncGenerator<InputItem> {
  const walk: Walk = { visited: new Set(), candidates: 0, failed: false };
  yield* walkDirectory(abs, shown, ctx, walk);
  // a folder that could not be listed is the one failure to report, not also "no articles"
  if (walk.candidates === 0 && !walk.failed) {
    yield inputError('E_NO_ARTICLES', shown, 'no .txt, .md, .html, .jsonl or .ndjson files found');
  }
}

interface Walk {
  /** Real paths of the directories entered, so a symlink loop is walked once. */
  visited: Set<string>;
  /** Article-named files met, whatever became of them. */
  candidates: number;
  /** A folder of the walk could not be listed. */
  failed: boolean;
}

type Listed =
  | { type: 'dir' | 'file'; name: string }
  | { type: 'error'; name: string; error: unknown };

async function* walkDirectory(abs: string, shown: string, ctx: Ctx, walk: Walk): AsyncGenerator<InputItem> {
  let listed: Listed[];
  try {
    const real = await ctx.fs.realpath(abs);
    if (walk.visited.has(real)) return;
    walk.visited.add(real);
    listed = await listDirectory(abs, ctx);
  } catch (err) {
    walk.failed = true;
    yield fsError(err, shown);
    return;
  }
  for (const entry of listed) {
    const childAbs = path.join(abs, entry.name);
    const childShown = joinShown(shown, entry.name);
    if (entry.type === 'dir') {
      yield* walkDirectory(childAbs, childShown, ctx, walk);
      continue;
    }
    walk.candidates += 1;
    if (entry.type === 'error') yield fsError(entry.error, childShown, true);
    else if (JSONL_EXT.test(entry.name)) yield* archiveFile(childAbs, childShown, ctx);
    else yield await readFile(childAbs, childShown, false, ctx);
  }
}

/**
 * The walkable entries of one directory, sorted so that the whole walk comes out in code-point
 * order of the full relative path: a directory sorts as `name/`, which is where its descendants
 * fall among its siblings (`a-b.txt` < `a/x.txt` because '-' < '/').
 */
async function listDirectory(abs: string, ctx: Ctx): Promise<Listed[]> {
  const listed: Listed[] = [];
  for (const entry of await ctx.fs.readdir(abs)) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const item = await classify(entry, abs, ctx);
    if (item) listed.push(item);
  }
  // UTF-8 byte order is code-point order (JS string order is UTF-16 code-unit order).
  const keyed = listed.map((e) => ({ e, key: Buffer.from(e.type === 'dir' ? `${e.name}/` : e.name, 'utf8') }));
  return keyed.sort((a, b) => Buffer.compare(a.key, b.key)).map(({ e }) => e);
}

/** Keeps directories and article files, following symbolic links; pipes, sockets and devices are left out. */
async function classify(entry: DirEntry, dir: string, ctx: Ctx): Promise<Listed | undefined> {
  const isArticle = ARTICLE_EXT.test(entry.name);
  if (entry.isDirectory()) return { type: 'dir', name: entry.name };
  if (entry.isFile()) return isArticle ? { type: 'file', name: entry.name } : undefined;
  if (!entry.isSymbolicLink()) return undefined;
  try {
    const st = await ctx.fs.stat(path.join(dir, entry.name));
    if (st.isDirectory()) return { type: 'dir', name: entry.name };
    return st.isFile() && isArticle ? { type: 'file', name: entry.name } : undefined;
  } catch (error) {
    // A broken link we cannot classify; worth a word only if it looks like an article.
    return isArticle ? { type: 'error', name: entry.name, error } : undefined;
  }
}

async function readFile(abs: string, shown: string, named: boolean, ctx: Ctx, known?: FileStat): Promise<InputItem> {
  try {
    let bytes: Uint8Array;
    if (!known && ctx.fs === nodeFs) {
      const read = readOpened(abs, ctx.maxBytes);
      if ('size' in read) return tooLarge(shown, String(read.size), ctx);
      bytes = read.bytes;
    } else {
      const st = known ?? (await ctx.fs.stat(abs));
      if (st.size > ctx.maxBytes) return tooLarge(shown, String(st.size), ctx);
      bytes = await ctx.fs.readFile(abs);
    }
    // The file may have grown since stat.
    if (bytes.length > ctx.maxBytes) return tooLarge(shown, String(bytes.length), ctx);
    return await fromBytes(bytes, shown, articleId(shown), named, formatOf(shown, ctx) === 'html');
  } catch (err) {
    return fsError(err, shown);
  }
}

/**
 * A walked file on the real file system, opened once and read into one buffer kept for all of
 * them: a file shorter than the buffer (most articles) costs an open, one read and a close, with
 * no stat of its path, no fstat (readFileSync of an open file takes its size again) and no buffer
 * of its own. A longer file's size (fstat) says whether it is too large before the rest is read.
 * What a stat, then a read, would report is kept: a file too large says so even when it cannot
 * be opened. (An injected file system, in tests, goes the long way: stat, then readFile.)
 *
 * The bytes of a short file are the shared buffer's: the caller must decode them before it next
 * reads a file or yields (readFile decodes them before its first await).
 */
function readOpened(abs: string, maxBytes: number): { bytes: Uint8Array } | { size: number } {
  let fd: number;
  try {
    fd = fs.openSync(abs, 'r');
  } catch (err) {
    const size = fs.statSync(abs).size;
    if (size > maxBytes) return { size };
    throw err;
  }
  try {
    const buffer = (shared ??= Buffer.allocUnsafe(SHARED_BYTES));
    const head = fs.readSync(fd, buffer, 0, SHARED_BYTES, null);
    // the whole file: a read of a regular file returns less than asked only at its end
    if (head < SHARED_BYTES) return head > maxBytes ? { size: head } : { bytes: buffer.subarray(0, head) };
    const size = fs.fstatSync(fd).size;
    if (size > maxBytes) return { size };
    // the rest, from where the first read stopped
    return { bytes: Buffer.concat([buffer, fs.readFileSync(fd)]) };
  } finally {
    fs.closeSync(fd);
  }
}

/** Bytes read at once into the shared buffer: an article is a few kilobytes. */
const SHARED_BYTES = 64 * 1024;
let shared: Buffer | undefined;

/** Standard input and pipes: no size up front, so stop reading once past the limit. */
async function readStream(open: () => NodeJS.ReadableStream, shown: string, id: string, ctx: Ctx, html = false): Promise<InputItem> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let sniffed = false;
  try {
    for await (const chunk of open()) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      total += bytes.length;
      chunks.push(bytes);
      // a device such as /dev/zero never ends: what it is shows in its first bytes
      if (!sniffed && total >= BINARY_SNIFF_BYTES) {
        sniffed = true;
        const nul = binaryOffset(Buffer.concat(chunks));
        if (nul !== -1) return inputError('E_BINARY', shown, `binary file (NUL byte at byte ${nul})`);
      }
      if (total > ctx.maxBytes) return tooLarge(shown, `more than ${ctx.maxBytes}`, ctx);
    }
  } catch (err) {
    return fsError(err, shown);
  }
  return fromBytes(Buffer.concat(chunks), shown, id, true, html);
}

/** An archive file, streamed line by line: never read whole, so it has no size limit (its lines do). */
async function* archiveFile(abs: string, shown: string, ctx: Ctx): AsyncGenerator<InputItem> {
  let stream: NodeJS.ReadableStream;
  try {
    stream = ctx.fs.openStream(abs);
    // an open that fails (not found, a directory) fails on the first read, inside archive()
  } catch (err) {
    yield fsError(err, shown);
    return;
  }
  yield* archive(stream, shown, articleId(shown), ctx);
}

async function* archive(stream: NodeJS.ReadableStream, shown: string, id: string, ctx: Ctx): AsyncGenerator<InputItem> {
  try {
    // loaded for an archive only: its record schema needs zod, which a run on text files never loads
    const { readJsonl } = await import('./jsonl.js');
    yield* readJsonl(stream as AsyncIterable<Uint8Array | string>, { shown, archiveId: id, maxBytes: ctx.maxBytes, html: readHtml });
  } catch (err) {
    yield fsError(err, shown);
  }
}

/** The DOM and Readability load on the first page: text-only runs never pay for them. */
async function readHtml(html: string): Promise<{ text: string; meta: ArticleMeta } | undefined> {
  const { pageArticle } = await import('./html.js');
  return pageArticle(html);
}

async function fromBytes(bytes: Uint8Array, shown: string, id: string, named: boolean, html = false): Promise<InputItem> {
  const decoded = decode(bytes);
  switch (decoded.kind) {
    case 'binary':
      // In a walk a stray binary file is expected noise; named on the command line it is a mistake.
      if (!named) return { kind: 'skipped', file: shown, reason: 'binary' };
      return inputError('E_BINARY', shown, `binary file (NUL byte at byte ${decoded.offset})`);
    case 'invalid':
      return inputError('E_ENCODING', shown, `not valid ${encodingName(decoded.encoding)} at byte ${decoded.offset}`);
    case 'unsupported':
      return inputError('E_ENCODING', shown, `${decoded.encoding} is not supported (byte order mark at byte 0); save it as UTF-8`);
    case 'text': {
      if (decoded.text.trim() === '') return { kind: 'skipped', file: shown, reason: 'empty' };
      if (!html) return { kind: 'article', article: { id, file: shown, text: decoded.text, bytes: bytes.length, meta: { ...NO_META } } };
      const page = await readHtml(decoded.text);
      if (!page) return { kind: 'skipped', file: shown, reason: 'empty' };
      return { kind: 'article', article: { id, file: shown, text: page.text, bytes: bytes.length, meta: page.meta } };
    }
  }
}

function tooLarge(shown: string, size: string, ctx: Ctx): InputItem {
  return inputError('E_TOO_LARGE', shown, `too large: ${size} bytes (limit ${ctx.maxBytes})`);
}

function inputError(code: ErrorCode, file: string, message: string): InputItem {
  return { kind: 'error', error: { type: 'error', schemaVersion: SCHEMA_VERSION, code, file, message } };
}

/** ENOENT is "not found"; every other OS failure is "could not read", with the cause in words. */
function fsError(err: unknown, shown: string, brokenLink = false): InputItem {
  const code = errnoCode(err);
  if (code === 'ENOENT') {
    return inputError('E_NOT_FOUND', shown, brokenLink ? 'broken symbolic link: no such file or directory' : 'no such file or directory');
  }
  return inputError('E_READ', shown, errnoWords(err));
}

function encodingName(encoding: string): string {
  return encoding === 'utf-8' ? 'UTF-8' : encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
}

/** What the user typed, with forward slashes. */
function toShown(given: string): string {
  return path.sep === '/' ? given : given.split(path.sep).join('/');
}

function joinShown(dir: string, name: string): string {
  return dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
}

function articleId(shown: string): string {
  return path.posix.parse(shown).name;
}
