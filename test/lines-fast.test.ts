// lines.ts finds the line breaks of a text without \r by a native search for \n; the regex it
// uses otherwise stays here as the reference: both must give the same lines.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { lineRanges } from '../src/parse/lines.js';
import { TEXT_SETS, textFilesUnder } from './helpers.js';

/** The lines of a text, each break \r\n, \r or \n. */
function byRegex(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const m of text.matchAll(/\r\n?|\n/g)) {
    lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

describe('lines are found as the regex finds them', () => {
  it.each(TEXT_SETS)('in every file of %s, and the file with its breaks as \\r\\n and \\r', (_name, dir) => {
    expect(fs.existsSync(dir), `${dir} is missing: check out ../shared beside this clone, or set CLAIMS_SHARED`).toBe(true);
    const files = textFilesUnder(dir);
    for (const p of files) {
      const text = fs.readFileSync(p, 'utf8');
      for (const t of [text, text.replaceAll('\n', '\r\n'), text.replaceAll('\n', '\r')]) expect(lineRanges(t)).toEqual(byRegex(t));
    }
    expect(files.length).toBeGreaterThan(4);
  });

  it.each([[''], ['\n'], ['\n\n'], ['a'], ['a\n'], ['\na'], ['a\nb\n\nc'], ['\r'], ['\r\n'], ['\n\r'], ['a\r\n\nb\rc']])('in %j', (text) => {
    expect(lineRanges(text)).toEqual(byRegex(text));
  });

  fcTest.prop([fc.array(fc.constantFrom('a', 'word ', '\n', '\r', '\r\n', ' ', '\u2028'), { maxLength: 30 }).map((ps) => ps.join(''))], { numRuns: 2000 })('in generated texts', (text) => {
    expect(lineRanges(text)).toEqual(byRegex(text));
  });
});
