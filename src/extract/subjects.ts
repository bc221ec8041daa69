// The holder a cue attributes to: its subject (past auxiliaries, adverbs and appositions),
// coordinated subjects, relatives, and the clause it stands in.
import type { Analysis } from './analysis.js';
import { blank, type Mention } from './mentions.js';
import { AUX, BE, QUESTION_WORDS, RELATIVES, inRegion, type Cue } from './cues.js';
import { isAdverb, isQuoteMark, type Token } from '../text/tokens.js';
import { isHolderTitle, tagBits, TAG } from './lexicon.js';
import { inRegistryOrder, ruleId } from './rules.js';
import { wordsWithRole } from './words.js';
import { farSubject, openingSubject, withListAfter } from './clause-subjects.js';

// (regexes as constants: a literal in a function is a new object each time it runs)
/** a word in -s but not -ss */
const PLURAL_END = /[^s]s$/;
/** a word that opens with a digit */
const DIGIT_FIRST = /^\d/;
/** compromise's adjective tag */
const ADJECTIVE_TAG = /Adjective/;
/** a number in digits */
const DIGITS = /^\d+$/;
/** compromise's tags of a number */
const NUMBER_TAG = /Value|Cardinal/;
/** a word in -ed */
const ED_END = /ed$/;
/** compromise's tags of a verb form */
const VERB_FORM_TAG = /PastTense|PresentTense|Infinitive/;
/** a word in -ing */
const ING_END = /ing$/;

export const PREPOSITIONS = wordsWithRole('preposition');

export const INFINITIVE_CUES = wordsWithRole('infinitive-cue');

export const HEDGE_QUESTIONS = wordsWithRole('hedge-question');

export const AFTER_SOURCE = wordsWithRole('after-source');

export const MAX_CLAUSE = 80;

export const DEGREE = wordsWithRole('degree');

/** What subject finding reads of a sentence's analysis. */
export type Ctx = Pick<Analysis, 'tokens' | 'mentions' | 'lex'>;

export function mentionEndingAt(ctx: Ctx, end: number): Mention | null {
  return ctx.mentions.find((m) => m.end === end) ?? null;
}

export function mentionStartingAt(ctx: Ctx, start: number): Mention | null {
  let s = start;
  while (ctx.tokens[s] && ARTICLES.has(ctx.tokens[s]!.lower) && !ctx.mentions.some((m) => m.start === s)) s++;
  return ctx.mentions.find((m) => m.start === s) ?? null;
}

export function isHolderKind(m: Mention): boolean {
  return m.kind !== 'place';
}

/** "Scholz himself had long been cautious" */
const REFLEXIVES = wordsWithRole('reflexive');

const QUANTIFIERS = wordsWithRole('quantifier');

const NP_DETERMINERS = wordsWithRole('determiner');
const ARTICLES = wordsWithRole('article');
const OWNER_DETERMINERS = wordsWithRole('owner-determiner');
const DESCRIBED_BY = wordsWithRole('described-by');
const POSITION_SOURCES = wordsWithRole('position-source');
/** modifiers of a noun phrase walked past to find the preposition it is the object of */
const MAX_NP_MODIFIERS = 4;

/**
 * Where the preposition whose object holds `m` stands, or -1. The object may have a determiner
 * and modifiers before the mention: "of the rocket battery", "to Czech Television".
 */
export function prepositionBefore(ctx: Ctx, m: Mention): number {
  const { tokens } = ctx;
  // "Organizers of the two unions": a phrase that opens with its own "of" after a holder
  // (not after a title: "the head of the German government" is a reference read as a whole)
  // ("A group of senators": the "of" of a quantity opens no phrase)
  if (tokens[m.start]?.lower === 'of' && !QUANTIFIERS.has(tokens[m.start - 1]?.lower ?? '') && mentionEndingAt(ctx, m.start)?.kind !== 'title-ref' && mentionEndingAt(ctx, m.start)) return m.start;
  let k = m.start - 1;
  // a name takes determiners and adjectives ("the embattled Mr. Smith"); a common noun also
  // nouns ("the rocket battery"); "for two years Washington" is two phrases
  const nounOk = !tokens[m.start]!.cap || NP_DETERMINERS.has(tokens[m.start]!.lower);
  for (let steps = 0; k >= 0 && steps < MAX_NP_MODIFIERS; steps++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || PREPOSITIONS.has(t.lower)) break;
    // "a gap that experts say renders …", "a job that many economists say is …": a relative, not a determiner
    if (t.lower === 'that' && k === m.start - 1 && tokens[m.start]!.kind === 'word' && (PLURAL_END.test(tokens[m.start]!.lower) || QUANTIFIERS.has(tokens[m.start]!.lower))) return -1;
    const covered = t.cap && ctx.mentions.some((x) => x !== m && x.start <= k && k < x.end && x.kind === 'place');
    const bits = tagBits(ctx.lex, t.lower);
    const modifier = NP_DETERMINERS.has(t.lower) || (!t.cap && !ctx.lex.verbs.has(t.lower) && !AUX.has(t.lower) && !BE.has(t.lower) && !RELATIVES.has(t.lower)
      && t.lower !== 'and' && t.lower !== 'or' && (nounOk || isAdjective(ctx.lex, t.lower)) && !DIGIT_FIRST.test(t.lower) && !QUANTIFIERS.has(t.lower) && (bits & TAG.verbish) === 0);
    if (!covered && !modifier) return -1;
    k--;
  }
  const prev = tokens[k];
  // ("less credit than aides say he deserves": "than" opens a clause with its own subject)
  if (!prev || prev.kind !== 'word' || !PREPOSITIONS.has(prev.lower) || prev.lower === 'than') return -1;
  // "Several of Ukraine's partners": the "of" of a quantity, not a prepositional phrase
  if (prev.lower === 'of' && QUANTIFIERS.has(tokens[k - 1]?.lower ?? '')) return -1;
  return k;
}

export function precededByPreposition(ctx: Ctx, m: Mention): boolean {
  return prepositionBefore(ctx, m) >= 0;
}

/** compromise lists the word as an adjective */
function isAdjective(lex: Ctx['lex'], word: string): boolean {
  return ADJECTIVE_TAG.test(lex.words.get(word) ?? '');
}

/**
 * The mention is a verb's object or complement, not a subject: "told the crowd", "has become
 * the most forceful advocate". Only a lower-case verb right before the noun phrase counts, and
 * not one of saying ("said Washington had lifted": the noun phrase opens what was said).
 */
export function objectOfVerb(ctx: Ctx, m: Mention): 'object' | 'predicate' | null {
  const { tokens } = ctx;
  if (m.kind === 'pronoun') return null;
  let k = m.start - 1;
  // determiners and modifiers: any lower-case word that is no verb, preposition or conjunction
  // (before a name only determiners and adjectives: "something Ukraine has wanted" is two phrases)
  const named = tokens[m.start]!.cap && !NP_DETERMINERS.has(tokens[m.start]!.lower);
  const modifier = (t: Token) => t.kind === 'word' && !t.cap && !BE.has(t.lower) && !AUX.has(t.lower) && !PREPOSITIONS.has(t.lower) && !RELATIVES.has(t.lower)
    && t.lower !== 'and' && t.lower !== 'or' && !ctx.lex.verbs.has(t.lower)
    && (!named || NP_DETERMINERS.has(t.lower) || isAdjective(ctx.lex, t.lower));
  while (k >= 0 && k >= m.start - MAX_NP_MODIFIERS && modifier(tokens[k]!)) k--;
  const t = tokens[k];
  if (!t || t.kind !== 'word' || t.cap) return null;
  if (BE.has(t.lower)) return 'predicate';
  const v = ctx.lex.verbs.get(t.lower);
  return v && (v.form === 'ed' || v.form === 's') && (v.base === 'tell' || !ctx.lex.complementVerbs.has(v.base)) ? 'object' : null;
}

