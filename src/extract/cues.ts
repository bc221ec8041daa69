// Cue words of a sentence: the verbs, adjectives and phrases that attribute a view
// ("said", "urged", "remains cautious", "according to"), and the quoted regions.
import type { SentenceKind } from '../schema.js';
import { tagBits, TAG, type CuePhrase, type Lexicon, type VerbInfo } from './lexicon.js';
import type { Mention } from './mentions.js';
import { endsInApostropheS, isAdverb, isQuoteMark, type Token } from '../text/tokens.js';
import { wordsWithRole } from './words.js';
import { LX, tokenFacts, WR, type WordFacts } from './facts.js';

// (regexes as constants: a literal in a function is a new object each time it runs)
/** compromise's adverb tag */
const ADVERB_TAG = /Adverb/;
/** compromise's infinitive tag */
const INFINITIVE_TAG = /Infinitive/;
/** compromise's past-tense tag */
const PAST_TAG = /PastTense/;
/** a word in -ed */
const ED_END = /ed$/;
/** a word in -s but not -ss */
const PLURAL_END = /[^s]s$/;
/** a number in digits */
const DIGITS = /^\d+$/;

export interface Cue { index: number; word: string; verb: VerbInfo | null; kind: 'verb' | 'adjectival' | 'according' | 'caption' }

export const AUX = wordsWithRole('aux');

export const BE = wordsWithRole('be');

export const RELATIVES = wordsWithRole('relative');

export const SUBJECT_PRONOUNS = wordsWithRole('subject-pronoun');

const REFLEXIVE = wordsWithRole('reflexive');

/** "a think tank", "talk radio", "a talk show": the verb is the first half of a noun */
const COMPOUND_HEADS = wordsWithRole('compound-head');

/** "Scholz welcomes Macron to Berlin": a verb of greeting with a person after it hosts, it holds no view */
const GREETINGS = wordsWithRole('greeting');

export const QUESTION_WORDS = wordsWithRole('question');

/** "support for", "a call for", "the ban on": a cue word that is a noun before "for"/"of" */
export const NOUN_BEFORE_OF = wordsWithRole('noun-before-of');

const ARTICLES = wordsWithRole('article');
const POSSESSIVE_PRONOUNS = wordsWithRole('possessive-pronoun');
const SPEAK_OUT = wordsWithRole('speak-out');
const APPEALS = wordsWithRole('appeal');
const ASK_QUESTIONS = wordsWithRole('ask-question');
const SPEAK_WITH = wordsWithRole('speak-with');
const NOT_VERDICT_OBJECTS = wordsWithRole('not-verdict-object');
const VERDICT_OBJECT_ENDS = wordsWithRole('verdict-object-end');
const INVERTED_OPENERS = wordsWithRole('inverted-opener');

export function words(tokens: Token[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => { if (t.kind === 'word') out.push(i); });
  return out;
}

/** Quoted regions as token ranges [open, close]; an unclosed one runs to the end. */
export interface Quotes { regions: Array<[number, number]>; open: boolean; leadingClose: boolean }

/**
 * The quoted regions of a sentence. One that begins inside a quotation (`inside`: the sentence
 * before ended in an open one) has a region from -1 to its first quote mark, which closes,
 * straight or curly: `It will fail," he said.` A mark that opens the sentence re-opens the
 * quotation (its next paragraph).
 */
export function quoteRegions(tokens: Token[], inside = false): Quotes {
  const regions: Array<[number, number]> = [];
  const NONE = -2;
  let open = inside ? -1 : NONE;
  let leadingClose = false;
  let single = false;
  // (a loop, not forEach: the state is the loop's own, not a closure's)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "‘escalation of tensions’.": after a single opening quote, a right single quote that ends
    // a word closes it (elsewhere it is an apostrophe: "the allies’ weapons")
    if (single && open >= 0 && t.kind === 'punct' && t.text === '\u2019') { regions.push([open, i]); open = NONE; single = false; continue; }
    if (!isQuoteMark(t)) continue;
    // "Italy‘s": a left single quote glued to a word is a mistyped apostrophe
    if (t.text === '\u2018' && i > 0 && tokens[i - 1]!.kind === 'word' && tokens[i - 1]!.end === t.start) continue;
    if (i === 0 && inside && t.kind !== 'close-quote') continue;
    // "“for defensive purposes“, he said": an opening mark typed where a closing one belongs
    // closes the open quotation when punctuation or the sentence's end follows it
    const next = tokens[i + 1];
    const misTyped = t.kind === 'open-quote' && open !== NONE && (!next || (next.kind === 'punct' && /^[,.;:!?]$/.test(next.text)));
    const opening = !misTyped && (t.kind === 'open-quote' || (t.kind === 'quote' && open === NONE));
    if (opening && open === NONE) { open = i; single = t.text === '\u2018'; continue; }
    if (!opening || t.kind === 'quote' || t.kind === 'close-quote') {
      if (open !== NONE) { regions.push([open, i]); if (open === -1) leadingClose = true; open = NONE; } else if (regions.length === 0) { regions.push([-1, i]); leadingClose = true; }
    }
  }
  const unclosed = open !== NONE;
  if (unclosed) regions.push([open, tokens.length]);
  return { regions, open: unclosed, leadingClose };
}

