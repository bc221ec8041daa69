// The tokenizer: words and marks with offsets; emoji are skipped like spaces.
import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { normalizeWord, tokenize } from '../src/text/tokens.js';

describe('tokenize', () => {
  it('skips emoji, skin tones, flags and joiners between a name and its verb', () => {
    const text = 'Scholz 👍🏽 urged 🇺🇸 caution 👨‍👩‍👧.';
    expect(tokenize(text).map((t) => t.text)).toEqual(['Scholz', 'urged', 'caution', '.']);
  });

  it('keeps offsets into the text after an emoji of two UTF-16 units', () => {
    const text = 'A 😀 said';
    const said = tokenize(text).find((t) => t.lower === 'said')!;
    expect(text.slice(said.start, said.end)).toBe('said');
  });

  it('keeps letters of any script and digits', () => {
    expect(tokenize('Zelenskyy 2024 Зеленський').map((t) => t.kind)).toEqual(['word', 'word', 'word']);
  });

  it('reads two apostrophes or two backticks as one quote mark, and one apostrophe as an apostrophe', () => {
    const tokens = tokenize("''It won't pass,'' she said of ``the bill''.");
    expect(tokens.filter((t) => t.kind !== 'word').map((t) => [t.text, t.kind])).toEqual([
      ["''", 'quote'], [',', 'punct'], ["''", 'quote'], ['``', 'open-quote'], ["''", 'quote'], ['.', 'punct'],
    ]);
    expect(tokens.some((t) => t.text === "won't")).toBe(true);
  });

  it('reads three apostrophes after a word as a single quote closed, then the double quote (ASCII nested quotations)', () => {
    const tokens = tokenize("''They told me, 'Go home,''' said Ruiz. '''Tis the season.");
    expect(tokens.filter((t) => t.kind !== 'word').map((t) => [t.text, t.kind])).toEqual([
      ["''", 'quote'], [',', 'punct'], ["'", 'punct'], [',', 'punct'], ["'", 'punct'], ["''", 'quote'], ['.', 'punct'], ["''", 'quote'], ["'", 'punct'], ['.', 'punct'],
    ]);
  });

  it('reads a left single quote between letters as an apostrophe (Italy‘s), and one before a word as a quote mark', () => {
    expect(tokenize('Italy‘s view').map((t) => [t.text, t.lower])).toEqual([['Italy‘s', "italy's"], ['view', 'view']]);
    expect(tokenize('a ‘red line’').map((t) => t.kind).slice(0, 3)).toEqual(['word', 'open-quote', 'word']);
  });
});

describe('the lower case of a word', () => {
  const piece = fc.constantFrom('a', 'Z', 'q', 'US', ' ', '.', "'", '\u2019', '\u2018', '-', '&', '\u0130', '\u00df', '\u03a3', '\u0416', '\u00e9', '\u00c9', '7', '\u212a', '\u{1D400}', 'Mr', 'ſ');
  fcTest.prop([fc.array(piece, { maxLength: 30 })], { numRuns: 500 })('is normalizeWord of its text, and a capital is its first letter in upper case', (pieces) => {
    for (const t of tokenize(pieces.join(''))) {
      if (t.kind !== 'word') continue;
      expect(t.lower, t.text).toBe(normalizeWord(t.text));
      expect(t.lower, t.text).toBe(t.text.toLowerCase().replace(/[\u2018\u2019]/g, "'"));
      expect(t.cap, t.text).toBe(/^\p{Lu}/u.test(t.text));
    }
  });
});
