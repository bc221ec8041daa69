// Extraction on any text: never throws, offsets slice back, records are valid, hostile input
// finishes. Runs in this thread from src/ (the worker pool is tested in jobs.test.ts).
import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { extractArticle } from '../src/extract/article.js';
import { compileTopic } from '../src/extract/topic.js';
import { loadPack } from '../src/packs/load.js';
import { decode } from '../src/input/decode.js';
import { ClaimSchema } from '../src/schema.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { ESLint } from 'eslint';
import regexp from 'eslint-plugin-regexp';

const topic = compileTopic(loadPack());
const extract = (text: string) => extractArticle({ id: 'a', file: 'a.txt', text }, topic);

// Text that looks like news often enough to reach speakers, quotes and stance rules.
const WORDS = ['Blinken', 'said', 'says', '"', '\u201c', '\u201d', "'", 'Ukraine', 'Russia', 'strikes', 'long-range',
  'missiles', 'ATACMS', 'not', 'only', 'inside', 'territory', 'Mr.', 'U.S.', 'officials', 'told', 'Reuters', ',', '.',
  '?', '!', '\n', '\n\n', ' ', '-', '\u2014', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'According', 'to',
  'permission', 'allowed', 'ban', 'lift', 'restrictions', 'Kyiv', 'Zelensky', 'Biden', '(', ')', ':', '\u00e9', '\ud83d\ude00'];
const newsy = fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), newsy);

function checkRecords(text: string): void {
  const { claims } = extract(text);
  for (const c of claims) {
    expect(ClaimSchema.safeParse(c).success, JSON.stringify(c)).toBe(true);
    expect(text.slice(c.start, c.end)).toBe(c.text);
  }
}

describe('extraction on any string', () => {
  fcTest.prop([anyText], { numRuns: 300 })('never throws; offsets slice back; records pass ClaimSchema', (text) => {
    checkRecords(text);
  });

  fcTest.prop([anyText], { numRuns: 150 })('a leading UTF-8 BOM changes nothing', (text) => {
    const plain = decode(Buffer.from(text, 'utf8'));
    const bom = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    // byte offsets of a binary or ill-formed input count the BOM's three bytes; text is the same
    if (plain.kind !== 'text' && 'offset' in plain) expect(bom).toEqual({ ...plain, offset: plain.offset + 3 });
    else expect(bom).toEqual(plain);
    if (plain.kind !== 'text' || bom.kind !== 'text') return;
    expect(extract(bom.text)).toEqual(extract(plain.text));
  });
});

describe('hostile text finishes without a crash', () => {
  const cases: Array<[string, () => string]> = [
    ['a 1 MB line with no spaces', () => 'a'.repeat(1_000_000)],
    ['a 1 MB line of punctuation', () => '.,;:!?'.repeat(170_000)],
    // sentence-end runs are quadratic in src/parse/sentences.ts today (about 6 s here)
    ['100,000 full stops', () => '.'.repeat(100_000)],
    ['100,000 straight quote marks', () => '"'.repeat(100_000)],
    ['100,000 curly quote marks with words', () => '\u201cword\u201d '.repeat(50_000)],
    ['a 50,000-word sentence', () => `${Array.from({ length: 50_000 }, (_, k) => (k % 7 === 0 ? 'Ukraine' : 'strikes')).join(' ')}.`],
    ['50,000 short sentences', () => 'Blinken said Ukraine may strike. '.repeat(50_000)],
    ['prototype words', () => 'constructor said __proto__ toString. "hasOwnProperty," valueOf told constructor. __proto__ __defineGetter__ prototype.'],
    ['10,000 capitalised names', () => `${Array.from({ length: 10_000 }, (_, k) => `Name${k}`).join(' ')} said.`],
    ['deep brackets', () => `${'('.repeat(50_000)}x${')'.repeat(50_000)}`],
  ];
  for (const [name, make] of cases) {
    it(name, () => {
      const text = make();
      checkRecords(text);
    }, 60_000);
  }

  it('prototype words are not taken from Object.prototype', () => {
    const { claims } = extract('constructor said the strikes were wrong. __proto__ told Reuters: "toString."');
    for (const c of claims) for (const s of c.speakers) expect(typeof s.name).toBe('string');
  });
});

describe('regular expressions in src/ are linear', () => {
  // eslint-plugin-regexp over src/, with TypeScript's types stripped so that plain ESLint can read it.
  it('no super-linear backtracking (regexp/no-super-linear-backtracking)', async () => {
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [{
        files: ['**/*.js'],
        languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
        plugins: { regexp },
        rules: { 'regexp/no-super-linear-backtracking': 'error', 'regexp/no-super-linear-move': 'warn' },
      }],
    });
    const src = path.resolve(import.meta.dirname, '../src');
    const files = (fs.readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).sort();
    const errors: string[] = [];
    const moves: string[] = [];
    for (const f of files) {
      const js = ts.transpileModule(fs.readFileSync(path.join(src, f), 'utf8'), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
      const [result] = await eslint.lintText(js, { filePath: path.join(src, f.replace(/\.ts$/, '.js')) });
      for (const m of result!.messages) {
        const line = `src/${f}: ${m.ruleId ?? 'parse'}: ${m.message}`;
        if (m.severity === 2) errors.push(line); else moves.push(line);
      }
    }
    // Quadratic "moves" (an unanchored run that fails at its end, retried from each start) are
    // shown, not failed: they need long runs of one character class to bite.
    if (moves.length > 0) console.warn(moves.join('\n'));
    expect(errors).toEqual([]);
  }, 60_000);
});
