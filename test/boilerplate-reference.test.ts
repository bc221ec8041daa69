// src/parse/boilerplate.ts answers through cheap tests (a key read once per text, letter pairs,
// the characters a regex can start and end with, masks of the regexes left). Here the shipped
// rules are read plainly, as boilerplate.json's comment states them, every regex run in full, and
// both must give the same rule, line by line and sentence by sentence, over every line we hold
// (corpus, fixtures, the real pages in ../shared) and generated texts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fc, test as fcTest } from '@fast-check/vitest';
import { BOILERPLATE } from '../src/parse/boilerplate.js';
import { splitSentences } from '../src/parse/sentences.js';
import { normalizedView } from '../src/parse/normalize.js';
import type { RulesFile } from '../src/parse/schemas.js';
import { linesUnder, ROOT } from './helpers.js';

const SHARED = process.env.CLAIMS_SHARED ?? path.join(ROOT, '..', 'shared');
const FILE = JSON.parse(fs.readFileSync(path.join(ROOT, 'src', 'parse', 'boilerplate.json'), 'utf8')) as RulesFile;

/** What exact and prefix entries compare: lower case, quote marks straight, runs of spaces one space, and with `final` no final . : ! */
function key(text: string, final = true): string {
  const k = text.trim().toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ');
  return final ? k.replace(/[.:!]+$/, '') : k;
}

interface PlainRule {
  id: string;
  scope: string;
  exact: string[];
  prefixes: RegExp[];
  regexes: RegExp[];
  keywords: string[];
  all: RegExp[];
  maxWords: number | undefined;
  titleCase: boolean;
}

const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

const rules: PlainRule[] = FILE.rules.map((r) => {
  const flags = r.ignoreCase === false ? 'u' : 'iu';
  return {
    id: r.id,
    scope: r.scope,
    exact: (r.exact ?? []).map((e) => key(e)),
    // a prefix that ends in a letter or digit ends at a word boundary
    prefixes: (r.prefix ?? []).map((p) => key(p, false)).map((p) => new RegExp(`^${escape(p)}${/[\p{L}\p{N}]$/u.test(p) ? '(?![\\p{L}\\p{N}])' : ''}`, 'u')),
    regexes: (r.regex ?? []).map((s) => new RegExp(s, flags)),
    keywords: r.keywords ?? [],
    all: (r.all ?? []).map((s) => new RegExp(s, flags)),
    maxWords: r.maxWords,
    titleCase: r.titleCase ?? false,
  };
});
const connectors = new Set(FILE.titleCaseConnectors.map((w) => w.toLowerCase()));
const stamp = new RegExp(FILE.stampPrefix!, 'iu');

function isTitleCase(text: string): boolean {
  return text.split(/\s+/).slice(1).every((word) => {
    const letter = /\p{L}/u.exec(word);
    return !letter || letter[0] !== letter[0].toLowerCase() || connectors.has(word.toLowerCase().replace(/[^\p{L}&]/gu, ''));
  });
}

function plainMatch(rule: PlainRule, text: string, k = key(text)): boolean {
  if (rule.maxWords !== undefined && text.split(/\s+/).filter((w) => w !== '').length > rule.maxWords) return false;
  const hit = rule.exact.includes(k) || rule.prefixes.some((p) => p.test(k)) ||
    ((rule.keywords.length === 0 || rule.keywords.some((w) => k.includes(w))) && rule.regexes.some((re) => re.test(text)));
  return hit && rule.all.every((re) => re.test(text)) && (!rule.titleCase || isTitleCase(text));
}

/** The first rule of the scope that matches the text, or the text without its date stamp. */
function plainWhole(scope: string, text: string): string | undefined {
  const m = stamp.exec(text);
  const rest = m && m[0].length < text.length ? text.slice(m[0].length) : undefined;
  const k = key(text);
  const restKey = rest === undefined ? '' : key(rest);
  return rules.find((r) => r.scope === scope && (plainMatch(r, text, k) || (rest !== undefined && plainMatch(r, rest, restKey))))?.id;
}

