// Loads a topic pack and checks it; a broken pack is one line per problem, naming the field.
// A pack may come from a stranger, so it is read through a bounded read (a FIFO, a device or a
// huge file is an error, never a hang) and its cost per word is bounded (see bounds.ts).
import fs from 'node:fs';
import path from 'node:path';
import { errnoWords } from '../errno.js';
import { PackSchema, type Pack } from './schema.js';
import { packProblems } from './bounds.js';
import { DEFAULT_PACK_ID, DEFAULT_PACK_PATH, PACK_DIR } from './builtin.js';
import { PackError } from './errors.js';

export { DEFAULT_PACK_ID, DEFAULT_PACK_PATH, PACK_DIR, PackError };
export { describePackError } from './errors.js';
/** A pack file larger than this is refused unread (the largest built-in pack is about 20 KB). */
export const MAX_PACK_BYTES = 1024 * 1024;

/** The packs that come with the tool, by name (the file name without `.json`). */
export function builtinPacks(): Array<{ name: string; file: string }> {
  return fs.readdirSync(PACK_DIR).filter((f) => f.endsWith('.json')).sort()
    .map((f) => ({ name: f.slice(0, -'.json'.length), file: path.join(PACK_DIR, f) }));
}

/**
 * `--pack X`: a file when X names one, else a built-in pack by name (`congestion-charge`).
 * Relative paths are taken from `cwd`.
 */
export function resolvePack(given: string, cwd: string = process.cwd()): string {
  const file = path.resolve(cwd, given);
  if (fs.existsSync(file)) return file;
  const builtin = builtinPacks().find((p) => p.name === given);
  if (builtin) return builtin.file;
  const names = builtinPacks().map((p) => p.name).join(', ');
  throw new PackError(given, [`no such file, and no built-in pack of that name (built-in packs: ${names})`]);
}

// Keys starting with `//` are comments (the starter pack explains each field with them).
function withoutComments(raw: unknown): unknown {
  if (Array.isArray(raw)) return raw.map(withoutComments);
  if (typeof raw !== 'object' || raw === null) return raw;
  return Object.fromEntries(Object.entries(raw).filter(([k]) => !k.startsWith('//')).map(([k, v]) => [k, withoutComments(v)]));
}

export function parsePack(raw: unknown, file: string): Pack {
  const result = PackSchema.safeParse(withoutComments(raw));
  if (!result.success) {
    throw new PackError(file, result.error.issues.map((issue) => {
      const at = issue.path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
      return `${at || '(root)'}: ${issue.message}`;
    }));
  }
  const problems = packProblems(result.data);
  if (problems.length > 0) throw new PackError(file, problems);
  return result.data;
}

/** The file's bytes, refusing anything but a regular file of at most `maxBytes`. */
function readBounded(file: string, maxBytes: number): Buffer {
  const fail = (problem: string) => new PackError(file, [problem]);
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer must not wait for one
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (err) {
    throw fail(`cannot read: ${errnoWords(err)}`);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw fail('cannot read: is a directory');
    if (!stat.isFile()) throw fail(`cannot read: not a regular file (${stat.isFIFO() ? 'a pipe' : stat.isSocket() ? 'a socket' : 'a device'})`);
    if (stat.size > maxBytes) throw fail(`too large: ${stat.size} bytes (a pack may have at most ${maxBytes})`);
    // read one byte past the limit, in case the file grew since fstat
    const buf = Buffer.alloc(Math.min(maxBytes + 1, stat.size + 1));
    let got = 0;
    for (;;) {
      const n = fs.readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
      if (got === buf.length) break;
    }
    if (got > maxBytes) throw fail(`too large: more than ${maxBytes} bytes`);
    return buf.subarray(0, got);
  } catch (err) {
    if (err instanceof PackError) throw err;
    throw fail(`cannot read: ${errnoWords(err)}`);
  } finally {
    fs.closeSync(fd);
  }
}

/** UTF-8, with or without a BOM; anything else is one line that says what it is. */
function decodePack(bytes: Buffer, file: string): string {
  const fail = (problem: string) => new PackError(file, [problem]);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw fail('the file is UTF-16 or UTF-32 text; save the pack as UTF-8');
  }
  if (bytes.includes(0)) throw fail('the file has NUL bytes (UTF-16 or UTF-32 text, or not text); save the pack as UTF-8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw fail(`not valid UTF-8 (byte ${at}; Latin-1 or Windows-1252 text?); save the pack as UTF-8`);
  }
}

function firstInvalidUtf8(bytes: Buffer): number {
  // the longest prefix that is valid UTF-8, or a valid start of it (a cut character waits)
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try { new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true }); lo = mid; } catch { hi = mid - 1; }
  }
  return lo;
}

/** "Expected ',' ... in JSON at position 120" with the line and column of that position. */
function jsonProblem(err: unknown, text: string): string {
  const message = err instanceof Error ? err.message : String(err);
  const marker = message.indexOf(' in JSON at position ');
  if (marker < 0) return `not valid JSON: ${message}`;
  const pos = Number.parseInt(message.slice(marker + ' in JSON at position '.length), 10);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return `not valid JSON at line ${line}, column ${column}: ${message.slice(0, marker).trim()}`;
}

export function loadPack(file: string = DEFAULT_PACK_PATH, maxBytes = MAX_PACK_BYTES): Pack {
  const text = decodePack(readBounded(file, maxBytes), file);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new PackError(file, [jsonProblem(err, text)]);
  }
  return parsePack(raw, file);
}

/** `--pack X` as the user gave it: a file or a built-in name; problems name X as given. */
export function loadNamedPack(given: string, cwd: string = process.cwd()): Pack {
  const file = resolvePack(given, cwd);
  try {
    return loadPack(file);
  } catch (err) {
    if (err instanceof PackError && err.file === file) throw new PackError(given, err.problems);
    throw err;
  }
}
