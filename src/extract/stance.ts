// Stance toward the pack's proposition (ANNOTATION.md §3). Each cue that matches is a vote with
// a weight; negation in front of it turns it around; a restriction word near a permission makes
// it limited. A frame (pack `stance.frames`) counts wherever the discourse keeps the sentence on
// the topic and needs no speaker; a denial of it votes for the frame's own `negated` stance. A
// denied belief ("did not believe that ...") denies the frames after it in its clause, and a vote
// in a background clause ("who had long refused ...") weighs less. resolve.ts decides among the votes.
import type { Stance } from '../schema.js';
import type { Token } from '../text/tokens.js';
import { NOTHING_MATCHED, topicMatches, type Matches, type Topic } from './topic.js';
import type { PhraseMatch } from '../text/phrase.js';
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

/**
 * The word number of each token, in PLACES: one array kept from one sentence to the next and
 * written over (stanceOf reads it only while it runs, and only at the sentence's tokens; past them
 * it holds a longer sentence's numbers, never read).
 */
const PLACES: number[] = [];

function wordPositions(tokens: Token[]): number[] {
  const at = PLACES;
  let w = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i < at.length) at[i] = w; else at.push(w);
    if (tokens[i]!.kind === 'word') w++;
  }
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

/** Whether a comma, a semicolon or "but" stands among tokens [from, to): a denial does not reach past one. */
function brokenBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) { const t = tokens[k]!; if (t.text === ',' || t.text === ';' || t.lower === 'but') return true; }
  return false;
}

/** The first negation before a match at `start` within the pack's window, in its clause (`places`: each token's word number). */
function negationBefore(negations: readonly PhraseMatch[], tokens: Token[], places: number[], start: number, window: number): PhraseMatch | undefined {
  for (let n = 0; n < negations.length; n++) {
    const x = negations[n]!;
    if (x.end <= start && places[start]! - places[x.end - 1]! <= window && !brokenBetween(tokens, x.end, start)) return x;
  }
  return undefined;
}

/** The first denied belief before a match at `start`, in its clause. */
function beliefBefore(raised: readonly PhraseMatch[], tokens: Token[], start: number): PhraseMatch | undefined {
  for (let n = 0; n < raised.length; n++) {
    const r = raised[n]!;
    if (r.end <= start && !clauseBreak(tokens, r.end, start)) return r;
  }
  return undefined;
}

/** The background clause a match at `start` stands in. */
function clauseAt(background: ReadonlyArray<[number, number]>, start: number): [number, number] | undefined {
  for (let n = 0; n < background.length; n++) { const c = background[n]!; if (start >= c[0] && start < c[1]) return c; }
  return undefined;
}

/**
 * Whether a vote counted so far covers token k: a weak cue gives no vote on a word a cue has
 * taken. (The votes, few, are read instead of keeping a set of their tokens: the votes stanceOf's
 * loop pushes are the cues that took words, and only they are in `votes` while it runs.)
 */
function takenAt(votes: readonly StanceVote[], k: number): boolean {
  for (let n = 0; n < votes.length; n++) { const v = votes[n]!; if (k >= v.at && k < v.end) return true; }
  return false;
}

/** A scope, once for its rule and start. */
function addScope(scopes: Scope[], rule: string, s: number, e: number, effect: Scope['effect']): void {
  for (let n = 0; n < scopes.length; n++) if (scopes[n]!.rule === rule && scopes[n]!.at === s) return;
  scopes.push({ rule, at: s, end: e, effect });
}

/**
 * (The steps of stanceOf are small functions of their own, with loops rather than closures:
 * V8 compiles each on its own, and a smaller graph compiles faster.)
 */