export function inRegion(i: number, regions: Array<[number, number]>): [number, number] | null {
  for (const r of regions) if (i > r[0] && i < r[1]) return r;
  return null;
}

/** `facts`: of each token (facts.ts tokenFacts) */
export function isVerbal(tokens: Token[], i: number, info: VerbInfo, lex: Lexicon, mentionEnds: Positions, modifierEndsAt: Positions, facts: readonly WordFacts[]): boolean {
  const next = tokens[i + 1];
  if (info.form === 'ed' || info.form === 'ing') {
    // "the limited strikes", "an approved plan": a participle before a noun is an adjective
    const prev = tokens[i - 1];
    if (prev && (ARTICLES.has(prev.lower) || POSSESSIVE_PRONOUNS.has(prev.lower)) && info.form === 'ed') return false;
    return true;
  }
  // base and -s forms are verbs only after a subject, an auxiliary or "to"
  if (next && next.kind === 'word' && (next.lower === 'for' || next.lower === 'of') && NOUN_BEFORE_OF.has(tokens[i]!.lower)) return false;
  let j = i - 1;
  // ("the mayor often says": past an adverb compromise knows, not only one in -ly)
  while (j >= 0 && (isAdverb(tokens[j]) || (tokens[j]!.kind === 'word' && !tokens[j]!.cap && lex.words.get(tokens[j]!.lower) === 'Adverb'))) j--;
  const prev = tokens[j];
  if (!prev) return false;
  // ("The Vatican says it has no plans": after a name that a determiner opens, a verb that takes
  // a clause, with the clause's start after it, is a verb, not a noun as in "the Ukrainian request")
  if (mentionEnds.has(j + 1)) return !modifierEndsAt.has(j + 1) || (j === i - 1 && lex.complementVerbs.has(info.base) && clauseStarts(next) && !NOT_BEFORE_VERB.has(prev.lower));
  if (prev.kind !== 'word') return prev.kind === 'close-quote' || prev.kind === 'quote' || prev.text === ',';
  if (AUX.has(prev.lower) || prev.lower === 'to' || SUBJECT_PRONOUNS.has(prev.lower) || RELATIVES.has(prev.lower) || prev.lower === 'i') return true;
  // (a head of an unnamed source, of a group or of a holder: the word's HEAD bits, lexicon.ts headRoles)
  if (facts[j]!.head !== 0) return true;
  // "people who have battled other threats say it could", "friends of his who saw him recently
  // say that": a verb that takes a clause, with the clause's start after it, ends a long subject
  return lex.complementVerbs.has(info.base) && !NOT_BEFORE_VERB.has(prev.lower) && !endsInApostropheS(prev.lower) && clauseStarts(next);
}

/** words after which a base form is a noun or an infinitive ("a say", "to say", "would say" is an aux) */
const NOT_BEFORE_VERB = new Set([...wordsWithRole('determiner'), ...wordsWithRole('preposition'), ...wordsWithRole('before-noun')]);

/** the token opens a clause: "that", a subject pronoun, an article or a name */
function clauseStarts(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  return t.lower === 'that' || SUBJECT_PRONOUNS.has(t.lower) || t.lower === 'it' || t.lower === 'the' || t.lower === 'a' || t.cap;
}

/** words that open a short time or manner phrase between a verb and its "that" */
const BEFORE_THAT = wordsWithRole('before-that');

const PRESS = wordsWithRole('press');
const PREPOSITIONS = wordsWithRole('preposition');

function quoteBeforeClauseEnd(tokens: Token[], from: number, within: number): boolean {
  for (let k = from; k < tokens.length && k < from + within; k++) {
    const t = tokens[k]!;
    if (isQuoteMark(t)) return true;
    if (t.text === ',' || t.text === ';' || t.text === '.') return false;
  }
  return false;
}

/** "what" a few words before the verb, words only between ("what the president called") */
function whatBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 2; k >= 0 && k >= i - 5; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (t.lower === 'what') return true;
  }
  return false;
}

/** "sees the new bill as", "sees Cruz as a uniter.": "as" after an object of words only */
function asAfterObject(tokens: Token[], i: number): boolean {
  for (let k = i + 2; k < tokens.length && k < i + 2 + AS_WINDOW; k++) {
    const t = tokens[k]!;
    if (t.lower === 'as') return tokens[i + 1]!.kind === 'word';
    if (t.kind !== 'word' && t.text !== '\u2019' && t.text !== "'") return false;
  }
  return false;
}

/** how far after "spoke" its "about" may stand ("spoke at the White House on Tuesday about") */
const ABOUT_WINDOW = 8;

/** "about", "out against" or "out for" within a few words after the verb, in its clause */
function aboutWithin(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.lower === 'out' && SPEAK_OUT.has(tokens[i + 2]?.lower ?? '')) return true;
  for (let k = i + 1; k < tokens.length && k <= i + ABOUT_WINDOW; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (t.lower === 'about') return true;
  }
  return false;
}

