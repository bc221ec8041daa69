// What one article attributes to each speaker, and how speakers are joined across articles.
// Shared by `claims diff` (two articles) and `claims matrix` (many).
import { z } from 'zod';
import { SpeakerKindSchema, SpeakerSchema, StanceSchema, STANCES, type Claim, type SpeakerKind, type Stance } from '../schema.js';

export const SpeakerRefSchema = SpeakerSchema.pick({ name: true, kind: true });
export type SpeakerRef = z.infer<typeof SpeakerRefSchema>;

const count = z.number().int().min(0);
export const StanceCountsSchema = z.object({ support: count, limited: count, oppose: count, neutral: count });
export type StanceCounts = z.infer<typeof StanceCountsSchema>;

export const EvidenceSchema = z.object({
  n: z.number().int().min(0),
  text: z.string(),
  stance: StanceSchema.describe('the stance of this one sentence, so a mixed side can be checked'),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const SideSchema = z.object({
  stance: StanceSchema.describe('the most frequent non-neutral stance, ties toward the later sentence'),
  counts: StanceCountsSchema,
  mixed: z.boolean().describe('support or limited and oppose in the same article'),
  limits: z.array(z.string()),
  sentences: z.array(EvidenceSchema),
});
export type Side = z.infer<typeof SideSchema>;

/** The claims of one article, named even when it has none. */
export interface ArticleClaims {
  article: string;
  file: string;
  claims: readonly Claim[];
}

/** A speaker as joined across articles: `id` is the join key, `speaker` what is shown. */
export interface JoinedSpeaker {
  id: string;
  speaker: SpeakerRef;
}

// Case-folded, accents and punctuation gone, a leading "the" dropped: `U.S. officials` and
// `US officials`, `The New York Times` and `New York Times` are one speaker.
export function speakerKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /u, '');
}

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

