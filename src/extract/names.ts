// One identity across the articles of a run: a person gets the fullest name any article gives
// ("Blinken" and "Antony Blinken", "Zelensky" and "Zelenskyy" are one person).
import type { Claim } from '../schema.js';
import { mapped } from './arrays.js';
import { personKey } from './entities.js';

export class NameBook {
  /** per person: each spelling of the fullest name seen, and how often */
  private spellings = new Map<string, Map<string, number>>();
  private best = new Map<string, string>();

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
    return this.best.get(personKey(name)) ?? name;
  }

  /**
   * The fullest name wins (most words); between spellings of the same length ("Volodymyr
   * Zelensky", "Volodymyr Zelenskyy") the most frequent, then the first in code-point order.
   */
  private offer(name: string): void {
    const key = personKey(name);
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