/** a weak verb this close after a closing quotation mark is the quotation's ("…?” the president asked") */
const QUOTE_CLOSED_WITHIN = 6;
/** how far after a weak verb its object ("concerns", "that") may stand */
const WEAK_OBJECT_WINDOW = 5;

/** how far after "see" its "as" may stand ("sees the new bill as") */
const AS_WINDOW = 5;
/** words an object may have between "called" and its verdict ("called the senator's plan a …") */
const VERDICT_OBJECT = 4;

/** determiners that open the object of "called" before an adjective verdict ("called the plan reckless") */
const OBJECT_OPENERS = wordsWithRole('object-opener');

/** compromise knows the word as an adjective and as nothing else, or it does not know a word of an adjective's ending */
function adjectiveOnly(word: string, lex: Lexicon): boolean {
  const tags = lex.words.get(word);
  return tags === 'Adjective' || (tags === undefined && /(?:ous|ful|ive|able|ible|less|ated)$/.test(word));
}

/** words a named owner may take after "called" before its statement ("called British Foreign Secretary David Cameron's statement") */
const VERDICT_OWNER = 6;

/** "called him a liar": an object of one to four words, then "a" or "an" (not "called a meeting") */
function verdictAfterObject(tokens: Token[], i: number, lex: Lexicon): boolean {
  // "called Mayor Holt's remarks that … a mistake": a named owner's statement or position is judged
  for (let k = i + 1; k <= i + VERDICT_OWNER && k + 1 < tokens.length && tokens[k]!.kind === 'word' && tokens[k]!.cap; k++) {
    if (/['\u2019]s$/.test(tokens[k]!.text) && lex.positionNouns.has(tokens[k + 1]!.lower)) return true;
  }
  for (let k = i + 2; k <= i + 1 + VERDICT_OBJECT && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    // "called the decision a mistake": a determined object that is a statement or position
    if ((t.lower === 'a' || t.lower === 'an') && OBJECT_OPENERS.has(tokens[i + 1]!.lower) && lex.positionNouns.has(tokens[k - 1]!.lower)) return true;
    if (t.lower === 'a' || t.lower === 'an') return tokens[i + 1]!.kind === 'word' && !NOT_VERDICT_OBJECTS.has(tokens[i + 1]!.lower) && !/^\d/.test(tokens[i + 1]!.lower);
    // "called the charges unsubstantiated": an adjective after a determined object
    if (k > i + 2 && OBJECT_OPENERS.has(tokens[i + 1]!.lower) && adjectiveOnly(t.lower, lex)) return true;
    if (VERDICT_OBJECT_ENDS.has(t.lower)) return false;
  }
  return false;
}

/** `base`: the base of the verb at i (lex.verbs), when the caller has it */
export function hasWeakObject(tokens: Token[], i: number, lex: Lexicon, base: string | undefined = lex.verbs.get(tokens[i]!.lower)?.base): boolean {
  // "called on partners to", "called for": an appeal, not a name or a phone call
  if (tokens[i]!.lower.startsWith('call') && APPEALS.has(tokens[i + 1]?.lower ?? '')) return true;
  // "pressed the administration to go further", "pushed for": an appeal
  if ((base === 'press' || base === 'push') && tokens.slice(i + 1, i + 5).some((t) => t.lower === 'to' || t.lower === 'for')) return true;
  // "has asked Washington and London to allow strikes", "has been asking for months": a request
  if (base === 'ask' && (tokens[i + 1]?.lower === 'for' || tokens.slice(i + 1, i + 7).some((t) => t.lower === 'to'))) return true;
  // "asked the senator whether", "asked about the plan": a question put
  if (base === 'ask' && tokens.slice(i + 1, i + 6).some((t) => ASK_QUESTIONS.has(t.lower))) return true;
  // "put it more bluntly": a statement
  if (base === 'put' && tokens[i + 1]?.lower === 'it') return true;
  // "has allowed Ukraine to fire", "permitted the weapons to be used": a decision
  if ((base === 'allow' || base === 'permit') && tokens.slice(i + 1, i + 7).some((t) => t.lower === 'to')) return true;
  // "was commenting on the attempts", "commented on the plan": a statement about it
  if (base === 'comment' && tokens[i + 1]?.lower === 'on') return true;
  // "has ruled out long-range strikes": a refusal
  if (base === 'rule' && tokens[i + 1]?.lower === 'out') return true;
  // "turned down such requests": a refusal
  if (base === 'turn' && tokens[i + 1]?.lower === 'down') return true;
  // "“Should Ukraine just sit and watch?” the president asked": the quotation it closes
  for (let k = i - 1; k >= 0 && k >= i - QUOTE_CLOSED_WITHIN; k--) if (tokens[k]!.kind === 'close-quote') return true;
  // "has made clear that": a statement
  if (base === 'make' && tokens[i + 1]?.lower === 'clear') return true;
  // "what he calls corruption", "what the president called a betrayal": a name given to a thing
  if (base === 'call' && whatBefore(tokens, i)) return true;
  // "called him a liar", "calling Trump a fascist": a verdict on its object
  if (base === 'call' && verdictAfterObject(tokens, i, lex)) return true;
  // "sees the plan as a betrayal", "viewed Kyiv as a partner": a view of its object
  if ((base === 'see' || base === 'view') && asAfterObject(tokens, i)) return true;
  // "called the debate 'playing with fire'": a verdict in quotation marks after the object
  if (base === 'call' && quoteBeforeClauseEnd(tokens, i + 1, 8)) return true;
  // "spoke about the need for", "talked about how", "spoke out against", "has spoken at length
  // about": speaking on a subject (not "spoke to her sister", "talks with Iran")
  if ((base === 'speak' || base === 'talk') && aboutWithin(tokens, i)) return true;
  // "pointed to his record", "points to the poll": an argument (not "pointed at the door")
  if (base === 'point' && (tokens[i + 1]?.lower === 'to' || tokens[i + 1]?.lower === 'out')) return true;
  // "described the plan as a betrayal": a view of its object
  if (base === 'describe' && asAfterObject(tokens, i)) return true;
  // "speaks to reporters", "talked with journalists": speaking on the record
  if ((base === 'speak' || base === 'talk') && SPEAK_WITH.has(tokens[i + 1]?.lower ?? '') && PRESS.has(tokens[i + 2]?.lower === 'the' ? tokens[i + 3]?.lower ?? '' : tokens[i + 2]?.lower ?? '')) return true;
  for (let k = i + 1; k < tokens.length && k <= i + WEAK_OBJECT_WINDOW; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') { if (t.text === ',' || t.text === ';') return false; continue; }
    // (the word without a possessive "'s": a test of its end, no regex run per word)
    const w = endsInApostropheS(t.lower) ? t.lower.slice(0, -2) : t.lower;
    if (lex.weakObjects.has(w) || lex.positionNouns.has(w) && lex.decisionNouns.has(w)) return true;
    // "repeated that", "repeated on Wednesday that", "said again that"
    if (w === 'that' && (k === i + 1 || k <= i + 4 && BEFORE_THAT.has(tokens[i + 1]!.lower))) return true;
  }
  const next = tokens[i + 1];
  return Boolean(next && (next.text === ':' || isQuoteMark(next) || (next.text === ',' && tokens[i + 2] && isQuoteMark(tokens[i + 2]!))));
}

/** words of a group's split over a question ("divided over", "split on"), and the words that name the question after them */
// (the words of a split are words.json's division role, WR.division of the token's facts)
const DIVISION_TOPIC = wordsWithRole('division-topic');

/** Token positions, as the rules ask them: is `i` one of them? */
export interface Positions { has(i: number): boolean }

/** Bits of findCues' marks: what stands at a token position (a mention's end or start, or inside one). */
const INSIDE = 1 << 0, MENTION_END = 1 << 1, MODIFIER_END = 1 << 2, HOLDER_END = 1 << 3, HOLDER_START = 1 << 4, PERSON_END = 1 << 5;

/** The positions below `size` whose mark has `bit`. */
class Marked implements Positions {
  constructor(private readonly marks: Uint8Array, private readonly bit: number, private readonly size: number) {}
  has(i: number): boolean {
    return i >= 0 && i < this.size && (this.marks[i]! & this.bit) !== 0;
  }
}

/** Marks position `i` below `size` with `bit` (a mention lies within the tokens, so every position it gives is below it). */
function mark(marks: Uint8Array, size: number, i: number, bit: number): void {
  if (i >= 0 && i < size) marks[i]! |= bit;
}

/**
 * findCues' marks, kept from one sentence to the next and cleared over the sentence's length
 * (findCues is not re-entered): a typed array of more than 64 bytes is made outside V8's heap, at
 * about a microsecond each.
 */
const MARKS = { array: new Uint8Array(256) };

/** MARKS' array with its first `size` cleared, grown when a sentence is longer. */
function clearedMarks(size: number): Uint8Array {
  if (MARKS.array.length < size) MARKS.array = new Uint8Array(Math.max(size, MARKS.array.length * 2));
  const marks = MARKS.array;
  marks.fill(0, 0, size);
  return marks;
}

/** Whether a person's name, not a possessive, starts at token k. */
function personAt(mentions: readonly Mention[], k: number): boolean {
  for (let n = 0; n < mentions.length; n++) { const m = mentions[n]!; if (m.start === k && m.kind === 'person' && !m.possessive) return true; }
  return false;
}

/** `facts`: of each token (facts.ts tokenFacts), when the caller has them already */
export function findCues(tokens: Token[], mentions: Mention[], kind: SentenceKind, lex: Lexicon, facts: WordFacts[] = tokenFacts(tokens, lex)): Cue[] {
  // (the token positions each kind of mention starts or ends at, as bits of one array filled in
  // one loop over the mentions: no sets, no arrays between)
  const size = tokens.length + 1;
  const marks = clearedMarks(size);
  const mentionEnds = new Marked(marks, MENTION_END, size);
  // "the Ukrainian request": a word after a demonym or a determiner is a noun ("organizers in
  // Cleveland say": not after a place that is the object of a preposition)
  const modifierEndsAt = new Marked(marks, MODIFIER_END, size);
  // where a holder that can be a verb's subject ends: a person, a source, an outlet, "he"
  const holders: Mention[] = [];
  const holderEnds = new Marked(marks, HOLDER_END, size);
  const holderStarts = new Marked(marks, HOLDER_START, size);
  // (for personSpeech a body is left out: "the choir repeated the anthem")
  const personEnds = new Marked(marks, PERSON_END, size);
  // (loops by index, no closures: a smaller graph for V8 to compile)
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n]!;
    mark(marks, size, m.end, MENTION_END);
    if ((m.kind === 'place' && !PREPOSITIONS.has(tokens[m.start - 1]?.lower ?? '')) || (m.start > 0 && ARTICLES.has(tokens[m.start - 1]!.lower) && m.kind !== 'group' && m.kind !== 'anonymous')) mark(marks, size, m.end, MODIFIER_END);
    if (m.kind !== 'place' && !m.possessive && (m.kind !== 'pronoun' || SUBJECT_PRONOUNS.has(tokens[m.start]!.lower))) {
      holders.push(m);
      mark(marks, size, m.end, HOLDER_END);
      if (m.kind !== 'group' && (m.kind !== 'anaphor' || lex.anonymousHeads.has(m.head ?? ''))) mark(marks, size, m.end, PERSON_END);
    }
    if (m.kind !== 'place' && m.kind !== 'pronoun') mark(marks, size, m.start, HOLDER_START);
    for (let k = m.start; k < m.end && k < tokens.length; k++) marks[k]! |= INSIDE;
  }
  // (a verb in a quotation's tag needs a holder before it or a closing quote: without either in
  // the sentence, tagVerb is not asked)
  const tags = holders.length > 0 || hasQuoteMark(tokens);
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'word') continue;
    const t = tokens[i]!;
    if ((marks[i]! & INSIDE) !== 0) continue;
    const f = facts[i]!;
    // (most words can be no cue whatever stands around them: passed over on one bit of their facts)
    let may = f.mayCue;
    if (may === null) may = f.mayCue = mayCue(t.lower, f, lex);
    if (!may) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') { cues.push({ index: i, word: 'according to', verb: null, kind: 'according' }); continue; }
    const adjectival = adjectivalCue(tokens, i, f, holderEnds);
    if (adjectival !== null) { cues.push({ index: i, word: adjectival, verb: null, kind: 'adjectival' }); continue; }
    const phrase = f.lex & LX.cuePhrase ? phraseAt(tokens, i, lex) : null;
    if (phrase) {
      const verb: VerbInfo = { base: phrase.base, cls: 'speech', weak: false, form: phrase.form };
      if (isVerbal(tokens, i, verb, lex, mentionEnds, modifierEndsAt, facts)) { cues.push({ index: i, word: t.text, verb, kind: 'verb' }); continue; }
    }
    const info = f.verb;
    if (!info) {
      const progressive = f.lex & LX.progressive ? lex.progressive.get(t.lower) : undefined;
      if (progressive && progressiveAfterHolder(tokens, i, lex, holderEnds)) { cues.push({ index: i, word: t.text, verb: progressive, kind: 'verb' }); continue; }
      const tag = tags ? tagVerb(tokens, i, lex, holders, holderEnds, holderStarts) : null;
      if (tag) cues.push({ index: i, word: t.text, verb: tag, kind: 'verb' });
      continue;
    }
    if ((info.base === 'speak' || info.base === 'talk') && kind === 'caption') { cues.push({ index: i, word: t.text, verb: info, kind: 'caption' }); continue; }
    if (!isVerbal(tokens, i, info, lex, mentionEnds, modifierEndsAt, facts)) continue;
    // "Ukraine finds itself outgunned": a verb on a reflexive describes its subject
    if (REFLEXIVE.has(tokens[i + 1]?.lower ?? '')) continue;
    if (COMPOUND_HEADS.has(tokens[i + 1]?.lower ?? '')) continue;
    if (GREETINGS.has(info.base) && personAt(mentions, i + 1)) continue;
    if (info.weak && !hasWeakObject(tokens, i, lex, info.base) && !bareSpeech(tokens, i, info, lex) && !holderSpeech(tokens, i, info, lex, lex.personSpeech.has(info.base) ? personEnds : holderEnds)
      && !invertedBare(tokens, i, info, lex, holderStarts) && !(tokens[i - 1]?.text === ',' && lex.commaParticiples.has(t.lower))) continue;
    cues.push({ index: i, word: t.text, verb: info, kind: 'verb' });
  }
  return cues;
}

