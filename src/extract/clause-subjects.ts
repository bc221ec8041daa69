// Holders that stand farther from their cue than the subject rules look (issue 16, real copy):
// the sentence's opening subject after an adverbial ("Hours later, Trump returned the
// compliment, telling Reuters …"), past a long apposition ("Tom Fitton, the president of a group
// that has sued the department, said …": speaker.aside-subject) and the subject of a verb
// coordinated with the cue ("Obama met the families and said …": speaker.coordinated-verb).
import type { Analysis } from './analysis.js';
import { AUX, BE, inRegion } from './cues.js';
import { isHolderTitle, TAG, tagBits } from './lexicon.js';
import { datelineEnd, type Mention } from './mentions.js';
import { ruleId } from './rules.js';
import { isAdverb, isQuoteMark, type Token } from '../text/tokens.js';
import { wordsWithRole } from './words.js';

type Ctx = Pick<Analysis, 'tokens' | 'mentions' | 'lex'>;

const OPENERS = wordsWithRole('opener');
/** first words of an adverbial that may open a sentence before its subject ("On Thursday,") */
const ADVERBIAL_OPENERS = wordsWithRole('adverbial-opener');
/** "and", "but", "then": a verb after one shares the subject of the verb before */
const VERB_JOINERS = wordsWithRole('verb-joiner');
/** last words of a phrase of time before the subject ("Two days later,") */
const ADVERBIAL_CLOSERS = wordsWithRole('adverbial-closer');
const RELATIVES = wordsWithRole('relative');

/** how many tokens an opening adverbial may run before its comma */
const MAX_ADVERBIAL = 14;
/** tokens of a quoted phrase an opening subject may reach past */
const MAX_QUOTED_PHRASE = 10;
/** how far before its cue an opening subject may stand */
const MAX_REACH = 60;

/** Where the sentence's subject may begin: past opener words and one adverbial ending in a comma. */
function subjectStart(ctx: Ctx, before: number, regions: Array<[number, number]>): number {
  const { tokens } = ctx;
  let start = Math.max(0, datelineEnd(tokens, ctx.lex));
  // "“It's an invasion,” Scott Pruitt, the attorney general of Oklahoma, said": past the quotation
  const opening = regions.find((r) => r[0] <= start && r[1] > start);
  if (opening && opening[1] < before && tokens[opening[1] - 1]?.text === ',') start = opening[1] + 1;
  while (start < before && (tokens[start]!.kind !== 'word' || OPENERS.has(tokens[start]!.lower))) start++;
  const first = tokens[start];
  if (!first || first.kind !== 'word') return start;
  const opens = ADVERBIAL_OPENERS.has(first.lower) || isAdverb(first) || (tagBits(ctx.lex, first.lower) & TAG.date) !== 0
    || /^\d/.test(first.lower);
  for (let k = start + 1; k < before && k <= start + MAX_ADVERBIAL; k++) {
    const t = tokens[k]!;
    // "Two days later,", "Hours after the vote,": a phrase of time, whatever its first word
    if (t.text === ',') return opens || ADVERBIAL_CLOSERS.has(tokens[k - 1]!.lower) ? pastOpeners(tokens, k + 1, before) : start;
    if (t.text === ';' || t.text === ':' || isQuoteMark(t)) break;
  }
  return start;
}

/** past opener words and their commas after an opening adverbial ("On Monday, however, the mayor …") */
function pastOpeners(tokens: Token[], from: number, before: number): number {
  let k = from;
  while (k < before && (tokens[k]!.text === ',' || (tokens[k]!.kind === 'word' && OPENERS.has(tokens[k]!.lower)))) k++;
  return k;
}

/**
 * The holder that opens the sentence before `before`: the first mention after openers and an
 * opening adverbial, with no quotation, semicolon or colon between it and `before`.
 */
export function openingSubject(ctx: Ctx, before: number, regions: Array<[number, number]>, oneClause = false): Mention | null {
  const { tokens } = ctx;
  if (before > MAX_REACH + 20) return null;
  const start = subjectStart(ctx, before, regions);
  let m = ctx.mentions.find((x) => x.start >= start && x.start <= start + 1 && x.end < before);
  // "Ukraine's President Volodymyr Zelensky": the possessor names the subject's office
  if (m?.possessive) m = ctx.mentions.find((x) => x.start === m!.end) ?? m;
  // "Democratic presidential nominee Ann Dale", "Nominee Ann Dale": a party, a place or a title
  // right before a name (past lower-case words of a title) is the name's
  if (m && m.kind !== 'person' && m.kind !== 'pronoun' && !m.possessive) m = namedAfter(ctx, m, before) ?? m;
  if (!m || m.kind === 'place' || before - m.end > MAX_REACH) return null;
  for (let k = m.start; k < before; k++) {
    const t = tokens[k]!;
    // a short quoted phrase on the way is part of the clause ("exhorted Republicans to “vote your conscience” and said")
    const quoted = regions.find((r) => r[0] <= k && k <= r[1]);
    if (quoted && quoted[0] >= m.end && quoted[1] < before && quoted[1] - quoted[0] <= MAX_QUOTED_PHRASE) { k = quoted[1]; continue; }
    if (inRegion(k, regions) || isQuoteMark(t) || t.text === ';' || t.text === ':') return null;
    // a participle continues one main clause: not past a relative ("the bill, which Trump signed, saying")
    if (oneClause && k >= m.end && RELATIVES.has(t.lower)) return null;
  }
  return m;
}

