// src/parse/splitter.ts reproduces compromise's splitSentences on offsets. compromise stays the
// reference: the same cuts on every line we hold (corpus, fixtures, the real pages and seeds in
// ../shared, the Golden Rules) and on generated hostile text, whole and cut into windows.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { compromiseCuts } from '../src/parse/splitter.js';
import { linesUnder, ROOT } from './helpers.js';

const SHARED = process.env.CLAIMS_SHARED ?? path.join(ROOT, '..', 'shared');

interface TokenizeWorld {
  methods: { one: { tokenize: { splitSentences(text: string, world: unknown): string[] } } };
}
// compromise's first stage, whose splitter is the full build's (test/compromise.test.ts checks
// that the abbreviations it reads are the ones the snapshot gives splitter.ts)
const world = (createRequire(import.meta.url)('compromise/one') as { world(): unknown }).world() as TokenizeWorld;

/** Where compromise cuts `text`: the end of every sentence it gives back but the last. */
function theirs(text: string): number[] {
  const chunks = world.methods.one.tokenize.splitSentences(text, world);
  const cuts: number[] = [];
  let at = 0;
  for (let i = 0; i < chunks.length - 1; i++) {
    at += chunks[i]!.length;
    cuts.push(at);
  }
  // the cuts only mean something if compromise gives the text back whole
  expect(chunks.join('')).toBe(text.trim() === '' ? '' : text);
  return cuts;
}

function ours(text: string, from = 0, to = text.length): number[] {
  const cuts: number[] = [];
  compromiseCuts(text, from, to, cuts);
  return cuts.map((c) => c - from);
}

describe('compromiseCuts cuts where compromise does', () => {
  it.each([
    ['corpus', path.join(ROOT, 'corpus'), 100],
    ['fixtures', path.join(ROOT, 'fixtures'), 1000],
    ['real pages', path.join(SHARED, 'realnews', 'articles'), 400],
    ['seeds', path.join(SHARED, 'seeds'), 50],
  ])('on every line of %s', (_name, dir, atLeast) => {
    expect(fs.existsSync(dir), `${dir} is missing: check out ../shared beside this clone, or set CLAIMS_SHARED`).toBe(true);
    const lines = linesUnder(dir);
    expect(lines.length).toBeGreaterThanOrEqual(atLeast);
    let cut = 0;
    for (const line of lines) {
      const expected = theirs(line);
      cut += expected.length;
      expect(ours(line), JSON.stringify(line)).toEqual(expected);
    }
    // the lines hold sentences to cut, not only one-sentence lines
    expect(cut).toBeGreaterThan(lines.length / 10);
  });

  it('on the Golden Rules, whole texts with their line breaks', () => {
    const rules = JSON.parse(fs.readFileSync(path.join(SHARED, 'data', 'golden-rules-en.json'), 'utf8')) as Array<{ input: string }>;
    expect(rules).toHaveLength(48);
    for (const { input } of rules) {
      expect(ours(input), JSON.stringify(input)).toEqual(theirs(input));
      for (const line of input.split('\n')) expect(ours(line), JSON.stringify(line)).toEqual(theirs(line));
    }
  });

  it.each([
    ['He said no. She left.', [12]],
    ['Mr. Smith left. Then Dr. Jones came.', [16]],
    ['The F.B.I. said so. Then it left.', [20]],
    ['W. Kensington is far. Yes.', [22]],
    ['He waited... Then he left. Fine.', [27]],
    // a stop before a closing mark is no cut: no space follows it
    ['He said "no. Not now." Then left.', []],
    // one opening mark joins the next piece, or the next two, that hold one closing mark
    ['He said "no. Not now". Then left.', [23]],
    ['He said "no. Not. Now". Then left.', [24]],
    ['"Yes!" said Tom. "No!" said Ann.', [17]],
    ['It rose (by 3%. Or more). Then fell.', [26]],
    ['Line one.\nLine two. Three.', [10, 20]],
    ['これは本です。あれはペンです。', [7]],
    ['', []],
    ['   ', []],
  ])('%j', (text, expected) => {
    expect(theirs(text)).toEqual(expected);
    expect(ours(text)).toEqual(expected);
  });

  // pieces that meet each of compromise's rules: stops of every script, CJK stops and brackets,
  // quotation marks it pairs, parentheses, abbreviations in any case, initials, ellipses, spaces
  // that are not U+0020, line breaks, letters beyond ASCII and beyond the BMP, lone surrogates,
  // and runs long enough to pass its length limits on quotations (280) and parentheses (250)
  const pieces = fc.constantFrom(
    'a', 'B', 'Z', 'é', 'Ω', '日', '😀', '𝐀', '\ud835', '\udc00', '7', '2.', '#', '-',
    ' ', ' ', ' ', '  ', '\t', '\u00a0', '\u2028', '\u3000', '\n', '\r', '\r\n',
    '.', '.', '!', '?', '…', '..', '...', '\u203D', '\u2049', '\u0964', '\u3002', '\uFF01', '\uFF1F', '\uFF61',
    '\u300C', '\u300D', '\u201C', '\u201D', '"', "'", '\u2019', '\u00AB', '\u00BB', '\u2039', '\u203A', '\uFF02',
    '(', ')', '\uFF08', '\uFF09', 'Mr.', 'mr.', 'MR.', 'U.S.', 'F.B.I.', 'W. ', 'A.', 'etc.', 'sq ft.', 'µG.',
    '\u212Am.', 'Inc.', 'Sept.', 'x'.repeat(60), 'y'.repeat(130), 'Hello world', 'the end',
  );
  const hostile = fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join(''));

  it('on generated hostile text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(ours(text), JSON.stringify(text)).toEqual(theirs(text));
      }),
      { numRuns: 20_000, seed: 15 },
    );
  });

  it('on any window of it, as sentences.ts reads a long line', () => {
    fc.assert(
      fc.property(hostile, fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        expect(ours(text, from, to), JSON.stringify([text, from, to])).toEqual(theirs(text.slice(from, to)));
      }),
      { numRuns: 5_000, seed: 16 },
    );
  });
});