/**
 * The head of a noun phrase whose mention `m` sits in its prepositional phrases: "officials at
 * the department" are the officials, "aides to X" the aides, "the officer in charge of the
 * battery" the officer. Null when no holder heads the phrase ("a visit to Kyiv").
 */
function headBeforePhrases(ctx: Ctx, m: Mention): Mention | null {
  const { tokens } = ctx;
  let cur = m;
  for (let depth = 0; depth < MAX_PHRASE_DEPTH; depth++) {
    const p = prepositionBefore(ctx, cur);
    if (p < 0) return cur === m ? null : cur;
    let owner = mentionEndingAt(ctx, p);
    // "in charge of", "in favor of": one bare noun between two prepositions
    if (!owner && tokens[p - 1]?.kind === 'word' && !tokens[p - 1]!.cap && PREPOSITIONS.has(tokens[p - 2]?.lower ?? '')) owner = mentionEndingAt(ctx, p - 2);
    if (!owner || !isHolderKind(owner) || owner.kind === 'pronoun') return null;
    cur = owner;
  }
  return null;
}

/** prepositional phrases walked up to a noun phrase's head */
const MAX_PHRASE_DEPTH = 3;

/** Where "a handful of" or "several of the" before a mention starts, or the mention's start. */
function quantityBefore(tokens: Token[], start: number): number {
  // a mention may begin with the "of" itself ("of Democrats")
  let k = tokens[start]?.lower === 'of' ? start : start - 1;
  if (k < start && OWNER_DETERMINERS.has(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower !== 'of' || !QUANTIFIERS.has(tokens[k - 1]?.lower ?? '')) return start;
  k -= 2;
  if (ARTICLES.has(tokens[k]?.lower ?? '')) k--;
  return k + 1;
}

/** "as" that ends "as well as" */
function asWellAs(ctx: Ctx, k: number): boolean {
  return ctx.tokens[k]!.lower === 'as' && ctx.tokens[k - 1]?.lower === 'well' && ctx.tokens[k - 2]?.lower === 'as';
}

/** a name in a headline's list is short: a longer capitalised run is a title-case phrase */
const MAX_LIST_NAME = 3;

/** "Biden, Starmer …", "Germany, France, Italy …": short names of one kind, commas between, opening the sentence. */
function headlineList(ctx: Ctx, prev: Mention, cur: Mention): boolean {
  let left = prev;
  let right = cur;
  for (;;) {
    if (left.end - left.start > MAX_LIST_NAME || right.start !== left.end + 1 || ctx.tokens[left.end]?.text !== ','
      || left.kind !== cur.kind || (cur.kind !== 'person' && cur.kind !== 'group') || left.name === right.name || left.possessive) return false;
    if (left.start === 0) return true;
    const before = ctx.tokens[left.start - 1]?.text === ',' ? mentionEndingAt(ctx, left.start - 1) : null;
    if (!before) return false;
    right = left;
    left = before;
  }
}

/** The plural group a named example follows: "senators like X", "representatives such as Y". */
function exampleOf(ctx: Ctx, m: Mention): Mention | null {
  const { tokens } = ctx;
  const at = tokens[m.start - 1]?.lower === 'like' ? m.start - 1 : tokens[m.start - 1]?.lower === 'as' && tokens[m.start - 2]?.lower === 'such' ? m.start - 2 : -1;
  const group = at > 0 ? mentionEndingAt(ctx, at) : null;
  return group && group.plural && (group.kind === 'group' || group.kind === 'anonymous') ? group : null;
}

/**
 * Coordinated holders ending at `end`: "Macron and Scholz", "Sullivan, Austin, and Brown".
 * `heads`: `last` is a head reached past its phrases, so an earlier member inside a phrase of its
 * own stands for its head ("X's embassy in Washington and X's mission to the UN"; speaker.np-head).
 */
export function coordinated(ctx: Ctx, last: Mention, heads = false): Mention[] {
  const out = [last];
  let cur = last;
  for (;;) {
    let k = quantityBefore(ctx.tokens, cur.start) - 1;
    let sawAnd = false;
    while (k >= 0 && (ctx.tokens[k]!.text === ',' || ctx.tokens[k]!.lower === 'and' || asWellAs(ctx, k))) {
      if (ctx.tokens[k]!.lower === 'and') sawAnd = true;
      // "X as well as Y" joins like "and"; a lone "as" begins a clause ("…, as the U.S. discussed")
      if (ctx.tokens[k]!.lower === 'as') { sawAnd = true; k -= 2; }
      k--;
    }
    if (k === cur.start - 1) {
      // "Senators like X and representatives such as Y said": the examples of groups joined by
      // "and" are a list of their own
      const group = exampleOf(ctx, cur);
      const before = group && ctx.tokens[group.start - 1]?.lower === 'and' ? mentionEndingAt(ctx, group.start - 1) : null;
      if (!before || !exampleOf(ctx, before) || out.includes(before)) break;
      out.unshift(before);
      cur = before;
      continue;
    }
    if (ctx.tokens[k]?.lower === 'such') break; // "members such as the U.K., Sweden": the list names them
    let prev = mentionEndingAt(ctx, k + 1);
    if (heads && sawAnd && prev && prepositionBefore(ctx, prev) >= 0) prev = headBeforePhrases(ctx, prev);
    if (!prev || !isHolderKind(prev) || precededByPreposition(ctx, prev) && !sawAnd) break;
    // "Macron, speaking ..., stated": an apposition, not a list; but "Biden, Starmer put off …", a
    // headline's list of two names of one kind that opens the sentence, needs no "and"
    if (!sawAnd && out.length === 1 && !headlineList(ctx, prev, cur)) break;
    out.unshift(prev);
    cur = prev;
  }
  return out;
}

/** The group or unnamed source right before "on|in|from|at (the) <m>", or null. */
function describedBy(ctx: Ctx, m: Mention): Mention | null {
  const { tokens } = ctx;
  let p = m.start - 1;
  if (ARTICLES.has(tokens[p]?.lower ?? '')) p--;
  if (!DESCRIBED_BY.has(tokens[p]?.lower ?? '')) return null;
  const owner = mentionEndingAt(ctx, p);
  return owner && (owner.kind === 'group' || owner.kind === 'anonymous') && !precededByPreposition(ctx, owner) ? owner : null;
}

const TIME_ANCHORS = wordsWithRole('time-anchor');
const TIME_MODIFIERS = wordsWithRole('time-modifier');
/** words a time phrase between a subject and its verb may have ("less than two weeks ago") */
const MAX_TIME_PHRASE = 6;

/**
 * Where a time phrase that ends at token k starts ("last week", "earlier Tuesday", "less than
 * two weeks ago", "this morning"), or -1: time words, numbers and days or months, with at least
 * one word that names a time ("week", "ago", "Tuesday").
 */
function timePhraseStart(ctx: Ctx, k: number, clauseStart: number): number {
  const { tokens, lex } = ctx;
  let j = k;
  let anchored = false;
  while (j >= clauseStart && j > k - MAX_TIME_PHRASE && tokens[j]!.kind === 'word') {
    const t = tokens[j]!;
    const w = t.lower;
    const date = (tagBits(lex, w) & TAG.date) !== 0 && t.cap;
    if (TIME_ANCHORS.has(w) || SPANS.has(w) || date) anchored = true;
    else if (!(TIME_MODIFIERS.has(w) || DIGITS.test(w) || NUMBER_TAG.test(lex.words.get(w) ?? ''))) break;
    j--;
  }
  return anchored && j < k ? j + 1 : -1;
}


/**
 * From token k back, past auxiliaries, "be", adverbs, "to" and reflexives, and past a time phrase
 * between a subject and its verb, again and again: the token where the subject may end, or one
 * before `clauseStart`. (A function of its own, not a closure over subjectBefore's position: V8
 * compiles a smaller graph and keeps the position in a register.)
 */
function skipBack(ctx: Ctx, k: number, clauseStart: number): number {
  const { tokens } = ctx;
  for (;;) {
    // (an adverb compromise knows, not in -ly: "Trump has often cited")
    while (k >= clauseStart && tokens[k]!.kind === 'word' && (AUX.has(tokens[k]!.lower) || BE.has(tokens[k]!.lower) || DEGREE.has(tokens[k]!.lower) || isAdverb(tokens[k]) || tokens[k]!.lower === 'to' || REFLEXIVES.has(tokens[k]!.lower)
      || (!tokens[k]!.cap && ctx.lex.words.get(tokens[k]!.lower) === 'Adverb'))) k--;
    // "Feinstein last week said", "The State Department less than two weeks ago said", "Trump
    // earlier Tuesday backed": past a time phrase between the subject and its verb
    const time = timePhraseStart(ctx, k, clauseStart);
    if (time < 0) return k;
    k = time - 1;
  }
}

/** The holder left of a cue: the subject, skipping auxiliaries, adverbs and an apposition. */
export function subjectBefore(ctx: Ctx, cueIndex: number, clauseStart: number): { mentions: Mention[]; rule: string } | null {
  const { tokens } = ctx;
  let k = skipBack(ctx, cueIndex - 1, clauseStart);
  // "Ruiz — who runs a farm near Dayton — told", "Dale -- a lawyer for the union -- said": past an
  // aside between dashes to the subject before it
  if (k > clauseStart && DASH_MARKS.has(tokens[k]!.text)) {
    const open = dashAsideStart(tokens, k, clauseStart);
    if (open > clauseStart) k = skipBack(ctx, open - 1, clauseStart);
  }
  // "Margus Tsahkna (Eesti 200) said", "Sen. Roger Wicker (R-Miss.) said": past a short aside
  if (tokens[k]?.text === ')') {
    let open = k - 1;
    while (open >= clauseStart && open > k - 8 && tokens[open]!.text !== '(') open--;
    if (open >= clauseStart && tokens[open]!.text === '(') k = skipBack(ctx, open - 1, clauseStart);
  }
  if (k < clauseStart) return null;
  const t = tokens[k]!;
  if (t.kind === 'word' && RELATIVES.has(t.lower)) {
    // "Putin, who has threatened": the relative's antecedent
    let a = k - 1;
    // ("Donald Trump - who previously said", "(who …")
    if (tokens[a]?.text === ',' || tokens[a]?.text === '-' || tokens[a]?.text === '\u2014' || tokens[a]?.text === '\u2013' || tokens[a]?.text === '(') a--;
    let ante = mentionEndingAt(ctx, a + 1);
    // "Volodymyr Zelenskyy, Ukraine's president, who": the name before a descriptive apposition
    if (ante && ante.kind !== 'person' && tokens[ante.start - 1]?.text === ',') {
      const named = mentionEndingAt(ctx, ante.start - 1);
      if (named && named.kind === 'person') ante = named;
    }
    return ante && isHolderKind(ante) ? { mentions: coordinated(ctx, ante), rule: ruleId('speaker.relative') } : null;
  }
  if (t.text === ',') {
    // "X, a diplomat, said" / "The administration, however, has maintained"; an "including"
    // list has commas of its own: "partners, including the U.K., Poland and Canada, had said"
    let open = k - 1;
    const including = lastIncluding(tokens, clauseStart, k);
    if (including > 0 && tokens[including - 1]?.text === ',') open = including - 1;
    else while (open >= clauseStart && tokens[open]!.text !== ',' && !isQuoteMark(tokens[open]!)) open--;
    if (open >= clauseStart && tokens[open]!.text === ',') {
      // "Rep. Dana Whitlock (R-Ind.), a member of the committee, called": past the aside
      let nameEnd = open;
      if (tokens[open - 1]?.text === ')') {
        let paren = open - 2;
        while (paren > clauseStart && paren > open - 9 && tokens[paren]!.text !== '(') paren--;
        if (tokens[paren]?.text === '(') nameEnd = paren;
      }
      let m = mentionEndingAt(ctx, nameEnd);
      if (m && m.kind === 'place' && tokens[m.start - 1]?.lower === 'of') m = mentionEndingAt(ctx, m.start - 1) ?? m;
      // "Ann Dale, who founded Greenway, a climate group, said": a name inside a relative clause is
      // its object; the holder is the relative's antecedent
      const ante = m ? relativeAntecedent(ctx, m, clauseStart) : null;
      if (ante) return { mentions: [ante], rule: ruleId('speaker.apposition') };
      // "the White House spokesperson, John Kirby, told": the name in the apposition is the holder
      const named = ctx.mentions.find((x) => x.start === open + 1 && x.end === k && isHolderKind(x) && x.kind !== 'pronoun');
      // ("the city's bus operator, Harwick Transit, said": a description, then the name)
      const described = m !== null && ctx.lex.holderNouns.has(m.head ?? '');
      if (named && (!m || m.kind === 'anonymous' || m.kind === 'title-ref' || m.kind === 'anaphor' || described) && (named.kind === 'person' || !m || described)) {
        return { mentions: [named], rule: ruleId('speaker.apposition') };
      }
      // "Others, including Mr. Sullivan, worried": the ones included hold it
      if (!m && tokens[open + 1]?.lower === 'including') {
        const included = ctx.mentions.filter((x) => x.start > open && x.end <= k && isHolderKind(x));
        if (included.length) return { mentions: included, rule: ruleId('speaker.apposition') };
      }
      if (m && isHolderKind(m) && !precededByPreposition(ctx, m)) {
        const out = coordinated(ctx, m);
        // "Key Ukrainian officials, including President Zelensky, have": the included are holders too
        if (tokens[open + 1]?.lower === 'including') for (const inc of ctx.mentions) if (inc.start > open && inc.end <= k && isHolderKind(inc)) out.push(inc);
        return { mentions: out, rule: ruleId('speaker.apposition') };
      }
    }
    return null;
  }
  const m = mentionEndingAt(ctx, k + 1);
  if (m && !isHolderKind(m) && objectOfVerb(ctx, m) === null) {
    // "X's mission to the UN in New York did not respond": a place ends the phrases after the head
    // ("supporters in the US and Europe want": from the list's first member)
    let first = m;
    for (let n = 0; n < MAX_LIST_NAME && (tokens[first.start - 1]?.lower === 'and' || tokens[first.start - 1]?.text === ','); n++) {
      const prev = mentionEndingAt(ctx, first.start - 1);
      if (!prev) break;
      first = prev;
    }
    const head = headBeforePhrases(ctx, first);
    return head ? { mentions: coordinated(ctx, head, true), rule: ruleId('speaker.np-head') } : null;
  }
  if (m && isHolderKind(m) && objectOfVerb(ctx, m) === null) {
    // "Some Republicans on the House Armed Services Committee have urged": the group or unnamed
    // source that the prepositional phrase describes
    const owner = describedBy(ctx, m);
    if (owner) return { mentions: coordinated(ctx, owner), rule: ruleId('speaker.subject') };
    const list = coordinated(ctx, m);
    // "Leaders of the UK and the US will discuss": a list inside a phrase has the phrase's head
    const listHead = list.length > 1 && prepositionBefore(ctx, list[0]!) >= 0 && !exampleOf(ctx, list[0]!) ? headBeforePhrases(ctx, list[0]!) : null;
    if (listHead) return { mentions: coordinated(ctx, listHead, true), rule: ruleId('speaker.np-head') };
    const prep = prepositionBefore(ctx, m);
    if (prep >= 0) {
      // "President Volodymyr Zelensky of Ukraine welcomed", "aides to the senator said", "the
      // officer in charge of the rocket battery said": the head before the phrases
      const head = headBeforePhrases(ctx, m);
      if (head) return { mentions: coordinated(ctx, head, true), rule: ruleId('speaker.np-head') };
      // "with spokesperson Dmitry Peskov accusing": the subject of a participle after "with"
      if (tokens[prep]!.lower !== 'with' || !tokens[cueIndex]!.lower.endsWith('ing')) return null;
    }
    return { mentions: list, rule: ruleId('speaker.subject') };
  }
  return null;
}

/** how far back from a mention the relative pronoun of its clause may stand */
const MAX_RELATIVE_REACH = 12;

/**
 * The antecedent of the relative clause that `m` stands in as an object or after a preposition
 * ("who founded Greenway", "who chairs the transport board"), or null: `m` is not in one, or
 * is its subject ("who" right before it). A descriptive apposition gives way to the name before
 * it ("Hal Brody, the Utah Republican who chairs …" is Hal Brody).
 */
function relativeAntecedent(ctx: Ctx, m: Mention, clauseStart: number): Mention | null {
  const { tokens } = ctx;
  for (let r = m.start - 2; r > clauseStart && r >= m.start - MAX_RELATIVE_REACH; r--) {
    const t = tokens[r]!;
    if (t.text === ';' || t.text === ':' || t.text === ',' || isQuoteMark(t)) return null;
    if (t.kind !== 'word' || !RELATIVES.has(t.lower)) continue;
    // ("who" with a comma before it, or right after a noun; "that" right after a noun only)
    let ante = mentionEndingAt(ctx, r);
    if (!ante && t.lower !== 'that' && tokens[r - 1]?.text === ',') ante = mentionEndingAt(ctx, r - 1);
    // ("a lecturer at Leeds University who …": the head of the phrase)
    if (ante && precededByPreposition(ctx, ante)) ante = headBeforePhrases(ctx, ante);
    if (!ante || !isHolderKind(ante) || ante.kind === 'pronoun') return null;
    const before = ARTICLES.has(tokens[ante.start - 1]?.lower ?? '') ? ante.start - 1 : ante.start;
    if (ante.kind !== 'person' && tokens[before - 1]?.text === ',') {
      const named = mentionEndingAt(ctx, before - 1);
      if (named && named.kind === 'person') ante = named;
    }
    return ante;
  }
  return null;
}

const DASH_MARKS = new Set(['-', '\u2013', '\u2014']);
/** tokens an aside between dashes may run */
const MAX_DASH_ASIDE = 30;

/**
 * Where the dash that opens an aside closed by the dash (or "--") at `close` stands, or -1: a
 * dash with a word before it and no quotation, colon or semicolon between.
 */
function dashAsideStart(tokens: Token[], close: number, clauseStart: number): number {
  let k = close - 1;
  if (tokens[k]?.text === '-' && tokens[close]!.text === '-') k--; // "--"
  for (; k > clauseStart && k >= close - MAX_DASH_ASIDE; k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || isQuoteMark(t)) return -1;
    if (DASH_MARKS.has(t.text)) {
      const open = t.text === '-' && tokens[k - 1]?.text === '-' ? k - 1 : k;
      return tokens[open - 1]?.kind === 'word' ? open : -1;
    }
  }
  return -1;
}

