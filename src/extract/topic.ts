// A topic pack made ready for matching: every phrase compiled once.
import type { Pack } from '../packs/schema.js';
import type { Stance } from '../schema.js';
import { compilePhrase, findPhrases, type Phrase, type PhraseMatch } from './phrase.js';
import type { Token } from './tokens.js';

export interface CompiledCue { id: string; stance: Stance; weight: number; relevant: boolean; speakerless: boolean; phrases: Phrase[] }
export interface CompiledLimit { id: string; terms: Phrase[]; bounds: Phrase[]; cancels: Phrase[]; window: number }

export interface Topic {
  pack: Pack;
  relevance: Phrase[];
  anaphora: Phrase[];
  cues: CompiledCue[];
  negation: Phrase[];
  negationWindow: number;
  flip: Record<'support' | 'oppose' | 'limited', Stance>;
  restrictionWords: Phrase[];
  restrictionNear: Phrase[];
  restrictionWindow: number;
  limits: CompiledLimit[];
}

const all = (xs: string[]) => xs.map(compilePhrase);

export function compileTopic(pack: Pack): Topic {
  return {
    pack,
    relevance: all(pack.relevance.terms),
    anaphora: all(pack.relevance.anaphora),
    cues: pack.stance.cues.map((c) => ({ id: c.id, stance: c.stance, weight: c.weight, relevant: c.relevant, speakerless: c.speakerless, phrases: all(c.phrases) })),
    negation: all(pack.stance.negation.phrases),
    negationWindow: pack.stance.negation.window,
    flip: pack.stance.negation.flip,
    restrictionWords: all(pack.stance.restriction.words),
    restrictionNear: all(pack.stance.restriction.near),
    restrictionWindow: pack.stance.restriction.window,
    limits: pack.limits.map((l) => ({ id: l.id, terms: all(l.terms), bounds: all(l.bounds), cancels: all(l.cancels), window: l.window })),
  };
}

export function matches(tokens: Token[], phrases: Phrase[]): PhraseMatch[] {
  return findPhrases(tokens, phrases);
}
