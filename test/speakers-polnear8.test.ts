// The eighth PolNeAR round (session 5): classes read off the misses on PolNeAR `train`;
// examples and counter-examples written for this test.
import { describe, expect, it } from 'vitest';
import { lastSpeakers as speakersOf } from './article-claims.js';

describe('a weak verb of speech past an aside or a time phrase after its holder', () => {
  it.each([
    ['an apposition', 'Councillor Ruth Abara, the transport spokeswoman, noted the cost of the new depot.', ['Ruth Abara']],
    ['a prepositional aside', 'The Harbour Gazette, in a long look at the ferry strike, described a union divided.', ['Harbour Gazette']],
    ['a relative clause', 'Mayor Lena Ortiz, who chairs the board, defended the new parking fees.', ['Lena Ortiz']],
    ['a short aside', 'The drivers’ union, for one, noted the gap between the two offers.', ['union']],
    ['a time phrase', 'Mayor Lena Ortiz on Tuesday defended the new parking fees.', ['Lena Ortiz']],
    ['a time phrase after an aside', 'Mayor Lena Ortiz, who chairs the board, on Tuesday defended the new parking fees.', ['Lena Ortiz']],
  ])('%s', (_n, text, expected) => expect(speakersOf(text)).toEqual(expected));

  it.each([
    ['no holder before the aside', 'The new timetable, in its first week, noted the changes to the night buses.'],
    ['a thing before the time phrase', 'The report on Tuesday described the changes to the night buses.'],
    ['a thing before the aside, a name inside it', 'The plan, which Ruth Abara drew up, described the new depot.'],
    ['a place before the aside', 'In Leeds, on Tuesday, described the plan.'],
  ])('no holder: %s', (_n, text) => expect(speakersOf(text)).toEqual([]));
});

describe('a sentence opened by a subordinator: the main clause after the comma has its own holder', () => {
  it.each([
    ['two verbs of saying', 'While some drivers say the new fares are fair, others say they are too high.', ['drivers', 'others']],
    ['a body in the main clause', 'Although Mayor Ann Dale admitted that the toll was unpopular, the council has argued that it must stay.', ['Ann Dale', 'council']],
    ['two names', 'While Dale says the depot is safe, Ortiz says it must close.', ['Dale', 'Ortiz']],
  ])('%s', (_n, text, expected) => expect(speakersOf(text)).toEqual(expected));

  it.each([
    ['a pronoun in the main clause is the same holder again', 'Prime Minister Tom Hale met President Luis Soto on Monday. While the prime minister stressed that the toll was fair, he said it might change.', ['Tom Hale']],
    ['no subordinator: a cue after the comma is inside what the speaker said', 'Dale said the depot is old, residents think it is unsafe.', ['Dale']],
  ])('%s', (_n, text, expected) => expect(speakersOf(text)).toEqual(expected));
});

describe('a party, a place or a title before a name opens the sentence: the name is the opening subject', () => {
  it.each([
    ['a participle after a comma', 'Green presidential nominee Ann Dale chimed in on the radio, saying that the depot should stay open.', ['Ann Dale']],
    ['a title noun alone', 'Councillor Ruth Abara weighed in, arguing that the fares were too high.'.replace('Councillor', 'Columnist'), ['Ruth Abara']],
    ['a coordinated verb', 'Comedian Tom Hale stopped by the studio and spoke about the toll.', ['Tom Hale']],
  ])('%s', (_n, text, expected) => expect(speakersOf(text)).toEqual(expected));

  it.each([
    ['a preposition between: the group is the holder', 'Aides to Mayor Ann Dale chimed in, saying that the depot should stay open.', ['Aides']],
    ['a verb between: no one is named by it', 'Leeds drivers cheer Mayor Dale on fares, but say it stops short.', []],
    ['a pronoun opens the sentence', 'Ann Dale spoke first. Then she cut into Tom Hale, calling him a coward.', ['Ann Dale']],
  ])('%s', (_n, text, expected) => expect(speakersOf(text)).toEqual(expected));
});