/** how far before its cue a clause's subject may end */
const MAX_SUBJECT_DISTANCE = 12;

/** The first holder of the clause that is not inside a prepositional phrase. */
export function clauseSubject(ctx: Ctx, cueIndex: number, clauseStart: number): Mention[] {
  const found = ctx.mentions.find((m) => m.start >= clauseStart && m.end <= cueIndex && cueIndex - m.end <= MAX_SUBJECT_DISTANCE && isHolderKind(m)
    && AFTER_SOURCE.has(ctx.tokens[m.end]?.lower ?? '') && !precededByPreposition(ctx, m) && objectOfVerb(ctx, m) !== 'predicate');
  return found ? [found] : [];
}

export function clauseStartBefore(tokens: Token[], i: number, regions: Array<[number, number]>): number {
  const own = inRegion(i, regions);
  // a clause longer than this has lost its subject anyway; the bound keeps hostile input linear
  for (let k = i - 1; k >= 0 && k >= i - MAX_CLAUSE; k--) {
    if (own && k <= own[0]) return k + 1;
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || isQuoteMark(t)) return k + 1;
    if (t.kind === 'word' && (t.lower === 'that' || t.lower === 'but' || t.lower === 'while' || t.lower === 'although' || t.lower === 'though' || t.lower === 'because' || t.lower === 'where')) return k + 1;
    if (!own && inRegion(k, regions)) return k + 1;
  }
  return 0;
}

