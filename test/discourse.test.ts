// Topic relevance from the discourse (src/extract/discourse.ts): a pure walk over flags, then the
// same through the extractor, where a cue in a sentence the discourse leaves off the topic is ignored.
import { describe, expect, it } from 'vitest';
import { articleOnTopic, leavesQuoteOpen, topicReasons, type DiscourseSentence } from '../src/extract/discourse.js';
import { extractArticle } from '../src/extract/article.js';
import { compileTopic } from '../src/extract/topic.js';
import { loadPack } from '../src/packs/load.js';
import { claims } from './helpers.js';

const s = (paragraph: number, named = false, continuesQuote = false, term = named, elsewhere = false): DiscourseSentence => ({ paragraph, named, term, continuesQuote, elsewhere });

describe('topicReasons', () => {
  it('keeps the paragraph of a sentence that names the topic on it', () => {
    expect(topicReasons([s(0, true), s(0), s(0)], 0)).toEqual(['named', 'paragraph', 'paragraph']);
  });

  it('carries the topic `carry` sentences into the next paragraphs, then lets it go', () => {
    expect(topicReasons([s(0, true), s(1), s(2), s(3)], 2)).toEqual(['named', 'carried', 'carried', 'off']);
  });

  it('keeps a quotation that goes on in the next sentence on the topic, however long', () => {
    expect(topicReasons([s(0, true), s(1), s(2, false, true), s(3, false, true), s(4)], 1)).toEqual(['named', 'carried', 'quotation', 'quotation', 'off']);
  });

  it('a quotation that goes on from an off-topic sentence stays off', () => {
    expect(topicReasons([s(0, true), s(1), s(2), s(3, false, true)], 0)).toEqual(['named', 'off', 'off', 'off']);
  });

  it('a headline before the first sentence that names the topic introduces it', () => {
    expect(topicReasons([s(0), s(1), s(2, true)], 1)).toEqual(['off', 'ahead', 'named']);
  });

  it('an article that never has a word of the topic is off it, even with a reference back', () => {
    const refersBack = [s(0, true, false, false), s(0)];
    expect(articleOnTopic(refersBack)).toBe(false);
    expect(topicReasons(refersBack, 5)).toEqual(['off', 'off']);
  });

  it('a sentence on another subject of the debate is off the topic, unless it has a term of it', () => {
    expect(topicReasons([s(0, true), s(0, false, false, false, true), s(0, true, false, true, true)], 3)).toEqual(['named', 'elsewhere', 'named']);
  });

  it('a new subject starts again when the topic comes back', () => {
    expect(topicReasons([s(0, true), s(1), s(2), s(3, true)], 0)).toEqual(['named', 'off', 'off', 'named']);
  });
});

describe('leavesQuoteOpen', () => {
  it.each([
    ['\u201cWe will not stop here.', true],
    ['\u201cWe will not stop here,\u201d he said.', false],
    ['"Ukraine has that right.', true],
    ['He said "no" twice.', false],
    ['No quotation at all.', false],
  ])('%s -> %s', (text, open) => expect(leavesQuoteOpen(text)).toBe(open));
});

describe('the discourse in extraction', () => {
  const topic = compileTopic(loadPack());
  const run = (text: string) => extractArticle({ id: 'a', file: 'a.txt', text }, topic);

  it('a frame counts in a sentence without a word of the topic when the paragraph is about it', () => {
    const { claims, explanations } = run('Moscow reacted to the decision to let Ukraine strike targets inside Russia with Western weapons. The foreign ministry said the West was sleepwalking into disaster.\n');
    expect(claims[1]!.onTopic).toBe(true);
    expect(explanations[1]!.map((f) => f.ruleId)).toContain('topic.paragraph');
    expect(claims[1]!.stance).toBe('oppose');
    expect(claims[1]!.rules).toContain('stance.frame.warning');
  });

  it('the same sentence in an article about something else is ignored, and --explain says why', () => {
    const { claims, explanations } = run('The river rose overnight.\n\nThe mayor said the town was sleepwalking into disaster.\n');
    expect(claims.every((c) => !c.onTopic)).toBe(true);
    expect(claims[1]!.stance).toBe('neutral');
    const ignored = explanations[1]!.flatMap((f) => (f.contribution.type === 'ignored' ? [[f.contribution.rule, f.contribution.reason, f.words]] : []));
    expect(ignored).toEqual([['stance.frame.warning', 'off topic', 'sleepwalking']]);
  });

  it('sending weapons is another subject: no cue counts, whatever the paragraph is about', () => {
    const { claims, explanations } = run('Ukraine wants to strike targets inside Russia with Western weapons. Chancellor Olaf Scholz refused to send Taurus missiles, fearing escalation.\n');
    expect(explanations[1]!.map((f) => f.ruleId)).toContain('topic.elsewhere');
    expect(claims[1]!.stance).toBe('neutral');
    const ignored = explanations[1]!.filter((f) => f.contribution.type === 'ignored');
    expect(ignored.length).toBeGreaterThan(0);
    expect(ignored.every((f) => f.contribution.type === 'ignored' && f.contribution.reason === 'another subject')).toBe(true);
  });

  it('but not when the sending is background in a relative clause', () => {
    const { claims } = run('Chancellor Olaf Scholz, who has refused to send Taurus missiles, said Ukraine may use German weapons against targets inside Russia.\n');
    expect(claims[0]!.onTopic).toBe(true);
    expect(claims[0]!.stance).toBe('support');
  });

  it('every record names the pack it was labelled against', () => {
    const { claims } = run('Ukraine may strike targets inside Russia.\n');
    expect(claims[0]!.topic).toBe('ukraine-strikes-2024');
  });
});

describe('an article with no sentence on the topic says so', () => {
  it.each(['json', 'ndjson', 'table', 'csv'])('on stderr, once an article (%s)', (format) => {
    const off = claims(['extract', 'fixtures/congestion/articles/c01_council-debate.txt', 'corpus/000_8134f3d1ee52e8fc.txt', '--format', format, '--jobs', '1']);
    expect(off.code).toBe(0);
    const notes = off.stderr.split('\n').filter((l) => l.includes('on topic'));
    expect(notes).toEqual(['claims: fixtures/congestion/articles/c01_council-debate.txt: 0 of 12 sentences on topic ukraine-strikes-2024']);
  });

  it.each([['ndjson'], ['table'], ['table', '--explain'], ['csv']])('also for the last article of a run (%s %s)', (format, ...more) => {
    const off = claims(['extract', 'corpus/000_8134f3d1ee52e8fc.txt', 'fixtures/congestion/articles/c01_council-debate.txt', '--format', format, ...more, '--jobs', '1']);
    expect(off.code).toBe(0);
    const notes = off.stderr.split('\n').filter((l) => l.includes('on topic'));
    expect(notes).toEqual(['claims: fixtures/congestion/articles/c01_council-debate.txt: 0 of 12 sentences on topic ukraine-strikes-2024']);
  });

  it('not with the pack of its own topic', () => {
    const r = claims(['extract', 'fixtures/congestion/articles/c01_council-debate.txt', '--pack', 'src/packs/congestion-charge.json', '--format', 'json']);
    expect(r.stderr).not.toContain('on topic');
  });
});
