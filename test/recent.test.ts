// The identity caches that let a sentence's tokens be matched against many phrase lists once.
import { describe, expect, it } from 'vitest';
import { Recent } from '../src/text/recent.js';
import { compileTopic, matches } from '../src/extract/topic.js';
import { tokenize } from '../src/text/tokens.js';
import { loadPack } from '../src/packs/load.js';

describe('Recent', () => {
  it('finds a value by the identity of its key, not by equal contents', () => {
    const cache = new Recent<number[], string>(2);
    const a = [1];
    cache.set(a, 'a');
    expect(cache.get(a)).toBe('a');
    expect(cache.get([1])).toBeUndefined();
  });

  it('forgets the oldest key once more keys than its size were set', () => {
    const cache = new Recent<object, number>(2);
    const [a, b, c] = [{}, {}, {}];
    cache.set(a, 1);
    cache.set(b, 2);
    cache.set(c, 3);
    expect(cache.get(a)).toBeUndefined();
    expect(cache.get(b)).toBe(2);
    expect(cache.get(c)).toBe(3);
  });

  it('replaces the value of a key it holds without evicting another', () => {
    const cache = new Recent<object, number>(2);
    const [a, b] = [{}, {}];
    cache.set(a, 1);
    cache.set(b, 2);
    cache.set(a, 3);
    expect(cache.get(a)).toBe(3);
    expect(cache.get(b)).toBe(2);
  });
});

describe('phrase matches after the cache has moved on', () => {
  const topic = compileTopic(loadPack());
  const cue = topic.cues.find((c) => c.stance === 'oppose')!;
  it('a sentence matched again after many others gives the same matches', () => {
    const sentence = tokenize('Scholz warned against any escalation and said Germany would not allow strikes on Russian territory.');
    const first = [...matches(sentence, topic.relevance), ...matches(sentence, cue.phrases)].map((m) => [m.start, m.end]);
    expect(first.length).toBeGreaterThan(0);
    for (let k = 0; k < 20; k++) matches(tokenize(`Another sentence number ${k} about weapons and Russia.`), topic.relevance);
    const again = [...matches(sentence, topic.relevance), ...matches(sentence, cue.phrases)].map((m) => [m.start, m.end]);
    expect(again).toEqual(first);
  });
});
