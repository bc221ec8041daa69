// What the vocabulary says of one word, worked out once per distinct word: which of the
// lexicon's lists and words.json's roles hold it, compromise's tags as bits, and its verb.
// The analysis of a sentence keeps the facts of each of its tokens (analysis.ts), so that the
// rules test bits of a token already in hand instead of asking a dozen Sets about its word.
import { HEAD, headRoles, tagBits, type Lexicon, type VerbInfo } from './lexicon.js';
import { endsInApostropheS, type Token } from '../text/tokens.js';
import type { PhraseSlot } from '../text/phrase.js';
import { wordsWithRole, type Role } from './words.js';

/** Bits of `WordFacts.lex`: the lexicon's lists (lexicon.ts) that hold the word. */
export const LX = {
  verb: 1 << 0, title: 1 << 1, personTitle: 1 << 2, femaleTitle: 1 << 3, maleTitle: 1 << 4, demonym: 1 << 5,
  anonymousHead: 1 << 6, groupHead: 1 << 7, regionAdjective: 1 << 8, institution: 1 << 9, outlet: 1 << 10,
  notName: 1 << 11, orgHead: 1 << 12, placeHead: 1 << 13, multiwordFirst: 1 << 14, determinedHolder: 1 << 15,
  adjectival: 1 << 16, holderNoun: 1 << 17, pronoun: 1 << 18, cuePhrase: 1 << 19, progressive: 1 << 20,
} as const;

/** Bits of `WordFacts.role`: the words.json roles (words.ts) that the rules test most often. */
export const WR = {
  determiner: 1 << 0, connector: 1 << 1, nameSuffix: 1 << 2, honorific: 1 << 3, functionAfterHead: 1 << 4,
  quantityHolder: 1 << 5, clauseOpener: 1 << 6, shareOpener: 1 << 7, shareHedge: 1 << 8, shareComparative: 1 << 9,
  shareFraction: 1 << 10, sharePart: 1 << 11, subjectPronoun: 1 << 12, preposition: 1 << 13, division: 1 << 14,
} as const;

const ROLE_BITS: ReadonlyArray<[Role, number]> = [
  ['determiner', WR.determiner], ['name-connector', WR.connector], ['name-suffix', WR.nameSuffix], ['honorific', WR.honorific],
  ['function-after-head', WR.functionAfterHead], ['quantity-holder', WR.quantityHolder], ['clause-opener', WR.clauseOpener],
  // (a share may open a clause after a clause opener too: "while half said")
  ['clause-opener', WR.shareOpener], ['share-opener', WR.shareOpener], ['share-hedge', WR.shareHedge],
  ['share-comparative', WR.shareComparative], ['share-fraction', WR.shareFraction], ['share-part', WR.sharePart],
  ['subject-pronoun', WR.subjectPronoun], ['preposition', WR.preposition], ['division', WR.division],
];

/** (a PhraseSlot: what the word matches in the last phrase list it met, text/phrase.ts) */
export interface WordFacts extends PhraseSlot {
  /** LX bits */
  lex: number;
  /** WR bits */
  role: number;
  /** compromise's tags as TAG bits (lexicon.ts tagBits) */
  tags: number;
  /** HEAD bits (lexicon.ts headRoles) */
  head: number;
  verb: VerbInfo | undefined;
  /** of a first word of a known name of several words (LX.multiwordFirst): the second words those names have */
  seconds: ReadonlyMap<string, number> | null;
  /** the word without a possessive "'s" ("minister's" -> "minister"); itself when it has none */
  stem: WordFacts;
  /** the word is lower-case letters and hyphens, a lower-case letter first (PLAIN_WORD) */
  plain: boolean;
  /** whether the word may open a share ("52", "half", "about": mentions.ts shareEnd), once it has asked; null before */
  opensShare: boolean | null;
  /** whether findCues can find a cue at the word (cues.ts mayCue), once it has asked; null before */
  mayCue: boolean | null;
}

/** a word of lower-case letters and hyphens that opens with a letter ("enforcement", "long-range") */
export const PLAIN_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/** facts kept for at most this many distinct words a lexicon (an article's vocabulary is a few thousand) */
const MAX_FACTS = 100_000;