function surnameOf(key: string): string | undefined {
  const words = key.split(' ').filter((w) => w !== '');
  while (words.length > 1 && NAME_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words.length > 1 ? words[words.length - 1] : undefined;
}

/** Code-point order of the case-folded name, then of the name: the same on every machine. */
export function compareNames(a: string, b: string): number {
  const ka = a.toLowerCase();
  const kb = b.toLowerCase();
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

interface KeyTally {
  names: Map<string, number>;
  kinds: Map<SpeakerKind, number>;
}

function tallySpeakers(articles: readonly ArticleClaims[]): Map<string, KeyTally> {
  const tallies = new Map<string, KeyTally>();
  for (const { claims } of articles) {
    for (const claim of claims) {
      for (const { name, kind } of claim.speakers) {
        const key = speakerKey(name);
        if (key === '') continue;
        let tally = tallies.get(key);
        if (tally === undefined) {
          tally = { names: new Map(), kinds: new Map() };
          tallies.set(key, tally);
        }
        tally.names.set(name, (tally.names.get(name) ?? 0) + 1);
        tally.kinds.set(kind, (tally.kinds.get(kind) ?? 0) + 1);
      }
    }
  }
  return tallies;
}

function dominantKind(kinds: Map<SpeakerKind, number>): SpeakerKind {
  let best: SpeakerKind = 'person';
  let bestCount = -1;
  for (const kind of SpeakerKindSchema.options) {
    const c = kinds.get(kind) ?? 0;
    if (c > bestCount) [best, bestCount] = [kind, c];
  }
  return best;
}

// `Blinken` joins `Antony Blinken` when both are people and no other person in the run has that
// surname: `Biden` beside `Joe Biden` and `Hunter Biden` stays on its own rather than guess.
function surnameAliases(tallies: Map<string, KeyTally>): Map<string, string> {
  const fullBySurname = new Map<string, string[]>();
  for (const [key, tally] of tallies) {
    const surname = surnameOf(key);
    if (surname === undefined || dominantKind(tally.kinds) !== 'person') continue;
    fullBySurname.set(surname, [...(fullBySurname.get(surname) ?? []), key]);
  }
  const aliases = new Map<string, string>();
  for (const [key, tally] of tallies) {
    if (key.includes(' ') || dominantKind(tally.kinds) !== 'person') continue;
    const full = fullBySurname.get(key);
    if (full !== undefined && full.length === 1) aliases.set(key, full[0]!);
  }
  return aliases;
}

// The fullest spelling wins (most words, then longest), then the most used, then code-point
// order; none of these depends on the order of the articles, so diff(a, b) mirrors diff(b, a).
function displayName(names: Map<string, number>): string {
  const words = (s: string) => s.split(/\s+/u).length;
  return [...names].sort(([a, ca], [b, cb]) =>
    words(b) - words(a) || b.length - a.length || cb - ca || (a < b ? -1 : a > b ? 1 : 0))[0]![0];
}

/**
 * Joins the speakers of all the given articles: returns a function from a speaker's canonical
 * name to the joined speaker it belongs to.
 */
export function joinSpeakers(articles: readonly ArticleClaims[]): (name: string) => JoinedSpeaker | undefined {
  const tallies = tallySpeakers(articles);
  const aliases = surnameAliases(tallies);
  const groups = new Map<string, KeyTally>();
  for (const [key, tally] of tallies) {
    const id = aliases.get(key) ?? key;
    const group = groups.get(id) ?? { names: new Map(), kinds: new Map() };
    for (const [n, c] of tally.names) group.names.set(n, (group.names.get(n) ?? 0) + c);
    // The kind comes from the fuller name's own records when an alias joins it.
    if (id === key) for (const [k, c] of tally.kinds) group.kinds.set(k, (group.kinds.get(k) ?? 0) + c);
    groups.set(id, group);
  }
  const joined = new Map<string, JoinedSpeaker>();
  for (const [id, group] of groups) {
    joined.set(id, { id, speaker: { name: displayName(group.names), kind: dominantKind(group.kinds) } });
  }
  return (name) => {
    const key = speakerKey(name);
    return joined.get(aliases.get(key) ?? key);
  };
}

function zeroCounts(): StanceCounts {
  return { support: 0, limited: 0, oppose: 0, neutral: 0 };
}

/** The most frequent non-neutral stance; a tie goes to the stance of the later sentence. */
export function overallStance(sentences: readonly Evidence[]): Stance {
  const counts = new Map<Stance, number>();
  const last = new Map<Stance, number>();
  for (const { n, stance } of sentences) {
    if (stance === 'neutral') continue;
    counts.set(stance, (counts.get(stance) ?? 0) + 1);
    last.set(stance, Math.max(last.get(stance) ?? -1, n));
  }
  let best: Stance = 'neutral';
  for (const stance of STANCES) {
    if (stance === 'neutral' || !counts.has(stance)) continue;
    if (best === 'neutral') { best = stance; continue; }
    const d = counts.get(stance)! - counts.get(best)!;
    if (d > 0 || (d === 0 && last.get(stance)! > last.get(best)!)) best = stance;
  }
  return best;
}

/** One article's side for one speaker, from the sentences that name that speaker. */
export function sideOf(claims: readonly Claim[]): Side {
  const byN = new Map<number, Claim>();
  for (const claim of claims) if (!byN.has(claim.n)) byN.set(claim.n, claim);
  const ordered = [...byN.values()].sort((x, y) => x.n - y.n);
  const counts = zeroCounts();
  const limits = new Set<string>();
  for (const claim of ordered) {
    counts[claim.stance] += 1;
    for (const limit of claim.limits) limits.add(limit);
  }
  const sentences = ordered.map(({ n, text, stance }) => ({ n, text, stance }));
  return {
    stance: overallStance(sentences),
    counts,
    mixed: counts.support + counts.limited > 0 && counts.oppose > 0,
    limits: [...limits].sort(),
    sentences,
  };
}

/** Every joined speaker of one article with its side, keyed by the join id. */
export function summarizeArticle(
  claims: readonly Claim[],
  join: (name: string) => JoinedSpeaker | undefined,
): Map<string, { speaker: SpeakerRef; side: Side }> {
  const bySpeaker = new Map<string, { speaker: SpeakerRef; claims: Claim[] }>();
  for (const claim of claims) {
    const ids = new Set<string>();
    for (const { name } of claim.speakers) {
      const joined = join(name);
      if (joined === undefined || ids.has(joined.id)) continue;
      ids.add(joined.id);
      const entry = bySpeaker.get(joined.id) ?? { speaker: joined.speaker, claims: [] };
      entry.claims.push(claim);
      bySpeaker.set(joined.id, entry);
    }
  }
  const summary = new Map<string, { speaker: SpeakerRef; side: Side }>();
  for (const [id, { speaker, claims: own }] of bySpeaker) summary.set(id, { speaker, side: sideOf(own) });
  return summary;
}
