// Finds the words in a sentence that can name a holder of a view: people ("NATO Secretary
// General Jens Stoltenberg"), unnamed sources ("two U.S. officials"), bodies ("the Kremlin",
// "European allies", "Kyiv"), outlets ("The New York Times") and references back ("he", "the
// official", "these officials", "the president"). Names are provisional here; the article's
// registry (entities.ts) settles the canonical form.
import type { SpeakerKind } from '../schema.js';
import { mapped } from './arrays.js';
import { HEAD, TAG, tagBits, type Lexicon } from './lexicon.js';
import { factsOf, LX, PLAIN_WORD, tokenFacts, WR, type WordFacts } from './facts.js';
import type { Token } from '../text/tokens.js';
import { wordsWithRole } from './words.js';

// (regexes as constants: a literal in a function is a new object each time it runs)
/** a possessive "'s", with any apostrophe */
const POSSESSIVE_END = /['\u2018\u2019]s$/i;
/** a word in -ed or -ly */
const ED_OR_LY_END = /(ed|ly)$/;
/** a hyphen and lower-case letters at the end ("Russia-backed") */
const HYPHEN_LOWER_END = /-\p{Ll}+$/u;
/** a word in -ly */
const LY_END = /ly$/;
/** a word in capitals only */
const CAPITALS = /^[A-Z]{2,}$/;
/** an acronym of two to five capitals */
const ACRONYM = /^[A-Z]{2,5}$/;
/** a word in -s */
const S_END = /s$/;
/** a word in -ss */
const SS_END = /ss$/;
/** a number in figures */
const FIGURES = /^\d[\d.,]*$/;
/** initials with dots ("U.S.") */
const INITIALS = /^(?:[A-Z]\.){2,}$/;
/** a word in -ly, -ed or -ing */
const ADVERB_OR_PARTICIPLE_END = /(?:ly|ed|ing)$/;
/** a word in -s but not -ss */
const PLURAL_END = /[^s]s$/;
/** initials with dots or an acronym */
const INITIALS_OR_ACRONYM = /^(?:[A-Z]\.){2,}$|^[A-Z]{2,5}$/;
/** letters only */
const LETTERS = /^\p{L}+$/u;

export type MentionKind = SpeakerKind | 'pronoun' | 'title-ref' | 'anaphor' | 'place';

export interface Mention {
  /** token indices, end exclusive */
  start: number;
  end: number;
  kind: MentionKind;
  name: string;
  /** lower-case title words before a person's name ("secretary", "state") */
  titles: string[];
  /** for pronouns and references: the gender or number they need */
  gender: 'male' | 'female' | null;
  plural: boolean;
  possessive: boolean;
  /** "Kyiv's partners": the owner of a group noun */
  possessor: Mention | null;
  /** head noun of an unnamed source or body ("officials") */
  head: string | null;
}

const DETERMINERS = wordsWithRole('determiner');
const CONNECTORS = wordsWithRole('name-connector');

export function isPossessiveWord(t: Token): boolean {
  return t.kind === 'word' && POSSESSIVE_END.test(t.text) && t.text.length > 2;
}

function stripPossessive(word: string): string {
  const n = word.length;
  if (n < 3 || (word[n - 1] !== 's' && word[n - 1] !== 'S') || (word[n - 2] !== "'" && word[n - 2] !== '\u2019' && word[n - 2] !== '\u2018')) return word;
  return word.slice(0, -2);
}

function titleCaseSentence(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && /^\p{L}/u.test(t.text) && t.text.length > 3);
  if (words.length < 3) return false;
  return words.filter((t) => t.cap).length / words.length > 0.7;
}

export interface MentionContext {
  lex: Lexicon;
  /** a headline or heading, written in title case: capitals there do not mark names */
  headline: boolean;
  /** lower-case words that the article's prose capitalises mid-sentence (names seen in the body) */
  properWords: Set<string>;
  /** words the article also writes in lower case: in a title-case headline they are not names */
  lowerWords: Set<string>;
}

/**
 * The context of one sentence's search, with the facts of its tokens (facts.ts), index for index,
 * and `heads`: of each token, the first token from it on that can head a common noun phrase (see
 * headsAhead), so that commonGroup rules out a phrase with no head within its reach at once.
 */
interface Ctx extends MentionContext { facts: WordFacts[]; heads: number[] }

/** tokens a common noun phrase spans before its head at most (commonGroup's loop) */
const MAX_BEFORE_HEAD = 5;
/** (past any token) */
const NO_HEAD = 0x7fffffff;
/** (kept from one sentence to the next and overwritten: findMentions is not re-entered) */
const HEADS: number[] = [];

/**
 * Of each token, the first at or after it whose word can head a common noun phrase (headAt: a
 * HEAD word, or without its "'s"; a determined holder), NO_HEAD when none follows; for tokens
 * 0..n (n: none). Written over `out`.
 */
function headsAhead(F: readonly WordFacts[], n: number, out: number[]): number[] {
  let next = NO_HEAD;
  if (n < out.length) out[n] = next; else out.push(next);
  while (out.length < n + 1) out.push(NO_HEAD);
  for (let k = n - 1; k >= 0; k--) {
    const f = F[k]!;
    if (f.stem.head !== 0 || (f.lex & LX.determinedHolder) !== 0) next = k;
    out[k] = next;
  }
  return out;
}

/** `facts`: of each token (tokenFacts), when the caller has them already */
export function findMentions(tokens: Token[], context: MentionContext, facts: WordFacts[] = tokenFacts(tokens, context.lex)): Mention[] {
  const ctx: Ctx = { lex: context.lex, headline: context.headline, properWords: context.properWords, lowerWords: context.lowerWords, facts, heads: headsAhead(facts, tokens.length, HEADS) };
  const titleCase = ctx.headline && titleCaseSentence(tokens);
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const m = mentionAt(tokens, i, ctx, titleCase);
    if (m) {
      out.push(m);
      i = m.end;
    } else i++;
  }
  // "WASHINGTON (AP) —", "ORLANDO, Fla. (Reuters) -": a dateline names a place, never a holder
  const dateline = datelineEnd(tokens, ctx.lex);
  if (dateline > 0) for (let k = 0; k < out.length; k++) if (out[k]!.start < dateline && out[k]!.kind !== 'place') out[k] = asKind(out[k]!, 'place');
  // "US'": a plural-style possessive written as a bare apostrophe after the name
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    const next = tokens[m.end];
    if (next && (next.text === "'" || next.text === '\u2019') && next.start === tokens[m.end - 1]!.end) m.possessive = true;
  }
  return out;
}


/** tokens a dateline may run before its dash: "PASADENA, Calif., Jan. 1 (UPI) —" */
const MAX_DATELINE = 14;
const DASHES = new Set(['-', '\u2014', '\u2013']);

/**
 * Where a dateline that opens the sentence ends (the token after its dash), or -1: a place in
 * capitals, then optionally a region or date after a comma and an agency in brackets, then a
 * dash ("WASHINGTON (AP) —", "KYIV, Ukraine, June 5 (Reuters) -", "BRUSSELS —").
 */
