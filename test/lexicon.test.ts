// The vocabulary files: strict schemas (an unknown key or role is an error), no word twice.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/extract/lexicon.js';
import { parseAttribution } from '../src/extract/lexicon-schema.js';
import { wordsWithRole } from '../src/extract/words.js';
import { parseWords } from '../src/extract/words-schema.js';

const WORDS = fs.readFileSync('src/extract/lexicon/words.json', 'utf8');

describe('lexicon/words.json', () => {
  it('loads: one entry per word with its roles', () => {
    expect(wordsWithRole('aux').has('has')).toBe(true);
    expect(wordsWithRole('be').has('has')).toBe(false);
    // one word, several roles
    expect(wordsWithRole('aux').has('is') && wordsWithRole('be').has('is')).toBe(true);
  });

  it('a word listed twice is an error', () => {
    const twice = WORDS.replace('"words": {', '"words": {\n    "has": ["aux"],');
    expect(() => parseWords(twice)).toThrow(/"has" is listed twice/);
  });

  it('an unknown role or key is an error', () => {
    expect(() => parseWords('{"$comment": "", "words": {"has": ["auxiliary"]}}')).toThrow();
    expect(() => parseWords('{"$comment": "", "words": {}, "extra": 1}')).toThrow();
  });

  it('a word is a Set member, never an Object.prototype key', () => {
    expect(wordsWithRole('aux').has('constructor')).toBe(false);
  });
});

const ATTRIBUTION = fs.readFileSync('src/extract/lexicon/attribution.json', 'utf8');

describe('lexicon/attribution.json', () => {
  it('loads: one entry per word with its roles', () => {
    const lex = lexicon();
    // "say": a speech verb whose clause is what was said, and that only passes it on
    expect(lex.verbs.get('says')).toEqual({ base: 'say', cls: 'speech', weak: false, form: 's' });
    expect(lex.complementVerbs.has('say') && lex.reportingVerbs.has('say')).toBe(true);
    expect(lex.verbs.get('supported')?.cls).toBe('position');
    expect(lex.weakObjects.has('support') && !lex.positionNouns.has('supported')).toBe(true);
  });

  it('a word listed twice is an error, in any of its maps', () => {
    expect(() => parseAttribution(ATTRIBUTION.replace('"words": {', '"words": {\n    "say": ["speech"],'))).toThrow(/attribution\.json: "say" is listed twice/);
    expect(() => parseAttribution(ATTRIBUTION.replace('"irregular": {', '"irregular": {\n    "say": ["said"],'))).toThrow(/"say" is listed twice/);
  });

  it('a list of words holds words: not an empty string, a number or an object', () => {
    const file = (said: unknown) => JSON.stringify({ $comment: '', words: { say: ['speech'] }, irregular: { say: said }, pronouns: {} });
    expect(() => parseAttribution(file(['said', '']))).toThrow(/attribution\.json: irregular\.say\.1: expected a word/);
    expect(() => parseAttribution(file([7]))).toThrow(/irregular\.say\.0: expected a word/);
    expect(() => parseAttribution(file('said'))).toThrow(/irregular\.say: expected a list of words/);
    expect(parseAttribution(file(['said'])).irregular.say).toEqual(['said']);
  });

  it('an unknown key or role is an error', () => {
    expect(() => parseAttribution('{"$comment": "", "words": {"say": ["speaking"]}, "irregular": {}, "pronouns": {}}')).toThrow(/attribution\.json: words\.say/);
    expect(() => parseAttribution('{"$comment": "", "words": {}, "irregular": {}, "pronouns": {}, "speech": []}')).toThrow(/attribution\.json/);
  });

  it('a verb has one class, and what qualifies a verb needs a class', () => {
    const file = (words: object, irregular: object = {}) => JSON.stringify({ $comment: '', words, irregular, pronouns: {} });
    expect(() => parseAttribution(file({ refuse: ['speech', 'position'] }))).toThrow(/"refuse" is both a speech and a position verb/);
    expect(() => parseAttribution(file({ seek: ['weak'] }))).toThrow(/"seek" is weak but neither speech nor position/);
    expect(() => parseAttribution(file({ say: ['speech'] }, { refer: ['referred'] }))).toThrow(/irregular "refer"/);
    // a reporting verb may stand alone: a WordNet cue's base
    expect(parseAttribution(file({ report: ['reporting'] })).words.report).toEqual(['reporting']);
  });
});

describe('lexicon/attribution.json and entities.json', () => {
  it('load under strict schemas with no word twice', () => {
    const lex = lexicon();
    expect(lex.verbs.get('said')?.base).toBe('say');
    for (const name of ['attribution', 'entities']) {
      const data = JSON.parse(fs.readFileSync(`src/extract/lexicon/${name}.json`, 'utf8')) as Record<string, unknown>;
      for (const [key, value] of Object.entries(data)) {
        if (Array.isArray(value)) expect(new Set(value).size, `${name}.${key}`).toBe(value.length);
      }
    }
  });
});
