// Sentence boundaries with offsets. compromise's raw splitter makes the first cut (reproduced on
// offsets in splitter.ts, which a test holds to compromise's own); the repairs below fix what it gets wrong on news text and on the English Golden Rules (docs/golden-rules.md).
//
// A line break always ends a sentence: articles come one paragraph per line, and a line without
// final punctuation is a headline or a list item that stands alone. Within a line, a boundary is
// the offset where the next sentence starts. compromise proposes boundaries, the `add*` passes
// propose more, `keepBoundary` drops the wrong ones, and list markers get the last word.
import { compromiseCuts } from './splitter.js';
import rawAbbreviations from './abbreviations.json' with { type: 'json' };
import type { Abbreviations } from './schemas.js';
import { isSpace, lineRanges } from './lines.js';

/** A sentence: UTF-16 offsets into the source, and `text === source.slice(start, end)`, trimmed. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

// checked by a test against its schema (schemas.ts), not at every start
const abbreviations = rawAbbreviations as Abbreviations;
const NON_TERMINAL = new Set(abbreviations.nonTerminal);
const BEFORE_NUMBER = new Set(abbreviations.beforeNumber);
const AMBIGUOUS = new Set(abbreviations.ambiguous);
const UNITS = new Set(abbreviations.units);
const STARTERS = new Set(abbreviations.sentenceStarters);

// compromise's merge of non-sentence chunks costs the length of the run times its chunks
// ("Mr. Mr. Mr. ..."), so it read a line in windows of at most so many characters and stops.
// splitter.ts is linear, but cuts as compromise would in each window: the windows stay, and with
// them the boundaries they gave.
const WINDOW = 1000;
const MAX_STOPS = 16;
// A quotation or parenthesis longer than this is more likely a stray mark than one aside.
const MAX_QUOTE = 1000;
const MAX_PARENS = 500;
// Longest token looked up as an abbreviation; a longer one is a word.
const MAX_TOKEN = 24;

// one stop, not a run of them: a run of 100,000 dots with no quote after it must stay linear.
// The global regexes here are shared, each use setting lastIndex first (a copy per line was a
// tenth of a microsecond each): none is used again while a loop over its matches runs.
const QUOTE_AFTER_STOP = /[.!?\u2026]["'\u201D\u2019\u00BB]+\s+/g;
const SPACED_FOUR_DOTS = /\.(?: \.){3}\s+(?=\p{Lu})/gu;
const FOUR_DOTS = /(?:\.{4}|\u2026\.|\.\u2026)\s+(?=\p{Lu})/gu;
const STOP_SPACE = /\.\s+/g;
const SENTENCE_INITIAL = /[\p{Lu}\p{N}\u201C\u2018"'\u00AB(\[]/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
const ACRONYM = /^(?:\p{L}\.){2,}$/u;
const INITIAL = /^\p{Lu}\.$/u;
const NUMBER = /^[$€£¥]?\d[\d.,]*\.$/u;
const BARE_NUMBER = /^\d[\d.,]*$/;
const UPPER = /\p{Lu}/u;
/** A unit of the opening marks a token before a period may start with (“ ‘ " ' ( [). */
const isOpeningPunct = (c: number) => c === 0x201c || c === 0x2018 || c === 34 || c === 39 || c === 40 || c === 91;
/** The longest entry of the lists abbreviationKind looks tokens up in. */
const LONGEST_ABBREVIATION = [NON_TERMINAL, BEFORE_NUMBER, AMBIGUOUS, UNITS].reduce((longest, set) => {
  for (const entry of set) longest = Math.max(longest, entry.length);
  return longest;
}, 0);
const ENCLOSING = /[()"\u201C\u201D\u00AB\u00BB]/g;

/** Sentences of a text: a paragraph, an article, or anything else. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const line of lineRanges(text)) {
    for (const span of splitLine(text, line.start, line.end)) spans.push(span);
  }
  return spans;
}

/** Sentences of one line, `text.slice(start, end)`, which holds no line break. */
export function splitLine(text: string, start: number, end: number): Span[] {
  const line = text.slice(start, end);
  let first = 0;
  while (first < line.length && isSpace(line.charCodeAt(first))) first++;
  if (first === line.length) return [];

  const candidates = proposedBoundaries(line);
  const enclosed = candidates.length > 0 ? enclosedRanges(line) : [];
  const kept: number[] = [];
  let e = 0;
  for (const b of candidates) {
    while (e < enclosed.length && enclosed[e + 1]! < b) e += 2;
    const inside = e < enclosed.length && enclosed[e]! < b;
    if (!inside && keepBoundary(line, b)) kept.push(b);
  }
  const boundaries = withListItems(line, first, kept);

  const spans: Span[] = [];
  let from = first;
  for (const b of boundaries) {
    pushTrimmed(line, from, b, start, spans);
    from = b;
  }
  pushTrimmed(line, from, line.length, start, spans);
  return spans;
}

function pushTrimmed(line: string, from: number, to: number, offset: number, spans: Span[]): void {
  let s = from;
  let e = to;
  while (s < e && isSpace(line.charCodeAt(s))) s++;
  while (e > s && isSpace(line.charCodeAt(e - 1))) e--;
  if (s < e) spans.push({ start: offset + s, end: offset + e, text: line.slice(s, e) });
}

/**
 * A stop with only closing quotes between it and a space: every boundary below is proposed after
 * one (compromise's splitter cuts after a run of its stops and a space, the passes below after a
 * stop, quotes and a space), or after one of the CJK stops compromise cuts after without a space.
 * Most lines of one sentence have none and need no splitting.
 */
const MAY_END = /[.!?\u2026\u203D\u2E18\u203C\u2047-\u2049\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4\u3002]["'\u201D\u2019\u00BB]*\s|[\u3002\uFF01\uFF1F\uFF61]/;

/** Whether a line may hold a sentence boundary (see MAY_END); one that cannot is one sentence, or a list. */
export function mayHoldBoundary(line: string): boolean {
  return MAY_END.test(line);
}

/** Sorted, distinct offsets where a sentence may start, none at the line's ends. */
function proposedBoundaries(line: string): number[] {
  if (!mayHoldBoundary(line)) return [];
  const found: number[] = [];
  addCompromiseBoundaries(line, found);
  addQuoteBoundaries(line, found);
  addAbbreviationBoundaries(line, found);
  addEllipsisBoundaries(line, found);
  const out: number[] = [];
  for (const raw of found) {
    let b = raw;
    while (b < line.length && isSpace(line.charCodeAt(b))) b++;
    if (b > 0 && b < line.length) out.push(b);
  }
  out.sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i]!;
  out.length = n;
  return out;
}

/** Where compromise's splitter would cut, window by window (splitter.ts reproduces it on offsets). */
function addCompromiseBoundaries(line: string, out: number[]): void {
  let from = 0;
  while (from < line.length) {
    const to = windowEnd(line, from);
    compromiseCuts(line, from, to, out);
    from = to;
  }
}

/**
 * Where the window that starts at `from` ends: at the end of the line when the rest is short, or
 * else at a cut where compromise could not have split, before a space that follows no full stop.
 */
function windowEnd(line: string, from: number): number {
  let limit = Math.min(line.length, from + WINDOW);
  let stops = 0;
  // the regex finds each stop before a space (isTerminal, isSpace) faster than a loop over the
  // line; test, not exec, makes no match array: a match is two units, ending at lastIndex
  const re = STOP_BEFORE_SPACE;
  re.lastIndex = from;
  while (re.test(line) && re.lastIndex - 2 < limit - 1) {
    if (++stops === MAX_STOPS) {
      limit = re.lastIndex - 2;
      break;
    }
  }
  if (limit === line.length) return limit;
  for (let i = limit; i > from + (limit - from) / 2; i--) {
    if (isSpace(line.charCodeAt(i)) && !isSpace(line.charCodeAt(i - 1)) && !isTerminal(line.charCodeAt(i - 1))) return i;
  }
  return limit;
}

/** A stop (isTerminal) and a space. */
const STOP_BEFORE_SPACE = /[.!?\u203D\u2E18\u203C\u2047-\u2049]\s/g;

/** The stops after which compromise splits (its CJK and Indic ones aside). */
function isTerminal(code: number): boolean {
  if (code < 0x2000) return code === 46 || code === 33 || code === 63;
  return code === 0x203d || code === 0x2e18 || code === 0x203c || (code >= 0x2047 && code <= 0x2049);
}

/** `is “a question of time.” He stressed`: compromise wants a space right after the stop. */
function addQuoteBoundaries(line: string, out: number[]): void {
  const re = QUOTE_AFTER_STOP;
  re.lastIndex = 0;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    const b = m.index + m[0].length;
    if (b < line.length && SENTENCE_INITIAL.test(line[b]!)) out.push(b);
  }
}

