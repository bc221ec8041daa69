// A topic pack at the bounds of src/packs/bounds.ts, built to be as slow as a pack may be: the
// default pack with every phrase budget it has left spent on phrases that every word starts
// (26 one-letter prefixes a step), run through their gaps and steps, and end in "the". The phrase
// index tries a phrase only at a word where each of its other steps matches some word of the
// sentence, so a last step that no text holds (the "zzzq" this pack once ended in) skips every
// hostile phrase; "the", in nearly every sentence, has each one tried from every word.
// `node scripts/worst-pack.mjs > worst.json`; used by scripts/bench.mjs.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const { PACK_BOUNDS, phraseCost, packPhrases } = await import(`${root}dist/packs/bounds.js`);
const { loadPack } = await import(`${root}dist/packs/load.js`);

export function worstPack() {
  const pack = loadPack();
  const any = 'abcdefghijklmnopqrstuvwxyz'.split('').map((c) => `${c}*`).join('|');
  // every word matches `any`; the gaps multiply the paths; `the` is in nearly every sentence
  const shapes = [
    [any, '~8', any, any, any, any, '~8', any, any, any, any, 'the'],
    [any, '~8', any, any, any, 'the'],
    [any, any, any, 'the'],
    [any, 'the'],
  ].map((s) => s.join(' '));
  let left = PACK_BOUNDS.cost - packPhrases(pack).reduce((sum, p) => sum + phraseCost(p), 0);
  let count = PACK_BOUNDS.phrases - packPhrases(pack).length;
  const hostile = [];
  for (const shape of shapes) {
    while (count > 0 && phraseCost(shape) <= left) { hostile.push(shape); left -= phraseCost(shape); count--; }
  }
  pack.id = 'worst-case';
  pack.relevance.terms = [...pack.relevance.terms, ...hostile];
  return pack;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(`${JSON.stringify(worstPack(), null, 2)}\n`);