/**
 * The progressive of a verb after its holder ("Clinton is defending her plan", "the city was
 * demanding an apology", "he has been thanking donors", "Trump is now seeking"): a form of "be"
 * right before the -ing form, past adverbs, then the holder with its auxiliaries; not "the task is
 * challenging" (no holder), "the defending champion" (no "be"), "seeking office, she ran" (no "be").
 */
function progressiveAfterHolder(tokens: Token[], i: number, lex: Lexicon, holderEnds: Positions): boolean {
  const adverb = (k: number) => isAdverb(tokens[k]) || ADVERB_TAG.test(lex.words.get(tokens[k]!.lower) ?? '');
  let j = i - 1;
  while (j >= 0 && (adverb(j) || (AUX.has(tokens[j]!.lower) && !BE.has(tokens[j]!.lower)))) j--;
  // "She's demanding", "It's denouncing": a pronoun and "be" in one word
  if (PERSON_BE_CONTRACTIONS.has(tokens[j]?.lower ?? '') || tokens[j]?.lower === "it's") return holderEnds.has(j + 1) && tokens[i + 1]?.lower !== 'by';
  if (!PROGRESSIVE_BE.has(tokens[j]?.lower ?? '')) return false;
  j--;
  while (j >= 0 && (adverb(j) || AUX.has(tokens[j]!.lower))) j--;
  return holderEnds.has(j + 1) && tokens[i + 1]?.lower !== 'by';
}