/** `I live in the U.S. How about you?`: an abbreviation that can end a sentence, then a starter. */
function addAbbreviationBoundaries(line: string, out: number[]): void {
  const re = STOP_SPACE;
  re.lastIndex = 0;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    const b = m.index + m[0].length;
    if (b >= line.length) break;
    const kind = abbreviationKind(line, m.index);
    if ((kind === 'ambiguous' || kind === 'number') && STARTERS.has(wordAt(line, b))) out.push(b);
    else if (kind === 'unit' && UPPER.test(line[b]!)) out.push(b);
  }
}

/** A four-dot ellipsis before a capital ends a sentence (Golden Rules 45, 46, 48). */
export function addEllipsisBoundaries(line: string, out: number[]): void {
  // most lines hold neither a dot after a dot (spaced or not) nor an ellipsis: a native search says so before the regexes run
  if (line.includes('. .')) addSpacedEllipsisBoundaries(line, out);
  if (line.includes('..') || line.includes('\u2026')) addPlainEllipsisBoundaries(line, out);
}

function addSpacedEllipsisBoundaries(line: string, out: number[]): void {
  const spaced = SPACED_FOUR_DOTS;
  spaced.lastIndex = 0;
  for (let m = spaced.exec(line); m !== null; m = spaced.exec(line)) {
    const attached = m.index > 0 && !isSpace(line.charCodeAt(m.index - 1));
    // `compounds. . . . The`: the period ends the sentence, the ellipsis opens the next one
    out.push(attached ? m.index + 2 : m.index + m[0].length);
  }
}

