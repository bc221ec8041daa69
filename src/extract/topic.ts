// A topic pack made ready for matching: every phrase compiled once.
import type { Pack } from '../packs/schema.js';
import type { Stance } from '../schema.js';
import { compilePhrase, findPhrases, type Phrase, type PhraseMatch, type PhraseSlot } from '../text/phrase.js';
import type { Token } from '../text/tokens.js';
import { noObjects } from './arrays.js';
import { ruleId } from './rules.js';

export interface CompiledCue {
  id: string; stance: Stance; weight: number; relevant: boolean; speakerless: boolean; phrases: Phrase[];
  /** a frame (pack `stance.frames`): on topic by discourse, no speaker needed, its own stance when denied */
  frame: boolean; negated: Stance | null;
  /** the rule ids of its votes, plain and denied (`stance.<id>`, `stance.<id>.negated`), made once */
  rule: string; negatedRule: string;
}
export interface CompiledLimit { id: string; terms: Phrase[]; bounds: Phrase[]; cancels: Phrase[]; window: number }

export interface Topic {
  pack: Pack;
  relevance: Phrase[];
  anaphora: Phrase[];
  /** phrases of another subject of the debate (relevance.elsewhere) */
  elsewhere: Phrase[];
  /** sentences the discourse stays on the topic after the last one with a term */
  carry: number;
  cues: CompiledCue[];
  negation: Phrase[];
  negationWindow: number;
  /** denied beliefs ("did not believe") that deny the frames after them in the clause */
  raising: Phrase[];
  /** where a background clause starts, and what a vote in it weighs */
  background: Phrase[];
  backgroundWeight: number;
  flip: Record<'support' | 'oppose' | 'limited', Stance>;
  restrictionWords: Phrase[];
  restrictionNear: Phrase[];
  restrictionWindow: number;
  restrictionCancels: Phrase[];
  limits: CompiledLimit[];
  /** every phrase of the lists above, matched in one pass over a sentence */
  combined: Combined;
}

const all = (xs: string[]) => xs.map(compilePhrase);

/** The rule id of a cue's votes: every `stance.<id>` is registered by the family `stance.*` (rules.ts). */
const cueRule = (id: string): string => ruleId(`stance.${id}`);

export function compileTopic(pack: Pack): Topic {
  const topic: Topic = {
    pack,
    relevance: all(pack.relevance.terms),
    anaphora: all(pack.relevance.anaphora),
    elsewhere: all(pack.relevance.elsewhere),
    carry: pack.relevance.carry,
    cues: [
      ...pack.stance.frames.map((f): CompiledCue => ({ id: `frame.${f.id}`, stance: f.stance, weight: f.weight, relevant: false, speakerless: true, phrases: all(f.phrases), frame: true, negated: f.negated, rule: cueRule(`frame.${f.id}`), negatedRule: cueRule(`frame.${f.id}.negated`) })),
      ...pack.stance.cues.map((c): CompiledCue => ({ id: c.id, stance: c.stance, weight: c.weight, relevant: c.relevant, speakerless: c.speakerless, phrases: all(c.phrases), frame: false, negated: null, rule: cueRule(c.id), negatedRule: cueRule(`${c.id}.negated`) })),
    ],
    negation: all(pack.stance.negation.phrases),
    negationWindow: pack.stance.negation.window,
    raising: all(pack.stance.negation.raising),
    background: all(pack.stance.background.phrases),
    backgroundWeight: pack.stance.background.weight,
    flip: pack.stance.negation.flip,
    restrictionWords: all(pack.stance.restriction.words),
    restrictionNear: all(pack.stance.restriction.near),
    restrictionWindow: pack.stance.restriction.window,
    restrictionCancels: all(pack.stance.restriction.cancels),
    limits: pack.limits.map((l) => ({ id: l.id, terms: all(l.terms), bounds: all(l.bounds), cancels: all(l.cancels), window: l.window })),
    combined: { phrases: [], listOf: [], orders: [] },
  };
  combine(topic);
  return topic;
}

/**
 * All of a topic's phrase lists as one, so that a sentence is matched once rather than once per
 * list (a sentence meets some twenty lists); `topicMatches` then hands each list its own share.
 */
interface Combined {
  phrases: Phrase[];
  /** the list each phrase comes from, phrase for phrase */
  listOf: Phrase[][];
  /** findPhrases' `orders`, kept from sentence to sentence (topicMatches reads it before the next sentence) */
  orders: number[];
}

function combine(topic: Topic): void {
  const lists = [topic.relevance, topic.anaphora, topic.elsewhere, ...topic.cues.map((c) => c.phrases), topic.negation, topic.raising, topic.background, topic.restrictionWords,
    topic.restrictionNear, topic.restrictionCancels, ...topic.limits.flatMap((l) => [l.terms, l.bounds, l.cancels])];
  for (const list of lists) {
    for (const phrase of list) { topic.combined.phrases.push(phrase); topic.combined.listOf.push(list); }
  }
}

/** The matches of one of the topic's lists in a sentence. */
export type Matches = (list: Phrase[]) => readonly PhraseMatch[];

// (of the kind of the filled lists: see arrays.ts)
const NO_MATCHES: readonly PhraseMatch[] = noObjects<PhraseMatch>();

/** The matches of a sentence in which no phrase of the topic matched: none in every list. */
export const NOTHING_MATCHED: Matches = () => NO_MATCHES;

/** Every list of the topic matched against a sentence's tokens, in one pass (NOTHING_MATCHED when no phrase matched). */
/**
 * `slots`: of each token, when the caller has them (the analysis's word facts: text/phrase.ts
 * PhraseSlot). The matches are filed by list in two arrays side by side, the lists that matched
 * and their matches: a sentence matches a few lists, and the lists are asked for by identity, so a
 * short scan finds one with no map made per sentence and no lookup by phrase.
 */
export function topicMatches(tokens: Token[], topic: Topic, slots?: readonly PhraseSlot[]): Matches {
  const combined = topic.combined;
  const orders = combined.orders;
  const all = findPhrases(tokens, combined.phrases, slots, orders);
  if (all.length === 0) return NOTHING_MATCHED;
  const listOf = combined.listOf;
  const lists: Phrase[][] = [];
  const buckets: PhraseMatch[][] = [];
  for (let n = 0; n < all.length; n++) {
    const list = listOf[orders[n]!]!;
    let j = 0;
    while (j < lists.length && lists[j] !== list) j++;
    if (j < lists.length) buckets[j]!.push(all[n]!);
    else { lists.push(list); buckets.push([all[n]!]); }
  }
  return (list) => matchesOf(lists, buckets, list);
}

/** The bucket of `list` among a sentence's filed matches (topicMatches), or none. */
function matchesOf(lists: readonly Phrase[][], buckets: readonly PhraseMatch[][], list: Phrase[]): readonly PhraseMatch[] {
  for (let j = 0; j < lists.length; j++) if (lists[j] === list) return buckets[j]!;
  return NO_MATCHES;
}
