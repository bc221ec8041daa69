// The start-up shortcut in src/compromise.ts must hand out what the full compromise would: its
// lexicon snapshot is the installed compromise's, and its sentence splitter splits the same.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { compromiseWorld, LEXICON_SNAPSHOT } from '../src/compromise.js';
import { ROOT } from './helpers.js';

const require = createRequire(import.meta.url);
interface World { model: { one: { lexicon: Record<string, unknown> } }; methods: { one: { tokenize: { splitSentences(t: string, w: unknown): string[] } } } }
const full = require('compromise') as { version: string; world(): World };

describe('compromise, loaded light', () => {
  it('the lexicon snapshot is the installed compromise\'s (after an upgrade: node scripts/compromise-lexicon.mjs)', () => {
    const snapshot = JSON.parse(fs.readFileSync(LEXICON_SNAPSHOT, 'utf8')) as { version: string; lexicon: unknown };
    expect(snapshot.version).toBe(full.version);
    expect(snapshot.lexicon).toEqual(full.world().model.one.lexicon);
  });

  it('splits every line of the corpus and the fixtures as the full compromise does', () => {
    const light = compromiseWorld() as World;
    const whole = full.world();
    expect(light.model.one.lexicon).toEqual(whole.model.one.lexicon);
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(txt|md)$/.test(e.name)) files.push(p);
      }
    };
    walk(path.join(ROOT, 'corpus'));
    walk(path.join(ROOT, 'fixtures'));
    let lines = 0;
    for (const f of files) {
      for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
        lines++;
        expect(light.methods.one.tokenize.splitSentences(line, light)).toEqual(whole.methods.one.tokenize.splitSentences(line, whole));
      }
    }
    expect(lines).toBeGreaterThan(1000);
  });
});