export function datelineEnd(tokens: Token[], lex: Lexicon): number {
  const first = tokens[0];
  if (!first || first.kind !== 'word' || !/^\p{Lu}[\p{Lu}.'-]+$/u.test(first.text)) return -1;
  // a place, or a region or an agency after it ("NATO - the alliance - said" is no dateline)
  let marked = (tagBits(lex, first.lower) & TAG.place) !== 0;
  for (let k = 1; k < tokens.length && k <= MAX_DATELINE; k++) {
    const t = tokens[k]!;
    if (DASHES.has(t.text)) return marked ? k + 1 : -1;
    // "ROME: Italy's foreign minister …": a place in capitals and a colon
    if (t.text === ':') return k === 1 && (tagBits(lex, first.lower) & TAG.place) !== 0 ? k + 1 : -1;
    if (t.text === ',' || t.text === '(') marked = true;
    if (t.kind !== 'word' && t.text !== ',' && t.text !== '(' && t.text !== ')' && t.text !== '.') return -1;
  }
  return -1;
}

function isNounLike(word: string, f: WordFacts): boolean {
  const tags = f.tags;
  if (tags & TAG.verbish) return false;
  // "officials requested": compromise tags some participles as adjectives; a cue verb's -ed form is a verb here
  const cue = f.verb;
  // ("with officials telling the Post": a cue's -ing form after a head is a participle, too)
  if (cue && (cue.form === 'ed' || cue.form === 'ing')) return false;
  if (tags & TAG.nounish) return true;
  if (ED_OR_LY_END.test(word)) return false;
  const info = f.verb;
  if (info && info.form !== 'base' && info.form !== 's') return false;
  return true;
}

/** `f`: the facts of `t` */
function isCommonCapital(t: Token, f: WordFacts, ctx: MentionContext, titleCase: boolean, first: boolean, next?: Token): boolean {
  const word = stripPossessive(t.lower);
  const stem = f.stem;
  const bits = stem.lex;
  // ("…, Ban said": in running text a capitalised verb right before a verb of saying is a name)
  if (bits & LX.verb && !(bits & LX.title)) return first || titleCase || !saysNext(next, ctx);
  if (HYPHEN_LOWER_END.test(t.text) || t.text === 'I') return true;
  const tags = stem.tags;
  if (tags & TAG.date || bits & LX.notName) return true;
  if (!first && !titleCase) return false;
  if (first && LY_END.test(word) && !tags) return true;
  if (first && stem.role & WR.determiner) return true;
  if (titleCase && !tags && !ctx.properWords.has(word) && !(bits & (LX.title | LX.institution | LX.outlet | LX.demonym | LX.groupHead | LX.regionAdjective))) return true;
  if (bits & (LX.title | LX.demonym | LX.institution | LX.outlet)) return false;
  if (bits & (LX.anonymousHead | LX.groupHead | LX.regionAdjective)) return false;
  if (tags && !(tags & TAG.proper)) return true;
  if (!tags && ctx.lowerWords.has(word)) return true;
  return false;
}

const APOSTROPHE = 0x27;

/**
 * A word of more than three letters without its contraction ("he's" -> "he", "they're" ->
 * "they"; the ending "'s", "'re", "'ve", "'ll" or "'d"), or null when it has none. (Character
 * codes, not a regex: asked of every word, and most have no apostrophe near their end.)
 */
export function contractedStem(lower: string): string | null {
  const n = lower.length;
  if (n <= 3) return null;
  const last = lower.charCodeAt(n - 1);
  if (lower.charCodeAt(n - 2) === APOSTROPHE) return last === 0x73 /* s */ || last === 0x64 /* d */ ? lower.slice(0, n - 2) : null;
  if (lower.charCodeAt(n - 3) !== APOSTROPHE) return null;
  const before = lower.charCodeAt(n - 2);
  // "'re", "'ve", "'ll"
  return (last === 0x65 /* e */ && (before === 0x72 /* r */ || before === 0x76 /* v */)) || (last === 0x6c /* l */ && before === 0x6c) ? lower.slice(0, n - 3) : null;
}
const SUBJECT_PRONOUN_WORDS = wordsWithRole('subject-pronoun');
const POSSESSIVE_PRONOUNS = wordsWithRole('possessive-pronoun');

function pronounMention(t: Token, f: WordFacts, i: number, lex: Lexicon): Mention | null {
  // "He's predicting", "they're arguing", "she'll say": a subject pronoun with its auxiliary
  // (a contraction has an apostrophe two or three units from its end, read in place: most words
  // have none, and contractedStem is called for those that do)
  const w = t.lower, n = w.length;
  const contracted = n > 3 && (w.charCodeAt(n - 2) === APOSTROPHE || w.charCodeAt(n - 3) === APOSTROPHE) ? contractedStem(w) : null;
  if (contracted === null && !(f.lex & LX.pronoun)) return null;
  const word = contracted !== null && SUBJECT_PRONOUN_WORDS.has(contracted) ? contracted : t.lower;
  const g = lex.pronouns.get(word);
  if (!g || (t.text === 'US')) return null;
  const m = blank(i, i + 1, 'pronoun', word);
  m.gender = g === 'plural' || g === 'body' ? null : g;
  m.plural = g === 'plural';
  if (g === 'body') m.head = 'body';
  m.possessive = POSSESSIVE_PRONOUNS.has(word);
  return m;
}

/**
 * "the president", "the chancellor" at `i` (a "the"): a title standing for the person who holds
 * it. (A function of its own, so that its rarer cases, met late, re-optimise it and not mentionAt.)
 */
function titleRef(tokens: Token[], i: number, ctx: Ctx): Mention | null {
  const F = ctx.facts;
  // "the president", "the chancellor": a title standing for the person who holds it
  // "the Polish minister": a nationality may stand between the article and the title
  let nationality = tokens[i + 1]?.kind === 'word' && F[i + 1]!.lex & LX.demonym ? 1 : 0;
  // "the prime minister", "the foreign secretary": a title word before the title
  const titleWord = tokens[i + 1 + nationality];
  if (titleWord && !titleWord.cap && ctx.lex.titles.has(titleWord.lower) && !ctx.lex.personTitles.has(titleWord.lower)
    && tokens[i + 2 + nationality]?.kind === 'word' && ctx.lex.personTitles.has(stripPossessive(tokens[i + 2 + nationality]!.lower))) nationality++;
  const next = tokens[i + 1 + nationality];
  if (next && next.kind === 'word' && ctx.lex.personTitles.has(stripPossessive(next.lower))
    && !ctx.lex.anonymousHeads.has(next.lower) && !(tokens[i + 2 + nationality]?.cap && tokens[i + 2 + nationality]?.kind === 'word')) {
    const m = blank(i, i + 2 + nationality, 'title-ref', stripPossessive(next.lower));
    // "the Russian leader", "the head of the German government": the nationality stays with the
    // title, to find the person it describes
    const of = tokens[i + 2 + nationality]?.lower === 'of' ? i + 3 + nationality + (tokens[i + 3 + nationality]?.lower === 'the' ? 1 : 0) : -1;
    const demonym = nationality && ctx.lex.demonyms.has(tokens[i + 1]!.lower) ? tokens[i + 1]!.lower : of >= 0 && ctx.lex.demonyms.has(tokens[of]?.lower ?? '') ? tokens[of]!.lower : null;
    m.titles = demonym ? [stripPossessive(next.lower), demonym] : [stripPossessive(next.lower)];
    // "the Italian foreign minister": the office's phrase, for the office-holder table (offices.ts)
    if (demonym && of < 0) m.titles.push(officePhrase(tokens, i + 2, i + 1 + nationality));
    m.possessive = isPossessiveWord(next);
    return m;
  }
  return null;
}

/** Whether a word ends in "ly" (by character codes: asked of the word before nearly every word). */
export function endsInLy(word: string): boolean {
  const n = word.length;
  return n >= 2 && word.charCodeAt(n - 1) === 0x79 /* y */ && word.charCodeAt(n - 2) === 0x6c /* l */;
}

/** A body's head word in capitals right after the word at `i` ("Amnesty International"), which is no determiner or verb. */
function orgHeadAfter(tokens: Token[], i: number, F: WordFacts[]): boolean {
  const next = tokens[i + 1];
  if (next === undefined || next.kind !== 'word' || !next.cap || !(F[i + 1]!.stem.lex & LX.orgHead)) return false;
  const f = F[i]!;
  return !CAPITALS.test(next.text) && !(f.role & WR.determiner) && !(f.lex & LX.verb) && next.start === tokens[i]!.end + 1;
}

function mentionAt(tokens: Token[], i: number, ctx: Ctx, titleCase: boolean): Mention | null {
  const t = tokens[i]!;
  if (t.kind !== 'word') return null;
  const F = ctx.facts;
  const f = F[i]!;
  const pron = pronounMention(t, f, i, ctx.lex);
  if (pron) return groupAfter(tokens, pron, ctx) ?? pron;
  if (t.lower === 'the') {
    const ref = titleRef(tokens, i, ctx) ?? namedTitleRef(tokens, i, ctx);
    if (ref) return ref;
  }
  const known = multiwordAt(tokens, i, ctx);
  if (!known) {
    const body = namedBodyAt(tokens, t.lower === 'the' ? i + 1 : i, ctx, titleCase);
    if (body) return body.possessive ? groupAfter(tokens, body, ctx) ?? body : commonGroup(tokens, body.end, ctx, body) ?? body;
  }
  if (known) return known.possessive ? groupAfter(tokens, known, ctx) ?? known : commonGroup(tokens, known.end, ctx, known) ?? describedPerson(tokens, known, ctx) ?? known;
  // a lower-case determiner or modifier run that ends in a source or body noun
  // worked out once: both the common-noun and the name branch ask it
  // ("Amnesty International said": a dictionary word that opens a sentence still opens a name
  // when a body's head word in capitals follows it; not "Many Council members", a determiner)
  const first = i === 0 || isSentenceStart(tokens, i);
  const orgAfter = first && orgHeadAfter(tokens, i, F);
  const commonCap = t.cap && !orgAfter && isCommonCapital(t, f, ctx, titleCase, first, tokens[i + 1]);
  // (a share opens a clause or a phrase: a cheap test of the word before it first)
  const prevWord = tokens[i - 1];
  const shareTo = !prevWord || prevWord.kind !== 'word' || F[i - 1]!.role & (WR.shareOpener | WR.preposition) || endsInLy(prevWord.lower) ? shareEnd(tokens, i, f) : -1;
  const share = (shareTo > i ? shareHolder(tokens, i, shareTo, ctx) ?? shareOf(tokens, i, shareTo, ctx, titleCase) : null) ?? bareHeadlineHolder(tokens, i, ctx);
  if (share) return share;
  if (!t.cap || commonCap) {
    const np = commonGroup(tokens, i, ctx, null);
    if (np) return np;
    const q = quantityHolder(tokens, i, ctx);
    if (q) return q;
  }
  const startsRun = (t.cap && !commonCap)
    || (f.lex & LX.personTitle && tokens[i + 1]?.cap === true && !isCommonCapital(tokens[i + 1]!, F[i + 1]!, ctx, titleCase, false));
  if (!startsRun) return titleCase ? headlineSubject(tokens, i, ctx) : null;
  const end = capRunEnd(tokens, i, ctx, titleCase);
  const m = classifiedRun(tokens, i, end, ctx);
  if (!m) return null;
  if (m.possessive) return groupAfter(tokens, m, ctx) ?? m;
  // "Biden administration", "European NATO members", "Western Allies": a named modifier before a group noun
  return commonGroup(tokens, end, ctx, m) ?? describedPerson(tokens, m, ctx) ?? m;
}

/** a government's departments, which copy names by area and country ("the Swedish Defence Ministry") */
const DEPARTMENTS = wordsWithRole('government-department');
/** the word after a department's area that its brief name drops ("Foreign Affairs": the Foreign Ministry) */
const AREA_FILLERS = wordsWithRole('area-filler');
/** capitalised words a body's name may have after its "of" ("the Union of Concerned Scientists") */
const MAX_BODY_NAME_AFTER_OF = 4;

/**
 * "the Council of Europe", "the Union of Concerned Scientists", "the Federation of Small
 * Businesses": a body's head word in capitals, "of" and capitalised words is one name of the form
 * "X of Y", not a common noun and a phrase after it (the names the tables know, "the Bank of
 * England", are found before this). Not in a title-case headline, where every word has a capital;
 * not of a title ("the President of Ukraine": no body's head). A government's department is
 * named briefly, by its area, as ANNOTATION.md names the State Department.
 */
function namedBodyAt(tokens: Token[], i: number, ctx: Ctx, titleCase: boolean): Mention | null {
  const head = tokens[i];
  if (titleCase || !head || head.kind !== 'word' || !head.cap || !(ctx.facts[i]!.lex & LX.orgHead) || isPossessiveWord(head)) return null;
  if (tokens[i + 1]?.lower !== 'of') return null;
  let k = i + 2;
  while (k < i + 2 + MAX_BODY_NAME_AFTER_OF && tokens[k]?.kind === 'word' && tokens[k]!.cap && !(ctx.facts[k]!.role & WR.determiner)) {
    k++;
    if (isPossessiveWord(tokens[k - 1]!)) break;
  }
  if (k === i + 2) return null;
  const last = tokens[k - 1]!;
  const after = [...tokens.slice(i + 2, k - 1).map((x) => x.text), stripPossessive(last.text)];
  // a government's department is named briefly, by its area ("the Ministry of Defence" is the
  // Defence Ministry, "the Department of State" the State Department; ANNOTATION.md), without
  // a filler word after the area ("the Ministry of Foreign Affairs" is the Foreign Ministry)
  if (DEPARTMENTS.has(head.lower) && after.length > 1 && AREA_FILLERS.has(after[after.length - 1]!.toLowerCase())) after.pop();
  const name = DEPARTMENTS.has(head.lower) ? [...after, head.text].join(' ') : [head.text, 'of', ...after].join(' ');
  const m = blank(i, k, 'group', name);
  m.head = head.lower;
  m.possessive = isPossessiveWord(last);
  return m;
}

/** words a headline's bare holder may have before its noun ("Former GOP chairman") */
const MAX_BARE_MODIFIERS = 2;
/** tokens a headline's bare holder may have between its noun and its verb ("Mayor of Leeds says") */
const MAX_BARE_PHRASE = 4;

/**
 * "Judge blocks …", "Lawmaker demands …", "Former GOP chairman backs …", "Mayor of Leeds
 * says …": a headline drops the determiner, so a noun of a person that opens a sentence, before
 * a verb in -s (past a short phrase), is an unnamed holder, as "a judge" would be.
 */
function bareHeadlineHolder(tokens: Token[], i: number, ctx: Ctx): Mention | null {
  // (a first line ending in a full stop is parsed as a sentence: any sentence may open so)
  if (i !== 0) return null;
  const { lex } = ctx;
  const F = ctx.facts;
  let j = 0;
  // (the tokens' facts answer isBareHead and finiteS: asked of every sentence's first words)
  // ("Former", "Retired", "GOP": an adjective or an acronym before the noun)
  while (j < MAX_BARE_MODIFIERS && tokens[j]?.kind === 'word' && !bareHead(tokens[j]!.lower, F[j]!)
    && (ACRONYM.test(tokens[j]!.text) || lex.words.get(tokens[j]!.lower) === 'Adjective')) j++;
  const head = tokens[j];
  if (!head || head.kind !== 'word' || !bareHead(head.lower, F[j]!)) return null;
  let k = j + 1;
  if (tokens[k]?.kind === 'word' && F[k]!.role & WR.preposition) {
    while (k <= j + MAX_BARE_PHRASE && tokens[k]?.kind === 'word' && F[k]!.verb?.form !== 's') k++;
  }
  if (!tokens[k] || tokens[k]!.kind !== 'word' || F[k]!.verb?.form !== 's') return null;
  // ("Foreign minister says …": a title stands for the person who holds it, as "the minister" does)
  if (lex.personTitles.has(head.lower)) {
    const ref = blank(0, j + 1, 'title-ref', head.lower);
    ref.titles = [head.lower];
    return ref;
  }
  const m = blank(0, j + 1, 'anonymous', tokens.slice(0, j + 1).map((t) => t.text).join(' '));
  m.head = head.lower;
  return m;
}

/** a singular noun of a person or a body that may head a holder with no determiner in a headline */
export function isBareHead(word: string, lex: Lexicon): boolean {
  return !S_END.test(word) && (lex.personTitles.has(word) || lex.determinedHolders.has(word) || lex.holderNouns.has(word));
}

/** the lexicon's lists of isBareHead, as bits of a word's facts */
const BARE_HEAD_LISTS = LX.personTitle | LX.determinedHolder | LX.holderNoun;
const LETTER_S = 0x73;

/** isBareHead by the word's facts (`f`: of `word`) */
export function bareHead(word: string, f: WordFacts): boolean {
  return word.charCodeAt(word.length - 1) !== LETTER_S && (f.lex & BARE_HEAD_LISTS) !== 0;
}

/** a verb in -s: "says", "urges", "rejects" (the reference for bareHeadlineHolder's test of the facts' verb) */
export function finiteS(word: string, lex: Lexicon): boolean {
  return lex.verbs.get(word)?.form === 's';
}

/** lower-case words between a place or body and the noun of a person it describes ("presidential") */
const MAX_PERSON_MODIFIERS = 2;

/**
 * "a New Jersey judge", "a former Green Party chairman", "one Kent
 * delegate": after an indefinite determiner, a place or a body that modifies a noun of a person
 * names an unnamed holder (anonymous, named by the place or body and the noun). Not before a
 * name ("a New York judge, Ann Dale" keeps its comma; "the New York judge Ann Dale" is a title).
 */
function describedPerson(tokens: Token[], m: Mention, ctx: Ctx): Mention | null {
  if (m.kind !== 'place' && m.kind !== 'group') return null;
  // (cheap test first: an indefinite one or two words before the name)
  if (!INDEFINITES.has(tokens[m.start - 1]?.lower ?? '') && !INDEFINITES.has(tokens[m.start - 2]?.lower ?? '')) return null;
  const { lex } = ctx;
  let d = m.start - 1;
  if (tokens[d]?.kind === 'word' && !tokens[d]!.cap && isPlainModifier(tokens[d]!, ctx.facts[d]!)) d--; // "a former …"
  const det = tokens[d];
  if (!det || det.kind !== 'word' || !INDEFINITES.has(det.lower)) return null;
  let k = m.end;
  while (k < m.end + MAX_PERSON_MODIFIERS && tokens[k]?.kind === 'word' && isPlainModifier(tokens[k]!, ctx.facts[k]!) && !isPersonNoun(tokens[k]!.lower, lex)) k++;
  const head = tokens[k];
  if (!head || head.kind !== 'word' || head.cap || !isPersonNoun(stripPossessive(head.lower), lex)) return null;
  const after = tokens[k + 1];
  if (after && after.kind === 'word' && after.cap) return null;
  const word = stripPossessive(head.lower);
  const out = blank(m.start, k + 1, 'anonymous', `${tokens.slice(m.start, m.end).map((t) => t.text).join(' ')} ${word}`);
  out.head = word;
  out.possessive = isPossessiveWord(head);
  return out;
}

/** determiners of a holder not named before: "a", "an", "one", "another" */
const INDEFINITES = wordsWithRole('indefinite');

/** a singular noun of a person: a title ("chairman"), or a WordNet noun of people ("judge", "delegate") */
function isPersonNoun(word: string, lex: Lexicon): boolean {
  return !S_END.test(word) && (lex.personTitles.has(word) || lex.determinedHolders.has(word) || lex.holderNouns.has(word));
}

/** words after which "others", "some", "many" may open a clause ("while others say") */
const CLAUSE_OPENERS = wordsWithRole('clause-opener');

/**
 * "Others say", "Many fear", "while some argue", "One says … another says": a word of quantity
 * standing alone as the subject of a finite verb of saying or of a position is an unnamed holder
 * (anonymous, named by the word). Not a determiner ("some officials"), not after "of" or a verb.
 */
function quantityHolder(tokens: Token[], i: number, ctx: Ctx): Mention | null {
  const t = tokens[i]!;
  if (!(ctx.facts[i]!.role & WR.quantityHolder)) return null;
  const lex = ctx.lex;
  const prev = tokens[i - 1];
  if (prev && prev.kind === 'word' && !CLAUSE_OPENERS.has(prev.lower)) return null;
  let k = i + 1;
  if (tokens[k]?.kind === 'word' && LY_END.test(tokens[k]!.lower)) k++;
  const v = tokens[k]?.kind === 'word' ? lex.verbs.get(tokens[k]!.lower) : undefined;
  if (!v || !(v.form === 's' || v.form === 'ed' || (v.form === 'base' && t.lower !== 'one' && t.lower !== 'another'))) return null;
  const m = blank(i, i + 1, 'anonymous', t.lower);
  m.head = t.lower;
  m.plural = t.lower !== 'one' && t.lower !== 'another';
  return m;
}

const NUMBERS = wordsWithRole('number');
const NUMBER_TENS = wordsWithRole('number-tens');
const NUMBER_UNITS = wordsWithRole('number-unit');
const DIGIT_0 = 0x30, DIGIT_9 = 0x39;

/** "52", "1,200", "six", "twenty-four", "hundred": a number in figures or in words */
function isNumberWord(w: string): boolean {
  // (a digit first before the regex: most words have none)
  const c = w.charCodeAt(0);
  if ((c >= DIGIT_0 && c <= DIGIT_9 && FIGURES.test(w)) || NUMBERS.has(w)) return true;
  const dash = w.indexOf('-');
  return dash > 0 && NUMBER_TENS.has(w.slice(0, dash)) && NUMBER_UNITS.has(w.slice(dash + 1));
}
const FRACTIONS = wordsWithRole('share-fraction');
const SHARE_COMPARATIVES = wordsWithRole('share-comparative');
const SHARE_PARTS = wordsWithRole('share-part');
const SHARE_HEDGES = wordsWithRole('share-hedge');
// (the words after which a share may open a clause, "after 55 percent said so", "when half said":
// the clause openers and words.json's share-openers, WR.shareOpener of facts.ts)
const SHARE_SIZES = wordsWithRole('share-size');
/** the participles that name those asked in a poll ("those surveyed", "those polled") */
const RESPONDENTS = wordsWithRole('respondent');
/** words other than numbers a share may open with: "About", "More", "A", "Half", "at least", an article */
const SHARE_STARTS = new Set([...wordsWithRole('share-hedge'), ...SHARE_SIZES, ...wordsWithRole('share-comparative'), ...wordsWithRole('share-fraction'), ...wordsWithRole('article'), 'at']);
const SHARE_AUX = wordsWithRole('aux');

/**
 * "Twenty-four percent said", "Six in 10 say", "after half said so", "a third said", "More than
 * four in 10 said": the share of those asked, standing alone before a finite verb of saying or of
 * a position, is an unnamed holder (anonymous, named by its words) as "Others say" is. Not "52
 * percent of voters say" (the voters are the holder), not "the bill passed 52 percent" (no verb
 * after), not after a verb or a preposition ("won 40 percent").
 */
function shareHolder(tokens: Token[], i: number, end: number, ctx: Ctx): Mention | null {
  const prev = tokens[i - 1];
  if (prev && prev.kind === 'word' && !(ctx.facts[i - 1]!.role & WR.shareOpener)) return null;
  const lex = ctx.lex;
  let k = end;
  // ("Forty percent would back", "a third also said": past an adverb or an auxiliary)
  for (let n = 0; n < 2 && tokens[k]?.kind === 'word' && (LY_END.test(tokens[k]!.lower) || SHARE_AUX.has(tokens[k]!.lower)); n++) k++;
  const v = tokens[k]?.kind === 'word' ? lex.verbs.get(tokens[k]!.lower) : undefined;
  if (!v || !(v.form === 's' || v.form === 'ed' || v.form === 'base')) return null;
  // ("42%": no space where the text has none)
  let name = tokens[i]!.text;
  for (let k = i + 1; k < end; k++) name += (tokens[k]!.start > tokens[k - 1]!.end ? ' ' : '') + tokens[k]!.text;
  const m = blank(i, end, 'anonymous', name);
  m.head = tokens[end - 1]!.lower;
  m.plural = true;
  return m;
}

/**
 * "60 percent of tenants said", "Seven in 10 Leeds drivers say": the share belongs to the mention
 * of those it counts (named by them, so "Democrats"), as the words that name the holder.
 */
function shareOf(tokens: Token[], i: number, end: number, ctx: Ctx, titleCase: boolean): Mention | null {
  // (mentionAt asks only after a clause opener, a preposition or an adverb: "backed by 71 percent
  // of members", "Finally 58 percent of members voted"; not "won 40 percent of …")
  if (tokens[end]?.kind !== 'word') return null;
  const inner = mentionAt(tokens, end, ctx, titleCase);
  if (!inner || inner.start !== end || (inner.kind !== 'group' && inner.kind !== 'anonymous') || inner.possessive) return null;
  inner.start = i;
  return inner;
}

/** the lower case of the word at k, or '' */
function wordAt(tokens: Token[], k: number): string {
  const t = tokens[k];
  return t !== undefined && t.kind === 'word' ? t.lower : '';
}

/** Where a share that opens a clause at `i` ends ("Twenty-four percent", "Six in 10", "half"), or -1. */
/** `f`: the facts of the word at `i`, which keep whether it may open a share once worked out */
function shareEnd(tokens: Token[], i: number, f: WordFacts): number {
  // (a cheap test first: most words open no share)
  if (f.opensShare === null) { const first = wordAt(tokens, i); f.opensShare = SHARE_STARTS.has(first) || isNumberWord(first); }
  if (!f.opensShare) {
    // "those surveyed said", "Those polled say": the ones asked, as a share of them is
    return wordAt(tokens, i) === 'those' && RESPONDENTS.has(wordAt(tokens, i + 1)) ? i + 2 : -1;
  }
  // (a closure only for the few that may)
  const lower = (k: number) => wordAt(tokens, k);
  let k = i;
  // "a mere 9 percent", "Large majorities", "the vast majority": a word of size before the share
  if ((lower(k) === 'a' || lower(k) === 'the') && SHARE_SIZES.has(lower(k + 1))) k += 2;
  else if (SHARE_SIZES.has(lower(k))) k++;
  if (SHARE_HEDGES.has(lower(k))) k++;
  else if (SHARE_COMPARATIVES.has(lower(k)) && lower(k + 1) === 'than') k += 2;
  else if (lower(k) === 'at' && lower(k + 1) === 'least') k += 2;
  else if (lower(k) === 'a' && lower(k + 1) === 'full') k += 2;
  if (isNumberWord(lower(k)) && (lower(k + 1) === 'percent' || lower(k + 1) === 'per' && lower(k + 2) === 'cent')) k += lower(k + 1) === 'per' ? 3 : 2;
  // ("42% say": the sign for the word)
  else if (isNumberWord(lower(k)) && tokens[k + 1]?.text === '%' && tokens[k + 1]!.start === tokens[k]!.end) k += 2;
  else if (isNumberWord(lower(k)) && lower(k + 1) === 'in' && isNumberWord(lower(k + 2))) k += 3;
  // ("nine out of 10 say")
  else if (isNumberWord(lower(k)) && lower(k + 1) === 'out' && lower(k + 2) === 'of' && isNumberWord(lower(k + 3))) k += 4;
  else if (FRACTIONS.has(lower(k))) k += 1;
  else if ((lower(k) === 'a' || lower(k) === 'the' || lower(k) === 'one') && SHARE_PARTS.has(lower(k + 1))) k += 2;
  else return -1;
  return k;
}

/** capitalised words or lower-case modifiers between "the" and a title ("the New Jersey governor") */
const MAX_TITLE_MODIFIERS = 4;

/**
 * "the NATO chief", "the Labour leader", "the New Jersey governor", "the Senate minority leader":
 * a title after the name of a body, a party or a place stands for the person who holds it, as
 * "the president" does (a reference, resolved in entities.ts). Not before a name ("the White
 * House spokesman John Kirby") and not an unnamed source's head ("the Kremlin spokesman").
 */
function namedTitleRef(tokens: Token[], i: number, ctx: Ctx): Mention | null {
  const F = ctx.facts;
  let k = i + 1;
  let named = 0;
  while (k < tokens.length && k <= i + MAX_TITLE_MODIFIERS) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || isPossessiveWord(t)) break;
    if (t.cap && !(F[k]!.lex & LX.personTitle) && !(F[k]!.tags & TAG.given)) { named++; k++; continue; }
    if (!t.cap && !(F[k]!.stem.lex & LX.personTitle) && isPlainModifier(t, F[k]!)) { k++; continue; }
    break;
  }
  const title = tokens[k];
  if (!named || !title || title.kind !== 'word' || title.cap) return null;
  const word = stripPossessive(title.lower);
  const titleBits = F[k]!.stem.lex;
  if (!(titleBits & LX.personTitle) || titleBits & LX.anonymousHead) return null;
  const after = tokens[k + 1];
  if (after && after.kind === 'word' && (after.cap || F[k + 1]!.lex & LX.personTitle)) return null;
  const m = blank(i, k + 1, 'title-ref', word);
  m.titles = [word];
  m.possessive = isPossessiveWord(title);
  return m;
}

