// Frames of argument (pack `stance.frames`), tested from each pack's own examples and
// counter-examples: each is the sentence after the pack's proposition, so the discourse keeps it
// on the topic and the frame alone decides. An example must fire the frame (denied or not) and
// take the stance it gives; a counter-example must not fire it as asserted.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/article.js';
import { compileTopic } from '../src/extract/topic.js';
import { loadPack, parsePack, PackError } from '../src/packs/load.js';

const packs = fs.readdirSync('src/packs').filter((f) => f.endsWith('.json')).sort();

describe.each(packs)('frames of %s', (file) => {
  const pack = loadPack(`src/packs/${file}`);
  const topic = compileTopic(pack);
  const second = (text: string) => {
    const { claims } = extractArticle({ id: 'f', file: 'f.txt', text: `${pack.proposition}\n\n${text}\n` }, topic);
    expect(claims).toHaveLength(2);
    return claims[1]!;
  };

  it('declares some frames, each with an example', () => {
    expect(pack.stance.frames.length).toBeGreaterThan(0);
    for (const f of pack.stance.frames) expect(f.examples.length, f.id).toBeGreaterThan(0);
  });

  const examples = pack.stance.frames.flatMap((f) => f.examples.map((text) => ({ id: f.id, text, frame: f })));
  it.each(examples)('$id fires on: $text', ({ frame, text }) => {
    const c = second(text);
    const asserted = c.rules.includes(`stance.frame.${frame.id}`);
    const denied = c.rules.includes(`stance.frame.${frame.id}.negated`);
    expect(asserted || denied, c.rules.join(' ')).toBe(true);
    expect(c.stance).toBe(asserted ? frame.stance : frame.negated);
  });

  const counter = pack.stance.frames.flatMap((f) => f.counterExamples.map((text) => ({ id: f.id, text, frame: f })));
  it.each(counter)('$id does not fire on: $text', ({ frame, text }) => {
    const c = second(text);
    expect(c.rules).not.toContain(`stance.frame.${frame.id}`);
  });
});

describe('a frame in a pack is checked', () => {
  const base = loadPack();
  const withFrame = (frame: unknown) => ({ ...base, stance: { ...base.stance, frames: [frame] } });
  const problems = (raw: unknown) => {
    try { parsePack(raw, 'p.json'); return []; } catch (e) { return (e as PackError).problems; }
  };

  it('rejects a regular expression for a phrase, naming the field', () => {
    expect(problems(withFrame({ id: 'w', label: 'w', stance: 'oppose', phrases: ['escalat(ion)?'] }))[0]).toMatch(/^stance\.frames\[0\]\.phrases\[0\]: .*not a word/);
  });

  it('rejects a stance that is not one of the four', () => {
    expect(problems(withFrame({ id: 'w', label: 'w', stance: 'against', phrases: ['war'] }))[0]).toMatch(/^stance\.frames\[0\]\.stance/);
  });

  it('gives a frame its defaults: denied says nothing, weight 2.5', () => {
    const pack = parsePack(withFrame({ id: 'w', label: 'w', stance: 'oppose', phrases: ['war'] }), 'p.json');
    expect(pack.stance.frames[0]).toMatchObject({ negated: 'neutral', weight: 2.5, examples: [], counterExamples: [] });
  });
});
