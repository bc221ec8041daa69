// A JSONL (NDJSON) archive -> one article a line: {id, text | html, url?, title?, outlet?,
// published?, byline?}, as crawlers and news datasets write them.
//
// The archive is streamed: bytes are split into lines as they come, each line is decoded,
// parsed and handed on before the next is read, so memory holds one line (at most maxBytes;
// a longer line is skipped unread) whatever the archive's size. A bad line is one error naming
// `file:line`; the lines after it are read as usual.
import { z } from 'zod';
import type { ArticleMeta, InputError } from '../schema.js';
import { SCHEMA_VERSION } from '../record-values.js';
import type { InputItem } from './read.js';
import { isoDate } from './dates.js';

const NEWLINE = 0x0a;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

const Field = z.string().nullable().optional();
const RecordSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).optional(),
  text: z.string().optional(),
  html: z.string().optional(),
  url: Field,
  title: Field,
  outlet: Field,
  published: Field,
  byline: Field,
});

/** How a record's HTML becomes text; the DOM is loaded only when an archive holds HTML. */
export type HtmlReader = (html: string) => Promise<{ text: string; meta: ArticleMeta } | undefined>;

export interface JsonlOptions {
  /** the archive as the user named it (`-` for stdin) */
  shown: string;
  /** the archive's own id: a record without an id is `<archive id>-<line>` */
  archiveId: string;
  maxBytes: number;
  html: HtmlReader;
}

/** Each line of the stream as an article, an error, or a skipped blank record. */
export async function* readJsonl(stream: AsyncIterable<Uint8Array | string>, opts: JsonlOptions): AsyncGenerator<InputItem> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let tooLong = false;
  let lineNo = 0;
  const take = async function* (): AsyncGenerator<InputItem> {
    lineNo++;
    const long = tooLong;
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    parts = [];
    size = 0;
    tooLong = false;
    if (long) yield lineError(opts.shown, lineNo, `line too large (limit ${opts.maxBytes} bytes)`, 'E_TOO_LARGE');
    else yield* lineItems(bytes, lineNo, opts);
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    while (from <= buf.length) {
      const nl = buf.indexOf(NEWLINE, from);
      const end = nl === -1 ? buf.length : nl;
      if (!tooLong && end > from) {
        size += end - from;
        if (size > opts.maxBytes) {
          tooLong = true;
          parts = [];
        } else parts.push(buf.subarray(from, end));
      }
      if (nl === -1) break;
      yield* take();
      from = nl + 1;
    }
  }
  if (size > 0 || tooLong) yield* take();
}

async function* lineItems(bytes: Uint8Array, lineNo: number, opts: JsonlOptions): AsyncGenerator<InputItem> {
  let line: string;
  try {
    line = utf8.decode(bytes);
  } catch {
    yield lineError(opts.shown, lineNo, 'not valid UTF-8');
    return;
  }
  if (line.trim() === '') return; // a blank line between records is no record
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (err) {
    yield lineError(opts.shown, lineNo, `not JSON: ${(err as Error).message}`);
    return;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    yield lineError(opts.shown, lineNo, 'not a JSON object');
    return;
  }
  const parsed = RecordSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    yield lineError(opts.shown, lineNo, `${issue.message} (at: ${issue.path.join('.')})`);
    return;
  }
  const record = parsed.data;
  if (typeof record.text !== 'string' && typeof record.html !== 'string') {
    yield lineError(opts.shown, lineNo, 'no "text" or "html" field');
    return;
  }
  const published = record.published == null ? null : isoDate(record.published);
  if (record.published != null && published === null) {
    yield lineError(opts.shown, lineNo, `"published" is not a date: ${JSON.stringify(record.published.slice(0, 40))}`);
    return;
  }
  const file = `${opts.shown}:${lineNo}`;
  const id = record.id === undefined ? `${opts.archiveId}-${lineNo}` : String(record.id);
  let text = record.text;
  let page: ArticleMeta | undefined;
  if (typeof text !== 'string') {
    const read = await opts.html(record.html!);
    text = read?.text ?? '';
    page = read?.meta;
  }
  if (text.trim() === '') {
    yield { kind: 'skipped', file, reason: 'empty' };
    return;
  }
  const meta: ArticleMeta = {
    url: record.url ?? page?.url ?? null,
    title: record.title ?? page?.title ?? null,
    outlet: record.outlet ?? page?.outlet ?? null,
    published: published ?? page?.published ?? null,
    byline: record.byline ?? page?.byline ?? null,
  };
  yield { kind: 'article', article: { id, file, text, bytes: bytes.length, meta } };
}

function lineError(shown: string, lineNo: number, message: string, code: InputError['code'] = 'E_BAD_RECORD'): InputItem {
  return { kind: 'error', error: { type: 'error', schemaVersion: SCHEMA_VERSION, code, file: `${shown}:${lineNo}`, message } };
}