/**
 * "Biden Quietly Authorizes …": in a title-case headline with nothing else to go on, a word no
 * lexicon knows that stands right before a verb of saying or deciding is taken for a name.
 */
function headlineSubject(tokens: Token[], i: number, ctx: MentionContext): Mention | null {
  const t = tokens[i]!;
  if (t.kind !== 'word' || !t.cap || tagBits(ctx.lex, t.lower) || ctx.lex.verbs.has(t.lower) || ctx.lowerWords.has(t.lower)) return null;
  let k = i + 1;
  while (tokens[k]?.kind === 'word' && tokens[k]!.lower.endsWith('ly')) k++; // title case: "Quietly"
  const next = tokens[k];
  if (!next || next.kind !== 'word' || !ctx.lex.verbs.has(next.lower) || ctx.lex.verbs.get(next.lower)!.form !== 's') return null;
  const m = blank(i, i + 1, 'person', t.text);
  return m;
}

/** a finite verb of speech ("said", "told", "says") */
function saysNext(t: Token | undefined, ctx: MentionContext): boolean {
  const v = t && t.kind === 'word' && !t.cap ? ctx.lex.verbs.get(t.lower) : undefined;
  return Boolean(v && v.cls === 'speech' && (v.form === 'ed' || v.form === 's') && ctx.lex.complementVerbs.has(v.base));
}