/** a pronoun of persons and a form of "be" in one word ("She's also supportive", "They're hopeful"); not "it's", "that's", "there's" */
const PERSON_BE_CONTRACTIONS = wordsWithRole('person-be');

/** forms of "be" that make a progressive with a verb's -ing form */
// (a token's lower case has straight apostrophes: "they’re" is read as "they're")
const PROGRESSIVE_BE = wordsWithRole('progressive-be');

/**
 * A weak verb of speech in a finite form right after its holder ("Clinton noted the attacks",
 * "He described the plan", "Officials cited the cost"): not "the plan described by" (no holder
 * before it) nor "described" after "was" (a passive).
 */
function holderSpeech(tokens: Token[], i: number, info: VerbInfo, lex: Lexicon, holderEnds: Positions): boolean {
  if (!lex.holderSpeech.has(info.base) || (info.form !== 'ed' && info.form !== 's' && info.form !== 'ing')) return false;
  if (info.form === 'ing') return progressiveAfterHolder(tokens, i, lex, holderEnds) && !(lex.measuredHolderVerbs.has(info.base) && meetsOrGoes(tokens, i, lex));
  // past adverbs and auxiliaries: "Trump has often cited", "Lawmakers also asked"
  let j = i - 1;
  const skip = () => { while (j >= 0 && (isAdverb(tokens[j]) || ADVERB_TAG.test(lex.words.get(tokens[j]!.lower) ?? '') || (AUX.has(tokens[j]!.lower) && !BE.has(tokens[j]!.lower)))) j--; };
  skip();
  // "Collins on Sunday defended", "Priebus this past week announced": past a time phrase
  const time = timePhraseBefore(tokens, j, lex);
  if (time >= 0 && !holderEnds.has(j + 1)) { j = time - 1; skip(); }
  // "Hale, the mayor, noted", "Politico, in a long look at the race, described": past an aside
  // between commas that opens right after the holder
  if (tokens[j]?.text === ',' && !holderEnds.has(j + 1)) j = asideOpening(tokens, j, holderEnds);
  return holderEnds.has(j + 1) && tokens[i + 1]?.lower !== 'by' && !(lex.measuredHolderVerbs.has(info.base) && meetsOrGoes(tokens, i, lex));
}

