// The filters of `claims extract`: by speaker (any form of the name), stance, limit, and
// whether a sentence carries a claim at all.
import type { Claim, Stance } from '../schema.js';

export interface ClaimFilter { speaker?: string; stance?: Stance; limit?: string; claimsOnly?: boolean }

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['\u2019]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** "Blinken" finds "Antony Blinken"; "U.S. officials" finds "U.S. officials"; whole words only. */
export function speakerMatches(query: string, c: Claim): boolean {
  const q = fold(query);
  if (!q) return false;
  return c.speakers.some((s) => {
    const forms = [fold(s.name), fold(s.mention)];
    return forms.some((f) => f === q || ` ${f} `.includes(` ${q} `));
  });
}

export function isClaim(c: Claim): boolean {
  return c.stance !== 'neutral' || c.speakers.length > 0 || c.limits.length > 0;
}

export function filterClaims(claims: Claim[], f: ClaimFilter): Claim[] {
  return claims.filter((c) => (!f.speaker || speakerMatches(f.speaker, c))
    && (!f.stance || c.stance === f.stance)
    && (!f.limit || c.limits.includes(f.limit))
    && (!f.claimsOnly || isClaim(c)));
}
