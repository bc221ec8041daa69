// Stance toward the pack's proposition (ANNOTATION.md §3). Each cue that matches is a vote with
// a weight; negation in front of it turns it around; a restriction word near a permission makes
// it limited; a limit always does. The strongest vote wins, the later one on a tie.
import type { Stance } from '../schema.js';
import type { Token } from './tokens.js';
import { matches, type Topic } from './topic.js';
import { clauseBreak, clauseSpans } from './discourse.js';

export interface StanceVote {
  stance: Stance; weight: number; at: number; rule: string; words: string; negated: boolean;
  /** why the vote did not count ("off topic"), or null when it counted */
  ignored: string | null;
}
export interface StanceResult { stance: Stance; confidence: number; votes: StanceVote[]; relevant: boolean; ignored: StanceVote[] }

export interface StanceContext {
  hasSpeaker: boolean;
  hasLimit: boolean;
  /** the discourse keeps this sentence on the topic (discourse.ts): frames count */
  onTopic: boolean;
  /** the sentence itself names the topic: every cue counts */
  named: boolean;
  /** the sentence is about another subject of the debate: no cue counts */
  elsewhere: boolean;
  /** the stance of the quotation this sentence continues, when it has no cue of its own */
  inherited: Stance | null;
}

function wordPositions(tokens: Token[]): number[] {
  const at: number[] = [];
  let w = 0;
  for (const t of tokens) { at.push(w); if (t.kind === 'word') w++; }
  return at;
}

// "the only answer", "not only ... but": the word singles out or adds, it restricts nothing
const NOT_RESTRICTING_AFTER = new Set(['the', 'not']);

function notRestricting(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k]!.kind !== 'word') k--;
  return k >= 0 && NOT_RESTRICTING_AFTER.has(tokens[k]!.lower);
}

export function stanceOf(tokens: Token[], text: string, topic: Topic, ctx: StanceContext): StanceResult {
  const at = wordPositions(tokens);
  const slice = (s: number, e: number) => text.slice(tokens[s]!.start, tokens[e - 1]!.end);
  const relevantByTerm = ctx.named;
  const negations = matches(tokens, topic.negation);
  const votes: StanceVote[] = [];
  let negatedUntil = -1;
  const taken = new Set<number>();
  const ignored: StanceVote[] = [];
  const raised = matches(tokens, topic.raising);
  const background = clauseSpans(tokens, matches(tokens, topic.background));
  for (const cue of topic.cues) {
    if (!cue.speakerless && !ctx.hasSpeaker) continue;
    const offTopic = ctx.elsewhere || (!cue.relevant && !(cue.frame ? ctx.onTopic : relevantByTerm));
    for (const m of matches(tokens, cue.phrases)) {
      if (taken.has(m.start) && cue.weight < 1) continue;
      const before = negations.find((n) => n.end <= m.start && at[m.start]! - at[n.end - 1]! <= topic.negationWindow
        && !tokens.slice(n.end, m.start).some((t) => t.text === ',' || t.text === ';' || t.lower === 'but'));
      // "has not encouraged or enabled": negation carries over "or"/"nor"
      const carried = negatedUntil >= 0 && at[m.start]! - negatedUntil <= 2 && ['or', 'nor'].includes(tokens[m.start - 1]?.lower ?? '');
      // "did not believe that ... could lead to escalation": the denied belief covers the frames in its clause
      const denied = cue.frame && raised.some((r) => r.end <= m.start && !clauseBreak(tokens, r.end, m.start));
      const negated = Boolean(before) || carried || denied;
      const stance: Stance = !negated || cue.stance === 'neutral' ? cue.stance
        : cue.negated ?? topic.flip[cue.stance as 'support' | 'oppose' | 'limited'];
      const inBackground = background.some(([s, e]) => m.start >= s && m.start < e);
      const weight = inBackground ? cue.weight * topic.backgroundWeight : cue.weight;
      const rule = `stance.${cue.id}${negated ? '.negated' : ''}${inBackground ? '.background' : ''}`;
      const vote: StanceVote = { stance, weight, at: m.start, rule, words: slice(m.start, m.end), negated, ignored: null };
      if (offTopic) { ignored.push({ ...vote, ignored: ctx.elsewhere ? 'another subject' : 'off topic' }); continue; }
      // a denied frame that says nothing when denied ("not a game changer" is no stance) is no vote
      if (cue.frame && negated && stance === 'neutral') { ignored.push({ ...vote, ignored: 'denied' }); continue; }
      if (negated) negatedUntil = at[m.end - 1]!;
      votes.push(vote);
      for (let k = m.start; k < m.end; k++) taken.add(k);
    }
  }
  // restriction words near a permission: "confined to", "strictly limited", "only ... allowed"
  const near = matches(tokens, topic.restrictionNear);
  for (const r of ctx.elsewhere ? [] : matches(tokens, topic.restrictionWords)) {
    if (notRestricting(tokens, r.start)) continue;
    if (near.some((n) => Math.abs(at[n.start]! - at[r.start]!) <= topic.restrictionWindow)) {
      votes.push({ stance: 'limited', weight: 3, at: r.start, rule: 'stance.restriction', words: slice(r.start, r.end), negated: false, ignored: null });
    }
  }
  const relevant = ctx.onTopic || votes.some((v) => v.weight > 0);
  if (ctx.hasLimit) return { stance: 'limited', confidence: 0.9, votes, relevant: true, ignored };
  const best = votes.reduce<StanceVote | null>((b, v) => (!b || v.weight > b.weight || (v.weight === b.weight && v.at >= b.at) ? v : b), null);
  if (!best) {
    if (ctx.inherited) return { stance: ctx.inherited, confidence: 0.5, votes, relevant, ignored };
    return { stance: 'neutral', confidence: relevant ? 0.6 : 0.8, votes, relevant, ignored };
  }
  const agree = votes.filter((v) => v.stance === best.stance).reduce((a, v) => a + v.weight, 0);
  const total = votes.reduce((a, v) => a + v.weight, 0);
  return { stance: best.stance, confidence: Math.round((0.5 + 0.45 * (agree / total)) * 100) / 100, votes, relevant, ignored };
}