/** how many tokens an aside between commas after a holder may span ("Breitbart News, for one, noted") */
const MAX_HOLDER_ASIDE = 14;

/**
 * The token before the comma that opens an aside closed by the comma at `close`, when a holder
 * ends right before that opening comma; else `close`. Words, hyphens, periods of abbreviations
 * and brackets only between (no quotation, no clause-ending mark, no second comma pair).
 */
function asideOpening(tokens: Token[], close: number, holderEnds: Positions): number {
  for (let k = close - 1; k > 0 && k >= close - MAX_HOLDER_ASIDE; k--) {
    const t = tokens[k]!;
    if (t.text === ',') return holderEnds.has(k) && k < close - 1 ? k - 1 : close;
    if (t.kind !== 'word' && !ASIDE_PUNCT.has(t.text)) return close;
  }
  return close;
}
const ASIDE_PUNCT = new Set(['-', '.', '(', ')', "'", '\u2019']);

const TIME_ANCHORS = wordsWithRole('time-anchor');
const TIME_MODIFIERS = wordsWithRole('time-modifier');
const TIME_SPANS = wordsWithRole('time-span');
/** words a time phrase between a holder and its verb may have ("this past week", "on Sunday") */
const MAX_TIME_WORDS = 5;

/** where a time phrase ending at token k starts ("on Sunday", "last week", "this past week"), or -1 */
function timePhraseBefore(tokens: Token[], k: number, lex: Lexicon): number {
  let j = k;
  let anchored = false;
  while (j >= 0 && j > k - MAX_TIME_WORDS && tokens[j]!.kind === 'word') {
    const t = tokens[j]!;
    const w = t.lower;
    if (TIME_ANCHORS.has(w) || TIME_SPANS.has(w) || ((tagBits(lex, w) & TAG.date) !== 0 && t.cap)) anchored = true;
    else if (!(TIME_MODIFIERS.has(w) || DIGITS.test(w))) break;
    j--;
  }
  return anchored && j < k ? j + 1 : -1;
}

