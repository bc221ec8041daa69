// Stance toward the pack's proposition (ANNOTATION.md §3). Each cue that matches is a vote with
// a weight; negation in front of it turns it around; a restriction word near a permission makes
// it limited. resolve.ts decides among the votes.
import type { Stance } from '../schema.js';
import type { Token } from '../text/tokens.js';
import { topicMatches, type Matches, type Topic } from './topic.js';
import { ruleId } from './rules.js';
import { decideStance } from './resolve.js';
import { wordsWithRole } from './words.js';

/** A vote of one cue: `at` and `end` are the tokens it matched. */
export interface StanceVote { stance: Stance; weight: number; at: number; end: number; rule: string; words: string; negated: boolean }
export interface StanceResult { stance: Stance; confidence: number; votes: StanceVote[]; relevant: boolean }

export interface StanceContext {
  hasSpeaker: boolean;
  hasLimit: boolean;
  /** the stance of the quotation this sentence continues, when it has no cue of its own */
  inherited: Stance | null;
}

function wordPositions(tokens: Token[]): number[] {
  const at: number[] = [];
  let w = 0;
  for (const t of tokens) { at.push(w); if (t.kind === 'word') w++; }
  return at;
}

/** a restriction near a permission outweighs any single cue of the default packs */
const RESTRICTION_WEIGHT = 3;

// "the only answer", "not only ... but": the word singles out or adds, it restricts nothing
const NOT_RESTRICTING_AFTER = wordsWithRole('not-restricting-after');

function notRestricting(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k]!.kind !== 'word') k--;
  return k >= 0 && NOT_RESTRICTING_AFTER.has(tokens[k]!.lower);
}

export function stanceOf(tokens: Token[], text: string, topic: Topic, ctx: StanceContext, found: Matches = topicMatches(tokens, topic)): StanceResult {
  const at = wordPositions(tokens);
  const slice = (s: number, e: number) => text.slice(tokens[s]!.start, tokens[e - 1]!.end);
  const relevantByTerm = found(topic.relevance).length > 0 || found(topic.anaphora).length > 0;
  const negations = found(topic.negation);
  const votes: StanceVote[] = [];
  let negatedUntil = -1;
  const taken = new Set<number>();
  for (const cue of topic.cues) {
    if (!cue.speakerless && !ctx.hasSpeaker) continue;
    if (!cue.relevant && !relevantByTerm) continue;
    for (const m of found(cue.phrases)) {
      if (taken.has(m.start) && cue.weight < 1) continue;
      const before = negations.find((n) => n.end <= m.start && at[m.start]! - at[n.end - 1]! <= topic.negationWindow
        && !tokens.slice(n.end, m.start).some((t) => t.text === ',' || t.text === ';' || t.lower === 'but'));
      // "has not encouraged or enabled": negation carries over "or"/"nor"
      const carried = negatedUntil >= 0 && at[m.start]! - negatedUntil <= 2 && ['or', 'nor'].includes(tokens[m.start - 1]?.lower ?? '');
      const negated = Boolean(before) || carried;
      if (negated) negatedUntil = at[m.end - 1]!;
      const stance: Stance = negated && cue.stance !== 'neutral' ? topic.flip[cue.stance as 'support' | 'oppose' | 'limited'] : cue.stance;
      votes.push({ stance, weight: cue.weight, at: m.start, end: m.end, rule: `stance.${cue.id}${negated ? '.negated' : ''}`, words: slice(m.start, m.end), negated });
      for (let k = m.start; k < m.end; k++) taken.add(k);
    }
  }
  // restriction words near a permission: "confined to", "strictly limited", "only ... allowed"
  const near = found(topic.restrictionNear);
  for (const r of found(topic.restrictionWords)) {
    if (notRestricting(tokens, r.start)) continue;
    if (near.some((n) => Math.abs(at[n.start]! - at[r.start]!) <= topic.restrictionWindow)) {
      votes.push({ stance: 'limited', weight: RESTRICTION_WEIGHT, at: r.start, end: r.end, rule: ruleId('stance.restriction'), words: slice(r.start, r.end), negated: false });
    }
  }
  const relevant = relevantByTerm || votes.some((v) => v.weight > 0);
  const { stance, confidence } = decideStance(votes, { hasLimit: ctx.hasLimit, inherited: ctx.inherited, relevant });
  return { stance, confidence, votes, relevant: relevant || ctx.hasLimit };
}
