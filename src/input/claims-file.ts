// A claims NDJSON file (what `claims extract --format ndjson` writes) read back as records, so a
// report can be made without extracting again. One record a line; input-error records pass
// through as errors; any other line is a problem named by its line number, and reading goes on.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { ClaimSchema, ErrorCodeSchema, SCHEMA_VERSION, type Claim, type InputError } from '../schema.js';

export type ClaimsFileItem =
  | { kind: 'claim'; claim: Claim }
  | { kind: 'error'; error: InputError }
  | { kind: 'problem'; line: number; message: string };

export interface ClaimsFileOptions {
  stdin: NodeJS.ReadableStream;
  cwd: string;
  /** the longest line accepted, in characters */
  maxLine: number;
  /** the most characters read in all */
  maxTotal: number;
}

/** The file cannot be read at all (missing, a directory, too large): one line, exit 2. */
export class ClaimsFileError extends Error {
  constructor(readonly file: string, cause: string) {
    super(`${file}: ${cause}`);
    this.name = 'ClaimsFileError';
  }
}

// Any schemaVersion and any extra keys (meta, findings, type): records of older and newer runs
// are read; only the keys the report needs are checked.
const ClaimRecord = ClaimSchema.omit({ schemaVersion: true }).extend({ schemaVersion: z.number().int() }).loose();
const ErrorRecord = z.object({ type: z.literal('error'), code: ErrorCodeSchema, file: z.string(), message: z.string() }).loose();

async function* linesOf(stream: NodeJS.ReadableStream, file: string, opts: ClaimsFileOptions): AsyncGenerator<string> {
  const tooLong = () => new ClaimsFileError(file, `a line longer than ${opts.maxLine} characters: not claims NDJSON`);
  let pending = '';
  let total = 0;
  stream.setEncoding?.('utf8');
  for await (const chunk of stream as AsyncIterable<string | Buffer>) {
    const s = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    total += s.length;
    if (total > opts.maxTotal) throw new ClaimsFileError(file, `more than ${opts.maxTotal} characters of claims; split the run`);
    pending += s;
    let from = 0;
    for (let nl = pending.indexOf('\n'); nl !== -1; nl = pending.indexOf('\n', from)) {
      if (nl - from > opts.maxLine) throw tooLong();
      yield pending.slice(from, nl);
      from = nl + 1;
    }
    pending = pending.slice(from);
    if (pending.length > opts.maxLine) throw tooLong();
  }
  if (pending !== '') yield pending;
}

function itemOf(line: string, n: number): ClaimsFileItem | null {
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { kind: 'problem', line: n, message: 'not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { kind: 'problem', line: n, message: 'not a JSON object' };
  const type = (value as { type?: unknown }).type;
  if (type === 'error') {
    const e = ErrorRecord.safeParse(value);
    if (!e.success) return { kind: 'problem', line: n, message: 'an error record without code, file and message' };
    return { kind: 'error', error: { type: 'error', schemaVersion: SCHEMA_VERSION, code: e.data.code, file: e.data.file, message: e.data.message } };
  }
  if (type !== undefined && type !== 'claim') return { kind: 'problem', line: n, message: `a ${JSON.stringify(type).slice(0, 40)} record, not a claim` };
  const c = ClaimRecord.safeParse(value);
  if (!c.success) {
    const issue = c.error.issues[0]!;
    return { kind: 'problem', line: n, message: `not a claim record: ${issue.message} (at: ${issue.path.join('.') || 'record'})` };
  }
  return { kind: 'claim', claim: c.data as unknown as Claim };
}

/** Records of `file` (or standard input for `-`), one at a time. */
export async function* readClaimsFile(file: string, opts: ClaimsFileOptions): AsyncGenerator<ClaimsFileItem> {
  let stream: NodeJS.ReadableStream;
  if (file === '-') stream = opts.stdin;
  else {
    const full = path.resolve(opts.cwd, file);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch {
      throw new ClaimsFileError(file, 'no such file');
    }
    if (stat.isDirectory()) throw new ClaimsFileError(file, 'a directory, not a claims NDJSON file');
    if (stat.size > opts.maxTotal) throw new ClaimsFileError(file, `larger than ${opts.maxTotal} bytes; split the run`);
    stream = fs.createReadStream(full);
  }
  let n = 0;
  try {
    for await (const line of linesOf(stream, file, opts)) {
      n++;
      const item = itemOf(line, n);
      if (item) yield item;
    }
  } catch (err) {
    if (err instanceof ClaimsFileError) throw err;
    throw new ClaimsFileError(file, `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'read error'})`);
  }
}