const SPEND = wordsWithRole('spend');
const SPANS = wordsWithRole('time-span');

/** The index of "spent" in "spent (the past|several|two) weeks <cue>ing", or -1. */
function spentTimeBefore(tokens: Token[], cueIndex: number): number {
  if (!SPANS.has(tokens[cueIndex - 1]?.lower ?? '')) return -1;
  for (let k = cueIndex - 2; k >= 0 && k >= cueIndex - 5; k--) if (SPEND.has(tokens[k]!.lower)) return k;
  return -1;
}

// words that may open a sentence before its subject: "But Scholz went further, saying ..."
const OPENERS = wordsWithRole('opener');
/** "by saying", "upon saying": a gerund after one is the sentence subject's */
const GERUND_PREPOSITIONS = wordsWithRole('gerund-preposition');

/**
 * The subject that opens the sentence, when the sentence is one main clause up to `before`:
 * the first holder, not in a quotation, with nothing before it but an opener word.
 */
function mainSubject(ctx: Ctx, before: number, regions: Array<[number, number]>): Mention | null {
  const { tokens } = ctx;
  let start = 0;
  while (start < before && (tokens[start]!.kind !== 'word' || OPENERS.has(tokens[start]!.lower))) start++;
  let m = ctx.mentions.find((x) => x.start >= start && x.start <= start + 1 && x.end < before);
  // "Ukraine's President Volodymyr Zelensky went further": the possessor names the subject's office
  if (m?.possessive) m = ctx.mentions.find((x) => x.start === m!.end) ?? m;
  if (!m || !isHolderKind(m)) return null;
  // one clause: no quotation, semicolon, colon or relative between the subject and the participle
  for (let k = m.end; k < before; k++) {
    const t = tokens[k]!;
    if (inRegion(k, regions) || t.text === ';' || t.text === ':' || RELATIVES.has(t.lower)) return null;
  }
  return m;
}

/** A holder that a cue names, and where the cue stands. */
export interface Found { mention: Mention; rule: string; cue: Cue; inner: boolean; quoted: boolean }

/** The holders of one cue: what a cue rule reads and where it adds its holders. */
export interface CueAt {
  readonly ctx: Ctx;
  readonly regions: Array<[number, number]>;
  readonly cue: Cue;
  /** the cue stands in a quotation or in what a speaker said: its holder may be the innermost one */
  readonly inner: boolean;
  /** the cue stands in a quotation */
  readonly quoted: boolean;
  readonly found: Found[];
  /** where what a speaker said begins ("He said Berlin and Kyiv had agreed …"), across the sentence's cues */
  readonly scope: { complementFrom: number };
}