/** ",", "?" or "!" */
function isCommaOrQuestion(text: string): boolean {
  return text === ',' || text === '?' || text === '!';
}

function isSentenceStart(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  // "…," Earnest told reporters: a closing quote after a comma or a question goes on the sentence
  if (prev && (prev.kind === 'quote' || prev.kind === 'close-quote') && i >= 2 && isCommaOrQuestion(tokens[i - 2]!.text)) return false;
  return !prev || (prev.kind !== 'word' && prev.text !== ',' && prev.text !== "'" && prev.text !== '\u2019');
}

/** Whether tokens [from, to) are all words. */
function allWords(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.kind !== 'word') return false;
  return true;
}

/** "the United States", "State Department", "The New York Times", "Le Monde": known names of several words */
function multiwordAt(tokens: Token[], i: number, ctx: Ctx): Mention | null {
  const f = ctx.facts[i]!;
  if (!(f.lex & LX.multiwordFirst)) return null;
  // (most spans are ruled out by their second word: "the" opens hundreds of spans and a few names)
  const second = tokens[i + 1];
  if (!second || second.kind !== 'word') return null;
  // (the lengths of the names with this first and second word, as bits: only those are looked up)
  const lengths = (f.seconds!.get(second.lower) ?? 0) | (f.seconds!.get(stripPossessive(second.lower)) ?? 0);
  if (lengths === 0) return null;
  // (loops over the tokens, no slices or closures: a smaller graph for V8 to compile)
  const the = tokens[i]!.lower === 'the';
  for (let len = 5; len >= 2; len--) {
    if ((lengths & (1 << len)) === 0 || i + len > tokens.length || !allWords(tokens, i, i + len)) continue;
    const content = the ? tokens[i + 1]! : tokens[i]!;
    if (!content.cap && !(the && len === 2)) continue;
    const last = tokens[i + len - 1]!;
    const possessive = isPossessiveWord(last);
    let key = '';
    for (let k = i; k < i + len - 1; k++) key += `${tokens[k]!.lower} `;
    key += stripPossessive(last.lower);
    const outlet = ctx.lex.outlets.get(key);
    const body = ctx.lex.institutions.get(key);
    if (!outlet && !body) continue;
    const m = blank(i, i + len, outlet ? 'outlet' : 'group', (outlet ?? body)!);
    m.possessive = possessive;
    return m;
  }
  return null;
}