function addPlainEllipsisBoundaries(line: string, out: number[]): void {
  const plain = FOUR_DOTS;
  plain.lastIndex = 0;
  for (let m = plain.exec(line); m !== null; m = plain.exec(line)) out.push(m.index + m[0].length);
}

/** Whether a proposed boundary (outside quotations and parentheses) stands. */
function keepBoundary(line: string, b: number): boolean {
  const next = line[b]!;
  // `Yahoo! in the`, `. . . what I'm saying`: a sentence does not start in lower case
  if (LOWER.test(next)) return false;
  let end = b;
  while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;
  const ellipsis = ellipsisBefore(line, end);
  if (ellipsis === 'continues') return false;
  if (ellipsis === 'ends') return true;
  if (line[end - 1] !== '.') return true;
  switch (abbreviationKind(line, end - 1)) {
    case 'nonTerminal':
      return false;
    case 'beforeNumber':
      return !DIGIT.test(next);
    case 'ambiguous':
      return STARTERS.has(wordAt(line, b));
    default:
      return true;
  }
}

/**
 * Three dots go on (`the thing is . . . I didn’t`); four end the sentence (`that.... She`),
 * except `word. . . .`, whose sentence ended at the period (see addEllipsisBoundaries).
 */
function ellipsisBefore(line: string, end: number): 'none' | 'continues' | 'ends' {
  let i = end;
  let dots = 0;
  let spaced = false;
  while (i > 0 && end - i < 12) {
    const c = line[i - 1];
    if (c === '.') dots++;
    else if (c === '\u2026') dots += 3;
    else if (c === ' ' && line[i - 2] === '.') spaced = true;
    else break;
    i--;
  }
  if (dots < 3) return 'none';
  if (dots === 3) return 'continues';
  return spaced && i > 0 && !isSpace(line.charCodeAt(i - 1)) ? 'continues' : 'ends';
}