/**
 * A speaker rule of one cue: it adds the cue's holders and says whether it takes the cue. The
 * rules run in the registry's order and the first that takes a cue ends its search.
 */
export type CueRule = (c: CueAt) => boolean;

function add(c: CueAt, holders: Mention[], rule: string): void {
  for (const m of holders) c.found.push({ mention: m, rule, cue: c.cue, inner: c.inner, quoted: c.quoted });
}

/** The holders of an asserted clause: not "how Russia might respond"; a cue of saying opens what was said. */
function asserted(c: CueAt, holders: Mention[], rule: string): void {
  const { tokens, lex } = c.ctx;
  let leadAt = holders[0] ? holders[0].start - 1 : -1;
  while (leadAt >= 0 && ARTICLES.has(tokens[leadAt]!.lower)) leadAt--;
  const lead = leadAt >= 0 ? tokens[leadAt]!.lower : '';
  if (lead === 'how' || lead === 'whether' || lead === 'if') return; // "how Russia might respond": not asserted
  add(c, holders, rule);
  if (holders.length && !c.inner && c.cue.verb && lex.complementVerbs.has(c.cue.verb.base)) {
    // what a speaker said is content: "He said Berlin and Kyiv had agreed …"
    c.scope.complementFrom = Math.min(c.scope.complementFrom, rule === ruleId('speaker.inverted') ? Infinity : c.cue.index);
  }
}

/** A participle held by the subject of the word at `at`; false when that has none. */
function heldBySubjectOf(c: CueAt, at: number): boolean {
  const subject = subjectBefore(c.ctx, at, clauseStartBefore(c.ctx.tokens, at, c.regions));
  add(c, subject?.mentions ?? [], ruleId('speaker.subject'));
  return subject !== null;
}

/**
 * "according to statements from Washington", "according to figures published by the council":
 * the one whose statements or figures they are.
 */
const accordingTo: CueRule = (c) => {
  if (c.cue.kind !== 'according') return false;
  const { ctx } = c;
  const { tokens, lex } = ctx;
  let at = c.cue.index + 2;
  if (lex.positionNouns.has(tokens[at]?.lower ?? '') && POSITION_SOURCES.has(tokens[at + 1]?.lower ?? '')) at += 2;
  else if (!mentionStartingAt(ctx, at) && tokens[at]?.kind === 'word' && !tokens[at]!.cap) {
    const by = tokens.slice(at + 1, at + 4).findIndex((t) => t.lower === 'by' || t.lower === 'from');
    if (by >= 0) at += by + 2;
  }
  // "according to conservative talk radio host Rush Limbaugh": past lower-case words to the holder
  let m = mentionStartingAt(ctx, at) ?? ctx.mentions.find((x) => x.start > at && x.start <= at + ACCORDING_REACH
    && !tokens.slice(at, x.start).some((t) => t.kind !== 'word' || t.cap || PREPOSITIONS.has(t.lower)));
  // ("radio host Rush Limbaugh": the name the description goes with)
  const named = m && m.kind !== 'person' ? ctx.mentions.find((x) => x.start === m!.end && x.kind === 'person') : undefined;
  if (named) m = named;
  if (m && isHolderKind(m)) add(c, [m], ruleId('speaker.according-to'));
  return true;
};

/** lower-case words "according to" may have before its holder ("conservative talk radio host") */
const ACCORDING_REACH = 5;

/** how far back "and" may join a participle to one after a comma */
const MAX_JOINED_PARTICIPLE = 24;

/**
 * Where the participle after a comma that "and" at `and` joins stands ("…, praising the crews for
 * their work and urging …"), or -1: none before a clause break.
 */
function joinedParticiple(tokens: Token[], and: number): number {
  for (let k = and - 1; k > 0 && k >= and - MAX_JOINED_PARTICIPLE; k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || isQuoteMark(t) || RELATIVES.has(t.lower)) return -1;
    if (t.kind === 'word' && t.lower.endsWith('ing') && tokens[k - 1]!.text === ',') return k;
  }
  return -1;
}

/**
 * "..., stating that": a participle continues the main clause's holder, whose own verb may say
 * nothing ("Zakharova went further, accusing the West of ...").
 */
const participle: CueRule = (c) => {
  const { cue } = c;
  const prevTok = c.ctx.tokens[cue.index - 1];
  // ("Trump landed in hot water by saying …": after a preposition, the same; "Two days later,
  // Moreau reversed course, telling …": past an opening adverbial; "Biden and Starmer ended the
  // talks without announcing …": with the holders listed after the subject)
  // "an outside group backing Rubio", "a super PAC supporting Clinton", "pastors supporting
  // Mr. Cruz": a participle of a position right after an unnamed holder is that holder's
  if (cue.verb?.form === 'ing' && cue.verb.cls === 'position' && cue.kind === 'verb' && !c.quoted) {
    const m = mentionEndingAt(c.ctx, cue.index);
    if (m && (m.kind === 'group' || m.kind === 'anonymous') && !m.possessive) {
      add(c, [m], ruleId('speaker.participle'));
      return true;
    }
  }
  // "X sent an email saying …", "the campaign aired an ad calling …": a message its subject sends
  if (cue.verb?.form === 'ing' && cue.kind === 'verb' && !c.quoted && prevTok && MESSAGE_NOUNS.has(prevTok.lower)) {
    const verb = senderVerbBefore(c.ctx.tokens, cue.index - 1);
    if (verb >= 0) {
      const subject = subjectBefore(c.ctx, verb, clauseStartBefore(c.ctx.tokens, verb, c.regions));
      add(c, subject?.mentions ?? [], ruleId('speaker.participle'));
      return subject !== null;
    }
  }
  // ("flipped his choice on the spot – saying …": after a dash, as after a comma; "unveiled her
  // “harbour plan,” saying …": after a comma that a closing quote follows; "…, praising the crews
  // and urging …": after "and" that joins it to such a participle)
  const afterQuote = prevTok !== undefined && isQuoteMark(prevTok) && c.ctx.tokens[cue.index - 2]?.text === ',';
  const joined = prevTok?.lower === 'and' && cue.verb?.form === 'ing' && cue.kind === 'verb' ? joinedParticiple(c.ctx.tokens, cue.index - 1) : -1;
  if (!(cue.verb?.form === 'ing' && (!prevTok || prevTok.text === ',' || prevTok.text === '\u2013' || prevTok.text === '\u2014' || afterQuote || joined >= 0 || GERUND_PREPOSITIONS.has(prevTok.lower)) && cue.kind === 'verb')) return false;
  if (c.quoted) return true;
  const opening = openingSubject(c.ctx, joined >= 0 ? joined : cue.index, c.regions, true);
  const main = opening ? withListAfter(c.ctx, opening, cue.index) : [mainSubject(c.ctx, cue.index, c.regions)].filter((m) => m !== null);
  // "Declaring that he alone can fix it, the mayor offered …", "Since announcing in May that he
  // would not run, Mr. Hale has been …": a participle that opens the sentence is the main clause's subject's
  if (!main.length && opensSentence(c.ctx.tokens, cue.index)) {
    const after = subjectAfterOpening(c.ctx, cue.index, c.regions);
    if (after) main.push(after);
  }
  add(c, main, ruleId('speaker.participle'));
  return true;
};

const MESSAGE_NOUNS = wordsWithRole('message-noun');
const SEND_VERBS = wordsWithRole('send-verb');
/** words between a verb of sending and the message it sends ("sent out a short email") */
const MAX_MESSAGE_WORDS = 4;

/** The verb that sends the message whose noun stands at `noun` ("sent an email", "aired a new ad"), or -1. */
function senderVerbBefore(tokens: Token[], noun: number): number {
  for (let k = noun - 1; k >= 0 && k >= noun - MAX_MESSAGE_WORDS; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return -1;
    if (SEND_VERBS.has(t.lower) && !t.cap) return k;
  }
  return -1;
}

