// The WordNet cue lexicon (src/extract/lexicon/cues.json, written by scripts/build-cue-lexicon.mjs)
// and the cues it adds: the file keeps WordNet's licence, its forms are well spelled, and its
// verbs and phrases make speakers in sentences while the same words elsewhere do not.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/article.js';
import { compileTopic } from '../src/extract/topic.js';
import { loadPack } from '../src/packs/load.js';

const topic = compileTopic(loadPack());
const claimsOf = (text: string) => extractArticle({ id: 't', file: 't.txt', text: `${text}\n` }, topic).claims;

const file = JSON.parse(fs.readFileSync(new URL('../src/extract/lexicon/cues.json', import.meta.url), 'utf8'));

describe('cues.json', () => {
  it('carries the WordNet licence notice and how it was made', () => {
    expect(file.$notice).toContain('WordNet 3.0 Copyright 2006 by Princeton University');
    expect(file.$generated).toContain('scripts/build-cue-lexicon.mjs');
  });

  it('lists each verb once, with forms that are words', () => {
    const bases = file.verbs.map((v: { base: string }) => v.base);
    expect(new Set(bases).size).toBe(bases.length);
    for (const v of file.verbs) for (const f of Object.values(v.forms).flat()) expect(f).toMatch(/^[a-z][a-z'-]*$/);
  });

  it('keeps only verbs above its threshold', () => {
    for (const v of file.verbs) expect(v.precision).toBeGreaterThanOrEqual(file.threshold);
  });

  it('keeps a verb after a holder at its own threshold, and below the main one only when seen often', () => {
    expect(file.holderThreshold).toBeLessThanOrEqual(file.threshold);
    for (const v of file.holderVerbs) {
      expect(v.precision).toBeGreaterThanOrEqual(file.holderThreshold);
      if (v.precision < file.threshold) expect(v.seen).toBeGreaterThanOrEqual(file.minForm);
    }
  });
});

const speakersOf = (text: string) => claimsOf(text)[0]!.speakers.map((s) => s.name);

describe('cues from the lexicon', () => {
  it.each([
    ['a WordNet verb', 'Senator Lindsey Graham lamented the decision.', ['Lindsey Graham']],
    ['a WordNet verb, British spelling', 'Defence Minister John Healey signalled a shift.', ['John Healey']],
    ['a doubled consonant', 'President Joe Biden permitted Ukraine to strike.', ['Joe Biden']],
    ['a light verb', 'Governor Jerry Brown made it clear that the plan was dead.', ['Jerry Brown']],
    ['a statement issued', 'Senator Ted Cruz issued a statement on Friday.', ['Ted Cruz']],
    ['referred to X as', 'Donald Trump referred to the plan as a disaster.', ['Donald Trump']],
    ['as X noted', 'As Mitch McConnell noted in May, the bill failed.', ['Mitch McConnell']],
    ['X noted, in a parenthesis', 'The plan, Mitch McConnell noted, is dead.', ['Mitch McConnell']],
    ['X asked.', 'Senator Lindsey Graham asked.', ['Lindsey Graham']],
    ['a verb after a holder at the holder threshold', 'Senator Lindsey Graham suspected a trap.', ['Lindsey Graham']],
    ['another, after a title and a name', 'Governor Jerry Brown compared the plan to a tax hike.', ['Jerry Brown']],
  ])('%s', (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  it.each([
    ['a weak verb with a plain object, not of speech', 'The choir repeated the anthem twice.'],
    ['a weak verb of speech with no holder before it', 'The change noted in May has faded.'],
    ['a light verb without its phrase', 'Jerry Brown made a sandwich.'],
    ['a statement verb with another object', 'Ted Cruz issued a parking permit.'],
    ['a holder verb after a thing, not a holder', 'The old bridge compared poorly with the new one.'],
    ['a motion verb after a holder', 'Senator Lindsey Graham went to Iowa on Friday.'],
  ])('no speaker: %s', (_name, text) => {
    expect(speakersOf(text)).toEqual([]);
  });
});

describe('verdict phrases ("described X as")', () => {
  it('a verdict on what someone said makes a speaker', () => {
    expect(speakersOf('Kremlin spokesman Dmitry Peskov described the proposal as reckless.')).toContain('Dmitry Peskov');
  });
  it('counter-example: "described" with no holder before it is no cue', () => {
    expect(speakersOf('The weather described in the report was mild.')).toEqual([]);
  });
});

describe('verdicts and views on an object (weak verbs "call", "see")', () => {
  it.each([
    ['called X a …', 'Ann Moreau called him a reckless gambler.', ['Ann Moreau']],
    ['sees X as …', 'Mayor Ann Moreau sees the depot as a lifeline for the valley.', ['Ann Moreau']],
  ])('%s', (_n, text, expected) => expect(speakersOf(text)).toEqual(expected));
  it.each([
    ['a phone call', 'Ann Moreau called Tom Dunmore on Tuesday to discuss the plan.'],
    ['calling a meeting', 'Ann Moreau called a meeting of the council.'],
    ['seeing a film', 'Ann Moreau saw a film in Leeds.'],
  ])('counter-example: %s', (_n, text) => expect(speakersOf(text)).toEqual([]));
});