type AbbreviationKind = 'nonTerminal' | 'beforeNumber' | 'ambiguous' | 'unit' | 'number' | 'word';

/** What the token that ends with the period at `dot` is. */
function abbreviationKind(line: string, dot: number): AbbreviationKind {
  const start = tokenStart(line, dot);
  if (start < 0) return 'word';
  // most tokens before a period are plain words ("said."): longer than every listed
  // abbreviation (lower case is never shorter), no dot after the first letter (ACRONYM; a letter
  // past the BMP is left to the regexes), not one letter (INITIAL) and not starting with a digit
  // or a currency sign (NUMBER). Told without making a string.
  let from = start;
  while (from < dot && isOpeningPunct(line.charCodeAt(from))) from++;
  const first = line.charCodeAt(from);
  if (dot - from > LONGEST_ABBREVIATION && line.charCodeAt(from + 1) !== 46 && (first < 0xd800 || first > 0xdbff) && !(first >= 48 && first <= 57) && first !== 36 && first !== 0x20ac && first !== 0xa3 && first !== 0xa5) return 'word';
  const token = line.slice(from, dot + 1);
  if (token.length < 2) return 'word';
  const bare = token.slice(0, -1).toLowerCase();
  if (UNITS.has(bare) && BARE_NUMBER.test(tokenBefore(line, start))) return 'unit';
  if (NON_TERMINAL.has(bare)) return 'nonTerminal';
  if (BEFORE_NUMBER.has(bare)) return 'beforeNumber';
  if (AMBIGUOUS.has(bare) || ACRONYM.test(token) || INITIAL.test(token)) return 'ambiguous';
  if (NUMBER.test(token)) return 'number';
  return 'word';
}

/** Where the whitespace-delimited token that ends at `last` starts, or -1 when it is too long to matter. */
function tokenStart(line: string, last: number): number {
  let i = last;
  const floor = Math.max(0, last - MAX_TOKEN);
  while (i > floor && !isSpace(line.charCodeAt(i - 1))) i--;
  return i > 0 && !isSpace(line.charCodeAt(i - 1)) ? -1 : i;
}

/** The token before the one that starts at `start`, or ''. */
function tokenBefore(line: string, start: number): string {
  let end = start;
  while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;
  if (end === 0 || end === start) return '';
  const from = tokenStart(line, end - 1);
  return from < 0 ? '' : line.slice(from, end);
}

/** The run of ASCII letters starting at `at` (`It` in `It’s`), cut after MAX_TOKEN. */
function wordAt(line: string, at: number): string {
  let i = at;
  while (i < line.length && i - at <= MAX_TOKEN && isAsciiLetter(line.charCodeAt(i))) i++;
  return line.slice(at, i);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Spans inside a quotation or parentheses on this line, as a flat sorted list of disjoint
 * [open, close] offset pairs: a sentence does not end inside them (`"It changes. So do we," he said`).
 */
function enclosedRanges(line: string): number[] {
  const pairs: Array<[number, number]> = [];
  const parens: number[] = [];
  let quote = -1;
  const re = ENCLOSING;
  re.lastIndex = 0;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    const i = m.index;
    const c = line.charCodeAt(i);
    if (c === 0x28) parens.push(i);
    else if (c === 0x29) {
      const open = parens.pop();
      if (open !== undefined && i - open <= MAX_PARENS) pairs.push([open, i]);
    } else if (c === 0x201c || c === 0xab || (c === 0x22 && opensQuote(line, i))) quote = i;
    else if (c === 0x201d || c === 0xbb || (c === 0x22 && closesQuote(line, i))) {
      if (quote >= 0 && i - quote <= MAX_QUOTE) pairs.push([quote, i]);
      quote = -1;
    }
  }
  if (pairs.length === 0) return [];
  pairs.sort((a, b) => a[0] - b[0]);
  const flat: number[] = [];
  for (const [open, close] of pairs) {
    const last = flat.length - 1;
    if (last > 0 && open <= flat[last]!) flat[last] = Math.max(flat[last]!, close);
    else flat.push(open, close);
  }
  return flat;
}