/** the cue opens the sentence: only quote marks and one preposition of a gerund ("After", "Since") before it */
function opensSentence(tokens: Token[], cueIndex: number): boolean {
  let k = 0;
  while (k < cueIndex && isQuoteMark(tokens[k]!)) k++;
  if (k < cueIndex && GERUND_PREPOSITIONS.has(tokens[k]!.lower)) k++;
  return k === cueIndex;
}

/** lower-case words of a title between a body and the name after it ("White House press secretary X") */
const MAX_TITLE_AFTER = 3;

/** how far after an opening participle the comma that ends its clause may stand */
const MAX_OPENING_CLAUSE = 40;

/**
 * The subject right after the comma that ends an opening participle's clause, when a verb
 * follows it ("…, the mayor offered"; not "Speaking Spanish on radio, English on TV."), or null.
 */
function subjectAfterOpening(ctx: Ctx, cueIndex: number, regions: Array<[number, number]>): Mention | null {
  const { tokens } = ctx;
  for (let k = cueIndex + 1; k < tokens.length && k <= cueIndex + MAX_OPENING_CLAUSE; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || isQuoteMark(t) || inRegion(k, regions)) return null;
    if (t.text !== ',') continue;
    let m = mentionStartingAt(ctx, k + 1);
    if (m?.possessive) m = ctx.mentions.find((x) => x.start === m!.end) ?? null;
    if (!m || !isHolderKind(m)) return null;
    // ("…, White House press secretary Josh Earnest argued": the person the title goes with)
    if (m.kind !== 'person' && m.kind !== 'pronoun') {
      for (let j = m.end; j <= m.end + MAX_TITLE_AFTER; j++) {
        const named = mentionStartingAt(ctx, j);
        if (named?.kind === 'person') { m = named; break; }
        if (tokens[j]?.kind !== 'word' || tokens[j]!.cap) break;
      }
    }
    const next = tokens[m.end];
    return next && next.kind === 'word' && !next.cap && !PREPOSITIONS.has(next.lower) && next.lower !== 'and' ? m : null;
  }
  return null;
}

/**
 * "went on to explain", "wants to stress": a verb right before "to" lends the infinitive its
 * subject; "urged Biden to allow": an infinitive after an object is the object's, not a holder's.
 */
const control: CueRule = (c) => {
  const { cue, ctx } = c;
  if (!(ctx.tokens[cue.index - 1]?.lower === 'to' && cue.verb && !INFINITIVE_CUES.has(cue.verb.base))) return false;
  const matrix = controllingVerb(ctx, cue.index - 1);
  if (matrix >= 0 && !c.quoted) {
    const subject = subjectBefore(ctx, matrix, clauseStartBefore(ctx.tokens, matrix, c.regions));
    add(c, subject?.mentions ?? [], ruleId('speaker.control'));
  } else if (!c.quoted && wantedToAct(ctx, cue.index - 1) >= 0) {
    // "Kyiv and its backers want Biden to let …": who wants or urges the object to act holds it
    const verb = wantedToAct(ctx, cue.index - 1);
    add(c, subjectBefore(ctx, verb, clauseStartBefore(ctx.tokens, verb, c.regions))?.mentions ?? [], ruleId('speaker.control'));
  } else if (!c.quoted && purposeAfter(ctx, cue.index - 1)) {
    // "Clinton took to Twitter to say", "went on Fox News to argue": an infinitive of purpose
    // after a place or a thing is the sentence subject's (not "urged Biden to allow": a holder)
    const opening = openingSubject(ctx, cue.index, c.regions, true);
    add(c, opening ? withListAfter(ctx, opening, cue.index) : [], ruleId('speaker.control'));
  }
  return true;
};

/** verbs whose object before an infinitive is asked or wanted to act ("want Biden to let") */
const DIRECTIVES = wordsWithRole('directive');

/** "want Biden to": the directive verb before the holder that ends at `to`, or -1 */
function wantedToAct(ctx: Ctx, to: number): number {
  const m = mentionEndingAt(ctx, to);
  return m && isHolderKind(m) && m.kind !== 'pronoun' && DIRECTIVES.has(ctx.tokens[m.start - 1]?.lower ?? '') ? m.start - 1 : -1;
}

/** "to" at `to` ends a phrase that is no holder and follows a verb: "took to Twitter", "went on television" */
function purposeAfter(ctx: Ctx, to: number): boolean {
  const m = mentionEndingAt(ctx, to);
  // (a holder as the verb's object controls the infinitive: "urged Biden to allow"; one after a
  // preposition does not: "took to Twitter to say", "went on Fox News to argue")
  if (m && isHolderKind(m) && !precededByPreposition(ctx, m)) return false;
  // the phrase before "to" opens with a preposition after a verb: "took to Twitter", "went on Fox News"
  for (let k = to - 1; k >= 0 && k >= to - 5; k--) {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word') return false;
    const v = ctx.tokens[k - 1];
    if ((t.lower === 'to' || t.lower === 'on') && v && v.kind === 'word' && !v.cap
      && (ctx.lex.verbs.has(v.lower) || ED_END.test(v.lower) || VERB_FORM_TAG.test(ctx.lex.words.get(v.lower) ?? ''))) return true;
  }
  return false;
}

/** "disclosed by officials": the agent of a passive. */
const passiveAgent: CueRule = (c) => {
  const { cue, ctx } = c;
  if (cue.verb?.form !== 'ed') return false;
  // ("was seen by some as", "was hotly criticized by left-leaning economists": the agent may
  // open with modifiers, or be a word of quantity alone)
  const by = ctx.tokens[cue.index + 1]?.lower === 'by' ? cue.index + 1 : -1;
  if (by < 0) return false;
  const m = agentAfter(ctx, by + 1);
  if (!m || !isHolderKind(m)) return false;
  add(c, [m], ruleId('speaker.passive-agent'));
  return true;
};

/** how many modifiers may open a passive's agent before its holder ("by many Wall Street players") */
const AGENT_REACH = 3;
const QUANTITY_HOLDERS = wordsWithRole('quantity-holder');

/** The holder that opens a passive's agent at token k: a mention there or a few modifiers on, or "some", "many". */
function agentAfter(ctx: Ctx, k: number): Mention | null {
  const { tokens } = ctx;
  for (let j = k; j < tokens.length && j <= k + AGENT_REACH; j++) {
    const m = mentionStartingAt(ctx, j) ?? ctx.mentions.find((x) => x.start < j && x.end > j && x.start >= k) ?? null;
    if (m && isHolderKind(m)) return m;
    const t = tokens[j]!;
    // ("responded by summoning the ambassador": a gerund, not an agent)
    if (t.kind !== 'word' || PREPOSITIONS.has(t.lower) || t.lower === 'and' || t.lower === 'as' || ING_END.test(t.lower) || ctx.lex.verbs.has(t.lower)) break;
  }
  const q = tokens[k];
  if (q && q.kind === 'word' && QUANTITY_HOLDERS.has(q.lower) && (tokens[k + 1]?.kind !== 'word' || tokens[k + 1]!.lower === 'as' || PREPOSITIONS.has(tokens[k + 1]!.lower))) {
    const m = blank(k, k + 1, 'anonymous', q.lower);
    m.head = q.lower;
    m.plural = q.lower !== 'one';
    return m;
  }
  return null;
}

/**
 * The subject before the cue (subjectBefore: a subject, a relative's antecedent, an apposition's
 * name, the head of a noun phrase). "Janet Moorhead is among those urging caution": the one among
 * them; "has spent weeks lobbying allies": the spender. A passive's subject undergoes it.
 */
