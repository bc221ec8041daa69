// Stance toward the pack's proposition (ANNOTATION.md §3). Each cue that matches is a vote with
// a weight; negation in front of it turns it around; a restriction word near a permission makes
// it limited. A frame (pack `stance.frames`) counts wherever the discourse keeps the sentence on
// the topic and needs no speaker; a denial of it votes for the frame's own `negated` stance. A
// denied belief ("did not believe that ...") denies the frames after it in its clause, and a vote
// in a background clause ("who had long refused ...") weighs less. resolve.ts decides among the votes.
import type { Stance } from '../schema.js';
import type { Token } from '../text/tokens.js';
import { NOTHING_MATCHED, topicMatches, type Matches, type Topic } from './topic.js';
import { ruleId } from './rules.js';
import { decideStance } from './resolve.js';
import { wordsWithRole } from './words.js';
import { clauseBreak, clauseSpans } from './discourse.js';

/** A vote of one cue: `at` and `end` are the tokens it matched. */
export interface StanceVote { stance: Stance; weight: number; at: number; end: number; rule: string; words: string; negated: boolean }
/** A cue that matched and did not count. */
export interface IgnoredVote extends StanceVote { reason: 'off topic' | 'another subject' | 'denied' }
/** A clause that changed the votes in it. */
export interface Scope { rule: string; at: number; end: number; effect: 'background' | 'denied' }
export interface StanceResult { stance: Stance; confidence: number; votes: StanceVote[]; relevant: boolean; ignored: IgnoredVote[]; scopes: Scope[] }

export interface StanceContext {
  hasSpeaker: boolean;
  hasLimit: boolean;
  /** the stance of the quotation this sentence continues, when it has no cue of its own */
  inherited: Stance | null;
  /** the discourse keeps this sentence on the topic (discourse.ts): frames and `relevant` cues count */
  onTopic: boolean;
  /** the sentence itself names the topic: every cue counts */
  named: boolean;
  /** the sentence is about another subject of the debate: no cue counts */
  elsewhere: boolean;
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
/** "has not encouraged or enabled": the words that carry a denial on to the next vote */
const NEGATION_JOINERS = wordsWithRole('negation-joiner');

function notRestricting(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k]!.kind !== 'word') k--;
  return k >= 0 && NOT_RESTRICTING_AFTER.has(tokens[k]!.lower);
}

/** A vote that did not count, in the key order of a vote (and the same hidden class every time). */
function ignoredVote(v: StanceVote, reason: IgnoredVote['reason']): IgnoredVote {
  return { stance: v.stance, weight: v.weight, at: v.at, end: v.end, rule: v.rule, words: v.words, negated: v.negated, reason };
}

/**
 * The pack's flip of a stance, read by name: a lookup keyed by the stance would see a new key the
 * first time a sentence denies another stance, and throw stanceOf's optimised code away.
 */
function flipped(topic: Topic, stance: Stance): Stance {
  const flip = topic.flip;
  return stance === 'support' ? flip.support : stance === 'oppose' ? flip.oppose : flip.limited;
}

const BACKGROUND = ruleId('stance.background');
const DENIED_BELIEF = ruleId('stance.denied-belief');

/** The stance of a sentence in which no phrase of the topic matched: no vote, no scope (stanceOf's end with none). */
function unvoted(ctx: StanceContext): StanceResult {
  const votes: StanceVote[] = [];
  const relevant = ctx.onTopic;
  const { stance, confidence } = decideStance(votes, { hasLimit: ctx.hasLimit, inherited: ctx.inherited, relevant });
  return { stance, confidence, votes, relevant: relevant || ctx.hasLimit, ignored: [], scopes: [] };
}