/** lower-case words of a title between a party or a place and the name it goes with ("presidential nominee") */
const MAX_TITLE_WORDS = 2;

/** compromise's tags of words that are no part of a title: verbs, prepositions, function words */
const NOT_TITLE_TAGS = /Verb|Infinitive|PastTense|PresentTense|Gerund|Participle|Preposition|Determiner|Pronoun|Adverb|Conjunction|Auxiliary|Copula|Modal/;

/** a word in -ed or -ing: a verb's form, no part of a title */
const VERB_ENDING = /(?:ed|ing)$/;

/** The person named right after mention m, past lower-case words of a title, before `before`; or null. */
function namedAfter(ctx: Ctx, m: Mention, before: number): Mention | null {
  const { tokens } = ctx;
  let at = m.end;
  // (a title's words only: "Aides to X", "Republicans on Capitol Hill", "He attacked X" name no one's title)
  const titleWord = (t: Token) => t.kind === 'word' && !t.cap && !VERB_ENDING.test(t.lower) && !NOT_TITLE_TAGS.test(ctx.lex.words.get(t.lower) ?? '');
  while (at < m.end + MAX_TITLE_WORDS && tokens[at] && titleWord(tokens[at]!)) at++;
  if (at < m.end + MAX_TITLE_WORDS && tokens[at]?.kind === 'word' && !tokens[at]!.cap) return null;
  // (the word right before the name is a title or a noun of a person: "nominee", "editor")
  const last = at > m.end ? tokens[at - 1]!.lower : '';
  const { lex } = ctx;
  if (last && !(isHolderTitle(lex, last) || lex.determinedHolders.has(last))) return null;
  const next = ctx.mentions.find((x) => x.start === at && x.end < before);
  return next && next.kind === 'person' && !next.possessive ? next : null;
}

/** the token before the cue, past adverbs and auxiliaries ("and has repeatedly said") */
function beforeVerb(tokens: Token[], cueIndex: number): number {
  let k = cueIndex - 1;
  while (k >= 0 && tokens[k]!.kind === 'word' && (isAdverb(tokens[k]) || AUX.has(tokens[k]!.lower) || BE.has(tokens[k]!.lower) || tokens[k]!.lower === 'not')) k--;
  return k;
}

/**
 * The holder of a cue whose subject is not right before it: "X, <an apposition of any length>,
 * said" and "X <did something> and said". Null when the cue has neither shape.
 */
export function farSubject(ctx: Ctx, cueIndex: number, regions: Array<[number, number]>): { mentions: Mention[]; rule: string } | null {
  const { tokens } = ctx;
  const k = beforeVerb(tokens, cueIndex);
  const t = tokens[k];
  if (!t) return null;
  if (t.text === ',') {
    // "Tom Fitton, the president of Judicial Watch, a group that has sued …, said"
    const m = openingSubject(ctx, k, regions);
    if (!m || m.end >= k || (tokens[m.end]!.text !== ',' && tokens[m.end]!.text !== '(')) return null;
    return { mentions: [m], rule: ruleId('speaker.aside-subject') };
  }
  // ("and allowing Ukraine to strike will help": a gerund after "and" is a subject, not a verb)
  if (t.kind === 'word' && VERB_JOINERS.has(t.lower) && !tokens[cueIndex]!.lower.endsWith('ing')) {
    // "Obama met survivors of the attack and said": the verb before "and" is the subject's;
    // "Scholz and Macron said" is a list, which the subject rules read
    const m = openingSubject(ctx, k, regions);
    if (!m || m.end >= k - 1 || RELATIVES.has(tokens[m.end]!.lower)) return null;
    return { mentions: withListAfter(ctx, m, k), rule: ruleId('speaker.coordinated-verb') };
  }
  return null;
}

/** how many holders a list after an opening subject may name ("Biden, Starmer and Macron") */
const MAX_LIST = 6;

/** The opening subject and those coordinated after it: "Joe Biden and Keir Starmer have ended …". */
export function withListAfter(ctx: Ctx, m: Mention, before: number): Mention[] {
  const { tokens } = ctx;
  const out = [m];
  let cur = m;
  while (out.length < MAX_LIST) {
    let k = cur.end;
    const t = tokens[k];
    if (t?.text === ',' && tokens[k + 1]?.lower === 'and') k += 2;
    else if (t?.lower === 'and') k += 1;
    else if (t?.text === ',') {
      // "Biden, Starmer and Macron": a comma goes on only to a holder that a comma or "and" follows
      const next = ctx.mentions.find((x) => x.start === k + 1);
      if (!next || (tokens[next.end]?.text !== ',' && tokens[next.end]?.lower !== 'and')) break;
      k += 1;
    } else break;
    const next = ctx.mentions.find((x) => x.start === k);
    if (!next || next.kind === 'place' || next.possessive || next.end >= before) break;
    out.push(next);
    cur = next;
  }
  return out;
}

