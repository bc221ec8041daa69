// Invisible differences do not change the claims (issue 14.6): the rules read a normalised view
// (NFC, no soft hyphens or zero-width characters, runs of spaces as one) while records index the
// source text.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { normalizedView } from '../src/parse/normalize.js';
import { parseViewParts } from '../src/parse/article.js';
import { extractArticle } from '../src/extract/article.js';
import { compileTopic } from '../src/extract/topic.js';
import { loadPack } from '../src/packs/load.js';
import type { Claim } from '../src/schema.js';
import { ROOT } from './helpers.js';

const topic = compileTopic(loadPack());
const claimsOf = (text: string) => extractArticle({ id: 'a', file: 'a.txt', text }, topic).claims;
/** A claim without what depends on the source's bytes. */
const analysed = ({ start: _s, end: _e, text: _t, ...rest }: Claim) => rest;

/** The invisible variants of a text, each of which must give the claims of the text itself. */
const VARIANTS: Record<string, (t: string) => string> = {
  nfd: (t) => t.normalize('NFD'),
  'soft hyphens inside words': (t) => t.replace(/(\p{L}{2})(?=\p{L}{2})/gu, '$1\u00ad'),
  'a zero-width space after each space': (t) => t.replace(/ /g, ' \u200b'),
  'doubled spaces': (t) => t.replace(/ /g, '  '),
  'two spaces after a full stop': (t) => t.replace(/\. /g, '.  '),
  'word joiners and a tab': (t) => t.replace(/ (\p{Lu})/gu, '\t\u2060$1'),
  'all of them': (t) => t.normalize('NFD').replace(/(\p{L}{2})(?=\p{L}{2})/gu, '$1\u00ad').replace(/ /g, '  \u200b'),
};

function expectSameClaims(plain: string, variant: string): void {
  const want = claimsOf(plain);
  const got = claimsOf(variant);
  expect(got.map(analysed)).toEqual(want.map(analysed));
  for (const c of got) expect(variant.slice(c.start, c.end)).toBe(c.text);
}

describe('normalizedView', () => {
  it('leaves plain ASCII text alone, and maps offsets one to one', () => {
    const v = normalizedView('Blinken said so.\n\nHe left.');
    expect(v.changed).toBe(false);
    expect(v.sourceStart(5)).toBe(5);
    expect(v.sourceEnd(5)).toBe(5);
  });

  it('composes, removes and collapses, mapping starts and ends back to the source', () => {
    const source = 'Inese Vi\u0304tola  said\u00ad \u200bno.\tYes.';
    const v = normalizedView(source);
    expect(v.text).toBe('Inese Vītola said no.\tYes.');
    const at = (word: string) => v.text.indexOf(word);
    const back = (word: string) => source.slice(v.sourceStart(at(word)), v.sourceEnd(at(word) + word.length));
    expect(back('Vītola')).toBe('Vi\u0304tola');
    expect(back('said')).toBe('said'); // the soft hyphen after it stays out
    expect(back('no.')).toBe('no.'); // the zero-width space before it stays out
    expect(back('Inese Vītola said no.')).toBe('Inese Vi\u0304tola  said\u00ad \u200bno.');
    expect(back('Yes.')).toBe('Yes.'); // one tab is one space: kept as it is
  });

  it('keeps line breaks, so lines and paragraphs are the source\'s', () => {
    expect(normalizedView('a  \n\n  b\r\nc').text).toBe('a \n\n b\r\nc');
  });

  const piece = fc.constantFrom('Vītola', 'Müller', 'Zelenskyy', 'said', '.', ' ', '  ', '\u00ad', '\u200b', 'e\u0301', '\u0301', '\u00a0', '\t', '\n', 'a', '\ud83d\ude00', '\u1100\u1161', '\u212b');
  fcTest.prop([fc.array(piece, { maxLength: 40 })], { numRuns: 300 })('every span between non-space characters maps back to a source span that normalises to it', (pieces) => {
    const source = pieces.join('');
    const v = normalizedView(source);
    let last = 0;
    for (let i = 0; i <= v.text.length; i++) {
      if (i < v.text.length) expect(v.sourceStart(i)).toBeGreaterThanOrEqual(0);
      if (i < v.text.length) expect(v.sourceStart(i)).toBeLessThan(source.length);
      expect(v.sourceEnd(i)).toBeGreaterThanOrEqual(last);
      last = v.sourceEnd(i);
    }
    expect(last).toBeLessThanOrEqual(source.length);
    const words = [...v.text.matchAll(/\S+(?: \S+)*/g)];
    for (const w of words) {
      const back = source.slice(v.sourceStart(w.index), v.sourceEnd(w.index + w[0].length));
      expect(normalizedView(back).text).toBe(w[0]);
    }
  });
});