function capRunEnd(tokens: Token[], i: number, ctx: Ctx, titleCase: boolean): number {
  const F = ctx.facts;
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    const next = tokens[j + 1];
    if (j > i && t.cap && isCommonCapital(t, F[j]!, ctx, titleCase, false)) break;
    if (!t.cap) {
      const bridge = (F[j]!.role & WR.connector || F[j]!.lex & LX.personTitle) && next?.cap === true && next.kind === 'word'
        && !isCommonCapital(next, F[j + 1]!, ctx, titleCase, false);
      if (!(j === i && F[j]!.lex & LX.personTitle) && !bridge) break;
      if (j > i && CONNECTORS.has(t.lower) && t.lower === 'of' && !ctx.lex.titles.has(next!.lower) && !ctx.lex.titles.has(tokens[j - 1]!.lower)
        && !tokens.slice(i, j).some((x) => ctx.lex.orgHeads.has(stripPossessive(x.lower)))) break;
    }
    j++;
    if (isPossessiveWord(t)) break;
    if (next && next.kind === 'word' && next.start > t.end + 1) break; // a line break or double space
  }
  return Math.max(j, i + 1);
}

/** the classes of a run's words that belong to a person's name (classifyRun) */
const NAME_PARTS: ReadonlySet<Part['cls']> = new Set<Part['cls']>(['given', 'name', 'suffix', 'conn']);

