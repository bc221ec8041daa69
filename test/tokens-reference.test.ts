// tokenize (src/text/tokens.ts) reads each code unit's class from a table it fills as it goes and
// takes shortcuts for ASCII words and curly apostrophes; the tokenizer it replaced, kept here as
// written (dcc8a31), asks the regexes every time. Both must give the same tokens: on every line we
// hold and on generated text of every class the table keeps (letters and capitals of any script,
// spaces past ASCII, emoji of one and two units, joiners, lone surrogates, apostrophes, dots).
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, type Token, type TokenKind } from '../src/text/tokens.js';
import { linesUnder, ROOT } from './helpers.js';

const SHARED = process.env.CLAIMS_SHARED ?? path.join(ROOT, '..', 'shared');

const OPEN_QUOTES = new Set(['\u201C', '\u2018', '\u00AB']);
const CLOSE_QUOTES = new Set(['\u201D', '\u00BB']);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Emoji and their joiners, variation selectors and skin tones say nothing about who speaks:
// "Biden 🇺🇸 said" is "Biden said", so they are skipped like spaces.
const DECORATION = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200D\uFE0E\uFE0F]/u;

function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(ch);
}

/** isWordChar(text[k]) */
function isWordCharAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(text[k]!);
}

/** A mark that stays inside a word between two word characters: ' \u2019 \u2018 - . & ("Italy‘s": a left single quote between letters is a mistyped apostrophe) */
function isWordInner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018 || c === 45 || c === 46 || c === 38;
}

/** an emoji (one or two UTF-16 units) or one of its modifiers */
function isDecoration(text: string, i: number): boolean {
  const cp = text.codePointAt(i) ?? 0;
  return DECORATION.test(String.fromCodePoint(cp));
}

function decorationLength(text: string, i: number): number {
  return (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

function normalizeWord(s: string): string {
  const lower = s.toLowerCase();
  return lower.includes('\u2019') || lower.includes('\u2018') ? lower.replace(/[\u2018\u2019]/g, "'") : lower;
}

/** Whether a word starts with a capital letter; ASCII answered without a regex. */
function startsCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

function referenceTokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r') { i++; continue; }
    if (ch.charCodeAt(0) > 127 && (/\s/.test(ch) || isDecoration(text, i))) { i += decorationLength(text, i); continue; }
    if (isWordChar(ch)) {
      let j = i + 1;
      // whether the word holds an ASCII capital, and anything past ASCII (a capital, a curly apostrophe)
      const first = ch.charCodeAt(0);
      let upper = first >= 65 && first <= 90;
      let wide = first > 127;
      // read by code unit: most words are ASCII, and no one-letter string is made for each letter
      while (j < n) {
        const c = text.charCodeAt(j);
        if (isWordCharAt(text, j)) {
          if (c >= 65 && c <= 90) upper = true;
          else if (c > 127) wide = true;
          j++;
          continue;
        }
        // keep U.S., Jr., Q., don't, Russia-Ukraine, AT&T inside one word
        if (isWordInner(c) && j + 1 < n && isWordCharAt(text, j + 1)) { wide ||= c > 127; j++; continue; }
        if (c === 46 && isAbbrevDot(text, i, j)) { j++; break; }
        break;
      }
      const word = text.slice(i, j);
      // normalizeWord(word) without the call, which was half of tokenizing: most words are lower-case ASCII
      const lower = wide ? normalizeWord(word) : upper ? word.toLowerCase() : word;
      out.push({ text: word, lower, start: i, end: j, kind: 'word', cap: first < 128 ? first >= 65 && first <= 90 : startsCapital(word) });
      i = j;
      continue;
    }
    // "''" and "``": a double quote typed as two apostrophes or two backticks (ASCII copy, as
    // some wires and archives keep it: ''We will,'' he said) is one quote mark
    // ("'old-school,''' said X": three apostrophes after a word close a single quote, then the double)
    if (ch === "'" && text[i + 1] === ch && text[i + 2] === ch && i > 0 && !/\s/.test(text[i - 1]!)) {
      out.push({ text: ch, lower: ch, start: i, end: i + 1, kind: 'punct', cap: false });
      i += 1;
      continue;
    }
    if ((ch === "'" || ch === '`') && text[i + 1] === ch) {
      out.push({ text: ch + ch, lower: ch + ch, start: i, end: i + 2, kind: ch === '`' ? 'open-quote' : 'quote', cap: false });
      i += 2;
      continue;
    }
    let kind: TokenKind = 'punct';
    if (ch === '"') kind = 'quote';
    else if (OPEN_QUOTES.has(ch)) kind = 'open-quote';
    else if (CLOSE_QUOTES.has(ch)) kind = 'close-quote';
    else if (ch === '\u2019' && (i === 0 || !isWordChar(text[i - 1]!))) kind = 'close-quote';
    out.push({ text: ch, lower: ch, start: i, end: i + 1, kind, cap: false });
    i++;
  }
  return out;
}

// "U.S." and "Jr." and "Q." keep their final dot: a single capital, or a dotted run like U.S.
function isAbbrevDot(text: string, start: number, dot: number): boolean {
  const word = text.slice(start, dot);
  if (/^\p{Lu}$/u.test(word)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

const ABBREVIATIONS = new Set(['jr', 'sr', 'mr', 'mrs', 'ms', 'dr', 'rev', 'fr', 'msgr', 'amb', 'hon', 'gen', 'lt', 'col', 'sen', 'rep', 'gov', 'st', 'prof', 'sgt', 'capt', 'adm', 'maj', 'cmdr', 'no', 'vs', 'inc', 'ltd', 'co', 'corp', 'dept']);

describe('tokenize gives the tokens of the tokenizer it replaced', () => {
  it.each([
    ['corpus', path.join(ROOT, 'corpus')],
    ['fixtures', path.join(ROOT, 'fixtures')],
    ['real pages', path.join(SHARED, 'realnews', 'articles')],
  ])('on every line of %s', (_name, dir) => {
    expect(fs.existsSync(dir), `${dir} is missing: check out ../shared beside this clone, or set CLAIMS_SHARED`).toBe(true);
    const lines = linesUnder(dir);
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) expect(tokenize(line), line).toEqual(referenceTokenize(line));
  });

  const pieces = fc.constantFrom(
    'a', 'Z', 'said', 'US', 'Mr', 'DEPT', 'Corp', 'x', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\u2028',
    '.', ',', '-', '&', "'", "''", "'''", '`', '``', '"', '\u2018', '\u2019', '\u201C', '\u201D', '\u00AB', '\u00BB',
    '\u00e9', '\u00c9', '\u0130', '\u00df', '\u03a3', '\u0416', '\u212a', 'ſ', '\u0663', '\u00bd', '\u2160', '\u01c5',
    '\u{1D400}', '😀', '👍🏽', '🇺🇸', '\u200d', '\ufe0f', '\u203c', '\u00a9', '\ud83d', '\ude00', 'ǅ', 'ﬀ', '\u2014',
  );
  it('on generated text', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')), (text) => {
        expect(tokenize(text), JSON.stringify(text)).toEqual(referenceTokenize(text));
      }),
      { numRuns: 20_000, seed: 17 },
    );
  });
});
