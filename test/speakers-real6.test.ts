// Speaker classes of the sixth round on real pages (issue 16), each with examples and
// counter-examples written for this test, not taken from the pages.
import { describe, expect, it } from 'vitest';
import { lastSpeakers as speakersOf } from './article-claims.js';

describe('a light verb with a statement as its object (weak verbs, weak-object nouns)', () => {
  it.each([
    ['sent a note', 'Hungary sent a note to the European Commission over the tariffs.', ['Hungary']],
    ['sent a letter', 'Forty senators sent a letter to the agency on Tuesday.', ['senators']],
    ['made comments', 'Mayor Lena Ortiz made her sharpest comments yet on the budget.', ['Lena Ortiz']],
    ['made a statement', 'The union made a statement after the vote.', ['union']],
    ['an adverb of time between the holder and its verb', 'Poland earlier sent a message to Berlin about the pipeline.', ['Poland']],
  ])('%s', (_n, text, expected) => expect(speakersOf(text)).toEqual(expected));

  it.each([
    ['sent troops', 'Hungary sent troops to the border on Tuesday.'],
    ['sent money', 'The union earlier sent money to the strikers.'],
    ['made landfall: no statement', 'The storm made landfall near the port.'],
  ])('no holder: %s', (_n, text) => expect(speakersOf(text)).toEqual([]));
});

describe('"they" after two persons named together who hold nothing there', () => {
  it('is the pair, the last one named', () => {
    expect(speakersOf('The storm coincided with Governor Ada Pike and Senator Tom Reyes\'s talks in Albany.', 'They weighed whether to close the bridge.')).toEqual(['Ada Pike', 'Tom Reyes']);
  });

  it('for the next sentence only', () => {
    expect(speakersOf('The storm coincided with Governor Ada Pike and Senator Tom Reyes\'s talks in Albany.', 'Mayor Lena Ortiz said the roads were closed.', 'They urged drivers to stay home.')).not.toContain('Ada Pike');
  });

  it('a pair of holders named later comes first', () => {
    expect(speakersOf('The storm coincided with Governor Ada Pike and Senator Tom Reyes\'s talks in Albany.', 'Mayor Lena Ortiz and Sheriff Sam Wu said the roads were closed.', 'They urged drivers to stay home.')).toEqual(['Lena Ortiz', 'Sheriff Sam Wu']);
  });
});

describe('verbs of saying the lexicon lacked', () => {
  it.each([
    ['stipulate in a relative', 'The plan puts Poland in a tougher spot than Austria, which stipulates that the weapons stay home.', ['Austria']],
    ['attribute in the passive, with its agent', 'The delay was attributed by city officials to a lack of staff.', ['city officials']],
  ])('%s', (_n, text, expected) => expect(speakersOf(text)).toEqual(expected));

  it('a quotation attributed to someone, with no agent, has no holder from the verb', () => {
    expect(speakersOf('The line, attributed to a poet, hangs over the door.')).toEqual([]);
  });
});

describe('a plural pronoun after a quotation', () => {
  it('is not a noun of the words quoted', () => {
    expect(speakersOf('The senators met on Monday.', '"Training twelve pilots is not enough," they stated.')).not.toContain('pilots');
  });

  it('still takes a plural holder before it outside the quotation', () => {
    expect(speakersOf('While hawkish senators applauded the vote, they criticized the delay.')).toEqual(['senators']);
  });
});

describe('a named person whose words a speaker reports', () => {
  it('is not the reporter again', () => {
    expect(speakersOf('Mayor Ruth Alder said that Alder had said it before.')).toEqual(['Ruth Alder']);
  });
});