const BEFORE_OPENING = '([{\u2014\u2013-/';
const AFTER_CLOSING = '.,;:!?)]}\u2014\u2013-';

function opensQuote(line: string, i: number): boolean {
  const before = i === 0 || isSpace(line.charCodeAt(i - 1)) || BEFORE_OPENING.includes(line[i - 1]!);
  return before && i + 1 < line.length && !isSpace(line.charCodeAt(i + 1));
}

function closesQuote(line: string, i: number): boolean {
  if (i === 0 || isSpace(line.charCodeAt(i - 1))) return false;
  return i + 1 === line.length || isSpace(line.charCodeAt(i + 1)) || AFTER_CLOSING.includes(line[i + 1]!);
}

// A line that starts with a list marker holds a list when the next marker follows in sequence:
// `1) The first item 2) The second item`, `a. … b. …`, `• 9. … • 10. …`.
const NUMBERED_ITEM = /^(\d{1,3})(\.\)|\.|\))\s/;
const LETTERED_ITEM = /^([a-z])([.)])\s/;
const BULLET_ITEM = /^[•⁃▪◦]/;
const MARKER = /(?:[•⁃▪◦]\s?)?(?:\d{1,3}|[a-z])?(?:\.\)|[.)])?\s*/y;

function withListItems(line: string, first: number, boundaries: number[]): number[] {
  const items = listItemStarts(line, first);
  if (items.length < 2) return boundaries;
  const regions: number[] = [];
  for (const item of items) {
    MARKER.lastIndex = item;
    MARKER.exec(line);
    regions.push(item, MARKER.lastIndex);
  }
  const out: number[] = [];
  let r = 0;
  for (const b of boundaries) {
    while (r < regions.length && regions[r + 1]! < b) r += 2;
    const inMarker = r < regions.length && regions[r]! < b;
    if (!inMarker) out.push(b);
  }
  for (const item of items) if (item > first) out.push(item);
  out.sort((a, b) => a - b);
  return out.filter((b, i) => i === 0 || b !== out[i - 1]);
}

function listItemStarts(line: string, first: number): number[] {
  const head = line.slice(first, first + 6);
  const numbered = NUMBERED_ITEM.exec(head);
  if (numbered) {
    const suffix = numbered[2]!;
    return sequence(line, first, first + numbered[0].length, (k) => `${Number(numbered[1]) + k}${suffix}`, true);
  }
  const lettered = LETTERED_ITEM.exec(head);
  if (lettered) {
    const code = lettered[1]!.charCodeAt(0);
    const letter = (k: number) => (code + k <= 122 ? `${String.fromCharCode(code + k)}${lettered[2]}` : '');
    return sequence(line, first, first + lettered[0].length, letter, true);
  }
  if (BULLET_ITEM.test(head)) return sequence(line, first, first + 1, () => head[0]!, false);
  return [];
}

/**
 * Offsets of the markers `marker(1)`, `marker(2)`, … that follow whitespace, in order, each
 * followed by whitespace too when `spaceAfter` (`2.` but not `12.` or `2.5`).
 */
function sequence(line: string, first: number, from: number, marker: (k: number) => string, spaceAfter: boolean): number[] {
  const starts = [first];
  let pos = from;
  for (let k = 1; ; ) {
    const m = marker(k);
    if (m === '') break;
    const at = line.indexOf(m, pos);
    if (at < 0) break;
    pos = at + 1;
    const after = at + m.length;
    if (isSpace(line.charCodeAt(at - 1)) && (!spaceAfter || after === line.length || isSpace(line.charCodeAt(after)))) {
      starts.push(at);
      pos = after;
      k++;
    }
  }
  return starts;
}