interface Part { word: string; lower: string; f: WordFacts; cls: 'title' | 'demonym' | 'place' | 'org' | 'outlet' | 'given' | 'name' | 'conn' | 'suffix' | 'group' }

/** `f`: the facts of the word's lower case */
function classify(word: string, f: WordFacts): Part['cls'] {
  const tags = f.tags, bits = f.lex;
  if (f.role & WR.connector) return 'conn';
  if (f.role & WR.nameSuffix) return 'suffix';
  if (bits & LX.outlet) return 'outlet';
  if (tags & TAG.given) return 'given';
  // ("Kim Jong Un": an acronym's letters in title case are a name's part, not the body or its title)
  if (bits & LX.institution && acronymInTitleCase(word)) return 'name';
  if (bits & LX.title && !CAPITALS.test(word)) return 'title';
  if (bits & LX.demonym || tags & TAG.demonym) return 'demonym';
  if (bits & LX.institution || tags & TAG.organization || CAPITALS.test(word) || INITIALS.test(word)) return 'org';
  if (tags & TAG.place) return 'place';
  if (bits & (LX.groupHead | LX.anonymousHead)) return 'group';
  if (bits & LX.regionAdjective) return 'demonym';
  return 'name';
}

function surface(tokens: Token[], m: Mention): string {
  return mapped(tokens.slice(m.start, m.end).filter((t) => t.kind === 'word' && t.lower !== 'the'), (t) => stripPossessive(t.text)).join(' ');
}

/**
 * Every mention is made here, with all its fields in one order, and then filled in: mentions
 * built by spreading one into another had hidden classes of their own, which made the functions
 * that read them polymorphic and deoptimised them as each new shape turned up.
 */
export function blank(start: number, end: number, kind: MentionKind, name: string): Mention {
  return { start, end, kind, name, titles: [], gender: null, plural: false, possessive: false, possessor: null, head: null };
}

/** A copy of a mention as another kind (and name), of the same shape as every other. */
export function asKind(m: Mention, kind: MentionKind, name: string = m.name): Mention {
  const copy = blank(m.start, m.end, kind, name);
  copy.titles = m.titles;
  copy.gender = m.gender;
  copy.plural = m.plural;
  copy.possessive = m.possessive;
  copy.possessor = m.possessor;
  copy.head = m.head;
  return copy;
}

/** compromise's tags of a word that can end a title-case run before a name ("On", "For") */
const FUNCTION_TAGS = /Preposition|Conjunction|Determiner/;

const PARTY_MEMBERS = wordsWithRole('party-member');

/**
 * What a capitalised run is depends only on its words and the lexicon, and the same names come
 * back sentence after sentence: each distinct run is classified once (up to RUNS_KEPT of them a
 * lexicon), and a copy of that mention is placed at the run.
 */
const RUNS_KEPT = 20_000;
const runsByLexicon = new WeakMap<Lexicon, Map<string, Mention | null>>();

function classifiedRun(tokens: Token[], i: number, end: number, ctx: MentionContext): Mention | null {
  let runs = runsByLexicon.get(ctx.lex);
  if (runs === undefined) runsByLexicon.set(ctx.lex, (runs = new Map()));
  else if (runs.size >= RUNS_KEPT) runs.clear();
  let key = tokens[i]!.text;
  for (let k = i + 1; k < end; k++) key += `\u0000${tokens[k]!.text}`;
  let kept = runs.get(key);
  if (kept === undefined) {
    kept = classifyRun(tokens.slice(i, end), 0, ctx);
    runs.set(key, kept);
  }
  if (kept === null) return null;
  const m = asKind(kept, kept.kind);
  m.start = i;
  m.end = end;
  m.titles = kept.titles.slice();
  return m;
}

/** An institution's short name of at most this many letters or digits, with no stop ("UN", "EU", "US", "G7"). */
const MAX_ACRONYM = 3;
const SHORT_ALIAS = new RegExp(`^[a-z0-9]{1,${MAX_ACRONYM}}$`);

/**
 * The institution a run's words name (`lower`: them in lower case), or undefined. A short name
 * of a few letters is an acronym, and an acronym is written in capitals ("UN", "EU", "US"): in
 * title case the same letters are a name's part or a word ("Kim Jong Un": not the
 * United Nations; "Us" opening a sentence). Longer short names keep any case: British copy writes
 * "Nato" (examples and counter-examples: test/acronyms.test.ts).
 */
export function institutionAsWritten(lex: Lexicon, written: string, lower: string): string | undefined {
  const body = lex.institutions.get(lower);
  return body === undefined || acronymInTitleCase(written) ? undefined : body;
}

/** Whether a run's part is an institution's acronym written in title case ("Un"). */
function isTitleCaseAcronym(p: Part): boolean {
  return (p.f.lex & LX.institution) !== 0 && acronymInTitleCase(p.word);
}

/** Whether a word has an acronym's few letters but is not in capitals ("Un", "Us"; not "UN", "Nato"). */
function acronymInTitleCase(written: string): boolean {
  return SHORT_ALIAS.test(written.toLowerCase()) && written !== written.toUpperCase();
}

