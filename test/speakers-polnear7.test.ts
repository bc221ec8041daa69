// The seventh PolNeAR round (issue 16): verbs of saying the cue lexicon lacked, read off the
// misses on PolNeAR `train`; examples and counter-examples written for this test.
import { describe, expect, it } from 'vitest';
import { lastSpeakers as speakersOf } from './article-claims.js';

describe('"feel" with what is felt after it (weak, complement)', () => {
  it('a that-clause', () => expect(speakersOf('Many bus drivers feel that the new rota is unsafe.')).toEqual(['bus drivers']));
  it('no holder: a plain object', () => expect(speakersOf('The drivers felt the cold on the night shift.')).toEqual([]));
});

describe('"retweet" right after its holder (weak, holder-speech)', () => {
  it('a person retweeting a post', () => expect(speakersOf('Councillor Mara Ortega retweeted a post mocking the new fares.')).toEqual(['Mara Ortega']));
  it('no holder: a post retweeted by others', () => expect(speakersOf('The post was retweeted thousands of times by Friday.')).toEqual([]));
});

describe('"tout" and "deem" right after their holder (weak, holder-speech)', () => {
  it.each([
    ['tout', 'Mayor Ines Varga touted the new tram line as a model for the region.', ['Ines Varga']],
    ['deem', 'The inspectors deemed the bridge unsafe for heavy lorries.', ['inspectors']],
  ])('%s', (_n, text, expected) => expect(speakersOf(text)).toEqual(expected));

  it('no holder: a passive', () => expect(speakersOf('The ticket was deemed invalid at the gate.')).toEqual([]));
});

describe('"know" with what is known after it (weak, complement)', () => {
  it.each([
    ['a that-clause', 'Most landlords know that the rules will change next year.', ['landlords']],
    ['past tense, knew that', 'Okafor knew that the scheme would collapse within a month.', ['Okafor']],
  ])('%s', (_n, text, expected) => expect(speakersOf(text)).toEqual(expected));

  it.each([
    ['a plain object', 'She knows the city well after twenty years on the buses.'],
    ['a thing known by heart', 'The drivers knew the route by heart.'],
    ['a clause without that (too common to count)', 'Okafor knew the scheme would collapse within a month.'],
  ])('no holder: %s', (_n, text) => expect(speakersOf(text)).toEqual([]));
});
