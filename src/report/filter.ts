// The filters of `claims extract`. Each takes several values (repeated or comma-separated) and
// keeps a claim that matches any of them; different filters must all hold.
import type { Claim, SentenceKind, SpeakerKind, Stance } from '../schema.js';
import { SENTENCE_KINDS as SENTENCE_KIND_LIST, SPEAKER_KINDS as SPEAKER_KIND_LIST } from '../record-values.js';

export interface ClaimFilter {
  speaker?: string[];
  stance?: Stance[];
  limit?: string[];
  /** sentence kinds (headline, caption, ...) and speaker kinds (person, group, ...) */
  kind?: string[];
  minConfidence?: number;
  claimsOnly?: boolean;
}

/** Values `--kind` takes: a sentence's kind or a speaker's. */
export const KINDS: readonly string[] = [...SENTENCE_KIND_LIST, ...SPEAKER_KIND_LIST];
const SENTENCE_KINDS = new Set<string>(SENTENCE_KIND_LIST);
const SPEAKER_KINDS = new Set<string>(SPEAKER_KIND_LIST);

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

export function hasFilter(f: ClaimFilter): boolean {
  return Boolean(f.speaker?.length || f.stance?.length || f.limit?.length || f.kind?.length || f.minConfidence !== undefined || f.claimsOnly);
}

/** One predicate for the whole run, built once from the filter. */
export function claimPredicate(f: ClaimFilter): (c: Claim) => boolean {
  const stances = f.stance?.length ? new Set<string>(f.stance) : null;
  const limits = f.limit?.length ? f.limit : null;
  const speakers = f.speaker?.length ? f.speaker : null;
  const sentenceKinds = new Set<string>((f.kind ?? []).filter((k) => SENTENCE_KINDS.has(k)));
  const speakerKinds = new Set<string>((f.kind ?? []).filter((k) => SPEAKER_KINDS.has(k)));
  return (c) => (!speakers || speakers.some((q) => speakerMatches(q, c)))
    && (!stances || stances.has(c.stance))
    && (!limits || limits.some((l) => c.limits.includes(l)))
    && (sentenceKinds.size === 0 || sentenceKinds.has(c.kind as SentenceKind))
    && (speakerKinds.size === 0 || c.speakers.some((s) => speakerKinds.has(s.kind as SpeakerKind)))
    && (f.minConfidence === undefined || c.confidence >= f.minConfidence)
    && (!f.claimsOnly || isClaim(c));
}

export function filterClaims(claims: Claim[], f: ClaimFilter): Claim[] {
  return claims.filter(claimPredicate(f));
}
