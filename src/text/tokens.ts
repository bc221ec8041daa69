// Words and marks of one sentence, with offsets into the sentence text. Linear scan, no regex
// backtracking: a 1 MB run with no spaces is one token.
export type TokenKind = 'word' | 'punct' | 'open-quote' | 'close-quote' | 'quote';

export interface Token {
  text: string;
  /** lower case, curly apostrophes made straight */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** starts with a capital letter */
  cap: boolean;
}

const OPEN_QUOTES = new Set(['\u201C', '\u2018', '\u00AB']);
const CLOSE_QUOTES = new Set(['\u201D', '\u00BB']);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Emoji and their joiners, variation selectors and skin tones say nothing about who speaks:
// "Biden 🇺🇸 said" is "Biden said", so they are skipped like spaces.
const DECORATION = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200D\uFE0E\uFE0F]/u;

// What a code unit past ASCII is, worked out once per unit and kept: 0 not yet asked, then a sum
// of the flags below plus 1. A run meets a few hundred distinct units; each regex runs once.
const UNIT_FLAGS = new Uint8Array(0x10000);
const WORD = 2;
const UPPER = 4;
const SPACE = 8;
const DECORATIVE = 16;

function flagsOf(c: number): number {
  const known = UNIT_FLAGS[c]!;
  return known !== 0 ? known : unitFlags(c);
}

function unitFlags(c: number): number {
  const ch = String.fromCharCode(c);
  // a surrogate is no letter or digit on its own; whether a pair is an emoji is asked per pair (skipsAsSpace)
  const surrogate = c >= 0xd800 && c <= 0xdfff;
  let flags = 1;
  if (LETTER_OR_DIGIT.test(ch)) flags += WORD;
  if (/^\p{Lu}/u.test(ch)) flags += UPPER;
  if (/\s/.test(ch)) flags += SPACE;
  if (!surrogate && DECORATION.test(ch)) flags += DECORATIVE;
  UNIT_FLAGS[c] = flags;
  return flags;
}

/** Whether text[k] is a letter or digit (ASCII, or a letter or digit of one UTF-16 unit). */
function isWordCharAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (flagsOf(c) & WORD) !== 0;
}

/** A mark that stays inside a word between two word characters: ' \u2019 \u2018 - . & ("Italy‘s": a left single quote between letters is a mistyped apostrophe) */
function isWordInner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 45 || c === 46 || c === 38;
}

/** Whether the unit `c` past ASCII at `i` is skipped like a space: a space, or an emoji (one or two UTF-16 units) or one of its modifiers. */
function skipsAsSpace(text: string, i: number, c: number): boolean {
  if ((flagsOf(c) & (SPACE | DECORATIVE)) !== 0) return true;
  // an emoji past the BMP: a pair of surrogates
  if (c < 0xd800 || c > 0xdbff) return false;
  return DECORATION.test(String.fromCodePoint(text.codePointAt(i)!));
}

function decorationLength(text: string, i: number): number {
  return (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

export function normalizeWord(s: string): string {
  const lower = s.toLowerCase();
  return lower.includes('\u2019') || lower.includes('\u2018') ? lower.replace(/[\u2018\u2019]/g, "'") : lower;
}

/** normalizeWord of a word whose units past ASCII are all curly apostrophes. */
function straightened(w: string, upper: boolean): string {
  const straight = w.replace(CURLY_APOSTROPHES, "'");
  return upper ? straight.toLowerCase() : straight;
}

const CURLY_APOSTROPHES = /[\u2018\u2019]/g;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) { i++; continue; }
    if (c > 127 && skipsAsSpace(text, i, c)) { i += decorationLength(text, i); continue; }
    if (isWordCharAt(text, i)) i = word(text, i, out);
    else i = mark(text, i, out);
  }
  return out;
}

/** The word that starts at `i`, pushed; where it ends. */
function word(text: string, i: number, out: Token[]): number {
  const n = text.length;
  let j = i + 1;
  // whether the word holds an ASCII capital, and anything past ASCII (a capital, a curly apostrophe)
  const first = text.charCodeAt(i);
  let upper = first >= 65 && first <= 90;
  let wide = first > 127;
  // whether the units past ASCII are all curly apostrophes (Ukraine’s), as in most wide words of news
  let apostrophes = !wide;
  // read by code unit: most words are ASCII, and no one-letter string is made for each letter
  while (j < n) {
    const c = text.charCodeAt(j);
    // the unit is read once: isWordCharAt's tests, inline
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) { j++; continue; }
      if (c >= 65 && c <= 90) { upper = true; j++; continue; }
    } else if ((flagsOf(c) & WORD) !== 0) {
      wide = true;
      apostrophes = false;
      j++;
      continue;
    }
    // keep U.S., Jr., Q., don't, Russia-Ukraine, AT&T inside one word
    if (isWordInner(c) && j + 1 < n && isWordCharAt(text, j + 1)) { wide ||= c > 127; j++; continue; }
    if (c === 46 && isAbbrevDot(text, i, j)) { j++; break; }
    break;
  }
  const w = text.slice(i, j);
  // normalizeWord(word) without the call, which was half of tokenizing: most words are lower-case
  // ASCII, and most others ASCII but for a curly apostrophe, which is made straight first (the
  // lower case of ASCII and apostrophes is theirs, one unit each, and ASCII's is quick)
  const lower = !wide ? (upper ? w.toLowerCase() : w) : apostrophes ? straightened(w, upper) : normalizeWord(w);
  // a word's first unit is a letter or digit of its own, never half of a pair: its flags say if it is a capital
  out.push({ text: w, lower, start: i, end: j, kind: 'word', cap: first < 128 ? first >= 65 && first <= 90 : (flagsOf(first) & UPPER) !== 0 });
  return j;
}

