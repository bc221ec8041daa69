// The office-holder table (lexicon/offices.json, and a user's own named by CLAIMS_OFFICES): who
// held which office when, so that "Italy's foreign minister" in an article that never names them
// is the foreign minister of the article's time. Data only: the rules ask it through
// ArticleEntities (entities.ts), which dates the article by the office-holders it names.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lazy } from '../lazy.js';

/** One office-holder's term: `to` is the day the next holder took office, null while in office. */
export interface HolderEntry { name: string; from: string; to: string | null }
/** One office: the country as entities.json's demonyms name it, the phrases that name the office (lower case). */
export interface OfficeEntry { country: string; titles: string[]; holders: HolderEntry[] }
/** A table file (its schema and checks: offices-schema.ts, run by the tests and on a user's table). */
export interface OfficeTable { $comment?: string; asOf: string; offices: OfficeEntry[] }

/** A term of office: who, from which day, to which day (OPEN while in office, a day after every day). */
export interface Term { name: string; from: string; to: string }

/** The table as the rules read it: the terms of an office by country and phrase. */
export interface Offices {
  asOf: string;
  /** `${country}|${phrase}` -> the office's terms */
  byTitle: ReadonlyMap<string, readonly Term[]>;
  /** every term with the words of its office's phrases, to date an article by who it names with a title */
  terms: readonly { term: Term; words: ReadonlySet<string> }[];
}

/** A user's table is bounded: it is read whole at start-up. */
export const MAX_OFFICE_FILE_BYTES = 4 * 1024 * 1024;

const OPEN = '9999-99-99';

/** The text of a table file, bounded; throws one line naming the file. */
export function readOfficeText(path: string, shown: string): string {
  try {
    const size = fs.statSync(path).size;
    if (size > MAX_OFFICE_FILE_BYTES) throw new Error(`larger than ${MAX_OFFICE_FILE_BYTES} bytes`);
    return fs.readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`${shown}: cannot read the office table (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

/** Tables in order of precedence (a user's first) as one lookup. */
export function buildOffices(tables: readonly OfficeTable[]): Offices {
  const byTitle = new Map<string, Term[]>();
  const terms: { term: Term; words: Set<string> }[] = [];
  for (const t of tables) {
    for (const o of t.offices) {
      const list = o.holders.map((h) => ({ name: h.name, from: h.from, to: h.to ?? OPEN }));
      const words = new Set(o.titles.flatMap((p) => p.split(' ')).filter((w) => w !== 'of' && w !== 'top'));
      for (const term of list) terms.push({ term, words });
      for (const p of o.titles) {
        const key = `${o.country}|${p}`;
        if (!byTitle.has(key)) byTitle.set(key, list);
      }
    }
  }
  return { asOf: tables[0]?.asOf ?? OPEN, byTitle, terms };
}

/**
 * The built-in table, after the one CLAIMS_OFFICES names when it is set. Read without zod: the
 * shipped file is checked by the tests, and a user's table was checked before any article was
 * read (checkOwnOffices in offices-schema.ts, called where a command compiles its topic).
 */
export const offices = lazy((): Offices => {
  const shipped = 'src/extract/lexicon/offices.json';
  const builtIn = JSON.parse(readOfficeText(fileURLToPath(new URL(`../../${shipped}`, import.meta.url)), shipped)) as OfficeTable;
  const own = process.env.CLAIMS_OFFICES;
  return buildOffices(own ? [JSON.parse(readOfficeText(own, own)) as OfficeTable, builtIn] : [builtIn]);
});

/** A span of days [from, to), as the article's date is known. */
export type Span = readonly [string, string];

/**
 * The one holder of the office in the whole span, or null (no such office, nobody, or two
 * holders in the span: the reference stays unnamed rather than guess).
 */
export function holderIn(o: Offices, country: string, phrase: string, span: Span): string | null {
  const terms = o.byTitle.get(`${country}|${phrase}`);
  if (!terms) return null;
  let name: string | null = null;
  for (const t of terms) {
    if (t.to <= span[0] || t.from >= span[1]) continue;
    if (name !== null && name !== t.name) return null;
    // the span must lie within this holder's terms, not run past them into a vacancy
    name = t.name;
  }
  if (name === null) return null;
  const covered = terms.filter((t) => t.name === name && t.from <= span[0] && t.to >= span[1]);
  return covered.length ? name : null;
}

/** Intersects two lists of spans. */
export function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const x of a) for (const y of b) {
    const from = x[0] > y[0] ? x[0] : y[0];
    const to = x[1] < y[1] ? x[1] : y[1];
    if (from < to) out.push([from, to]);
  }
  return out;
}

/** The day after an ISO day, as a string (spans end before their last day). */
export function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