/** the facts of each lexicon's words; a lexicon is read-only, so a word's facts never change */
const tables = new WeakMap<Lexicon, Map<string, WordFacts>>();

function tableOf(lex: Lexicon): Map<string, WordFacts> {
  let table = tables.get(lex);
  if (!table) { table = new Map(); tables.set(lex, table); }
  return table;
}

function roleBits(word: string): number {
  let bits = 0;
  for (const [role, bit] of ROLE_BITS) if (wordsWithRole(role).has(word)) bits |= bit;
  return bits;
}

function lexBits(lex: Lexicon, word: string): number {
  let bits = 0;
  if (lex.verbs.has(word)) bits |= LX.verb;
  if (lex.titles.has(word)) bits |= LX.title;
  if (lex.personTitles.has(word)) bits |= LX.personTitle;
  if (lex.femaleTitles.has(word)) bits |= LX.femaleTitle;
  if (lex.maleTitles.has(word)) bits |= LX.maleTitle;
  if (lex.demonyms.has(word)) bits |= LX.demonym;
  if (lex.anonymousHeads.has(word)) bits |= LX.anonymousHead;
  if (lex.groupHeads.has(word)) bits |= LX.groupHead;
  if (lex.regionAdjectives.has(word)) bits |= LX.regionAdjective;
  if (lex.institutions.has(word)) bits |= LX.institution;
  if (lex.outlets.has(word)) bits |= LX.outlet;
  if (lex.notNames.has(word)) bits |= LX.notName;
  if (lex.orgHeads.has(word)) bits |= LX.orgHead;
  if (lex.placeHeads.has(word)) bits |= LX.placeHead;
  if (lex.multiwordFirsts.has(word)) bits |= LX.multiwordFirst;
  if (lex.determinedHolders.has(word)) bits |= LX.determinedHolder;
  if (lex.adjectival.has(word)) bits |= LX.adjectival;
  if (lex.pronouns.has(word)) bits |= LX.pronoun;
  if (lex.phrases.has(word)) bits |= LX.cuePhrase;
  if (lex.progressive.has(word)) bits |= LX.progressive;
  if (headRoles(lex, word) & HEAD.holderNoun) bits |= LX.holderNoun;
  return bits;
}

function build(lex: Lexicon, word: string, table: Map<string, WordFacts>): WordFacts {
  const f: WordFacts = { lex: lexBits(lex, word), role: roleBits(word), tags: tagBits(lex, word), head: headRoles(lex, word), verb: lex.verbs.get(word), seconds: null, stem: null as unknown as WordFacts, plain: PLAIN_WORD.test(word), phraseIndex: null, phraseEntry: null, opensShare: null, mayCue: null };
  if (f.lex & LX.multiwordFirst) f.seconds = secondWords(lex, word);
  // (lower case has a straight apostrophe; stripPossessive in mentions.ts)
  f.stem = word.length >= 3 && endsInApostropheS(word) ? factsOf(lex, word.slice(0, -2), table) : f;
  return f;
}

/**
 * The second words of the outlets' and institutions' names of several words that start with
 * `first`, each with the lengths (in words) of those names as bits (1 << length).
 */
function secondWords(lex: Lexicon, first: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const names of [lex.outlets, lex.institutions]) {
    for (const name of names.keys()) {
      const words = name.split(' ');
      if (words.length > 1 && words[0] === first) out.set(words[1]!, (out.get(words[1]!) ?? 0) | (words.length < 31 ? 1 << words.length : 0));
    }
  }
  return out;
}

/** The facts of a word (lower case, straight apostrophes, as Token.lower). */
export function factsOf(lex: Lexicon, word: string, table: Map<string, WordFacts> = tableOf(lex)): WordFacts {
  const known = table.get(word);
  if (known !== undefined) return known;
  const f = build(lex, word, table);
  if (table.size < MAX_FACTS) table.set(word, f);
  return f;
}

/** The facts of each token's lower-case form, in order (one lookup a token). */
export function tokenFacts(tokens: readonly Token[], lex: Lexicon): WordFacts[] {
  const table = tableOf(lex);
  const out: WordFacts[] = [];
  for (let i = 0; i < tokens.length; i++) out.push(factsOf(lex, tokens[i]!.lower, table));
  return out;
}