function classifyRun(run: Token[], offset: number, ctx: MentionContext): Mention | null {
  const possessive = isPossessiveWord(run[run.length - 1]!);
  const words = mapped(run, (t, k) => (k === run.length - 1 ? stripPossessive(t.text) : t.text));
  // leading "The" of a name ("The New York Times") or of a body ("The Kremlin")
  let from = 0;
  if (words[0]?.toLowerCase() === 'the') from = 1;
  const lowerAll = words.slice(from).join(' ').toLowerCase();
  const end = offset + run.length;
  const whole = (kind: MentionKind, name: string) => {
    const m = blank(offset, end, kind, name);
    m.possessive = possessive;
    return m;
  };
  if (ctx.lex.outlets.has(`the ${lowerAll}`) || ctx.lex.outlets.has(lowerAll)) return whole('outlet', ctx.lex.outlets.get(`the ${lowerAll}`) ?? ctx.lex.outlets.get(lowerAll)!);
  const body = institutionAsWritten(ctx.lex, words.slice(from).join(' '), lowerAll);
  if (body !== undefined) return whole('group', body);
  // "Most Honest Thoughts On Donald Trump", "Poll Shows Bump For Clinton": a title-case line the
  // splitter did not mark as a headline; a capitalised preposition or conjunction inside a run
  // ends whatever came before it, and only what follows can be a name
  for (let k = words.length - 2; k > from; k--) {
    const w = words[k]!;
    if (/^\p{Lu}/u.test(w) && !CONNECTORS.has(w.toLowerCase()) && FUNCTION_TAGS.test(ctx.lex.words.get(w.toLowerCase()) ?? '')) { from = k + 1; break; }
  }
  const parts: Part[] = mapped(words.slice(from), (w) => {
    const lower = w.toLowerCase();
    const f = factsOf(ctx.lex, lower);
    return { word: w, lower, f, cls: classify(w, f) };
  });
  // ("Us too", "the Un delegate", a heading's "That Got Us": an acronym's letters in title case are
  // a name's part only in a run with a given name, as "Kim Jong Un"; without one the run names nothing)
  if (parts.some(isTitleCaseAcronym) && !parts.some((p) => p.cls === 'given')) return null;
  // "Harwick Chamber of Commerce", "Federation of Small Businesses", "Harwick City Council"
  const orgAt = parts.findIndex((p, k) => k > 0 || parts.length > 1 ? (p.f.lex & LX.orgHead) !== 0 && !CAPITALS.test(p.word) : false);
  if (orgAt >= 0 && parts.length > 1 && parts.every((p) => p.cls !== 'given')) {
    const m = whole('group', words.slice(from).join(' '));
    m.head = parts[orgAt]!.lower;
    return m;
  }
  // "Charlie King", "Angus King": a title word right after a given name, ending the run, is a surname
  const lastPart = parts[parts.length - 1];
  if (parts.length > 1 && lastPart && lastPart.cls === 'title' && parts[parts.length - 2]!.cls === 'given') lastPart.cls = 'name';
  // "Ms. White", "Mr. Brown", "Dr. Small": after an honorific, capitalised words are a surname
  // whatever else they may be
  const honorific = parts.findIndex((p) => (p.f.role & WR.honorific) !== 0);
  if (honorific >= 0 && honorific < parts.length - 1) {
    for (let h = honorific + 1; h < parts.length; h++) if (parts[h]!.cls !== 'given' && parts[h]!.cls !== 'suffix' && parts[h]!.cls !== 'conn') parts[h]!.cls = 'name';
  }
  // the name is the run's tail after the last title word, once it holds a given name or a word
  // that is not a title, place or body
  let k = parts.length;
  while (k > 0 && NAME_PARTS.has(parts[k - 1]!.cls)) k--;
  // ("Mark Cuban", "Jon French": a demonym after a given name is a surname too)
  if (k > 1 && parts[k - 1]!.cls === 'demonym' && parts[k - 2]!.cls === 'given' && k === parts.length) parts[k - 1]!.cls = 'place';
  if (k > 0 && parts[k - 1]!.cls === 'place' && (k === 1 || parts[k - 2]!.cls === 'title' || parts[k - 2]!.cls === 'given')) {
    // "Lloyd Austin", "Chancellor Berlin": a place word after a given name or a title is a surname
    const before = parts.slice(0, k - 1);
    // ("John Bolton", "Amy Durham": the given name before it belongs to the name as well)
    if (before.length && (before[before.length - 1]!.cls === 'given' || before[before.length - 1]!.cls === 'title')) {
      parts[--k]!.cls = 'name';
      while (k > 0 && NAME_PARTS.has(parts[k - 1]!.cls)) k--;
    }
  }
  while (k < parts.length && parts[k]!.cls === 'conn') k++;
  const nameParts = parts.slice(k);
  // "Meseberg Palace", "Army Tactical Missile System": a named place or thing, not a person
  const lastWord = parts[parts.length - 1]?.lower ?? '';
  if (parts.length > 1 && ctx.lex.placeHeads.has(lastWord) && !nameParts.some((p) => p.cls === 'given')) return whole('place', words.slice(from).join(' '));
  const hasName = nameParts.some((p) => p.cls === 'given' || p.cls === 'name');
  if (hasName) {
    const m = whole('person', mapped(nameParts, (p) => p.word).join(' '));
    // titles, and the nationality before them ("Russian President Vladimir Putin": russian)
    m.titles = mapped(parts.slice(0, k), (p) => p.lower).filter((w) => ctx.lex.titles.has(w) || ctx.lex.demonyms.has(w));
    const given = nameParts.find((p) => p.cls === 'given');
    const tags = given ? tagBits(ctx.lex, given.lower) : 0;
    m.gender = tags & TAG.female ? 'female' : tags & TAG.male ? 'male' : null;
    if (m.titles.some((w) => ctx.lex.femaleTitles.has(w))) m.gender = 'female';
    if (m.titles.some((w) => ctx.lex.maleTitles.has(w))) m.gender = 'male';
    return m;
  }
  // no name: a body or place named by its last meaningful words
  const last = parts[parts.length - 1];
  if (!last) return null;
  const lastTwo = mapped(parts.slice(-2), (p) => p.lower).join(' ');
  if (ctx.lex.institutions.has(lastTwo)) return whole('group', ctx.lex.institutions.get(lastTwo)!);
  const lastBody = institutionAsWritten(ctx.lex, last.word, last.lower);
  if (lastBody !== undefined) return whole('group', lastBody);
  if (last.cls === 'place') {
    return whole(tagBits(ctx.lex, last.lower) & TAG.country ? 'group' : 'place', last.word);
  }
  if (last.cls === 'org') return whole('group', words.slice(from).join(' '));
  // "the Wisconsin Republican says", "a Florida Democrat said": a member of a party after the
  // place they come from is a person, not a place ("Wisconsin Republicans" are a group already)
  if (PARTY_MEMBERS.has(last.lower) && parts.length > 1 && parts.slice(0, -1).every((p) => p.cls === 'place')) {
    const m = whole('anonymous', words.slice(from).join(' '));
    m.head = last.lower;
    return m;
  }
  if (last.cls === 'demonym' && ctx.lex.demonyms.has(last.lower)) {
    const m = whole('place', ctx.lex.demonyms.get(last.lower)!);
    m.head = 'demonym';
    return m;
  }
  if (last.cls === 'title' && parts.length === 1) return null;
  if (last.cls === 'group') {
    while (from < words.length - 1 && DETERMINERS.has(words[from]!.toLowerCase())) from++;
    const m = whole(ctx.lex.anonymousHeads.has(last.lower) ? 'anonymous' : 'group', mapped(words.slice(from), (w, k) => (k === 0 ? w : w.toLowerCase())).join(' '));
    m.head = last.lower;
    m.plural = S_END.test(last.lower);
    return m;
  }
  if (last.cls === 'demonym' || last.cls === 'title') {
    const m = whole('place', words.slice(from).join(' '));
    m.head = 'modifier';
    return m;
  }
  return null;
}

/**
 * A noun that heads an unnamed holder: the hand lists ("officials", "Republicans"), or a
 * WordNet noun of people in lower case ("environmentalists", "the regulator"); "Miller" and
 * "White" in capitals are names.
 */
function isHeadNoun(tokens: Token[], j: number, F: WordFacts[]): boolean {
  const t = tokens[j]!;
  // (the word without a possessive "'s")
  const roles = F[j]!.stem.head;
  if (roles & HEAD.listed) return true;
  return (roles & HEAD.holderNoun) !== 0 && (!t.cap || isSentenceStart(tokens, j));
}

/**
 * The head of a phrase that opens at `i`: a head noun, or after a determiner a noun of people
 * that is also a verb ("the judge", "two delegates": lexicon determinedHolders).
 */
function headAt(tokens: Token[], k: number, i: number, determined: boolean, F: WordFacts[]): boolean {
  if (isHeadNoun(tokens, k, F)) return true;
  return determined && k > i && !tokens[k]!.cap && (F[k]!.lex & LX.determinedHolder) !== 0;
}

/** a lower-case adjective or noun that may stand before the head of a noun phrase */
function isPlainModifier(t: Token, f: WordFacts): boolean {
  // (the word's facts say whether its lower case is plain: the same test when the text is its lower case)
  if (t.cap || f.lex & LX.verb || f.role & WR.functionAfterHead || !(t.text === t.lower ? f.plain : PLAIN_WORD.test(t.text))) return false;
  const bits = f.tags;
  // a word compromise does not know is most often a noun ("enforcement", "agency")
  if (bits === 0) return !ADVERB_OR_PARTICIPLE_END.test(t.lower);
  return (bits & TAG.nounOrAdjective) !== 0 && (bits & TAG.verbish) === 0 && t.lower !== 'there' && t.lower !== 'here';
}

/** "officials", "two U.S. officials", "a European diplomat", "these officials", "his team" */
/** "Two U.S. officials", "Several European allies" at a sentence start: the count is not the name */
export function modifierOf(tokens: Token[], m: Mention): string {
  // (the determiners that open it are dropped; one loop over the tokens, where the words were
  // sliced, filtered, mapped, joined, split and joined again)
  let out = '';
  let opening = true;
  for (let k = m.start; k < m.end; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.lower === 'the') continue;
    const w = stripPossessive(t.text);
    // (a word of several parts, which no tokenizer makes, is read as the words were)
    if (w.includes(' ')) return modifierOfWords(tokens, m);
    if (opening && DETERMINERS.has(w.toLowerCase())) continue;
    out = opening ? w : `${out} ${w}`;
    opening = false;
  }
  return out;
}

/** modifierOf by the surface's words (the reference for modifierOf's loop). */
export function modifierOfWords(tokens: Token[], m: Mention): string {
  const words = surface(tokens, m).split(' ');
  let k = 0;
  while (k < words.length && DETERMINERS.has(words[k]!.toLowerCase())) k++;
  return k === 0 ? words.join(' ') : words.slice(k).join(' ');
}

