// The start-up shortcut in src/compromise.ts must hand out what the full compromise would: its
// snapshot of the lexicon and of the abbreviations is the installed compromise's. (Its sentence
// splitter is reproduced in src/parse/splitter.ts, held to compromise's by test/splitter.test.ts.)
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { compromiseWorld, installedVersion, LEXICON_SNAPSHOT } from '../src/compromise.js';
import { ROOT } from './helpers.js';

const require = createRequire(import.meta.url);
interface World { model: { one: { lexicon: Record<string, unknown>; abbreviations: Record<string, unknown> } } }
const full = require('compromise') as { version: string; world(): World };

describe('compromise, loaded light', () => {
  it('the lexicon snapshot is the installed compromise\'s (after an upgrade: node scripts/compromise-lexicon.mjs)', () => {
    const snapshot = JSON.parse(fs.readFileSync(LEXICON_SNAPSHOT, 'utf8')) as { version: string; lexicon: unknown };
    expect(snapshot.version).toBe(full.version);
    expect(snapshot.lexicon).toEqual(full.world().model.one.lexicon);
  });

  it("holds compromise's abbreviations too, which src/parse/splitter.ts reads, and loads no part of compromise", () => {
    const snapshot = JSON.parse(fs.readFileSync(LEXICON_SNAPSHOT, 'utf8')) as { abbreviations: string[] };
    const theirs = Object.keys(full.world().model.one.abbreviations);
    expect(snapshot.abbreviations).toEqual(theirs);
    expect(installedVersion()).toBe(full.version);
    const light = compromiseWorld() as World;
    expect(light.model.one.lexicon).toEqual(full.world().model.one.lexicon);
    expect(Object.keys(light.model.one.abbreviations)).toEqual(theirs);
    // the world handed out is the snapshot's, not compromise's own (which has its methods)
    expect(light).not.toHaveProperty('methods');
  });

  it('loads none of compromise\'s modules when the snapshot is current (dist/, built by pretest)', () => {
    const script = `import(${JSON.stringify(path.join(ROOT, 'dist', 'compromise.js'))}).then((m) => {
      const w = m.compromiseWorld();
      const loaded = Object.keys(require.cache).filter((f) => f.includes('compromise' + require('path').sep + 'builds'));
      console.log(JSON.stringify({ words: Object.keys(w.model.one.lexicon).length, loaded }));
    })`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { words: number; loaded: string[] };
    expect(out.words).toBeGreaterThan(10_000);
    expect(out.loaded).toEqual([]);
  });
});
