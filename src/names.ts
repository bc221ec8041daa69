// One identity across the articles of a run (kept by the run, not by extraction): a person gets the fullest name any article gives
// ("Blinken" and "Antony Blinken", "Zelensky" and "Zelenskyy" are one person).
import type { Claim } from './schema.js';
import type { ArticleClaims } from './diff/summary.js';
import { mapped } from './extract/arrays.js';
import { personKey } from './extract/entities.js';

/** how many spellings' keys the book remembers before it starts again */
const MAX_CACHED_KEYS = 50_000;

export class NameBook {
  /** per person: each spelling of the fullest name seen, and how often */
  private spellings = new Map<string, Map<string, number>>();
  private best = new Map<string, string>();
  /** personKey of each name met in this run, worked out once */
  private keys = new Map<string, string>();

  private keyOf(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) {
      if (this.keys.size >= MAX_CACHED_KEYS) this.keys.clear(); // bounded: an archive can hold many names
      this.keys.set(name, (key = personKey(name)));
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

  /** The fullest name learned so far for this person's name. */
  fullest(name: string): string {
    return this.best.get(this.keyOf(name)) ?? name;
  }

  /**
   * The fullest name wins (most words); between spellings of the same length ("Volodymyr
   * Zelensky", "Volodymyr Zelenskyy") the most frequent, then the first in code-point order.
   */
  private offer(name: string): void {
    const key = this.keyOf(name);
    let seen = this.spellings.get(key);
    if (!seen) this.spellings.set(key, (seen = new Map()));
    seen.set(name, (seen.get(name) ?? 0) + 1);
    const words = (n: string) => n.split(/\s+/).length;
    let best: string | undefined;
    for (const [n, count] of seen) {
      if (best === undefined) { best = n; continue; }
      const b = seen.get(best)!;
      if (words(n) > words(best) || (words(n) === words(best) && (count > b || (count === b && n < best)))) best = n;
    }
    this.best.set(key, best!);
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
