// One identity across the articles of a run: a person gets the fullest name any article gives
// ("Blinken" and "Antony Blinken", "Zelensky" and "Zelenskyy" are one person).
import type { Claim } from '../schema.js';
import { personKey } from './entities.js';

export class NameBook {
  private best = new Map<string, string>();

  learn(claims: Claim[]): void {
    for (const c of claims) for (const s of c.speakers) if (s.kind === 'person') this.offer(s.name);
    for (const c of claims) if (c.via?.kind === 'person') this.offer(c.via.name);
  }

  private offer(name: string): void {
    const key = personKey(name);
    const known = this.best.get(key);
    if (!known || name.split(/\s+/).length > known.split(/\s+/).length || (name.length > known.length && name.split(/\s+/).length === known.split(/\s+/).length && name < known)) {
      this.best.set(key, name);
    }
  }

  /** The claims with every person named by the fullest name learned so far. */
  apply(claims: Claim[]): Claim[] {
    const rename = (name: string, kind: string) => (kind === 'person' ? this.best.get(personKey(name)) ?? name : name);
    return claims.map((c) => ({
      ...c,
      speakers: c.speakers.map((s) => ({ ...s, name: rename(s.name, s.kind) })),
      via: c.via ? { ...c.via, name: rename(c.via.name, c.via.kind) } : null,
    }));
  }
}