export function stanceOf(tokens: Token[], text: string, topic: Topic, ctx: StanceContext, found: Matches = topicMatches(tokens, topic)): StanceResult {
  if (found === NOTHING_MATCHED) return unvoted(ctx);
  // (the words' places, made at the first rule that measures a distance in words)
  let places: number[] | null = null;
  const at = (k: number): number => (places ??= wordPositions(tokens))[k]!;
  const slice = (s: number, e: number) => text.slice(tokens[s]!.start, tokens[e - 1]!.end);
  const negations = found(topic.negation);
  const raised = found(topic.raising);
  const background = clauseSpans(tokens, found(topic.background));
  const votes: StanceVote[] = [];
  const ignored: IgnoredVote[] = [];
  const scopes: Scope[] = [];
  const scope = (rule: string, s: number, e: number, effect: Scope['effect']) => {
    if (!scopes.some((x) => x.rule === rule && x.at === s)) scopes.push({ rule, at: s, end: e, effect });
  };
  let negatedUntil = -1;
  const taken = new Set<number>();
  for (const cue of topic.cues) {
    if (!cue.speakerless && !ctx.hasSpeaker) continue;
    const offTopic = ctx.elsewhere || (!cue.relevant && !(cue.frame ? ctx.onTopic : ctx.named));
    for (const m of found(cue.phrases)) {
      if (taken.has(m.start) && cue.weight < 1) continue;
      const before = negations.find((n) => n.end <= m.start && at(m.start) - at(n.end - 1) <= topic.negationWindow
        && !tokens.slice(n.end, m.start).some((t) => t.text === ',' || t.text === ';' || t.lower === 'but'));
      // "has not encouraged or enabled": negation carries over "or"/"nor"
      const carried = negatedUntil >= 0 && at(m.start) - negatedUntil <= 2 && NEGATION_JOINERS.has(tokens[m.start - 1]?.lower ?? '');
      // "did not believe that ... could lead to escalation": the denied belief covers the frames in its clause
      const belief = cue.frame ? raised.find((r) => r.end <= m.start && !clauseBreak(tokens, r.end, m.start)) : undefined;
      const negated = Boolean(before) || carried || Boolean(belief);
      const stance: Stance = !negated || cue.stance === 'neutral' ? cue.stance
        : cue.negated ?? flipped(topic, cue.stance);
      const clause = background.find(([s, e]) => m.start >= s && m.start < e);
      const weight = clause ? cue.weight * topic.backgroundWeight : cue.weight;
      const vote: StanceVote = { stance, weight, at: m.start, end: m.end, rule: ruleId(`stance.${cue.id}${negated ? '.negated' : ''}`), words: slice(m.start, m.end), negated };
      // a frame whose denial says nothing ("not a game changer") gives no vote when denied
      // (one push of one literal for both: a rare case met late does not throw stanceOf's optimised code away)
      const unheard: IgnoredVote['reason'] | null = offTopic ? (ctx.elsewhere ? 'another subject' : 'off topic')
        : cue.frame && negated && stance === 'neutral' ? 'denied' : null;
      if (unheard !== null) { ignored.push(ignoredVote(vote, unheard)); continue; }
      if (negated) negatedUntil = at(m.end - 1);
      if (belief) scope(DENIED_BELIEF, belief.start, belief.end, 'denied');
      if (clause) scope(BACKGROUND, clause[0], clause[1], 'background');
      votes.push(vote);
      for (let k = m.start; k < m.end; k++) taken.add(k);
    }
  }
  // restriction words near a permission: "confined to", "strictly limited", "only ... allowed"
  const near = found(topic.restrictionNear);
  const unmade = found(topic.restrictionCancels);
  for (const r of ctx.elsewhere ? [] : found(topic.restrictionWords)) {
    if (notRestricting(tokens, r.start) || unmade.some((c) => c.start <= r.start && c.end >= r.end)) continue;
    if (near.some((n) => Math.abs(at(n.start) - at(r.start)) <= topic.restrictionWindow)) {
      votes.push({ stance: 'limited', weight: RESTRICTION_WEIGHT, at: r.start, end: r.end, rule: ruleId('stance.restriction'), words: slice(r.start, r.end), negated: false });
    }
  }
  const relevant = ctx.onTopic || votes.some((v) => v.weight > 0);
  const { stance, confidence } = decideStance(votes, { hasLimit: ctx.hasLimit, inherited: ctx.inherited, relevant });
  return { stance, confidence, votes, relevant: relevant || ctx.hasLimit, ignored, scopes };
}
