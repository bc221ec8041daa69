// Claims NDJSON (what `claims extract --format ndjson` and `claims queue collect` write) read back
// as articles, so matrix and diff can run anywhere without extracting again. The records come
// from the same reader as `claims report --claims` (claims-file.ts): a line that is not a record
// is named on stderr and counted as a failed input, and reading goes on.
import type { ArticleClaims } from '../diff/summary.js';
import type { Claim } from '../schema.js';
import { describeInputError, UsageError } from '../errors.js';
import { ClaimsFileError, readClaimsFile } from './claims-file.js';

/** A record line longer than this is not one of ours. */
export const MAX_LINE_CHARS = 16 * 1024 * 1024;
/** matrix and diff hold every claim in memory */
export const MAX_CLAIMS_CHARS = 1024 * 1024 * 1024;

interface ReadIo { stdin: NodeJS.ReadableStream; cwd: string; stderr: { write(s: string): unknown } }

/** The articles of a claims file (`-`: standard input), in the order of their first claim, and how many inputs failed. */
export async function readClaimsNdjson(file: string, io: ReadIo): Promise<{ articles: ArticleClaims[]; failed: number }> {
  const byFile = new Map<string, { article: string; file: string; claims: Claim[] }>();
  let failed = 0;
  try {
    for await (const item of readClaimsFile(file, { stdin: io.stdin, cwd: io.cwd, maxLine: MAX_LINE_CHARS, maxTotal: MAX_CLAIMS_CHARS })) {
      if (item.kind === 'problem') { failed++; io.stderr.write(`claims: ${file}:${item.line}: ${item.message}\n`); continue; }
      if (item.kind === 'error') { failed++; io.stderr.write(`${describeInputError(item.error)}\n`); continue; }
      const c = item.claim;
      let article = byFile.get(c.file);
      if (!article) byFile.set(c.file, (article = { article: c.article, file: c.file, claims: [] }));
      article.claims.push(c);
    }
  } catch (err) {
    if (err instanceof ClaimsFileError) throw new UsageError(`--claims ${err.message}`);
    throw err;
  }
  if (byFile.size === 0 && failed === 0) throw new UsageError(`--claims ${file}: no claim records`);
  return { articles: [...byFile.values()], failed };
}

/** For a command that takes articles or --claims: the articles of the claims file. */
export async function articlesFromClaims(command: string, paths: string[], file: string | undefined, io: ReadIo): Promise<{ articles: ArticleClaims[]; failed: number }> {
  if (file === undefined) throw new UsageError(`give article paths, or --claims FILE`);
  if (paths.length > 0) throw new UsageError(`give article paths or --claims, not both; see 'claims ${command} --help'`);
  return readClaimsNdjson(file, io);
}

/** The article a user names among those of a claims file: its file as recorded, its id, or a prefix only one id has. */
export function pickArticle(articles: ArticleClaims[], name: string, shown: string): ArticleClaims {
  const exact = articles.filter((a) => a.file === name || a.article === name);
  const found = exact.length > 0 ? exact : articles.filter((a) => a.article.startsWith(name));
  if (found.length === 1) return found[0]!;
  if (found.length === 0) throw new UsageError(`no article "${name}" in --claims ${shown}`);
  throw new UsageError(`"${name}" names ${found.length} articles in --claims ${shown}: ${found.slice(0, 5).map((a) => a.file).join(', ')}${found.length > 5 ? ', ...' : ''}`);
}
