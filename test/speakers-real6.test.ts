// Speaker classes of the sixth round on real pages (issue 16), each with examples and
// counter-examples written for this test, not taken from the pages.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/article.js';
import { compileTopic } from '../src/extract/topic.js';
import { loadPack } from '../src/packs/load.js';

const topic = compileTopic(loadPack());
const speakersOf = (...paragraphs: string[]) => {
  const claims = extractArticle({ id: 't', file: 't.txt', text: `${paragraphs.join('\n\n')}\n` }, topic).claims;
  return claims[claims.length - 1]!.speakers.map((s) => s.name);
};

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