export function stanceOf(tokens: Token[], text: string, topic: Topic, ctx: StanceContext, found: Matches = topicMatches(tokens, topic)): StanceResult {
  if (found === NOTHING_MATCHED) return unvoted(ctx);
  // (the words' places, made at the first cue that matched: most of the cues match nothing)
  let places: number[] | null = null;
  const negations = found(topic.negation);
  const raised = found(topic.raising);
  const background = clauseSpans(tokens, found(topic.background));
  const votes: StanceVote[] = [];
  const ignored: IgnoredVote[] = [];
  const scopes: Scope[] = [];
  let negatedUntil = -1;
  const cues = topic.cues;
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    if (!cue.speakerless && !ctx.hasSpeaker) continue;
    const matches = found(cue.phrases);
    if (matches.length === 0) continue;
    places ??= wordPositions(tokens);
    const offTopic = ctx.elsewhere || (!cue.relevant && !(cue.frame ? ctx.onTopic : ctx.named));
    for (let x = 0; x < matches.length; x++) {
      const m = matches[x]!;
      if (cue.weight < 1 && takenAt(votes, m.start)) continue;
      const before = negationBefore(negations, tokens, places, m.start, topic.negationWindow);
      // "has not encouraged or enabled": negation carries over "or"/"nor"
      const carried = negatedUntil >= 0 && places[m.start]! - negatedUntil <= 2 && NEGATION_JOINERS.has(tokens[m.start - 1]?.lower ?? '');
      // "did not believe that ... could lead to escalation": the denied belief covers the frames in its clause
      const belief = cue.frame ? beliefBefore(raised, tokens, m.start) : undefined;
      const negated = before !== undefined || carried || belief !== undefined;
      const stance: Stance = !negated || cue.stance === 'neutral' ? cue.stance
        : cue.negated ?? flipped(topic, cue.stance);
      const clause = clauseAt(background, m.start);
      const weight = clause ? cue.weight * topic.backgroundWeight : cue.weight;
      const vote: StanceVote = { stance, weight, at: m.start, end: m.end, rule: negated ? cue.negatedRule : cue.rule, words: text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end), negated };
      // a frame whose denial says nothing ("not a game changer") gives no vote when denied
      // (one push of one literal for both: a rare case met late does not throw stanceOf's optimised code away)
      const unheard: IgnoredVote['reason'] | null = offTopic ? (ctx.elsewhere ? 'another subject' : 'off topic')
        : cue.frame && negated && stance === 'neutral' ? 'denied' : null;
      if (unheard !== null) { ignored.push(ignoredVote(vote, unheard)); continue; }
      if (negated) negatedUntil = places[m.end - 1]!;
      if (belief) addScope(scopes, DENIED_BELIEF, belief.start, belief.end, 'denied');
      if (clause) addScope(scopes, BACKGROUND, clause[0], clause[1], 'background');
      votes.push(vote);
    }
  }
  if (!ctx.elsewhere) restrictionVotes(tokens, text, topic, found, places, votes);
  let relevant = ctx.onTopic;
  for (let n = 0; !relevant && n < votes.length; n++) if (votes[n]!.weight > 0) relevant = true;
  const { stance, confidence } = decideStance(votes, { hasLimit: ctx.hasLimit, inherited: ctx.inherited, relevant });
  return { stance, confidence, votes, relevant: relevant || ctx.hasLimit, ignored, scopes };
}

const RESTRICTION = ruleId('stance.restriction');

/** Restriction words near a permission: "confined to", "strictly limited", "only ... allowed" (`places`: the words' places, when made). */
function restrictionVotes(tokens: Token[], text: string, topic: Topic, found: Matches, known: number[] | null, votes: StanceVote[]): void {
  const words = found(topic.restrictionWords);
  if (words.length === 0) return;
  const near = found(topic.restrictionNear);
  const unmade = found(topic.restrictionCancels);
  const places = known ?? wordPositions(tokens);
  for (const r of words) {
    if (notRestricting(tokens, r.start) || unmade.some((c) => c.start <= r.start && c.end >= r.end)) continue;
    if (near.some((n) => Math.abs(places[n.start]! - places[r.start]!) <= topic.restrictionWindow)) {
      votes.push({ stance: 'limited', weight: RESTRICTION_WEIGHT, at: r.start, end: r.end, rule: RESTRICTION, words: text.slice(tokens[r.start]!.start, tokens[r.end - 1]!.end), negated: false });
    }
  }
}
