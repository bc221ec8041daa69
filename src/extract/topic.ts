// A topic pack made ready for matching: every phrase compiled once.
import type { Pack } from '../packs/schema.js';
import type { Stance } from '../schema.js';
import { compilePhrase, findPhrases, type Phrase, type PhraseMatch } from './phrase.js';
import type { Token } from './tokens.js';
import { Recent } from './recent.js';

export interface CompiledCue {
  id: string; stance: Stance; weight: number; relevant: boolean; speakerless: boolean; phrases: Phrase[];
  /** a frame (pack `stance.frames`): on topic by discourse, no speaker needed, its own stance when denied */
  frame: boolean; negated: Stance | null;
}
export interface CompiledLimit { id: string; terms: Phrase[]; bounds: Phrase[]; cancels: Phrase[]; window: number }

export interface Topic {
  pack: Pack;
  relevance: Phrase[];
  anaphora: Phrase[];
  /** relevance terms and references back as one list, matched once per sentence for the discourse */
  naming: Phrase[];
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
  limits: CompiledLimit[];
}

const all = (xs: string[]) => xs.map(compilePhrase);

export function compileTopic(pack: Pack): Topic {
  const topic: Topic = {
    pack,
    relevance: all(pack.relevance.terms),
    anaphora: all(pack.relevance.anaphora),
    naming: [],
    elsewhere: all(pack.relevance.elsewhere),
    carry: pack.relevance.carry,
    cues: [
      ...pack.stance.frames.map((f): CompiledCue => ({ id: `frame.${f.id}`, stance: f.stance, weight: f.weight, relevant: false, speakerless: true, phrases: all(f.phrases), frame: true, negated: f.negated })),
      ...pack.stance.cues.map((c): CompiledCue => ({ id: c.id, stance: c.stance, weight: c.weight, relevant: c.relevant, speakerless: c.speakerless, phrases: all(c.phrases), frame: false, negated: null })),
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
    limits: pack.limits.map((l) => ({ id: l.id, terms: all(l.terms), bounds: all(l.bounds), cancels: all(l.cancels), window: l.window })),
  };
  topic.naming = [...topic.relevance, ...topic.anaphora, ...topic.elsewhere, ...topic.background];
  combine(topic);
  return topic;
}

/**
 * All of a topic's phrase lists as one, so that a sentence is matched once rather than once per
 * list (a sentence meets some twenty lists); `matches` then hands each list its own share.
 */
interface Combined { phrases: Phrase[]; listOf: Map<Phrase, Phrase[]> }
const combinedOf = new WeakMap<Phrase[], Combined>();
const resultsOf = new Recent<Token[], Map<Combined, Map<Phrase[], PhraseMatch[]>>>(4);

function combine(topic: Topic): void {
  const lists = [topic.relevance, topic.anaphora, ...topic.cues.map((c) => c.phrases), topic.negation, topic.raising, topic.background, topic.restrictionWords,
    topic.restrictionNear, ...topic.limits.flatMap((l) => [l.terms, l.bounds, l.cancels])];
  const combined: Combined = { phrases: [], listOf: new Map() };
  for (const list of lists) {
    for (const phrase of list) { combined.phrases.push(phrase); combined.listOf.set(phrase, list); }
    combinedOf.set(list, combined);
  }
}

export function matches(tokens: Token[], phrases: Phrase[]): PhraseMatch[] {
  const combined = combinedOf.get(phrases);
  if (!combined) return findPhrases(tokens, phrases);
  let byCombined = resultsOf.get(tokens);
  if (!byCombined) resultsOf.set(tokens, (byCombined = new Map()));
  let byList = byCombined.get(combined);
  if (!byList) {
    byList = new Map();
    for (const m of findPhrases(tokens, combined.phrases)) {
      const list = combined.listOf.get(m.phrase)!;
      const bucket = byList.get(list);
      if (bucket) bucket.push(m); else byList.set(list, [m]);
    }
    byCombined.set(combined, byList);
  }
  return byList.get(phrases) ?? [];
}
