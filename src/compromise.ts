// compromise, loaded on first use: a process that only reads files and writes results (the
// main thread when workers extract) never pays its memory.
//
// Start-up: all of compromise took 0.3-0.5 s to load, for two things: its sentence splitter,
// which src/parse/splitter.ts now reproduces, and its English lexicon. Both read its data only:
// the lexicon and the splitter's abbreviations, kept as a snapshot (src/compromise-lexicon.json,
// written by scripts/compromise-lexicon.mjs), so no part of compromise loads (its first stage
// cost 15 ms of every thread's start). The world handed out holds that data where compromise's
// world has it (model.one.lexicon, model.one.abbreviations). If the installed compromise is not
// the snapshot's version, compromise's own world is loaded instead.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lazy } from './lazy.js';

interface Model { one: { lexicon: Record<string, string | string[]>; abbreviations: Record<string, true> } }
interface World { model: Model }
interface Nlp { world(): World; version: string }
interface Snapshot { version: string; lexicon: Record<string, string | string[]>; abbreviations?: string[] }

const require = createRequire(import.meta.url);
export const LEXICON_SNAPSHOT = new URL('../src/compromise-lexicon.json', import.meta.url);

/** compromise's data (see above), read on first use (see lazy.ts) and the same after. */
export const compromiseWorld: () => unknown = lazy((): World => lightWorld() ?? (require('compromise') as Nlp).world());

function lightWorld(): World | null {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(LEXICON_SNAPSHOT, 'utf8')) as Snapshot;
  } catch {
    return null;
  }
  if (snapshot.abbreviations === undefined || snapshot.version !== installedVersion()) return null;
  const abbreviations: Record<string, true> = {};
  for (const a of snapshot.abbreviations) abbreviations[a] = true;
  return { model: { one: { lexicon: snapshot.lexicon, abbreviations } } };
}

/** The installed compromise's version, read from its package.json (which it does not export) without loading it. */
export function installedVersion(): string | undefined {
  try {
    let dir = path.dirname(require.resolve('compromise/one'));
    for (let up = 0; up < 4; up++, dir = path.dirname(dir)) {
      try {
        const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'compromise') return pkg.version;
      } catch {
        // no package.json at this level
      }
    }
  } catch {
    // compromise is not installed where Node looks
  }
  return undefined;
}
