// compromise's sentence splitter (compromise 14, src/1-one/tokenize/methods/01-sentences, MIT),
// reproduced on offsets: the same cuts as `world.methods.one.tokenize.splitSentences(text, world)`
// without building its strings, arrays of words and regex matches. sentences.ts only takes the
// places where compromise would cut; its own passes decide which stand.
//
// compromise, in order:
//   1. cuts each line after a run of stops and one space (`[.!?…]+\s`), and at line breaks;
//   2. adds a piece with no letter, digit or symbol to the one before it (or, first, to the next);
//   3. adds a piece that is no sentence (isSentence: no letter, `F.B.I.`, `W. `, `...`, `Mr.`) to
//      the next;
//   4. joins a piece with one opening quotation mark to the next (or the next two) when that holds
//      one closing mark and is short;
//   5. the same for one opening parenthesis;
//   6. moves the spaces that open a sentence to the end of the one before.
// test/splitter.test.ts holds compromise to these cuts on every line we have and on generated ones.
import { compromiseWorld } from '../compromise.js';
import { isSpace } from './lines.js';

/** compromise's abbreviations (world.model.one.abbreviations), lower case, read on first use. */
let abbreviations: Set<string> | null = null;
let longestAbbreviation = 0;

function abbreviationSet(): Set<string> {
  if (abbreviations === null) {
    const world = compromiseWorld() as { model: { one: { abbreviations?: Record<string, unknown> } } };
    abbreviations = new Set(Object.keys(world.model.one.abbreviations ?? {}));
    for (const a of abbreviations) longestAbbreviation = Math.max(longestAbbreviation, a.length);
  }
  return abbreviations;
}

const MAX_QUOTE = 280;
const MAX_PARENS = 250;

/**
 * The offsets in `text.slice(from, to)` (absolute, from < cut < to, ascending) where compromise's
 * splitSentences ends a sentence and starts the next, pushed onto `out`.
 */
export function compromiseCuts(text: string, from: number, to: number, out: number[]): void {
  // a window of its own (a slice shares the line's characters): no scan reads past its end
  const w = from === 0 && to === text.length ? text : text.slice(from, to);
  let some = false;
  for (let i = 0; i < w.length; i++) {
    if (!isSpace(w.charCodeAt(i))) {
      some = true;
      break;
    }
  }
  if (!some) return;
  const pieces = plainPieces(w) ?? cjkPieces(w);
  if (pieces.length < 2) return;
  const sentences = smartMerged(w, withoutEmpty(w, pieces));
  if (sentences.length < 2) return;
  const merged = mergedAtMarks(w, sentences);
  for (let k = 0; k < merged.length - 1; k++) {
    // step 6: the next sentence's leading spaces go to this one
    let b = merged[k]!;
    const next = merged[k + 1]!;
    while (b < next && isSpace(w.charCodeAt(b))) b++;
    out.push(from + b);
  }
}

/**
 * Step 1 on a text without CJK stops: the end of every piece, the last one the text's end; null
 * when the text holds a CJK stop (see cjkPieces).
 */
function plainPieces(w: string): number[] | null {
  const ends: number[] = [];
  const n = w.length;
  let i = 0;
  while (i < n) {
    const c = w.charCodeAt(i);
    // letters, digits, spaces and most punctuation are none of them
    if (c > 63 ? c < 0x589 : c !== 46 && c !== 33 && c !== 63 && c !== 10 && c !== 13) {
      i++;
      continue;
    }
    if (c === 10 || c === 13) {
      // compromise splits at /(?:\r?\n|\r)+/ first; the run of breaks is a piece of its own
      if (i > 0 && (ends.length === 0 || ends[ends.length - 1] !== i)) ends.push(i);
      i++;
      while (i < n && (w.charCodeAt(i) === 10 || w.charCodeAt(i) === 13)) i++;
      ends.push(i);
      continue;
    }
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff61) return null;
    if (!isStop(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < n; j++) {
      const d = w.charCodeAt(j);
      if (d === 0x3002) return null;
      if (!isStop(d)) break;
    }
    // a run of stops, then one space that is not a line break
    if (j < n) {
      const d = w.charCodeAt(j);
      if (d !== 10 && d !== 13 && isSpace(d)) {
        ends.push(j + 1);
        j++;
      }
    }
    i = j;
  }
  if (ends.length === 0 || ends[ends.length - 1] !== n) ends.push(n);
  return ends;
}

/** The stops of compromise's first split (01-simple-split.js, initSplit). */
function isStop(c: number): boolean {
  if (c < 0x80) return c === 46 || c === 33 || c === 63;
  return (
    c === 0x203d || c === 0x2e18 || c === 0x203c || (c >= 0x2047 && c <= 0x2049) || c === 0x0964 || c === 0x0965 ||
    c === 0x061f || c === 0x06d4 || c === 0x0589 || c === 0x1362 || c === 0x1367 || c === 0x104b || c === 0x17d4 ||
    c === 0x3002
  );
}

