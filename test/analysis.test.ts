// The per-sentence analysis: rules read at most MAX_RULE_TOKENS tokens of a sentence, and the
// sentence is still reported whole.
import { describe, expect, it } from 'vitest';
import { MAX_RULE_TOKENS } from '../src/extract/analysis.js';
import { extractArticle } from '../src/extract/article.js';
import { compileTopic } from '../src/extract/topic.js';
import { loadPack } from '../src/packs/load.js';

const topic = compileTopic(loadPack());

describe('a sentence past the cap on the words rules read', () => {
  it('"Biden said " many times over on one line is one record, whole, with its speaker', () => {
    const text = 'Biden said '.repeat(MAX_RULE_TOKENS * 20);
    const { claims, explanations } = extractArticle({ id: 'long', file: 'long.txt', text }, topic);
    expect(claims).toHaveLength(1);
    const c = claims[0]!;
    expect(c.text).toBe(text.trim());
    expect(c.end - c.start).toBe(text.trim().length);
    expect(c.speakers.map((s) => s.name)).toEqual(['Biden']);
    expect(c.rules).toEqual(['speaker.subject']);
    // findings lie within the words the rules read
    for (const f of explanations[0]!) expect(f.end).toBeLessThan(text.length / 10);
  });

  it('a cue past the cap is not read, one before it is', () => {
    const filler = 'and more '.repeat(MAX_RULE_TOKENS);
    const early = extractArticle({ id: 'a', file: 'a.txt', text: `Scholz urged caution ${filler}` }, topic).claims[0]!;
    const late = extractArticle({ id: 'b', file: 'b.txt', text: `${filler} Scholz urged caution` }, topic).claims[0]!;
    expect(early.speakers.map((s) => s.name)).toEqual(['Scholz']);
    expect(late.speakers).toEqual([]);
    expect(late.text.endsWith('Scholz urged caution')).toBe(true);
  });
});
