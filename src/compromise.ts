// compromise, loaded on first use: a process that only reads files and writes results (the
// main thread when workers extract) never pays its memory.
//
// Start-up: all of compromise took 0.3-0.5 s to load, for two things: its sentence splitter,
// which is in its small first stage (compromise/one), and its English lexicon, which we keep as a
// snapshot (src/compromise-lexicon.json, written by scripts/compromise-lexicon.mjs). The world
// handed out is compromise/one's with the full lexicon, as the full build's would have it. If the
// installed compromise is not the snapshot's version, the full build is loaded instead.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { lazy } from './lazy.js';

interface Model { one: Record<string, unknown> & { lexicon: Record<string, string | string[]> } }
interface World { model: Model; [key: string]: unknown }
interface Nlp { world(): World; version: string }

const require = createRequire(import.meta.url);
export const LEXICON_SNAPSHOT = new URL('../src/compromise-lexicon.json', import.meta.url);

/** compromise's world, made on first use (see lazy.ts) and the same after. */
export const compromiseWorld: () => unknown = lazy((): World => lightWorld() ?? (require('compromise') as Nlp).world());

function lightWorld(): World | null {
  const one = require('compromise/one') as Nlp;
  let snapshot: { version: string; lexicon: Record<string, string | string[]> };
  try {
    snapshot = JSON.parse(readFileSync(LEXICON_SNAPSHOT, 'utf8')) as typeof snapshot;
  } catch {
    return null;
  }
  if (snapshot.version !== one.version) return null;
  const w = one.world();
  return { ...w, model: { ...w.model, one: { ...w.model.one, lexicon: snapshot.lexicon } } };
}