describe('a contraction of "I" in a quotation is no name (I’m, I’ll, I’d, I’ve)', () => {
  it.each([
    ['I’m, curly apostrophe', '“I’m voting for anyone but the mayor,” declared Ann Berg, a nurse from Leeds.', ['Ann Berg']],
    ["I'll, straight apostrophe", '"I\'ll be voting in March," Tom Hale said.', ['Tom Hale']],
    ['I’d', 'Ruth Abara spoke last. “I’d close the depot tomorrow,” she said.', ['Ruth Abara']],
  ])('%s', (_n, text, expected) => expect(speakersOf(text)).toEqual(expected));
});

describe('a participle that opens the sentence belongs to the main clause\'s subject after the comma', () => {
  it.each([
    ['a bare participle', 'Declaring that only she can fix the depot, the mayor offered herself as the answer.', ['mayor']],
    ['after a preposition of a gerund', 'After saying he was nervous, the driver ended up in the middle of the room.', ['driver']],
    ['a title and a name after a body', 'Speaking to reporters after the vote, council press officer Tom Hale argued that the fares were fair.', ['Tom Hale']],
  ])('%s', (_n, text, expected) => expect(speakersOf(text)).toEqual(expected));

  it.each([
    ['no verb after the words after the comma', 'Speaking Welsh on the radio, English on the television.'],
    ['a list, not a subject', 'Criticizing the police, the drivers and the mayor, the paper made enemies.'],
  ])('no holder: %s', (_n, text) => expect(speakersOf(text)).toEqual([]));
});

describe('the share of those asked written with a sign, "out of", or as "those surveyed"', () => {
  it.each([
    ['a percent sign', 'The poll came out in May. On fares, 42% say the new prices are too high.', ['42%']],
    ['nine out of 10', 'The poll came out in May. Nearly nine out of 10 say the depot should stay.', ['Nearly nine out of 10']],
    ['those surveyed', 'The poll came out in May. By a wide margin, those surveyed said the toll should go.', ['those surveyed']],
    ['those polled', 'The poll came out in May. Those polled say the mayor is honest.', ['Those polled']],
    ['after "Some"', 'The poll came out in May. Some 22 percent said they would back the mayor.', ['Some 22 percent']],
  ])('%s', (_n, text, expected) => expect(speakersOf(text)).toEqual(expected));

  it.each([
    ['a result, no verb of saying after it', 'The bill passed the council, 42% to 40%.'],
    ['those asked to act', 'Those asked to leave the depot did so quietly.'],
  ])('no holder: %s', (_n, text) => expect(speakersOf(text)).toEqual([]));
});

describe('a participle of saying after a message its subject sends ("sent an email saying")', () => {
  it.each([
    ['an email', 'Mayor Ann Dale sent an email saying that the depot would stay open.', ['Ann Dale']],
    ['a tweet', 'The union posted a short tweet urging drivers to strike.', ['union']],
  ])('%s', (_n, text, expected) => expect(speakersOf(text)).toEqual(expected));

  it('no holder: a message the subject receives', () => expect(speakersOf('The council received dozens of emails saying the depot was unsafe.')).toEqual([]));
});

describe('an inverted holder: the person a title after a party or a body goes with', () => {
  it.each([
    ['a body\'s title and a name after a comma', 'The depot is losing money, said the union\'s chief executive, Ann Dale.', ['Ann Dale']],
    ['a party in capitals', '“We will win,” said GOP strategist Tom Hale.', ['Tom Hale']],
    ['a university', '“It was never meant to be,” said Leeds University professor Ruth Abara.', ['Ruth Abara']],
  ])('%s', (_n, text, expected) => expect(speakersOf(text)).toEqual(expected));

  it('the body alone when no name follows its title', () => expect(speakersOf('“We will win,” said the union\'s chief executive.')).toEqual(['union']));
});