/** The first trailing regex, in order, that matches the last 200 characters, and where. */
function plainTrailing(sentence: string): { id: string; at: number } | undefined {
  const from = Math.max(0, sentence.length - 200);
  for (const r of rules) {
    if (r.scope !== 'trailing') continue;
    for (const re of r.regexes) {
      const m = re.exec(sentence.slice(from));
      if (m) return { id: r.id, at: from + m.index };
    }
  }
  return undefined;
}

/** Each text as a line, then each of its sentences as a sentence and for a trailing credit, as parsing asks. */
function compare(texts: Iterable<string>): { lines: number; hits: number } {
  let lines = 0;
  let hits = 0;
  for (const raw of texts) {
    for (const line of new Set([raw, raw.trim(), normalizedView(raw).text.trim()])) {
      lines++;
      const expected = plainWhole('line', line);
      if (expected) hits++;
      expect(BOILERPLATE.matchLine(line)?.id, `line ${JSON.stringify(line)}`).toBe(expected);
      for (const s of splitSentences(line)) {
        const sentence = plainWhole('sentence', s.text);
        if (sentence) hits++;
        expect(BOILERPLATE.matchSentence(s.text)?.id, `sentence ${JSON.stringify(s.text)}`).toBe(sentence);
        const trailing = BOILERPLATE.matchTrailing(s.text);
        expect(trailing && { id: trailing.rule.id, at: trailing.at }, `trailing ${JSON.stringify(s.text)}`).toEqual(plainTrailing(s.text));
      }
    }
  }
  return { lines, hits };
}

describe('boilerplate matching gives what the rules read plainly give', () => {
  it.each([
    ['corpus', path.join(ROOT, 'corpus'), 100],
    ['fixtures', path.join(ROOT, 'fixtures'), 1000],
    ['real pages', path.join(SHARED, 'realnews', 'articles'), 400],
  ])('on every line of %s, and its sentences', (_name, dir, atLeast) => {
    expect(fs.existsSync(dir), `${dir} is missing: check out ../shared beside this clone, or set CLAIMS_SHARED`).toBe(true);
    const lines = linesUnder(dir);
    expect(lines.length).toBeGreaterThanOrEqual(atLeast);
    const { hits } = compare(lines);
    // the lines hold furniture for the rules to find, not only prose
    expect(hits).toBeGreaterThan(10);
  });

  it('on every entry, example and counter-example of the rules, and the examples with each ASCII character in turn first and last', () => {
    const texts: string[] = [];
    for (const r of FILE.rules) {
      for (const t of [...r.examples, ...(r.counterExamples ?? []), ...(r.exact ?? []), ...(r.prefix ?? [])]) texts.push(t, ` ${t}.`, t.toUpperCase(), `date 2024-07-11 ${t}`);
      for (const t of r.examples) {
        for (let c = 33; c < 127; c += 1) texts.push(String.fromCharCode(c) + t.slice(1), t.slice(0, -1) + String.fromCharCode(c));
      }
    }
    compare(texts);
  });

  // pieces of furniture and prose, with the marks, spaces and letters that the cheap tests read
  const piece = fc.constantFrom(
    'Share', 'share this', 'Comments', '12 comments', '(c) 2024', 'Copyright', 'All rights reserved', 'By', 'BY', 'Jane Doe', 'Reuters',
    'Photo:', '/ PHOTO', '(AP)', '[Getty Images]', 'Support', 'journalism', 'today', 'donate', 'Read more', 'Follow us on', 'Twitter',
    'Home', '»', '|', '/', '-', '—', '·', 'Updated', 'Jan', '12:30', 'BST', 'He', 'said', 'the', 'minister', '.', ',', ':', '!', '?', '…',
    ' ', '  ', '\t', '\u00a0', '\u2019', '\u201C', '\u201D', "'", '"', '(', ')', '\u017f', '\u212a', 'É', 'ı', 'İ', '\u{1F600}', 'date 2024-07-11 ',
  );
  fcTest.prop([fc.array(piece, { maxLength: 12 }).map((ps) => ps.join(''))], { numRuns: 3000 })('on generated texts', (t) => {
    compare([t]);
  });
});
