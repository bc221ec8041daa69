// Quotations across sentences and paragraphs (src/extract/quotations.ts, quoteRegions): the
// speaker named at a quotation's end speaks its earlier sentences, a block after a colon is the
// colon's speaker's, a bare tag speaks the question before it. Written for this test.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/article.js';
import { compileTopic } from '../src/extract/topic.js';
import { quoteRegions } from '../src/extract/cues.js';
import { tokenize } from '../src/text/tokens.js';
import { loadPack } from '../src/packs/load.js';

const topic = compileTopic(loadPack());
const speakers = (text: string) => extractArticle({ id: 't', file: 't.txt', text }, topic).claims.map((c) => c.speakers.map((s) => s.name));

describe('a quotation over several paragraphs', () => {
  it('belongs to the speaker named where it closes (curly quotes)', () => {
    expect(speakers('“We will not give up.\n\n“We never have, and we will hold the line.\n\n“We will win,” Kirby said.\n'))
      .toEqual([['Kirby'], ['Kirby'], ['Kirby']]);
  });
  it('belongs to the speaker named where it closes (straight quotes)', () => {
    expect(speakers('"We will not give up.\n\n"We will win," Kirby said.\n')).toEqual([['Kirby'], ['Kirby']]);
  });
  it('belongs to the speaker named where it closes (quotes typed as two apostrophes)', () => {
    expect(speakers("''We will not give up.\n\n''We will win,'' said Kirby, a spokesman for the council.\n")).toEqual([['Kirby'], ['Kirby']]);
  });
  it('belongs to the speaker named where it closes (two apostrophes, a nested quotation closed with three)', () => {
    expect(speakers("''Drivers keep telling me, 'Scrap the toll,''' said Kirby, a spokesman for the council. ''We hear them.''\n")).toEqual([['Kirby'], ['Kirby']]);
  });
  it('keeps the speaker named at its start', () => {
    expect(speakers('Kirby said: "We will not give up.\n\n"We never have."\n')).toEqual([['Kirby'], ['Kirby']]);
  });
  it('counter-example: a closed quotation lends nothing to the paragraph before it', () => {
    expect(speakers('The talks went on for hours.\n\n"We will win," Kirby said.\n')).toEqual([[], ['Kirby']]);
  });
});

describe('a block after a colon', () => {
  it('is the colon speaker’s', () => {
    expect(speakers('Donald Trump wrote on Truth Social:\n\n“The plan is a disaster. The deal is dead.”\n')).toEqual([['Donald Trump'], ['Donald Trump']]);
  });
  it('counter-example: a colon with no speaker gives none', () => {
    expect(speakers('The plan has three parts:\n\nThe first is a tax.\n')).toEqual([[], []]);
  });
});

describe('a bare tag after a question', () => {
  it('speaks the question', () => {
    expect(speakers('“Should Ukraine just sit and watch?” Lindsey Graham asked.\n')[0]).toEqual(['Lindsey Graham']);
  });
  it('counter-example: a tag in another paragraph does not reach back', () => {
    expect(speakers('Is the plan working?\n\nLindsey Graham asked.\n')[0]).toEqual([]);
  });
});

describe('a name signed after a dash', () => {
  it('speaks the quotation', () => {
    expect(speakers('“He represents our greatest shame.” ― Sonya Herridge\n')).toEqual([['Sonya Herridge']]);
  });
});

describe('quoteRegions', () => {
  const regions = (text: string, inside = false) => quoteRegions(tokenize(text), inside);
  it('closes at the first mark of a sentence that begins inside a quotation', () => {
    expect(regions('It will fail," he said.', true)).toMatchObject({ open: false, leadingClose: true });
  });
  it('a mark that opens the sentence re-opens the quotation', () => {
    expect(regions('"And it will fail.', true).open).toBe(true);
  });
  it('a right single quote ending a word closes a single quotation', () => {
    expect(regions('Kremlin says the move means ‘escalation of tensions’.').open).toBe(false);
  });
  it('an apostrophe is no quotation', () => {
    expect(regions('The allies’ weapons and Italy‘s position.').regions).toEqual([]);
  });
});

describe('a mistyped closing mark', () => {
  it('an opening mark before punctuation closes the open quotation', () => {
    expect(quoteRegions(tokenize('They are for “defensive purposes“, he said.')).open).toBe(false);
  });
  it('counter-example: an opening mark before a word opens a quotation', () => {
    expect(quoteRegions(tokenize('He said “we will win.')).open).toBe(true);
  });
});
