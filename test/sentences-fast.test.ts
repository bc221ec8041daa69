// sentences.ts runs its four-dot ellipsis regexes only on a line that holds what every match of
// them holds ('. .' for the spaced one, '..' or '…' for the other). The regexes run on every line
// stay here as the reference: both must propose the same boundaries.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { addEllipsisBoundaries, splitSentences } from '../src/parse/sentences.js';
import { linesUnder, SHARED, TEXT_SETS } from './helpers.js';

/** The boundaries the two regexes propose, each run over the whole line. */
function everyLine(line: string): number[] {
  const out: number[] = [];
  for (const m of line.matchAll(/\.(?: \.){3}\s+(?=\p{Lu})/gu)) {
    const attached = m.index > 0 && !/\s/.test(line[m.index - 1]!);
    out.push(attached ? m.index + 2 : m.index + m[0].length);
  }
  for (const m of line.matchAll(/(?:\.{4}|\u2026\.|\.\u2026)\s+(?=\p{Lu})/gu)) out.push(m.index + m[0].length);
  return out;
}

function ours(line: string): number[] {
  const out: number[] = [];
  addEllipsisBoundaries(line, out);
  return out;
}

describe('four-dot ellipses are looked for only in lines that can hold one', () => {
  it.each([...TEXT_SETS, ['seeds', path.join(SHARED, 'seeds')]])('on every line of %s', (_name, dir) => {
    expect(fs.existsSync(dir), `${dir} is missing: check out ../shared beside this clone, or set CLAIMS_SHARED`).toBe(true);
    for (const line of linesUnder(dir)) expect(ours(line), JSON.stringify(line)).toEqual(everyLine(line));
  });

  it('on the Golden Rules, whose ellipses end sentences or go on', () => {
    const rules = JSON.parse(fs.readFileSync(path.join(SHARED, 'data', 'golden-rules-en.json'), 'utf8')) as Array<{ input: string }>;
    let found = 0;
    for (const { input } of rules) {
      for (const line of input.split('\n')) {
        found += everyLine(line).length;
        expect(ours(line), JSON.stringify(line)).toEqual(everyLine(line));
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  fcTest.prop([fc.array(fc.constantFrom('.', '. ', ' ', '\u2026', '..', 'The', 'word', 'x', '\u00a0', '\t', '"'), { maxLength: 16 }).map((ps) => ps.join(''))], { numRuns: 3000 })('on generated lines', (line) => {
    expect(ours(line)).toEqual(everyLine(line));
    // and the split, which reads the shared regexes line after line, is the same whole and by lines
    expect(splitSentences(`${line}\n${line}`).map((s) => s.text)).toEqual([...splitSentences(line), ...splitSentences(line)].map((s) => s.text));
  });
});
