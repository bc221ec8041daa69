// From findings to a claim: the one policy by which the rules' findings become the record's
// speakers, via, stance, limits and rules.
//
//   speakers  the holder findings, in order (attribution has already kept the innermost holder
//             and moved a mere carrier to `via`; see attribution.ts);
//   via       the carrier finding, if any;
//   stance    a limit makes it `limited`; else the strongest vote, the later one on a tie; else
//             the stance of the quotation the sentence continues; else neutral;
//   limits    the limit findings;
//   rules     the ids of the holder, quote, vote, scope and limit findings, once each, in that order
//             (topic and ignored findings only explain).
import type { Finding, Stance } from '../schema.js';
import type { StanceVote } from './stance.js';

/** confidence when a limit decides the stance */
const LIMIT_CONFIDENCE = 0.9;
/** confidence of a stance taken over from the quotation a sentence continues */
const INHERITED_CONFIDENCE = 0.5;
/** confidence of neutral when the sentence is about the topic, and when it is not */
const NEUTRAL_RELEVANT_CONFIDENCE = 0.6;
const NEUTRAL_CONFIDENCE = 0.8;
/** a decided stance's confidence: this much, plus the share of the weight that agrees times SPREAD */
const VOTED_BASE = 0.5;
const VOTED_SPREAD = 0.45;
/** a claim with no speaker is this much less sure */
export const SPEAKERLESS_FACTOR = 0.9;

export interface StanceDecision { stance: Stance; confidence: number }

/** The strongest vote, the later one on a tie. */
export function strongest(votes: StanceVote[]): StanceVote | null {
  return votes.reduce<StanceVote | null>((b, v) => (!b || v.weight > b.weight || (v.weight === b.weight && v.at >= b.at) ? v : b), null);
}

export function decideStance(votes: StanceVote[], opts: { hasLimit: boolean; inherited: Stance | null; relevant: boolean }): StanceDecision {
  if (opts.hasLimit) return { stance: 'limited', confidence: LIMIT_CONFIDENCE };
  const best = strongest(votes);
  if (!best) {
    if (opts.inherited) return { stance: opts.inherited, confidence: INHERITED_CONFIDENCE };
    return { stance: 'neutral', confidence: opts.relevant ? NEUTRAL_RELEVANT_CONFIDENCE : NEUTRAL_CONFIDENCE };
  }
  const agree = votes.filter((v) => v.stance === best.stance).reduce((a, v) => a + v.weight, 0);
  const total = votes.reduce((a, v) => a + v.weight, 0);
  return { stance: best.stance, confidence: Math.round((VOTED_BASE + VOTED_SPREAD * (agree / total)) * 100) / 100 };
}

/** findings that explain, and do not set anything the record lists */
const EXPLAIN_ONLY = new Set(['via', 'topic', 'ignored']);

/** The record's `rules`: each rule that set a speaker, the quote, a vote, a scope or a limit, once. */
export function rulesOf(findings: Finding[]): string[] {
  const out: string[] = [];
  for (const f of findings) if (!EXPLAIN_ONLY.has(f.contribution.type) && !out.includes(f.ruleId)) out.push(f.ruleId);
  return out;
}
