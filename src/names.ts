// One identity across the articles of a run (kept by the run, not by extraction): a person gets the fullest name any article gives
// ("Blinken" and "Antony Blinken", "Zelensky" and "Zelenskyy" are one person).
import type { Claim } from './schema.js';
import type { ArticleClaims } from './diff/summary.js';
import { mapped } from './extract/arrays.js';
import { givenNameOf, isSurnameAlone, personKey, sameGivenName } from './extract/entities.js';

/** how many spellings' keys the book remembers before it starts again */
const MAX_CACHED_KEYS = 50_000;

/** a spelling and how often the run gave it */
type Spellings = Map<string, number>;

/**
 * Persons are told apart by surname and given name: "Barack Obama" and "Michelle Obama" are two,
 * "Antony Blinken" and "Antony J. Blinken" one. A surname alone ("Obama") takes a fuller name only
 * when the run gives one person of that surname; with two it stays as the article wrote it.
 */
export class NameBook {
  /** per surname (personKey): per given name (givenName), each spelling and how often */
  private people = new Map<string, Map<string, Spellings>>();
  /** personKey and givenName of each name met in this run, worked out once */
  private keys = new Map<string, readonly [string, string]>();
  /** per surname: fullest() of each name asked since the book last learned a name of that surname */
  private resolved = new Map<string, Map<string, string>>();

  private keyOf(name: string): readonly [string, string] {
    let key = this.keys.get(name);
    if (key === undefined) {
      if (this.keys.size >= MAX_CACHED_KEYS) this.keys.clear(); // bounded: an archive can hold many names
      this.keys.set(name, (key = [personKey(name), givenNameOf(name)]));
    }
    return key;
  }

  learn(claims: Claim[]): void {
    for (const c of claims) for (const s of c.speakers) if (s.kind === 'person') this.offer(s.name);
    for (const c of claims) if (c.via?.kind === 'person') this.offer(c.via.name);
  }

  /** The same as learn(), from the names alone (the order names are offered in does not matter). */
  learnNames(names: Iterable<string>): void {
    for (const n of names) this.offer(n);
  }

  /**
   * learnNames() with each name's keys (personKey, then givenNameOf: two a name) worked out where
   * the name was extracted, so that this thread needs no lexicon: the main thread of `--jobs`
   * loaded it, and compromise, only to key the names its workers sent.
   */
  learnKeyed(names: readonly string[], keys: readonly string[]): void {
    for (let k = 0; k < names.length; k++) {
      const name = names[k]!;
      if (!this.keys.has(name)) {
        if (this.keys.size >= MAX_CACHED_KEYS) this.keys.clear();
        this.keys.set(name, [keys[2 * k]!, keys[2 * k + 1]!]);
      }
      this.offer(name);
    }
  }

  /** The fullest name learned so far for this person's name. */
  fullest(name: string): string {
    const [key] = this.keyOf(name);
    let bySurname = this.resolved.get(key);
    if (!bySurname) {
      if (this.resolved.size >= MAX_CACHED_KEYS) this.resolved.clear(); // bounded, as the keys are
      this.resolved.set(key, (bySurname = new Map()));
    }
    let out = bySurname.get(name);
    if (out === undefined) bySurname.set(name, (out = this.resolve(name)));
    return out;
  }

  private offer(name: string): void {
    const [key, given] = this.keyOf(name);
    let byGiven = this.people.get(key);
    if (!byGiven) this.people.set(key, (byGiven = new Map()));
    let seen = byGiven.get(given);
    if (!seen) byGiven.set(given, (seen = new Map()));
    seen.set(name, (seen.get(name) ?? 0) + 1);
    this.resolved.delete(key);
  }

  /**
   * The spellings of the one person this name can be, or none when it can be two: the given
   * names that fit it (sameGivenName) must all fit each other ("J. Smith" with "John Smith" and
   * "Jane Smith" is either).
   */
  private resolve(name: string): string {
    const [key, given] = this.keyOf(name);
    const byGiven = this.people.get(key);
    if (!byGiven) return name;
    // a surname alone, with no suffix, may be anyone of that surname ("Biden": "Joseph R. Biden Jr.")
    const fits = (g: string) => sameGivenName(g, given) || given === '';
    const fitting = [...byGiven.keys()].filter((g) => !isSurnameAlone(g) && fits(g));
    if (!fitting.every((a) => fitting.every((b) => sameGivenName(a, b)))) return name;
    const pools = mapped(fitting, (g) => byGiven.get(g)!);
    if (isSurnameAlone(given) || fitting.length > 0) {
      for (const [g, seen] of byGiven) if (isSurnameAlone(g) && fits(g)) pools.push(seen);
    }
    return fullestOf(pools) ?? name;
  }

  /** The claims with every person named by the fullest name learned so far. */
  apply(claims: Claim[]): Claim[] {
    const rename = (name: string, kind: string) => (kind === 'person' ? this.fullest(name) : name);
    return mapped(claims, (c) => ({
      ...c,
      speakers: mapped(c.speakers, (s) => ({ ...s, name: rename(s.name, s.kind) })),
      via: c.via ? { ...c.via, name: rename(c.via.name, c.via.kind) } : null,
    }));
  }
}

/** Every person by the fullest name any of the articles gives, as `claims extract` names them (diff, matrix, report). */
export function withFullestNames(articles: ArticleClaims[]): ArticleClaims[] {
  const names = new NameBook();
  for (const a of articles) names.learn([...a.claims]);
  return articles.map((a) => ({ ...a, claims: names.apply([...a.claims]) }));
}

/**
 * The fullest name wins (most words); between spellings of the same length, the one with the
 * longer first word ("John Mill" before "J. Mill"), then the most frequent ("Volodymyr Zelensky",
 * "Volodymyr Zelenskyy"), then the first in code-point order.
 */
function fullestOf(pools: Spellings[]): string | undefined {
  const words = (n: string) => n.split(/\s+/).length;
  const firstLength = (n: string) => n.split(/\s+/)[0]!.replace(/\./g, '').length;
  let best: string | undefined;
  let bestCount = 0;
  const better = (n: string, count: number, b: string) =>
    words(n) !== words(b) ? words(n) > words(b)
      : firstLength(n) !== firstLength(b) ? firstLength(n) > firstLength(b)
        : count !== bestCount ? count > bestCount : n < b;
  for (const seen of pools) {
    for (const [n, count] of seen) {
      if (best === undefined || better(n, count, best)) {
        best = n;
        bestCount = count;
      }
    }
  }
  return best;
}
