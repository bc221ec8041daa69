// normalize.ts finds where the view may differ from the source by matching runs of plain text
// (a sticky regex, at most so many words a match), not by searching for what is not plain. The
// search stays here as the reference: both must give the same offset from every start.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { nextInteresting } from '../src/parse/normalize.js';
import { TEXT_SETS, textFilesUnder } from './helpers.js';

/** The first unit from `from` on that is not printable ASCII, a line break or a space, a tab, or the first of two spaces. */
function searched(source: string, from: number): number {
  const re = /[^\n\r\x20-\x7e]| {2}|\t/g;
  re.lastIndex = from;
  return re.exec(source)?.index ?? -1;
}

/** Every offset where the search stops, from the start on, and from a few starts between. */
function agree(text: string): void {
  const starts = new Set([0, 1, text.length >> 1, text.length - 1, text.length]);
  for (let at = searched(text, 0); at >= 0; at = searched(text, at + 1)) starts.add(at + 1).add(at);
  for (const from of starts) if (from >= 0) expect(nextInteresting(text, from), `${JSON.stringify(text.slice(0, 80))} from ${from}`).toBe(searched(text, from));
}

describe('the scan for what the view changes finds what the search found', () => {
  it.each(TEXT_SETS)('in every file of %s', (_name, dir) => {
    expect(fs.existsSync(dir), `${dir} is missing: check out ../shared beside this clone, or set CLAIMS_SHARED`).toBe(true);
    const files = textFilesUnder(dir);
    for (const p of files) agree(fs.readFileSync(p, 'utf8'));
    expect(files.length).toBeGreaterThan(4);
  });

  it('past the words one match reads, in long texts of plain words, and with no plain text at all', () => {
    for (const words of [255, 256, 257, 512, 513, 5000]) {
      const plain = Array.from({ length: words }, (_, k) => `w${k}`).join(' ');
      agree(plain);
      agree(`${plain}  x`);
      agree(`${plain}\u2019s`);
      agree(`${plain} \t`);
      agree(`${plain} `);
    }
    // one long run the regex reads in steps: it must neither overflow nor stop early
    expect(nextInteresting('a '.repeat(2_000_000), 0)).toBe(-1);
    expect(nextInteresting(`${'a '.repeat(2_000_000)} `, 0)).toBe(3_999_999);
    agree('');
    agree('  ');
    agree('\t\t');
    agree('\u00e9\u00e9');
  });

  fcTest.prop([fc.array(fc.constantFrom(' ', ' ', 'a', 'word', '.', '\n', '\r', '\t', '\u00e9', '\u00a0', '~', '\x7f', '\x1f', '\u2019', '\u{1F600}', '\u200b'), { maxLength: 40 }).map((ps) => ps.join(''))], { numRuns: 2000 })('on generated texts', (t) => {
    agree(t);
  });
});
