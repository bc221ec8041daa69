// Claims NDJSON (what `claims extract --format ndjson` and `claims queue collect` write) read back
// as articles, so matrix and diff can run anywhere without extracting again. Lines are read one at
// a time with a bound on their length; a line that is not a record is one error naming its line.
import { createReadStream } from 'node:fs';
import * as path from 'node:path';
import { ClaimSchema, InputErrorSchema, type Claim, type InputError } from '../schema.js';
import type { ArticleClaims } from '../diff/summary.js';
import { describeInputError, UsageError } from '../errors.js';

/** A record line longer than this is not one of ours. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

export interface ClaimsRead { articles: ArticleClaims[]; errors: InputError[] }

/** `-` is standard input. Articles come in the order of their first claim. */
export async function readClaimsNdjson(file: string, opts: { stdin: NodeJS.ReadableStream; cwd: string }): Promise<ClaimsRead> {
  const shown = file === '-' ? 'standard input' : file;
  let stream: NodeJS.ReadableStream;
  if (file === '-') stream = opts.stdin;
  else {
    stream = createReadStream(path.resolve(opts.cwd, file));
  }
  const byFile = new Map<string, { article: string; file: string; claims: Claim[] }>();
  const errors: InputError[] = [];
  let n = 0;
  try {
    for await (const line of linesOf(stream, shown)) {
      n++;
      if (line.trim() === '') continue;
      const record = parseRecord(line, shown, n);
      if ('code' in record) { errors.push(record); continue; }
      let article = byFile.get(record.file);
      if (!article) byFile.set(record.file, (article = { article: record.article, file: record.file, claims: [] }));
      article.claims.push(record);
    }
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`--claims ${shown}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? String(err)})`}`);
  }
  return { articles: [...byFile.values()], errors };
}

function parseRecord(line: string, shown: string, n: number): Claim | InputError {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    throw new UsageError(`--claims ${shown}:${n}: not JSON; expected the output of 'claims extract --format ndjson'`);
  }
  const isError = typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'error';
  const parsed = isError ? InputErrorSchema.safeParse(raw) : ClaimSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new UsageError(`--claims ${shown}:${n}: not a claim record: ${issue.message} (at: ${issue.path.join('.') || '(root)'})`);
}

async function* linesOf(stream: NodeJS.ReadableStream, shown: string): AsyncGenerator<string> {
  let pending = '';
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of stream) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
    let from = 0;
    let nl: number;
    while ((nl = pending.indexOf('\n', from)) >= 0) {
      yield pending.slice(from, nl);
      from = nl + 1;
    }
    pending = pending.slice(from);
    if (pending.length > MAX_LINE_BYTES) throw new UsageError(`--claims ${shown}: a line longer than ${MAX_LINE_BYTES} bytes; not claims NDJSON`);
  }
  pending += decoder.decode();
  if (pending !== '') yield pending;
}

/** For a command that takes articles or --claims: the articles of the claims file; input errors in it are reported and counted. */
export async function articlesFromClaims(command: string, paths: string[], file: string | undefined, io: { stdin: NodeJS.ReadableStream; cwd: string; stderr: { write(s: string): unknown } }): Promise<{ articles: ArticleClaims[]; failed: number }> {
  if (file === undefined) throw new UsageError(`give article paths, or --claims FILE; see 'claims ${command} --help'`);
  if (paths.length > 0) throw new UsageError(`give article paths or --claims, not both; see 'claims ${command} --help'`);
  const read = await readClaimsNdjson(file, io);
  for (const e of read.errors) io.stderr.write(`${describeInputError(e)}\n`);
  return { articles: read.articles, failed: read.errors.length };
}

/** The article a user names among those of a claims file: its file as recorded, its id, or a prefix only one id has. */
export function pickArticle(articles: ArticleClaims[], name: string, shown: string): ArticleClaims {
  const exact = articles.filter((a) => a.file === name || a.article === name);
  const found = exact.length > 0 ? exact : articles.filter((a) => a.article.startsWith(name));
  if (found.length === 1) return found[0]!;
  if (found.length === 0) throw new UsageError(`no article "${name}" in --claims ${shown}`);
  throw new UsageError(`"${name}" names ${found.length} articles in --claims ${shown}: ${found.slice(0, 5).map((a) => a.file).join(', ')}${found.length > 5 ? ', ...' : ''}`);
}