function commonGroup(tokens: Token[], i: number, ctx: Ctx, named: Mention | null): Mention | null {
  // (no word that can head the phrase within its reach: most words of a sentence)
  if (i <= tokens.length && ctx.heads[i]! > i + MAX_BEFORE_HEAD) return null;
  const { lex } = ctx;
  const F = ctx.facts;
  // (the named modifier before the loop's is put in front once a head is found: most names have none after them)
  // (made at the first modifier: most words open no phrase)
  let mods: string[] | null = null;
  let j = i;
  // "a job that many economists say is …", "a gap that experts say …": "that" before a plural or
  // a word of quantity is a relative pronoun, not a determiner of the phrase
  if (!named && tokens[i]?.lower === 'that' && i > 0 && tokens[i - 1]!.kind === 'word') {
    const n = tokens[i + 1];
    if (n && n.kind === 'word' && (F[i + 1]!.role & WR.quantityHolder || (PLURAL_END.test(n.lower) && !n.cap))) return null;
  }
  const opensWithDeterminer = tokens[i] !== undefined && tokens[i].lower !== 'of' && (F[i]!.role & WR.determiner) !== 0;
  while (j < tokens.length && j < i + MAX_BEFORE_HEAD) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    const w = t.lower;
    const f = F[j]!;
    if (headAt(tokens, j, i, opensWithDeterminer, F)) {
      // "an agency official", "campaign aides": a noun of people before the head modifies it
      const next = tokens[j + 1];
      if (next && next.kind === 'word' && !next.cap && !t.cap && j + 1 < i + 5 && isHeadNoun(tokens, j + 1, F)) { j++; continue; }
      break;
    }
    // ("a cost that many economists say …": "that" inside the run opens a relative clause)
    if (j > i && w === 'that') return null;
    if (f.role & WR.determiner) {
      j++;
      continue;
    }
    if (f.lex & (LX.regionAdjective | LX.demonym) || f.tags & TAG.demonym || (t.cap && INITIALS_OR_ACRONYM.test(t.text))) {
      (mods ??= []).push(t.text);
      j++;
      continue;
    }
    const next = tokens[j + 1];
    if (next && next.kind === 'word' && F[j + 1]!.lex & (LX.groupHead | LX.anonymousHead) && S_END.test(next.lower)
      && !(f.lex & LX.verb) && !(f.role & WR.functionAfterHead) && LETTERS.test(t.text)
      && (f.tags & TAG.nounOrAdjective || (t.cap && !f.tags))) {
      (mods ??= []).push(t.text);
      j++;
      continue;
    }
    // "a former senior law enforcement official", "his longtime personal physician": lower-case
    // adjectives and nouns before the head are part of the phrase (not a verb: "told officials")
    // (not in a phrase that starts at "of": "in charge of the rocket battery" keeps its preposition)
    // (only after a determiner, "a former senior …", so that no run of plain words is scanned from each of its words)
    if (j > i && opensWithDeterminer && isPlainModifier(t, f)) {
      j++;
      continue;
    }
    return null;
  }
  const head = tokens[j];
  if (!head || head.kind !== 'word' || !headAt(tokens, j, i, opensWithDeterminer, F)) return null;
  const headLower = stripPossessive(head.lower);
  const headBits = F[j]!.stem.lex;
  const after = tokens[j + 1];
  // "spokesperson Dmitry Peskov": a title before a name belongs to the name; so does a singular
  // noun of a person's trade ("Democratic pollster Stan Greenberg", "strategist Al Cardenas")
  const describesName = headBits & (LX.personTitle | LX.title) || (!head.cap && !S_END.test(headLower) && headBits & (LX.anonymousHead | LX.holderNoun)
    && ((after ? F[j + 1]!.tags : tagBits(lex, '')) & TAG.given) !== 0);
  if (after && after.kind === 'word' && after.cap && describesName && !isPossessiveWord(head)
    && !isCommonCapital(after, F[j + 1]!, ctx, false, false)) return null;
  // ("officials say": a verb that agrees with the head ends the phrase)
  let agrees = false;
  const v = after ? F[j + 1]!.verb : undefined;
  if (v) {
    const pluralHead = S_END.test(headLower) && !SS_END.test(headLower);
    agrees = (pluralHead && v.form === 'base') || (!pluralHead && v.form === 's');
  }
  if (after && after.kind === 'word' && !after.cap && !(F[j + 1]!.role & WR.functionAfterHead) && !isPossessiveWord(head)
    && !agrees && isNounLike(after.lower, F[j + 1]!)) return null;
  if (named && named.kind !== 'pronoun') {
    const lead = named.kind === 'person' || named.kind === 'outlet' ? named.name : modifierOf(tokens, named);
    if (lead) (mods ??= []).unshift(lead);
  }
  const first = tokens[i]!.lower;
  const kind: MentionKind = headBits & LX.anonymousHead ? 'anonymous' : 'group';
  const plural = S_END.test(headLower) && !SS_END.test(headLower);
  const start = named ? named.start : i;
  const headWord = stripPossessive(head.lower);
  // "Democrats", "Republicans": a capitalised head keeps its capital in the name
  const nameHead = head.cap && j > i ? stripPossessive(head.text) : headWord;
  // (loops, not filter and spread: a smaller graph for V8 to compile)
  const nameMods: string[] = [];
  if (mods !== null) for (let n = 0; n < mods.length; n++) if (!DETERMINERS.has(mods[n]!.toLowerCase())) nameMods.push(mods[n]!);
  // "the German government" is Germany, as "the Ukrainian government" is Ukraine (ANNOTATION.md §2)
  // ("the German federal government": one demonym among the modifiers)
  let name = '';
  let demonym: string | null = null, demonyms = 0;
  for (let n = 0; n < nameMods.length; n++) {
    const w = nameMods[n]!;
    name += `${w} `;
    if (lex.demonyms.has(w.toLowerCase())) { demonyms++; demonym ??= w; }
  }
  const country = headWord === 'government' && demonyms === 1 ? lex.demonyms.get(demonym!.toLowerCase()) : undefined;
  const m = blank(start, j + 1, country ? 'group' : kind, country ?? name + nameHead);
  m.plural = plural;
  m.head = headWord;
  m.possessive = isPossessiveWord(head);
  if (named && named.kind === 'pronoun') m.possessor = named;
  else if (named && named.possessive) m.possessor = named;
  // "these officials", "the official", "one of the officials": a reference back, not a new source
  if (!named && nameMods.length === 0 && (first === 'the' || first === 'these' || first === 'those' || first === 'one')) {
    m.kind = 'anaphor';
    m.titles = [headWord];
  }
  if (!named && nameMods.length === 0 && lex.personTitles.has(headWord) && first === 'the') m.kind = 'title-ref';
  return m;
}

/**
 * "Italy's foreign minister", "Ukraine's top commander": a country's title stands for the person
 * who holds it, as "the Italian foreign minister" does (a reference with the title and the
 * nationality, resolved in entities.ts; an unnamed holder of the title when no one has it).
 */
function ownedTitle(tokens: Token[], owner: Mention, ctx: Ctx): Mention | null {
  if (owner.kind !== 'group' && owner.kind !== 'place') return null;
  const demonym = ctx.lex.countryDemonyms.get(owner.name);
  if (!demonym) return null;
  let k = owner.end;
  while (k < owner.end + MAX_TITLE_MODIFIERS && tokens[k]?.kind === 'word' && !tokens[k]!.cap
    && !ctx.lex.personTitles.has(tokens[k]!.lower) && (ctx.lex.regionAdjectives.has(tokens[k]!.lower) || ctx.lex.titles.has(tokens[k]!.lower) || isPlainModifier(tokens[k]!, ctx.facts[k]!))) k++;
  const title = tokens[k];
  if (!title || title.kind !== 'word' || title.cap) return null;
  const word = stripPossessive(title.lower);
  if (!ctx.lex.personTitles.has(word) || ctx.lex.anonymousHeads.has(word)) return null;
  const after = tokens[k + 1];
  if (after && after.kind === 'word' && after.cap) return null; // "Ukraine's President Zelensky" is a name
  const m = blank(owner.start, k + 1, 'title-ref', word);
  m.titles = [word, demonym, officePhrase(tokens, owner.end, k)];
  m.possessive = isPossessiveWord(title);
  return m;
}


/** The words of an office from `from` to its title word at `title`, lower case: "foreign minister", "top diplomat". */
function officePhrase(tokens: Token[], from: number, title: number): string {
  let out = '';
  for (let k = from; k < title; k++) out += `${tokens[k]!.lower} `;
  return out + stripPossessive(tokens[title]!.lower);
}

/** after a possessive ("Kyiv's", "his"): a group noun that it owns */
function groupAfter(tokens: Token[], owner: Mention, ctx: Ctx): Mention | null {
  if (!owner.possessive) return null;
  const g = commonGroup(tokens, owner.end, ctx, null);
  if (!g) return ownedTitle(tokens, owner, ctx);
  if (g.kind === 'anaphor' || g.kind === 'title-ref') return null;
  g.start = owner.start;
  g.possessor = owner;
  return g;
}
