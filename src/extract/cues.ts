// Cue words of a sentence: the verbs, adjectives and phrases that attribute a view
// ("said", "urged", "remains cautious", "according to"), and the quoted regions.
import type { SentenceKind } from '../schema.js';
import type { Lexicon, VerbInfo } from './lexicon.js';
import type { Mention } from './mentions.js';
import { isAdverb, isQuoteMark, type Token } from '../text/tokens.js';
import { wordsWithRole } from './words.js';

export interface Cue { index: number; word: string; verb: VerbInfo | null; kind: 'verb' | 'adjectival' | 'according' | 'caption' }

export const AUX = wordsWithRole('aux');

export const BE = wordsWithRole('be');

export const RELATIVES = wordsWithRole('relative');

export const SUBJECT_PRONOUNS = wordsWithRole('subject-pronoun');

export const QUESTION_WORDS = wordsWithRole('question');

/** "support for", "a call for", "the ban on": a cue word that is a noun before "for"/"of" */
export const NOUN_BEFORE_OF = wordsWithRole('noun-before-of');

export function words(tokens: Token[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => { if (t.kind === 'word') out.push(i); });
  return out;
}

/** Quoted regions as token ranges [open, close]; an unclosed one runs to the end. */
export interface Quotes { regions: Array<[number, number]>; open: boolean; leadingClose: boolean }

export function quoteRegions(tokens: Token[]): Quotes {
  const regions: Array<[number, number]> = [];
  let open = -1;
  let leadingClose = false;
  tokens.forEach((t, i) => {
    if (!isQuoteMark(t)) return;
    const opening = t.kind === 'open-quote' || (t.kind === 'quote' && open < 0);
    if (opening && open < 0) { open = i; return; }
    if (!opening || t.kind === 'quote' || t.kind === 'close-quote') {
      if (open >= 0) { regions.push([open, i]); open = -1; } else if (regions.length === 0) { regions.push([-1, i]); leadingClose = true; }
    }
  });
  const unclosed = open >= 0;
  if (unclosed) regions.push([open, tokens.length]);
  return { regions, open: unclosed, leadingClose };
}

export function inRegion(i: number, regions: Array<[number, number]>): [number, number] | null {
  for (const r of regions) if (i > r[0] && i < r[1]) return r;
  return null;
}