/**
 * "Moreau spoke to her sister", "spoke with reporters", "spoke in Prague", "spoke after the
 * meeting": a verb measured after a holder (cues.json holderVerbs) that goes on with a preposition
 * of company, place or time, or with "to" and a noun phrase, names a meeting or a place, not a
 * statement ("tried to stop", "decided to run"
 * keep their infinitive)
 */
/** prepositions of company, place and time ('spoke after the meeting', 'spoke in Prague'); not about, of, on, for, out */
const MEETING_OR_PLACE = wordsWithRole('meeting-or-place');

function meetsOrGoes(tokens: Token[], i: number, lex: Lexicon): boolean {
  const next = tokens[i + 1]?.lower ?? '';
  if (MEETING_OR_PLACE.has(next)) return true;
  if (next !== 'to') return false;
  const after = tokens[i + 2];
  return Boolean(after && after.kind === 'word' && !INFINITIVE_TAG.test(lex.words.get(after.lower) ?? ''));
}

/** "…, noted NBC’s Dante Chinni", "…,” asked one reporter": a bare verb of speech after a comma or a quotation, its holder after it */
function invertedBare(tokens: Token[], i: number, info: VerbInfo, lex: Lexicon, holderStarts: Positions): boolean {
  if (!lex.bareSpeech.has(info.base) || info.form !== 'ed') return false;
  const prev = tokens[i - 1];
  if (!prev || (prev.text !== ',' && prev.kind !== 'close-quote' && prev.kind !== 'quote')) return false;
  return holderStarts.has(i + 1) || (INVERTED_OPENERS.has(tokens[i + 1]?.lower ?? '') && holderStarts.has(i + 2));
}

/** words that may follow a tag's verb: "he continued, …", "she shot back", "he charged in an interview" */
const TAG_FOLLOWERS = wordsWithRole('tag-follower');
/** the words a tag's holder may span: "he", "the senator", "Gov. Ann Moreau" */
const MAX_TAG_HOLDER = 5;

/** Whether some token is a quote mark that may close a quotation (quoteClosedBefore). */
function hasQuoteMark(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) { const q = tokens[k]!.kind; if (q === 'close-quote' || q === 'quote') return true; }
  return false;
}

/** a quotation closed after a comma, question or exclamation mark ends right before token k */
function quoteClosedBefore(tokens: Token[], k: number): boolean {
  const q = tokens[k - 1];
  if (!q || (q.kind !== 'close-quote' && q.kind !== 'quote')) return false;
  const p = tokens[k - 2]?.text ?? '';
  return p === ',' || p === '?' || p === '!' || p === '\u2014' || p === '-' || p === '\u2026';
}

/**
 * "“…,” he continued.", "“…,” Kelly charged in her opening question.", "“…!” beamed a delegate",
 * "Limbaugh continued: “…”":
 * a verb in the tag of a quotation, its holder right before it or right after it, is a verb of
 * saying whatever else it means (one the lexicon does not list: those are cues already). A
 * finite form only, and nothing after it but the end of the clause, an adverb or a preposition.
 * Its holder: speaker.tag-verb (subjects.ts).
 */
function tagVerb(tokens: Token[], i: number, lex: Lexicon, holders: Mention[], holderEnds: Positions, holderStarts: Positions): VerbInfo | null {
  const t = tokens[i]!;
  // (i = 1: "She continued, “…”", a pronoun that opens the sentence)
  if (t.cap || i < 1 || t.kind !== 'word') return null;
  const before = i >= 2 && quoteClosedBefore(tokens, i); // "“…,” continued the senator"
  let j = i;
  if (!before) {
    // (most words: no holder right before them, past adverbs)
    while (j > 0 && isAdverb(tokens[j - 1])) j--;
    if (!holderEnds.has(j)) return null;
  }
  // ("Limbaugh continued: “…”", "he boomed: “…”": a verb that opens a quotation after a colon)
  // (or after a comma, "He continued, “I believe …”": an opening quote, or a straight one before
  // a capital; not "…they lost," he said", where the quote closes)
  const opens = (tokens[i + 1]?.text === ':' && tokens[i + 2] !== undefined && isQuoteMark(tokens[i + 2]!))
    || (tokens[i + 1]?.text === ',' && (tokens[i + 2]?.kind === 'open-quote' || (tokens[i + 2]?.kind === 'quote' && tokens[i + 3]?.kind === 'word' && tokens[i + 3]!.cap === true)));
  if (!before) {
    const m = holders.find((x) => x.end === j);
    if (!m || m.end - m.start > MAX_TAG_HOLDER || !(opens || quoteClosedBefore(tokens, m.start))) return null;
  } else if (!before || !(holderStarts.has(i + 1) || (INVERTED_OPENERS.has(tokens[i + 1]?.lower ?? '') && holderStarts.has(i + 2)))) return null;
  const form = tagForm(t.lower, lex);
  if (form === null) return null;
  if (!before) {
    const next = tokens[i + 1];
    if (next && next.kind === 'word' && !TAG_FOLLOWERS.has(next.lower) && !isAdverb(next)) return null;
  }
  return { base: t.lower, cls: 'speech', weak: true, form };
}