/** The mark at `i` (punctuation or a quote mark), pushed; where it ends. */
function mark(text: string, i: number, out: Token[]): number {
  const ch = text[i]!;
  // "''" and "``": a double quote typed as two apostrophes or two backticks (ASCII copy, as
  // some wires and archives keep it: ''We will,'' he said) is one quote mark
  // ("'old-school,''' said X": three apostrophes after a word close a single quote, then the double)
  if (ch === "'" && text[i + 1] === ch && text[i + 2] === ch && i > 0 && !/\s/.test(text[i - 1]!)) {
    out.push({ text: ch, lower: ch, start: i, end: i + 1, kind: 'punct', cap: false });
    return i + 1;
  }
  if ((ch === "'" || ch === '`') && text[i + 1] === ch) {
    out.push({ text: ch + ch, lower: ch + ch, start: i, end: i + 2, kind: ch === '`' ? 'open-quote' : 'quote', cap: false });
    return i + 2;
  }
  let kind: TokenKind = 'punct';
  if (ch === '"') kind = 'quote';
  else if (OPEN_QUOTES.has(ch)) kind = 'open-quote';
  else if (CLOSE_QUOTES.has(ch)) kind = 'close-quote';
  else if (ch === '\u2019' && (i === 0 || !isWordCharAt(text, i - 1))) kind = 'close-quote';
  out.push({ text: ch, lower: ch, start: i, end: i + 1, kind, cap: false });
  return i + 1;
}

// "U.S." and "Jr." and "Q." keep their final dot: a single capital, or a dotted run like U.S.
// A word holds no surrogate (each of its letters is one UTF-16 unit), so a single capital is one
// unit long and a dotted run has a dot second; lower case is never shorter than the word, so a
// word longer than the longest abbreviation is none.
function isAbbrevDot(text: string, start: number, dot: number): boolean {
  const length = dot - start;
  if (length === 1) {
    const c = text.charCodeAt(start);
    return c < 128 ? c >= 65 && c <= 90 : (flagsOf(c) & UPPER) !== 0;
  }
  if (length >= 3 && text.charCodeAt(start + 1) === 46 && /^(?:\p{L}\.)+\p{L}$/u.test(text.slice(start, dot))) return true;
  return length <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(start, dot).toLowerCase());
}

const ABBREVIATIONS = new Set(['jr', 'sr', 'mr', 'mrs', 'ms', 'dr', 'rev', 'fr', 'msgr', 'amb', 'hon', 'gen', 'lt', 'col', 'sen', 'rep', 'gov', 'st', 'prof', 'sgt', 'capt', 'adm', 'maj', 'cmdr', 'no', 'vs', 'inc', 'ltd', 'co', 'corp', 'dept']);
const LONGEST_ABBREVIATION = [...ABBREVIATIONS].reduce((longest, a) => Math.max(longest, a.length), 0);

export function isQuoteMark(t: Token): boolean {
  return t.kind === 'quote' || t.kind === 'open-quote' || t.kind === 'close-quote';
}

/**
 * Whether a token's lower case ends in "'s" (straight: a token's lower case has straight
 * apostrophes), by two character codes, not endsWith: asked of every capitalised word of an
 * article, and of the words after a verb.
 */
export function endsInApostropheS(lower: string): boolean {
  const n = lower.length;
  return n >= 2 && lower.charCodeAt(n - 1) === 0x73 /* s */ && lower.charCodeAt(n - 2) === 0x27 /* ' */;
}

/** "quietly", "publicly": a lower-case -ly word other than "only" ("Italy" is not an adverb). */
export function isAdverb(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || t.cap) return false;
  // the last two units read as codes: endsWith was a call per word asked about
  const w = t.lower;
  const n = w.length;
  return n > 3 && w.charCodeAt(n - 1) === 121 && w.charCodeAt(n - 2) === 108 && w !== 'only';
}
