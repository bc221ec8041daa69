// The vocabulary files: strict schemas (an unknown key or role is an error), no word twice.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/extract/lexicon.js';
import { parseWords, wordsWithRole } from '../src/extract/words.js';

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
