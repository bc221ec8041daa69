// An article's NDJSON lines, made where the article was extracted (a worker thread, or the main
// thread with --jobs 1), with the person names on each line. The main thread then only renames
// people to the run's fullest name and writes: a string crosses between threads as one copy,
// where a structured clone of the claims cost more than rendering them (see pipeline.ts).
import type { Claim } from '../schema.js';
import { claimPredicate, hasFilter, type ClaimFilter } from './filter.js';
import { ndjsonFormatter } from './claims-ndjson.js';

export interface ArticleLines {
  /** one NDJSON record a claim, each ending in a newline, in sentence order */
  lines: string[];
  /** the names on each line that the run may rename (people, as speakers or carriers) */
  persons: string[][];
  /** where on its line each of those names stands: the offset of its JSON-escaped text */
  slots: number[][];
  /** how many of the article's sentences the discourse keeps on the topic */
  onTopic: number;
}

export function renderLines(claims: Claim[]): ArticleLines {
  // (arrays filled by push, as extract/arrays.ts explains: map's results are of two hidden classes)
  const lines: string[] = [];
  const persons: string[][] = [];
  const slots: number[][] = [];
  let onTopic = 0;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    const line = ndjsonFormatter.claim(c, k);
    const names = personsOf(c);
    lines.push(line);
    persons.push(names);
    slots.push(personSlots(line, names, c.via?.kind === 'person'));
    if (c.onTopic) onTopic++;
  }
  return { lines, persons, slots, onTopic };
}

/** A string as it stands inside a JSON string. */
const escaped = (s: string) => JSON.stringify(s).slice(1, -1);

/**
 * Where each person's name stands in a claim's JSON (JSON.stringify of a record: see ClaimSchema's
 * key order), found, not parsed: a quotation mark inside a JSON string is always escaped, so
 * `,"speakers":[`, `{"name":"…","kind":"person"` and `,"via":{"name":"` can only be the record's
 * own keys, and nothing before `speakers` holds an object.
 */
export function personSlots(json: string, persons: readonly string[], viaIsPerson: boolean): number[] {
  const slots: number[] = [];
  if (!persons.length) return slots;
  let at = json.indexOf(',"speakers":[');
  const speakers = viaIsPerson ? persons.length - 1 : persons.length;
  for (let k = 0; k < speakers; k++) {
    const key = `{"name":"${escaped(persons[k]!)}","kind":"person"`;
    at = json.indexOf(key, at);
    if (at < 0) throw new Error(`a person's name is not where a claim's JSON puts it: ${persons[k]}`);
    slots.push(at + 9);
    at += key.length;
  }
  if (viaIsPerson) {
    at = json.indexOf(',"via":{"name":"', at);
    if (at < 0) throw new Error('the carrier is not where a claim\'s JSON puts it');
    slots.push(at + 16);
  }
  return slots;
}

/** The line with each person named as `rename` says, spliced in at its slot: no parse, no new render. */
export function renamedLine(line: string, persons: readonly string[], slots: readonly number[], rename: (name: string) => string): string {
  let out = '';
  let from = 0;
  persons.forEach((name, k) => {
    const at = slots[k]!;
    out += line.slice(from, at) + escaped(rename(name));
    from = at + escaped(name).length;
  });
  return out + line.slice(from);
}

/** The names on a claim that the run may rename (people, as speakers or carriers). */
export function personsOf(c: Claim): string[] {
  const names: string[] = [];
  for (const s of c.speakers) if (s.kind === 'person') names.push(s.name);
  if (c.via?.kind === 'person') names.push(c.via.name);
  return names;
}

/**
 * The lines to write, after the book has learned this article's people: a line naming nobody the
 * run knows by a fuller name is kept as it is; in any other the fuller names are spliced in at
 * their slots, which gives the bytes the renamed claims would. Only a filter reads a line back
 * (it tests the record's fields).
 */
/** The run's name book (src/names.ts), as this module uses it. */
interface Names { fullest(name: string): string; apply(claims: Claim[]): Claim[] }

export function finishLines(article: ArticleLines, names: Names, filter: ClaimFilter): { text: string; shown: number } {
  const finish = lineFinisher(names, filter);
  let text = '';
  let shown = 0;
  article.lines.forEach((line, k) => {
    const done = finish(line, article.persons[k]!, article.slots[k]!);
    if (done === null) return;
    text += done;
    shown++;
  });
  return { text, shown };
}

/**
 * One line as it is written: null when the filter drops it (only a filter reads a line back),
 * else the line itself, or with the run's fuller names spliced in where they stand.
 */
export function lineFinisher(names: Names, filter: ClaimFilter): (line: string, persons: readonly string[], slots: readonly number[]) => string | null {
  const filtering = hasFilter(filter);
  const keep = claimPredicate(filter);
  const fullest = (n: string) => names.fullest(n);
  return (line, persons, slots) => {
    if (filtering && !keep(names.apply([JSON.parse(line) as Claim])[0]!)) return null;
    return persons.every((n) => fullest(n) === n) ? line : renamedLine(line, persons, slots, fullest);
  };
}

/** An article's claims back from its lines, renamed to the run's fullest names and filtered. */
export function claimsFromLines(article: ArticleLines, names: Names, keep: (c: Claim) => boolean): Claim[] {
  const parsed: Claim[] = [];
  for (const line of article.lines) parsed.push(JSON.parse(line) as Claim);
  return names.apply(parsed).filter(keep);
}