const subject: CueRule = (c) => {
  const { cue, ctx } = c;
  const { tokens, lex } = ctx;
  if (cue.verb?.form === 'ing') {
    if (tokens[cue.index - 1]?.lower === 'those' && tokens[cue.index - 2]?.lower === 'among' && heldBySubjectOf(c, cue.index - 2)) return true;
    const spentAt = spentTimeBefore(tokens, cue.index);
    if (spentAt >= 0 && heldBySubjectOf(c, spentAt)) return true;
  }
  // "Ukraine was permitted to defend itself", "he was told": a passive's subject undergoes it
  // ("Starmer is expected to raise it", "Biden is said to favor it": the subject still holds)
  const raising = tokens[cue.index + 1]?.lower === 'to' && cue.verb !== null && cue.verb.base !== 'tell' && lex.complementVerbs.has(cue.verb.base);
  if (cue.verb?.form === 'ed' && cue.kind === 'verb' && !raising && passiveAt(tokens, cue.index)) return true;
  const found = subjectBefore(ctx, cue.index, clauseStartBefore(tokens, cue.index, c.regions));
  if (!found) return false;
  asserted(c, found.mentions, found.rule);
  return true;
};

/**
 * "Tom Fitton, the president of a group that has sued …, said" (speaker.aside-subject) and
 * "Obama met the families and said" (speaker.coordinated-verb): the sentence's opening subject,
 * when nothing right before the cue is one (clause-subjects.ts).
 */
const far: CueRule = (c) => {
  if (c.quoted) return false;
  const found = farSubject(c.ctx, c.cue.index, c.regions);
  if (!found) return false;
  asserted(c, found.mentions, found.rule);
  return true;
};

/**
 * "“…,” he continued.", "“…!” beamed a delegate": the holder of a verb that only its place in a
 * quotation's tag makes a cue (cues.ts tagVerb: not in the lexicon), right before it or after it.
 */
const tagVerbRule: CueRule = (c) => {
  const { cue, ctx } = c;
  if (cue.kind !== 'verb' || !cue.verb?.weak || ctx.lex.verbs.has(cue.word.toLowerCase()) || ctx.lex.phrases.has(cue.word.toLowerCase())) return false;
  let j = cue.index;
  while (j > 0 && isAdverb(ctx.tokens[j - 1])) j--;
  const m = mentionEndingAt(ctx, j) ?? invertedSubject(ctx, cue.index);
  if (!m || !isHolderKind(m)) return false;
  asserted(c, [m], ruleId('speaker.tag-verb'));
  return true;
};

/** "…," said a European diplomat: a verb of saying with its subject after it. */
const inverted: CueRule = (c) => {
  if (c.cue.kind !== 'verb' || c.cue.verb?.cls !== 'speech') return false;
  const m = invertedSubject(c.ctx, c.cue.index);
  if (!m) return false;
  asserted(c, [m], ruleId('speaker.inverted'));
  return true;
};

/** The first holder of the cue's clause that is not inside a prepositional phrase: the last resort. */
const clauseSubjectRule: CueRule = (c) => {
  asserted(c, clauseSubject(c.ctx, c.cue.index, clauseStartBefore(c.ctx.tokens, c.cue.index, c.regions)), ruleId('speaker.clause-subject'));
  return true;
};

/** Every cue rule under the id of each rule it finds; subjectBefore finds four. */
export const CUE_RULES: ReadonlyMap<string, CueRule> = new Map<string, CueRule>([
  [ruleId('speaker.tag-verb'), tagVerbRule],
  [ruleId('speaker.according-to'), accordingTo],
  [ruleId('speaker.participle'), participle],
  [ruleId('speaker.control'), control],
  [ruleId('speaker.passive-agent'), passiveAgent],
  [ruleId('speaker.subject'), subject],
  [ruleId('speaker.relative'), subject],
  [ruleId('speaker.apposition'), subject],
  [ruleId('speaker.np-head'), subject],
  [ruleId('speaker.aside-subject'), far],
  [ruleId('speaker.coordinated-verb'), far],
  [ruleId('speaker.inverted'), inverted],
  [ruleId('speaker.clause-subject'), clauseSubjectRule],
]);

/** The cue rules in the registry's order. */
export const CUE_PIPELINE = inRegistryOrder(CUE_RULES);

/** Where a hedge's question opens ("on how", "about whether"), or -1. */
function hedgeStart(tokens: Token[]): number {
  for (let i = 0; i < tokens.length; i++) if (HEDGE_QUESTIONS.has(tokens[i]!.lower) && QUESTION_WORDS.has(tokens[i + 1]?.lower ?? '')) return i;
  return -1;
}

/** The first comma or semicolon after token `from`, or -1. */
function commaAfter(tokens: Token[], from: number): number {
  for (let i = from + 1; i < tokens.length; i++) if (tokens[i]!.text === ',' || tokens[i]!.text === ';') return i;
  return -1;
}

/**
 * Each cue's holders, in order: the cue rules in registry order, the first that takes the cue
 * ending its search. A cue inside a quotation, or in what a speaker said ("He said Berlin and
 * Kyiv had agreed …"), is `inner`: its holder may be the innermost one.
 */
export function cueHolders(ctx: Ctx, cues: Cue[], regions: Array<[number, number]>): Found[] {
  // (a sentence with no cue has no holder to look for)
  if (cues.length === 0) return [];
  const { tokens } = ctx;
  // (loops by index and small functions, no closures: a smaller graph for V8 to compile)
  const hedge = hedgeStart(tokens);
  // the question ends at the next comma or semicolon: "... on how Ukraine uses them, Sikorski said"
  let hedgeEnd = hedge < 0 ? -1 : commaAfter(tokens, hedge);
  if (hedgeEnd < 0) hedgeEnd = tokens.length;
  const found: Found[] = [];
  const scope = { complementFrom: Infinity };
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    if (hedge >= 0 && cue.index > hedge && cue.index < hedgeEnd) continue;
    // "Macron said that …, while Scholz said …": what was said ends where another clause begins
    if (scope.complementFrom < cue.index && (clauseBreakBetween(tokens, scope.complementFrom, cue.index) || joinedClauseSubject(ctx, cue.index) || mainClauseSubject(ctx, scope.complementFrom, cue.index))) scope.complementFrom = Infinity;
    const quoted = inRegion(cue.index, regions) !== null;
    const at: CueAt = { ctx, regions, cue, inner: quoted || cue.index > scope.complementFrom, quoted, found, scope };
    for (let r = 0; r < CUE_PIPELINE.length; r++) if (CUE_PIPELINE[r]!.run(at)) break;
  }
  return found;
}

/**
 * "…," said a European diplomat / said chamber president Malcolm Reid. Only after a quotation,
 * a comma, a colon or at the start: "It accused the West" has no inverted subject.
 */
function invertedSubject(ctx: Ctx, cueIndex: number): Mention | null {
  const { tokens } = ctx;
  const prev = tokens[cueIndex - 1];
  if (prev && prev.text !== ',' && !isQuoteMark(prev) && prev.text !== ':') return null;
  let m = mentionStartingAt(ctx, cueIndex + 1);
  // ("noted NBC's Dante Chinni": the one the possessive goes with)
  if (m?.possessive) m = ctx.mentions.find((x) => x.start === m!.end) ?? m;
  // ("said GOP strategist Keith Nahal", "said the union's chief executive, Ann Dale": the person
  // the title after a party or a body goes with)
  if (m && (m.kind === 'group' || m.possessive)) m = titledPersonAfter(ctx, m) ?? m;
  // ("said Democratic pollster Stan Greenberg": past a party or place word to the name)
  if (m && (isHolderKind(m) || m.head !== 'modifier')) return isHolderKind(m) && !opensClause(ctx, m) ? m : null;
  const near = ctx.mentions.find((x) => x.start > cueIndex && x.start <= cueIndex + INVERTED_REACH && isHolderKind(x));
  if (near && !opensClause(ctx, near) && !tokens.slice(cueIndex + 1, near.start).some((x) => x.kind !== 'word' || PREPOSITIONS.has(x.lower) || x.lower === 'that')) return near;
  return null;
}

