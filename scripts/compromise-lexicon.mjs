#!/usr/bin/env node
// Writes src/compromise-lexicon.json: compromise's English lexicon (word -> tags), which
// src/extract/lexicon.ts reads, and its abbreviations, which src/parse/splitter.ts reads. Loading all of compromise to get it took 0.3-0.5 s of every run's
// start-up; the snapshot takes milliseconds. Run again after upgrading compromise (a test says so).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
const out = fileURLToPath(new URL('../src/compromise-lexicon.json', import.meta.url));
const world = nlp.world();
const snapshot = { version: nlp.version, lexicon: world.model.one.lexicon, abbreviations: Object.keys(world.model.one.abbreviations) };
writeFileSync(out, `${JSON.stringify(snapshot)}\n`);
process.stderr.write(`wrote ${out} (compromise ${nlp.version})\n`);