// Step 1 with CJK stops: compromise's own expressions and loop (01-simple-split.js), which are
// quadratic on long runs of stops; sentences.ts reads a line in bounded windows.
const CJK_STOPS = '\\u3002\\uFF01\\uFF1F\\uFF61';
const ALL_STOPS = `.!?\\u203D\\u2E18\\u203C\\u2047-\\u2049\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4${CJK_STOPS}`;
const OPENERS = '\\u300C\\u300E\\uFF08\\u3010\\u3014\\u300A\\u3008\\u201C';
const CLOSERS = '\\u300D\\u300F\\uFF09\\u3011\\u3015\\u300B\\u3009\\u201D';
const CJK_SPLIT = new RegExp(
  `([${ALL_STOPS}]+\\s|[${CJK_STOPS}]+(?![${CLOSERS}${CJK_STOPS}])|[${CJK_STOPS}]+[${CLOSERS}]+(?=[\\s${OPENERS}]|$))`,
  'g',
);
const CJK_ONLY = new RegExp(`^(?:[${ALL_STOPS}]+\\s|[${CJK_STOPS}]+[${CLOSERS}]*)$`);
const NEW_LINE = /((?:\r?\n|\r)+)/;

function cjkPieces(w: string): number[] {
  const ends: number[] = [];
  let at = 0;
  for (const line of w.split(NEW_LINE)) {
    const arr = line.split(CJK_SPLIT);
    for (let o = 0; o < arr.length; o++) {
      const next = arr[o + 1];
      if (next && CJK_ONLY.test(next)) {
        arr[o] = `${arr[o]!}${next}`;
        arr[o + 1] = '';
      }
      const piece = arr[o]!;
      if (piece !== '') {
        at += piece.length;
        ends.push(at);
      }
    }
  }
  return ends;
}

/** Step 2: a piece without a letter, digit or symbol joins the one before, or else the next. */
function withoutEmpty(w: string, pieces: number[]): number[] {
  const chunks: number[] = [];
  let start = 0;
  for (let i = 0; i < pieces.length; i++) {
    const end = pieces[i]!;
    if (!hasLetterDigitSymbol(w, start, end)) {
      if (chunks.length > 0) {
        chunks[chunks.length - 1] = end;
        start = end;
        continue;
      }
      // the next piece starts where this one does (and the letter test need not read this one again)
      if (i + 1 < pieces.length) {
        start = end;
        continue;
      }
    }
    chunks.push(end);
    start = end;
  }
  return chunks;
}

const LETTER_DIGIT_SYMBOL = /^[\p{L}\p{N}\p{So}]$/u;
const LETTER = /^\p{L}$/u;

function hasLetterDigitSymbol(w: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
    } else if (nonAsciiIs(LETTER_DIGIT_SYMBOL, w, i)) return true;
  }
  return false;
}

function hasLetter(w: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
    } else if (nonAsciiIs(LETTER, w, i)) return true;
  }
  return false;
}

/** Whether the character at `i` is in the class; half a surrogate pair is in none. */
function nonAsciiIs(re: RegExp, w: string, i: number): boolean {
  const c = w.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return re.test(w[i]!);
  if (c <= 0xdbff && i + 1 < w.length) {
    const d = w.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return re.test(w.slice(i, i + 2));
  }
  return false;
}

/** Step 3: a chunk that is no sentence joins the next, unless it ends a line. */
function smartMerged(w: string, chunks: number[]): number[] {
  const out: number[] = [];
  let start = 0;
  let letter = false;
  for (let i = 0; i < chunks.length; i++) {
    const end = chunks[i]!;
    letter = letter || hasLetter(w, i === 0 ? 0 : chunks[i - 1]!, end);
    if (i + 1 < chunks.length && w.charCodeAt(end - 1) !== 10 && !isSentence(w, start, end, letter)) continue;
    out.push(end);
    start = end;
    letter = false;
  }
  return out;
}