describe('invisible differences give the same claims', () => {
  const corpus = fs.readdirSync(path.join(ROOT, 'corpus')).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => fs.readFileSync(path.join(ROOT, 'corpus', f), 'utf8'));

  for (const [name, variant] of Object.entries(VARIANTS)) {
    it(`${name}: every corpus article`, () => {
      for (const text of corpus) expectSameClaims(text, variant(text));
    });
  }

  it('"Inese Vītola" in NFD is still Inese Vītola', () => {
    const text = 'Latvian Foreign Minister Inese Vītola said Ukraine must be allowed to strike military targets in Russia.';
    const [c] = claimsOf(text.normalize('NFD'));
    expect(c!.speakers.map((s) => s.name)).toEqual(['Inese Vītola']);
    expect(c!.text).toBe(text.normalize('NFD'));
  });

  // news-like text, NFC, one space between words
  const WORDS = ['Blinken', 'said', 'says', 'told', 'reporters', '"', '\u201c', '\u201d', 'Ukraine', 'Russia', 'strikes', 'long-range',
    'missiles', 'not', 'only', 'inside', 'territory', 'Mr.', 'U.S.', 'officials', 'Reuters', ',', '.', 'Vītola', 'Inese', 'Müller',
    'Zelenskyy', 'Kuleba', 'Đoković', 'allowed', 'ban', 'lift', 'restrictions', 'Kyiv', 'Biden', 'According', 'to', 'He', '\n', '\n\n'];
  const news = fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((ws) => ws.join(' '));
  const variant = fc.constantFrom(...Object.keys(VARIANTS));

  fcTest.prop([news, variant], { numRuns: 200 })('property: each variant of a text reads as the text and gives its claims', (plain, name) => {
    const v = VARIANTS[name]!(plain);
    expect(normalizedView(v).text).toBe(normalizedView(plain).text);
    expectSameClaims(plain, v);
  });

  it('sentences of the view keep source offsets and the source text', () => {
    const source = 'Blinken  said\u00ad no.  He left.';
    const [part] = [...parseViewParts(source, 100)];
    expect(part!.sentences.map((s) => [s.text, s.source, source.slice(s.start, s.end)])).toEqual([
      ['Blinken said no.', 'Blinken  said\u00ad no.', 'Blinken  said\u00ad no.'],
      ['He left.', 'He left.', 'He left.'],
    ]);
    const first = part!.sentences[0]!;
    // "said" in the view's text, back in the source
    expect(first.sourceSpan(8, 12)).toEqual({ start: 9, end: 13 });
  });
});

describe('findings index the source where the rules read a normalised view', () => {
  it('every finding of every variant of the corpus is words === source.slice(start, end)', () => {
    const dir = path.join(ROOT, 'corpus');
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).slice(0, 2)) {
      const plain = fs.readFileSync(path.join(dir, name), 'utf8');
      for (const [variant, make] of Object.entries(VARIANTS)) {
        const text = make(plain);
        const { explanations } = extractArticle({ id: 'a', file: 'a.txt', text }, topic);
        const findings = explanations.flat();
        expect(findings.length, `${name} ${variant}`).toBeGreaterThan(0);
        for (const f of findings) expect(text.slice(f.start, f.end), `${name} ${variant} ${f.ruleId}`).toBe(f.words);
      }
    }
  });
});
