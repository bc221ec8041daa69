// Speaker classes from real pages, third round (issue 16): each with examples and
// counter-examples written for this test, never sentences of the measured sets. Classes the
// registry's examples cannot state (a holder that must not be found next to one that must).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/article.js';
import { defaultTopic as topic, lastSpeakers as speakersOf } from './article-claims.js';

describe('a list of holders goes back over "and" and "as well as", not over a clause\'s "as"', () => {
  it('"as" after an apposition begins a clause: its subject is no list member', () => {
    expect(speakersOf("The offer came from Lena Varga, deputy chair of Hungary's Security Council, as Germany and France discussed granting Poland a loan."))
      .toEqual(['Germany', 'France']);
  });
  it('"as well as" joins holders like "and"', () => {
    expect(speakersOf('Sweden as well as Norway opposed the tariffs.')).toEqual(['Sweden', 'Norway']);
  });
});

describe('"the head of the X government" is the leader the article names with that nationality', () => {
  it('the chancellor, not the country', () => {
    expect(speakersOf('Austrian Chancellor Ada Brandt opened the fair in Vienna.', 'The head of the Austrian government noted the cost of the new rail line.'))
      .toEqual(['Ada Brandt']);
  });
  it('counter-example: with no leader of that nationality named, the government', () => {
    expect(speakersOf('Austrian Chancellor Ada Brandt opened the fair in Vienna.', 'The head of the Czech government noted the cost of the new rail line.'))
      .not.toContain('Ada Brandt');
  });
});

describe('a plural pronoun takes a plural holder named before it in its own sentence', () => {
  it('"While X did A, they did B": X', () => {
    expect(speakersOf('Mayor Ada Ruiz and Governor Nils Lindqvist said the deal was fair.', 'While local farmers praised the deal, they criticized the council for the delay.'))
      .toEqual(['local farmers']);
  });
  it('counter-example: the object of a preposition is no antecedent', () => {
    expect(speakersOf('Mayor Ada Ruiz and Governor Nils Lindqvist said the deal was fair.', 'After a meeting with local farmers, they criticized the council for the delay.'))
      .toEqual(['Ada Ruiz', 'Nils Lindqvist']);
  });
});

describe('"the officials" point back to the unnamed source named before, not to two persons', () => {
  const before = ['Mayor Ada Ruiz and Governor Nils Lindqvist said the deal was fair.', 'Two city officials, speaking on condition of anonymity, said the vote would wait.'];
  it('"the officials": the source', () => {
    expect(speakersOf(...before, 'The officials said the council would meet on Friday.')).toEqual(['city officials']);
  });
  it('counter-example: "these officials" after a pair named as holders are the pair', () => {
    expect(speakersOf('Mayor Ada Ruiz and Governor Nils Lindqvist said the deal was fair.', 'These officials said the council would meet on Friday.'))
      .toEqual(['Ada Ruiz', 'Nils Lindqvist']);
  });
});

describe('a headline lists holders with commas and no "and"', () => {
  const prose = 'Mayor Ada Okafor, Governor Nils Lindqvist and Senator Mara Quist said on Monday that the port deal should go ahead.';
  it('three names', () => {
    const claims = extractArticle({ id: 't', file: 't.txt', text: `Okafor, Lindqvist, Quist back port deal\n\n${prose}\n` }, topic).claims;
    expect(claims[0]!.speakers.map((s) => s.name)).toEqual(['Ada Okafor', 'Nils Lindqvist', 'Mara Quist']);
  });
  it('counter-example: a word that names no one before the comma', () => {
    const claims = extractArticle({ id: 't', file: 't.txt', text: `Finally, Quist backs port deal\n\n${prose}\n` }, topic).claims;
    expect(claims[0]!.speakers.map((s) => s.name)).toEqual(['Mara Quist']);
  });
});

describe('a verb\'s object before the infinitive of a cue is asked or wanted to act, not a holder', () => {
  it('"convince them to back": no holder', () => {
    expect(speakersOf('Mayor Ada Ruiz and Governor Nils Lindqvist said the deal was unfair.', 'Do you believe anything would convince them to back the plan at last?')).toEqual([]);
  });
  it('"urged X to allow": the one who urges', () => {
    expect(speakersOf('Mayor Ada Ruiz urged the council to approve the budget.')).toEqual(['Ada Ruiz']);
  });
  it('counter-example: a causative verb\'s object does act ("prompted officials to consider")', () => {
    expect(speakersOf('The flooding has prompted city officials to consider new levees.')).toEqual(['city officials']);
  });
});

describe('a name that modifies a plural noun of things is no holder', () => {
  it('"backed by Sweden and Norway flags": no passive agent', () => {
    expect(speakersOf('Behind a long table, backed by Sweden and Norway flags, the two delegations ate lunch.')).toEqual([]);
  });
  it('counter-example: "backed by Sweden and Norway" is a list of agents', () => {
    expect(speakersOf('The plan, backed by Sweden and Norway, was approved.')).toContain('Sweden');
  });
});
