// An article's NDJSON lines, made where the article was extracted (a worker thread, or the main
// thread with --jobs 1), with the person names on each line. The main thread then only renames
// people to the run's fullest name and writes: a string crosses between threads as one copy,
// where a structured clone of the claims cost more than rendering them (see pipeline.ts). The
// lines are one string, and what goes with them flat arrays, not an array a line: a worker's
// postMessage of one article's arrays of arrays cost it 4% of its time, and the main thread as
// much to take them apart and join them again.
import type { Claim } from '../schema.js';
import { claimPredicate, hasFilter, type ClaimFilter } from './filter.js';
import { ClaimJson } from './claims-ndjson.js';

export interface ArticleLines {
  /** one NDJSON record a claim, each ending in a newline, in sentence order, as one string */
  text: string;
  /** where each line ends in `text` (the offset after its newline) */
  ends: number[];
  /** the names the run may rename (people, as speakers or carriers), line after line */
  persons: string[];
  /** where each of those names stands in `text`: the offset of its JSON-escaped text */
  slots: number[];
  /** per line, how many of `persons` it names */
  counts: number[];
  /** each person's personKey and givenNameOf, two a person (see NameBook.learnKeyed) */
  keys: string[];
  /** how many of the article's sentences the discourse keeps on the topic */
  onTopic: number;
}

/** A person's keys in the run's name book: personKey, then givenNameOf (see workers/job.ts). */
export type NameKeys = (name: string) => readonly [string, string];

export function renderLines(claims: Claim[], keysOf: NameKeys): ArticleLines {
  // (arrays filled by push, as extract/arrays.ts explains: map's results are of two hidden classes)
  let text = '';
  const ends: number[] = [];
  const persons: string[] = [];
  const slots: number[] = [];
  const counts: number[] = [];
  const keys: string[] = [];
  const writer = new ClaimJson();
  let onTopic = 0;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    const from = persons.length;
    let line = writer.line(c, text.length, persons, slots);
    if (line === null) {
      line = JSON.stringify(c);
      const names = personsOf(c);
      const at = personSlots(line, names, c.via?.kind === 'person');
      for (let n = 0; n < names.length; n++) {
        persons.push(names[n]!);
        slots.push(text.length + at[n]!);
      }
    }
    for (let n = from; n < persons.length; n++) {
      const [key, given] = keysOf(persons[n]!);
      keys.push(key, given);
    }
    counts.push(persons.length - from);
    text += line + '\n';
    ends.push(text.length);
    if (c.onTopic) onTopic++;
  }
  return { text, ends, persons, slots, counts, keys, onTopic };
}

/** The article's lines one by one, each with its newline. */
export function linesIn(article: ArticleLines): string[] {
  const lines: string[] = [];
  let from = 0;
  for (const end of article.ends) {
    lines.push(article.text.slice(from, end));
    from = end;
  }
  return lines;
}

/** Each line with its people and where they stand on it (offsets into the line, as personSlots gives). */
export function* eachLine(article: ArticleLines): Generator<{ line: string; persons: string[]; slots: number[] }> {
  let from = 0;
  let p = 0;
  for (let k = 0; k < article.ends.length; k++) {
    const end = article.ends[k]!;
    const n = article.counts[k]!;
    const persons = article.persons.slice(p, p + n);
    const slots = article.slots.slice(p, p + n).map((s) => s - from);
    yield { line: article.text.slice(from, end), persons, slots };
    from = end;
    p += n;
  }
}

/** Another part of the same article after `a` (see workers/job.ts): offsets move by a's length. */
export function appendLines(a: ArticleLines, b: ArticleLines): void {
  const shift = a.text.length;
  a.text += b.text;
  for (const e of b.ends) a.ends.push(e + shift);
  for (const p of b.persons) a.persons.push(p);
  for (const s of b.slots) a.slots.push(s + shift);
  for (const c of b.counts) a.counts.push(c);
  for (const k of b.keys) a.keys.push(k);
  a.onTopic += b.onTopic;
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

/** The run's name book (src/names.ts), as this module uses it. */
interface Names { fullest(name: string): string; apply(claims: Claim[]): Claim[] }

/**
 * The lines to write, after the book has learned this article's people: a line naming nobody the
 * run knows by a fuller name is kept as it is; in any other the fuller names are spliced in at
 * their slots, which gives the bytes the renamed claims would. Only a filter reads a line back
 * (it tests the record's fields). Without a filter and with nobody renamed, the article's text
 * is written as it came, in one piece.
 */
export function finishLines(article: ArticleLines, names: Names, filter: ClaimFilter): { text: string; shown: number } {
  if (!hasFilter(filter) && article.persons.every((n) => names.fullest(n) === n)) return { text: article.text, shown: article.ends.length };
  const finish = lineFinisher(names, filter);
  let text = '';
  let shown = 0;
  for (const { line, persons, slots } of eachLine(article)) {
    const done = finish(line, persons, slots);
    if (done === null) continue;
    text += done;
    shown++;
  }
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
  for (const line of linesIn(article)) parsed.push(JSON.parse(line) as Claim);
  return names.apply(parsed).filter(keep);
}