/** compromise's isSentence (is-sentence.js) on `w.slice(start, end)`, whose letter test is `letter`. */
function isSentence(w: string, start: number, end: number, letter: boolean): boolean {
  if (!letter) return false;
  // the regexes below end in ` *$`: trailing U+0020 spaces only
  let p = end;
  while (p > start && w.charCodeAt(p - 1) === 32) p--;
  const last = p > start ? w.charCodeAt(p - 1) : -1;
  // /[ .][A-Z]\.? *$/i: `F.B.I.`, `n.s.a`, ` A`
  const letterAt = last === 46 ? p - 2 : p - 1;
  if (letterAt - 1 >= start && isAsciiLetter(w.charCodeAt(letterAt))) {
    const before = w.charCodeAt(letterAt - 1);
    if (before === 32 || before === 46) return false;
  }
  // /^[A-Z]\. $/: "W. Kensington"
  if (end - start === 3) {
    const c = w.charCodeAt(start);
    if (c >= 65 && c <= 90 && w.charCodeAt(start + 1) === 46 && w.charCodeAt(start + 2) === 32) return false;
  }
  // /(?:\u2026|\.{2,}) *$/
  if (last === 0x2026 || (last === 46 && p - 2 >= start && w.charCodeAt(p - 2) === 46)) return false;
  // `Mr.`: the word before a final period (after the last U+0020) is an abbreviation
  if (last === 46) {
    // read once: the call stays out of this function's optimised code
    const set = abbreviations ?? abbreviationSet();
    const wordEnd = p - 1;
    let i = wordEnd;
    while (i > start && w.charCodeAt(i - 1) !== 32 && wordEnd - i <= longestAbbreviation) i--;
    if (wordEnd - i <= longestAbbreviation && set.has(w.slice(i, wordEnd).toLowerCase())) return false;
  }
  return true;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// What steps 4 and 5 count in a sentence, one flag each per character: compromise's opening and
// closing quotation marks (04-quote-merge.js; `"` and `＂` are both) and parentheses (05-parens-merge.js).
const OPENS = 1;
const CLOSES = 2;
const PAREN_OPENS = 4;
const PAREN_CLOSES = 8;

/** The flags of every UTF-16 unit (0 for most). */
const MARKS = new Uint8Array(0x10000);
for (const c of [0x22, 0xff02]) MARKS[c] = OPENS | CLOSES;
for (const c of [0x201c, 0x201f, 0x201e, 0x2e42, 0x201a, 0xab, 0x2039, 0x2035, 0x2036, 0x2037, 0x301d, 0x301f, 0x300c, 0x300e]) MARKS[c] = OPENS;
for (const c of [0x201d, 0x2019, 0xbb, 0x203a, 0x2032, 0x2033, 0x2034, 0x301e, 0x300d, 0x300f]) MARKS[c] = CLOSES;
for (const c of [0x28, 0xff08]) MARKS[c] = PAREN_OPENS;
for (const c of [0x29, 0xff09]) MARKS[c] = PAREN_CLOSES;

/** Per sentence, what mergedAtMarks counts: reused from window to window, grown when short. */
let counts = new Int32Array(6 * 64);
const OPEN_COUNT = 0;
const CLOSE_COUNT = 1;
const FIRST_OPEN = 2;
const FIRST_CLOSE = 3;
const PAREN_OPEN_COUNT = 4;
const PAREN_CLOSE_COUNT = 5;

/** Steps 4 and 5 on the sentences' ends: one opening quotation mark or parenthesis joins what closes it. */
function mergedAtMarks(w: string, ends: number[]): number[] {
  const n = ends.length;
  if (counts.length < 6 * n) counts = new Int32Array(12 * n);
  const m = counts;
  m.fill(0, 0, 6 * n);
  // sentence k's counts are m[6k + OPEN_COUNT] and so on; a first mark of 0 is none
  let k = 0;
  let end = ends[0]!;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const mark = MARKS[c]!;
    if (mark === 0) continue;
    while (i >= end) end = ends[++k]!;
    const at = 6 * k;
    if (mark & OPENS && m[at + OPEN_COUNT]!++ === 0) m[at + FIRST_OPEN] = c;
    if (mark & CLOSES && m[at + CLOSE_COUNT]!++ === 0) m[at + FIRST_CLOSE] = c;
    if (mark & PAREN_OPENS) m[at + PAREN_OPEN_COUNT]!++;
    if (mark & PAREN_CLOSES) m[at + PAREN_CLOSE_COUNT]!++;
  }
  // step 4: a sentence with one opening mark, none closing it before, takes the next sentence
  // when that holds one closing mark and is short, or else the next two; the sentences it makes
  // keep their parenthesis counts in m[6q + PAREN_*] (q <= i: read before written)
  let q = 0;
  for (let i = 0; i < n; i++) {
    const at = 6 * i;
    let take = 0;
    if (m[at + OPEN_COUNT] === 1 && !(m[at + CLOSE_COUNT]! > 0 && m[at + FIRST_CLOSE] !== m[at + FIRST_OPEN])) {
      if (i + 1 < n && m[at + 6 + CLOSE_COUNT] === 1 && ends[i + 1]! - ends[i]! < MAX_QUOTE) take = 1;
      else if (i + 2 < n && m[at + 12 + CLOSE_COUNT] === 1 && ends[i + 2]! - ends[i]! < MAX_QUOTE) take = 2;
    }
    let po = 0;
    let pc = 0;
    for (let j = i; j <= i + take; j++) {
      po += m[6 * j + PAREN_OPEN_COUNT]!;
      pc += m[6 * j + PAREN_CLOSE_COUNT]!;
    }
    ends[q] = ends[i + take]!;
    m[6 * q + PAREN_OPEN_COUNT] = po;
    m[6 * q + PAREN_CLOSE_COUNT] = pc;
    q++;
    i += take;
  }
  // step 5: a sentence with one opening parenthesis takes the next when that is short, closes
  // one and opens none
  const out: number[] = [];
  for (let i = 0; i < q; i++) {
    const at = 6 * i;
    if (m[at + PAREN_OPEN_COUNT] === 1 && i + 1 < q && ends[i + 1]! - ends[i]! < MAX_PARENS && m[at + 6 + PAREN_CLOSE_COUNT]! > 0 && m[at + 6 + PAREN_OPEN_COUNT] === 0) {
      out.push(ends[i + 1]!);
      i += 1;
      continue;
    }
    out.push(ends[i]!);
  }
  return out;
}
