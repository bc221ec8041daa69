// What a pack may cost. Each phrase is tried at most once at each word; what one try costs is
// bounded by its steps, its alternatives and its gaps (a gap of ~N tries N+1 lengths). So the
// pack's worst-case work per word is the sum of its phrases' costs, and bounding that sum, with
// the counts of cues, limits and phrases, bounds the cost per word of any pack.
import type { Pack } from './schema.js';

export const PACK_BOUNDS = {
  /** stance cues in a pack */
  cues: 64,
  /** limits in a pack */
  limits: 32,
  /** phrases in all the pack's lists together */
  phrases: 2000,
  /** the sum over all phrases of alternatives × gap lengths (see phraseCost) */
  cost: 8_000,
} as const;

/**
 * The most word comparisons one try of a phrase can make: every alternative of every step, times
 * every combination of gap lengths.
 */
export function phraseCost(source: string): number {
  let alternatives = 0;
  let paths = 1;
  for (const part of source.trim().split(/\s+/u)) {
    if (part.startsWith('~')) paths *= (Number(part.slice(1)) || 1) + 1;
    else alternatives += part.split('|').length;
  }
  return alternatives * paths;
}

export function packPhrases(pack: Pack): string[] {
  return [
    ...pack.relevance.terms, ...pack.relevance.anaphora, ...pack.relevance.elsewhere,
    ...pack.stance.cues.flatMap((c) => c.phrases), ...pack.stance.frames.flatMap((f) => f.phrases),
    ...pack.stance.negation.phrases, ...pack.stance.negation.raising, ...pack.stance.background.phrases,
    ...pack.stance.restriction.words, ...pack.stance.restriction.near, ...pack.stance.restriction.cancels,
    ...pack.limits.flatMap((l) => [...l.terms, ...l.bounds, ...l.cancels]),
  ];
}

/** Problems that need the whole pack: duplicate ids, and the bounds on its size and cost. */
export function packProblems(pack: Pack): string[] {
  const problems: string[] = [];
  const duplicates = (ids: string[], where: string) => {
    const seen = new Map<string, number>();
    ids.forEach((id, k) => {
      const first = seen.get(id);
      if (first === undefined) seen.set(id, k);
      else problems.push(`${where}[${k}].id: duplicate id "${id}" (also ${where}[${first}])`);
    });
  };
  duplicates(pack.stance.cues.map((c) => c.id), 'stance.cues');
  duplicates(pack.limits.map((l) => l.id), 'limits');
  if (pack.stance.cues.length > PACK_BOUNDS.cues) problems.push(`stance.cues: ${pack.stance.cues.length} cues, at most ${PACK_BOUNDS.cues}`);
  if (pack.limits.length > PACK_BOUNDS.limits) problems.push(`limits: ${pack.limits.length} limits, at most ${PACK_BOUNDS.limits}`);
  const phrases = packPhrases(pack);
  if (phrases.length > PACK_BOUNDS.phrases) problems.push(`(root): ${phrases.length} phrases in all, at most ${PACK_BOUNDS.phrases}`);
  const cost = phrases.reduce((sum, p) => sum + phraseCost(p), 0);
  if (cost > PACK_BOUNDS.cost) {
    problems.push(`(root): the phrases cost ${cost} comparisons a word at worst, at most ${PACK_BOUNDS.cost} (fewer alternatives or shorter gaps)`);
  }
  return problems;
}