export function isVerbal(tokens: Token[], i: number, info: VerbInfo, lex: Lexicon, mentionEnds: Set<number>, modifierEndsAt: Set<number>): boolean {
  const next = tokens[i + 1];
  if (info.form === 'ed' || info.form === 'ing') {
    // "the limited strikes", "an approved plan": a participle before a noun is an adjective
    const prev = tokens[i - 1];
    if (prev && ['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes(prev.lower) && info.form === 'ed') return false;
    return true;
  }
  // base and -s forms are verbs only after a subject, an auxiliary or "to"
  if (next && next.kind === 'word' && (next.lower === 'for' || next.lower === 'of') && NOUN_BEFORE_OF.has(tokens[i]!.lower)) return false;
  let j = i - 1;
  while (j >= 0 && isAdverb(tokens[j])) j--;
  const prev = tokens[j];
  if (!prev) return false;
  if (mentionEnds.has(j + 1)) return !modifierEndsAt.has(j + 1);
  if (prev.kind !== 'word') return prev.kind === 'close-quote' || prev.kind === 'quote' || prev.text === ',';
  if (AUX.has(prev.lower) || prev.lower === 'to' || SUBJECT_PRONOUNS.has(prev.lower) || RELATIVES.has(prev.lower) || prev.lower === 'i') return true;
  if (lex.anonymousHeads.has(prev.lower) || lex.groupHeads.has(prev.lower)) return true;
  return false;
}

/** words that open a short time or manner phrase between a verb and its "that" */
const BEFORE_THAT = wordsWithRole('before-that');

const PRESS = wordsWithRole('press');

function quoteBeforeClauseEnd(tokens: Token[], from: number, within: number): boolean {
  for (let k = from; k < tokens.length && k < from + within; k++) {
    const t = tokens[k]!;
    if (isQuoteMark(t)) return true;
    if (t.text === ',' || t.text === ';' || t.text === '.') return false;
  }
  return false;
}

/** a weak verb this close after a closing quotation mark is the quotation's ("…?” the president asked") */
const QUOTE_CLOSED_WITHIN = 6;
/** how far after a weak verb its object ("concerns", "that") may stand */
const WEAK_OBJECT_WINDOW = 5;

export function hasWeakObject(tokens: Token[], i: number, lex: Lexicon): boolean {
  // "called on partners to", "called for": an appeal, not a name or a phone call
  if (tokens[i]!.lower.startsWith('call') && ['on', 'for', 'upon'].includes(tokens[i + 1]?.lower ?? '')) return true;
  // "pressed the administration to go further", "pushed for": an appeal
  const base = lex.verbs.get(tokens[i]!.lower)?.base;
  if ((base === 'press' || base === 'push') && tokens.slice(i + 1, i + 5).some((t) => t.lower === 'to' || t.lower === 'for')) return true;
  // "has asked Washington and London to allow strikes", "has been asking for months": a request
  if (base === 'ask' && (tokens[i + 1]?.lower === 'for' || tokens.slice(i + 1, i + 7).some((t) => t.lower === 'to'))) return true;
  // "put it more bluntly": a statement
  if (base === 'put' && tokens[i + 1]?.lower === 'it') return true;
  // "has allowed Ukraine to fire", "permitted the weapons to be used": a decision
  if ((base === 'allow' || base === 'permit') && tokens.slice(i + 1, i + 7).some((t) => t.lower === 'to')) return true;
  // "has ruled out long-range strikes": a refusal
  if (base === 'rule' && tokens[i + 1]?.lower === 'out') return true;
  // "turned down such requests": a refusal
  if (base === 'turn' && tokens[i + 1]?.lower === 'down') return true;
  // "“Should Ukraine just sit and watch?” the president asked": the quotation it closes
  for (let k = i - 1; k >= 0 && k >= i - QUOTE_CLOSED_WITHIN; k--) if (tokens[k]!.kind === 'close-quote') return true;
  // "has made clear that": a statement
  if (base === 'make' && tokens[i + 1]?.lower === 'clear') return true;
  // "called the debate 'playing with fire'": a verdict in quotation marks after the object
  if (base === 'call' && quoteBeforeClauseEnd(tokens, i + 1, 8)) return true;
  // "speaks to reporters", "talked with journalists": speaking on the record
  if ((base === 'speak' || base === 'talk') && ['to', 'with'].includes(tokens[i + 1]?.lower ?? '') && PRESS.has(tokens[i + 2]?.lower === 'the' ? tokens[i + 3]?.lower ?? '' : tokens[i + 2]?.lower ?? '')) return true;
  for (let k = i + 1; k < tokens.length && k <= i + WEAK_OBJECT_WINDOW; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') { if (t.text === ',' || t.text === ';') return false; continue; }
    const w = t.lower.replace(/'s$/, '');
    if (lex.weakObjects.has(w) || lex.positionNouns.has(w) && lex.decisionNouns.has(w)) return true;
    // "repeated that", "repeated on Wednesday that", "said again that"
    if (w === 'that' && (k === i + 1 || k <= i + 4 && BEFORE_THAT.has(tokens[i + 1]!.lower))) return true;
  }
  const next = tokens[i + 1];
  return Boolean(next && (next.text === ':' || isQuoteMark(next) || (next.text === ',' && tokens[i + 2] && isQuoteMark(tokens[i + 2]!))));
}

export function findCues(tokens: Token[], mentions: Mention[], kind: SentenceKind, lex: Lexicon): Cue[] {
  const mentionEnds = new Set(mentions.map((m) => m.end));
  // "the Ukrainian request": a word after a demonym or a determiner is a noun
  const modifierEndsAt = new Set(mentions.filter((m) => m.kind === 'place' || (m.start > 0 && ['the', 'a', 'an'].includes(tokens[m.start - 1]!.lower) && m.kind !== 'group' && m.kind !== 'anonymous')).map((m) => m.end));
  const inside = new Set<number>();
  for (const m of mentions) for (let k = m.start; k < m.end; k++) inside.add(k);
  const cues: Cue[] = [];
  const idx = words(tokens);
  for (let w = 0; w < idx.length; w++) {
    const i = idx[w]!;
    const t = tokens[i]!;
    if (inside.has(i)) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') { cues.push({ index: i, word: 'according to', verb: null, kind: 'according' }); continue; }
    if (t.lower === 'in' && (tokens[i + 1]?.lower === 'favor' || tokens[i + 1]?.lower === 'favour') && beforeIsBe(tokens, i)) {
      cues.push({ index: i, word: `in ${tokens[i + 1]!.lower}`, verb: null, kind: 'adjectival' });
      continue;
    }
    if (lex.adjectival.has(t.lower) && beforeIsBe(tokens, i)) { cues.push({ index: i, word: t.lower, verb: null, kind: 'adjectival' }); continue; }
    const info = lex.verbs.get(t.lower);
    if (!info) continue;
    if (kind === 'caption' && (info.base === 'speak' || info.base === 'talk')) { cues.push({ index: i, word: t.text, verb: info, kind: 'caption' }); continue; }
    if (!isVerbal(tokens, i, info, lex, mentionEnds, modifierEndsAt)) continue;
    if (info.weak && !hasWeakObject(tokens, i, lex)) continue;
    cues.push({ index: i, word: t.text, verb: info, kind: 'verb' });
  }
  return cues;
}

export function beforeIsBe(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (BE.has(t.lower)) return true;
    if (!isAdverb(t) && !AUX.has(t.lower) && t.lower !== 'so' && t.lower !== 'very' && t.lower !== 'more') return false;
  }
  return false;
}