/** The finite form a word in a quotation's tag may have (tagVerb): past ("continued", "shot"), present ("continues"), or null. */
function tagForm(word: string, lex: Lexicon): 'ed' | 's' | null {
  if (ED_END.test(word) || PAST_TAG.test(lex.words.get(word) ?? '')) return 'ed';
  if (PLURAL_END.test(word) && INFINITIVE_TAG.test(lex.words.get(word.slice(0, -1)) ?? '')) return 's';
  return null;
}

/**
 * Whether findCues can find a cue at a word (lower case) with facts `f`, whatever stands around
 * it: "according", "in" ("in favor"), a word of a group's split, an adjectival cue, the head of a
 * cue phrase, a progressive, a verb, or a finite form a quotation's tag may have (tagVerb). Each
 * step of findCues' loop asks one of these first and finds nothing without it, so a word that is
 * none of them is passed over (test/cue-candidates.test.ts holds this to the full loop).
 */
export function mayCue(word: string, f: WordFacts, lex: Lexicon): boolean {
  return word === 'according' || word === 'in' || (f.role & WR.division) !== 0 || (f.lex & (LX.adjectival | LX.cuePhrase | LX.progressive)) !== 0
    || f.verb !== undefined || tagForm(word, lex) !== null;
}

/** words before a verb that still leave it in an "as X noted" clause */
const BARE_SPEECH_WINDOW = 6;

/**
 * A weak speech verb with no object still reports speech when its clause ends with it ("the
 * bill, she noted, is dead", "Smith noted.", "Graham asked.") or when "as" opens its clause
 * ("as Smith noted in May"). Not "she noted a change" (an object follows).
 */
/** words that open a clause of time right after a bare verb of speech, ending its own clause */
const BARE_CLAUSE_END = wordsWithRole('bare-clause-end');

function bareSpeech(tokens: Token[], i: number, info: VerbInfo, lex: Lexicon): boolean {
  if (!lex.bareSpeech.has(info.base) || info.form === 'ing') return false;
  const next = tokens[i + 1];
  if (!next || next.text === ',' || next.text === '.' || next.text === ';' || next.text === '!' || next.text === '?' || next.text === '\u2014') return true;
  // "Putin spoke as the ministers met": a clause of time begins right after the verb
  if (BARE_CLAUSE_END.has(next.lower) && info.form !== 'base') return true;
  for (let k = i - 1; k >= 0 && k >= i - BARE_SPEECH_WINDOW; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (t.lower === 'as') return k === 0 || tokens[k - 1]!.kind !== 'word' || tokens[k - 1]!.lower === 'and' || tokens[k - 1]!.lower === 'but';
  }
  return false;
}

/** the phrase cue headed by the verb at i ("made it clear", "referred to the plan as"), if any */
function phraseAt(tokens: Token[], i: number, lex: Lexicon): CuePhrase | null {
  const list = lex.phrases.get(tokens[i]!.lower);
  if (!list) return null;
  for (const p of list) if (afterMatches(tokens, i + 1, p.after, 0)) return p;
  return null;
}

function afterMatches(tokens: Token[], k: number, steps: CuePhrase['after'], s: number): boolean {
  if (s === steps.length) return true;
  const step = steps[s]!;
  if ('gap' in step) {
    for (let g = 0; g <= step.gap; g++) {
      if (g > 0 && tokens[k + g - 1]?.kind !== 'word') return false;
      if (afterMatches(tokens, k + g, steps, s + 1)) return true;
    }
    return false;
  }
  const t = tokens[k];
  return Boolean(t && t.kind === 'word' && step.words.has(t.lower)) && afterMatches(tokens, k + 1, steps, s + 1);
}

/**
 * The words of an adjectival cue at `i`, or null: "is in favor of", "Democrats are divided over
 * the plan", "Senators split on the bill" (a headline, right after its holders: a group's split is
 * its members' positions, with what it is about after it; not "the region is divided into
 * districts"), "is opposed to". (One function, with one place that asks beforeIsBe: the rare
 * cases do not each throw away findCues' optimised code the first time they come up.)
 */
function adjectivalCue(tokens: Token[], i: number, f: WordFacts, holderEnds: Positions): string | null {
  const t = tokens[i]!;
  const next = tokens[i + 1]?.lower ?? '';
  const inFavor = t.lower === 'in' && (next === 'favor' || next === 'favour');
  const division = (f.role & WR.division) !== 0 && DIVISION_TOPIC.has(next);
  if (!inFavor && !division && !(f.lex & LX.adjectival)) return null;
  const be = beforeIsBe(tokens, i);
  if (inFavor && be) return next === 'favor' ? 'in favor' : 'in favour';
  if (division && (be || holderEnds.has(i))) return t.lower;
  if (f.lex & LX.adjectival && be) return t.lower;
  return null;
}

export function beforeIsBe(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (BE.has(t.lower) || PERSON_BE_CONTRACTIONS.has(t.lower)) return true;
    if (!isAdverb(t) && !AUX.has(t.lower) && t.lower !== 'so' && t.lower !== 'very' && t.lower !== 'more') return false;
  }
  return false;
}