/** lower-case words of a title between a party or a body and the name ("chief executive") */
const MAX_INVERTED_TITLE = 3;

/** The person named after mention m past lower-case words that end in a title (and a comma), or null. */
function titledPersonAfter(ctx: Ctx, m: Mention): Mention | null {
  const { tokens, lex } = ctx;
  let k = m.end;
  while (k < m.end + MAX_INVERTED_TITLE && tokens[k]?.kind === 'word' && !tokens[k]!.cap) k++;
  const title = tokens[k - 1]?.lower ?? '';
  if (k === m.end || !isHolderTitle(lex, title)) return null;
  if (tokens[k]?.text === ',') k++;
  const named = mentionStartingAt(ctx, k);
  return named?.kind === 'person' ? named : null;
}

/**
 * The mention after a verb of saying is the subject of what was said, not an inverted holder,
 * when a verb follows it: "…, says the council will close the depot", "…, said the port is losing money".
 */
function opensClause(ctx: Ctx, m: Mention): boolean {
  const next = ctx.tokens[m.end];
  if (!next || next.kind !== 'word' || next.cap) return false;
  if (AUX.has(next.lower) || BE.has(next.lower)) return true;
  const v = ctx.lex.verbs.get(next.lower);
  return v !== undefined && (v.form === 's' || v.form === 'ed');
}

const PASSIVE_BE = wordsWithRole('passive-be');
/** how far after "said" an inverted subject may start, past its titles ("said former Gov. …") */
const INVERTED_REACH = 6;

/**
 * The verb whose subject an infinitive at `to + 1` takes: one right before "to" ("wants to
 * stress", "went on to explain", "has continued to argue"), not one with an object between
 * ("urged Biden to allow"). -1 when there is none.
 */
/** "poised", "ready", "set": a word before "to" that lends its subject to the infinitive after a form of "be" */
const PROSPECTIVE = wordsWithRole('prospective');

function controllingVerb(ctx: Ctx, to: number): number {
  const { tokens } = ctx;
  let v = to - 1;
  if (tokens[v]?.lower === 'on' || tokens[v]?.lower === 'ahead') v--; // "went on to", "went ahead to"
  const t = tokens[v];
  // "the US is poised to approve", "Paris is ready to allow": a decision at hand or a willingness
  // is the subject's (not "likely to", "expected to": the writer's guess)
  if (t && PROSPECTIVE.has(t.lower) && BE.has(tokens[v - 1]?.lower ?? '')) return v;
  if (!t || t.kind !== 'word' || t.cap || AUX.has(t.lower) || BE.has(t.lower)) return -1;
  if (ctx.lex.verbs.has(t.lower)) return v;
  const bits = tagBits(ctx.lex, t.lower);
  if ((bits === 0 || ctx.lex.words.get(t.lower) === 'Adjective') && inflectedVerb(ctx.lex, t.lower)) return v; // "is continuing to insist", "is attempting to"
  return (bits & TAG.verbish) !== 0 && (bits & TAG.nounish) === 0 && !isAdverb(t) ? v : -1;
}

/**
 * An -ing or -ed form that compromise does not list, of a verb it knows ("continuing",
 * "struggled", "attempting"): the stem with its "e" back or its doubled consonant undone.
 */
function inflectedVerb(lex: Ctx['lex'], word: string): boolean {
  const m = /^(.{2,}?)(ing|ed)$/.exec(word);
  if (!m) return false;
  const stem = m[1]!;
  const doubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : null;
  for (const s of [stem, `${stem}e`, doubled]) if (s && /Infinitive/.test(lex.words.get(s) ?? '')) return true;
  return false;
}

/** the participle at i follows a form of "be" (past adverbs and "not"): a passive */
function passiveAt(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (isAdverb(tokens[k]) || tokens[k]!.lower === 'not' || tokens[k]!.lower === 'also')) k--;
  return k >= 0 && PASSIVE_BE.has(tokens[k]!.lower);
}

const CLAUSE_JOINERS = wordsWithRole('clause-joiner');

/** words that open a clause of time after a comma: ", days after the parliament rejected …" */
const TIME_CLAUSE = wordsWithRole('time-clause');

/**
 * "X said that the depot was safe, and union leaders warned …": a holder right after ", and"
 * that is the subject of the cue opens a clause of its own, outside what X said.
 */
function joinedClauseSubject(ctx: Ctx, cueIndex: number): boolean {
  const { tokens } = ctx;
  let k = cueIndex - 1;
  for (let n = 0; n < 3 && k > 0 && tokens[k]!.kind === 'word' && (AUX.has(tokens[k]!.lower) || isAdverb(tokens[k])); n++) k--;
  const m = mentionEndingAt(ctx, k + 1);
  if (!m || !isHolderKind(m) || m.kind === 'pronoun' || m.possessive) return false;
  let j = m.start - 1;
  if (NP_DETERMINERS.has(tokens[j]?.lower ?? '') && !tokens[j]!.cap) j--;
  return tokens[j]?.lower === 'and' && tokens[j - 1]?.text === ',';
}

const SUBORDINATORS = wordsWithRole('subordinator');

/**
 * "While some drivers say the fares are fair, others say they are not": in a sentence opened by
 * a subordinator, a holder right after a comma that is the subject of a later cue opens the main
 * clause, outside what the subordinate clause's speaker said.
 */
function mainClauseSubject(ctx: Ctx, from: number, cueIndex: number): boolean {
  const { tokens } = ctx;
  let first = 0;
  while (first < from && tokens[first]!.kind !== 'word') first++;
  if (first >= from || !SUBORDINATORS.has(tokens[first]!.lower)) return false;
  let k = cueIndex - 1;
  for (let n = 0; n < 3 && k > 0 && tokens[k]!.kind === 'word' && (AUX.has(tokens[k]!.lower) || isAdverb(tokens[k])); n++) k--;
  const m = mentionEndingAt(ctx, k + 1);
  // (not a pronoun: "While the minister stressed …, he said …" is mostly the same holder again)
  if (!m || !isHolderKind(m) || m.kind === 'pronoun' || m.possessive || m.start <= from) return false;
  let j = m.start - 1;
  if (NP_DETERMINERS.has(tokens[j]?.lower ?? '') && !tokens[j]!.cap) j--;
  return tokens[j]?.text === ',';
}

function clauseBreakBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (t.text === ';') return true;
    if (t.text === ',' && CLAUSE_JOINERS.has(tokens[k + 1]?.lower ?? '')) return true;
    // "X reiterated his refusal …, days after the parliament rejected …": what X said ends where
    // a clause of time after a comma begins (", after …", ", days before …")
    if (t.text === ',' && (TIME_CLAUSE.has(tokens[k + 1]?.lower ?? '') || (SPANS.has(tokens[k + 1]?.lower ?? '') && TIME_CLAUSE.has(tokens[k + 2]?.lower ?? '')))) return true;
    if (t.lower === 'while' || t.lower === 'whereas') return true;
  }
  return false;
}

function lastIncluding(tokens: Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from && k >= to - 40; k--) if (tokens[k]!.lower === 'including' || (tokens[k]!.lower === 'as' && tokens[k - 1]?.lower === 'such')) return k;
  return -1;
}
