import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusWithGold } from './helpers.js';
import { parseArticle } from '../src/parse/article.js';
import { BOILERPLATE } from '../src/parse/boilerplate.js';
import { KINDS } from '../src/parse/kinds.js';
import { loadBoilerplate, loadKinds, type RulesFile } from '../src/parse/schemas.js';
import { firstChars, hasNestedQuantifier, lastChars, requiredAlternatives, requiredLiteral, requiredMark } from '../src/parse/regex.js';
import { holdsKeyword, keywordGate, Pairs } from '../src/parse/keywords.js';
import { fc, test as fcTest } from '@fast-check/vitest';

interface FixtureExpectation {
  dropped: Array<{ line: number; rule: string; text: string }>;
  sentences: Array<{ line: number; kind: string; text: string }>;
}

const root = new URL('../', import.meta.url);
const BOILERPLATE_FILE = JSON.parse(readFileSync(new URL('../src/parse/boilerplate.json', import.meta.url), 'utf8')) as RulesFile;
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const rulesFile: RulesFile = JSON.parse(read('src/parse/boilerplate.json'));

const corpus = corpusWithGold();

const drops = (text: string) => parseArticle(text).dropped.map((d) => [d.text, d.rule]);

describe('the corpus furniture', () => {
  it.each(corpus.map((a) => [a.id, a] as const))('%s: drops exactly the gold boilerplate', (_id, article) => {
    const parsed = parseArticle(article.text);
    expect(parsed.dropped.map((d) => d.text)).toEqual(article.gold.filter((g) => g.boilerplate).map((g) => g.text));
    const kept = new Set(parsed.sentences.map((s) => s.text));
    for (const g of article.gold) expect(kept.has(g.text), g.text).toBe(!g.boilerplate);
    for (const d of parsed.dropped) expect(article.text.slice(d.start, d.end)).toBe(d.text);
  });

  it('says which rule dropped each piece', () => {
    const all = corpus.flatMap((a) => drops(a.text));
    expect(all).toEqual([
      ['Share.', 'share-widget'],
      ['Exit mobile version', 'share-widget'],
      ['(Photo by AFP)', 'photo-credit'],
      ['© 2024, GDC.', 'copyright'],
      [expect.stringMatching(/^© GDC and Unauthorized use .* is strictly prohibited\.$/), 'copyright'],
      [expect.stringMatching(/^Excerpts and links may be used/), 'licence-notice'],
      ['Be the first to comment', 'comment-widget'],
      ['Leave a Reply', 'comment-widget'],
      ['This site uses Akismet to reduce spam.', 'anti-spam'],
      ['Learn how your comment data is processed.', 'anti-spam'],
      ['Comments', 'comment-widget'],
      ['Popular posts from this blog', 'related-list'],
      ['Israel Moves To Shut Down Al Jazeera After A New Law Permits The Banning Of International Media Deemed A security Threat', 'related-list'],
      ['Tragic Toll: 87 Lives Lost in Northern Gaza Strike Amid UN Warning of Inescapable Danger', 'related-list'],
      ['Mysteries In The Skies: US Air Force F-16 Crashes Off South Korean Coast', 'related-list'],
      ['Leave a Reply', 'comment-widget'],
      ['Your email address will not be published.', 'comment-widget'],
      ['Required fields are marked *', 'comment-widget'],
    ]);
  });
});

describe('furniture of other sites (fixtures/boilerplate)', () => {
  const cases = readdirSync(new URL('fixtures/boilerplate/', root)).sort();

  it.each(cases)('%s', (name) => {
    const input = read(`fixtures/boilerplate/${name}/input.txt`);
    const expected: FixtureExpectation = JSON.parse(read(`fixtures/boilerplate/${name}/expected.json`));
    const parsed = parseArticle(input);
    expect(parsed.dropped.map((d) => ({ line: d.line, rule: d.rule, text: d.text }))).toEqual(expected.dropped);
    expect(parsed.sentences.map((s) => ({ line: s.line, kind: s.kind, text: s.text }))).toEqual(expected.sentences);
  });

  it('covers the furniture that ANNOTATION.md §1 and the brief name', () => {
    const fired = new Set(cases.flatMap((name) => parseArticle(read(`fixtures/boilerplate/${name}/input.txt`)).dropped.map((d) => d.rule)));
    for (const id of ['byline', 'date-stamp', 'advertisement', 'newsletter', 'click-here', 'follow-us', 'share-widget', 'copyright', 'tags', 'related-list', 'photo-credit', 'photo-credit-line', 'comment-widget']) {
      expect(fired, id).toContain(id);
    }
  });
});

describe('rules and their examples (src/parse/boilerplate.json)', () => {
  const examples = rulesFile.rules.flatMap((rule) => rule.examples.map((example) => [rule.id, example, rule.scope] as const));
  const counters = rulesFile.rules.flatMap((rule) => (rule.counterExamples ?? []).map((c) => [rule.id, c] as const));

  it.each(examples)('%s drops %j', (id, example, scope) => {
    const parsed = parseArticle(example);
    if (scope === 'trailing') {
      expect(parsed.dropped.at(-1)?.rule).toBe(id);
      return;
    }
    expect(parsed.sentences).toEqual([]);
    expect(parsed.dropped.map((d) => d.rule)).toEqual(parsed.dropped.map(() => id));
  });

  it.each(counters)('%s keeps %j', (_id, counter) => {
    expect(drops(counter)).toEqual([]);
  });

  it('loads every rule, with ids that are unique', () => {
    expect(BOILERPLATE.rules.map((r) => r.id)).toEqual(rulesFile.rules.map((r) => r.id));
    expect(new Set(BOILERPLATE.rules.map((r) => r.id)).size).toBe(BOILERPLATE.rules.length);
  });
});

describe('prose that mentions furniture is kept', () => {
  it.each([
    'His comments drew criticism from Moscow.',
    'Comments by Stoltenberg stir debate in NATO',
    'Copyright law does not protect a government statement, the lawyer said.',
    'The copyright of the photographs stays with the agency.',
    'She shared the report with reporters. Share prices fell.',
    'By contrast, Washington has been cautious.',
    'By Friday, the talks had ended.',
    'Subscribers to the service were not affected.',
    'Published reports said 23 people died.',
    'Updated figures show that Russia has expanded its offensive.',
    'Related talks will be held in Brussels.',
    'Recommended by the panel, the plan went to the president.',
    'Read the full statement below.',
    'Follow-up talks are planned for June.',
    'Click-through rates are not a measure of support.',
    'Tags on the missiles showed they were made in 2023.',
    'The strikes hit Belgorod (a Russian border city)',
    'KYIV (Reuters) - Ukraine has used U.S.-supplied weapons to strike targets inside Russia.',
    'Advertisement revenue fell sharply during the war, the company said.',
  ])('%j', (text) => {
    expect(drops(text)).toEqual([]);
  });
});

describe('blocks of links', () => {
  it('end at the first line of prose, across blank lines', () => {
    const text = 'Related:\n\nBiden approves strikes\n\nNATO chief urges allies…\nThe Kremlin warned of retaliation. Officials declined to comment.\nIsrael Moves To Shut Down Al Jazeera';
    const parsed = parseArticle(text);
    expect(parsed.dropped.map((d) => d.text)).toEqual(['Related:', 'Biden approves strikes', 'NATO chief urges allies…']);
    expect(parsed.sentences.map((s) => s.text)).toEqual([
      'The Kremlin warned of retaliation.',
      'Officials declined to comment.',
      'Israel Moves To Shut Down Al Jazeera',
    ]);
  });

  it('run to the end of the article, keeping the rule of a widget inside them', () => {
    const parsed = parseArticle('Prose ends here.\n\nMost read\nOne headline\nLeave a Reply');
    expect(parsed.dropped.map((d) => [d.text, d.rule])).toEqual([
      ['Most read', 'related-list'],
      ['One headline', 'related-list'],
      ['Leave a Reply', 'comment-widget'],
    ]);
  });

  it('leave a long unpunctuated line to the article', () => {
    const long = Array.from({ length: 40 }, () => 'word').join(' ');
    expect(parseArticle(`Recommended\n${long}`).sentences.map((s) => s.text)).toEqual([long]);
  });
});

describe('photo credits and captions', () => {
  it('split a credit off the end of a caption without a period before it', () => {
    const parsed = parseArticle('Blinken speaks in Kyiv on May 14, 2024 (Photo by AFP)');
    expect(parsed.sentences.map((s) => [s.text, s.kind])).toEqual([['Blinken speaks in Kyiv on May 14, 2024', 'caption']]);
    expect(parsed.dropped).toEqual([{ start: 39, end: 53, line: 1, text: '(Photo by AFP)', rule: 'photo-credit' }]);
  });

  it.each(KINDS.file.captions.flatMap((c) => c.examples.map((e) => [c.id, e] as const)))('%s: %j is a caption', (_id, example) => {
    expect(parseArticle(example).sentences.map((s) => s.kind)).toContain('caption');
  });

  it.each(KINDS.file.captions.flatMap((c) => c.counterExamples.map((e) => [c.id, e] as const)))('%s: %j is not', (_id, counter) => {
    expect(parseArticle(counter).sentences.map((s) => s.kind)).not.toContain('caption');
  });
});

describe('rule files are checked on load', () => {
  const rule = { id: 'x', scope: 'sentence', description: 'd', examples: ['e'] };
  const file = (rules: unknown[]) => ({ blockItem: { maxWords: 30 }, titleCaseConnectors: [], rules });

  it('refuses a regex that repeats a quantified group, saying where', () => {
    expect(() => loadBoilerplate(file([{ ...rule, regex: ['^(?:\\w+\\s)+$'] }]), 'test.json')).toThrow(
      /test\.json is invalid: regex .* repeats a group that holds a quantifier.*\(at: rules\.0\.regex\.0\)/,
    );
  });

  it('refuses a repeated group that lists an alternative twice (2^n ways to fail), in any case when the rule ignores case', () => {
    expect(() => loadBoilerplate(file([{ ...rule, regex: ['^(?:[\\d\\s]|am|pm|AM)+$'] }]), 'test.json')).toThrow(
      /test\.json is invalid: regex .* lists "AM" twice; list each alternative once \(at: rules\.0\.regex\.0\)/,
    );
    expect(() => loadBoilerplate(file([{ ...rule, ignoreCase: false, regex: ['^(?:am|AM)+$'] }]))).not.toThrow();
    expect(() => loadBoilerplate(file([{ ...rule, regex: ['^(?:am|pm)(?:am|am)$'] }]))).not.toThrow();
  });

  it('refuses duplicate ids, empty rules, trailing rules not anchored at the end, unknown keys', () => {
    expect(() => loadBoilerplate(file([{ ...rule, exact: ['a'] }, { ...rule, exact: ['b'] }]))).toThrow(/duplicate rule id x \(at: rules\.1\.id\)/);
    expect(() => loadBoilerplate(file([rule]))).toThrow(/needs exact, prefix or regex/);
    expect(() => loadBoilerplate(file([{ ...rule, scope: 'trailing', regex: ['\\(AFP\\)'] }]))).toThrow(/end the regex with \$/);
    expect(() => loadBoilerplate(file([{ ...rule, exact: ['a'], exacts: ['b'] }]))).toThrow(/exacts/);
    expect(() => loadBoilerplate(file([{ ...rule, regex: ['(unclosed'] }]))).toThrow(/does not compile/);
  });

  it('refuses caption patterns with nested quantifiers too', () => {
    const kinds = { ...KINDS.file, captions: [{ id: 'c', description: 'd', all: ['(a*)*'], examples: ['e'] }] };
    expect(() => loadKinds(kinds, 'kinds.json')).toThrow(/\(at: captions\.0\.all\.0\)/);
  });

  it.each([
    ['(a+)+', true],
    ['(?:\\s\\w+)*', true],
    ['(?:x(?:y+))+', true],
    ['(?:ab)+', false],
    ['(?:a+)?', false],
    ['[(+)]+', false],
    ['\\(a+\\)+', false],
    ['^(?:\\d{1,2})?\\s+\\d{4}$', false],
    ['(?:a{1,3}){2}', true],
  ])('hasNestedQuantifier(%j) is %s', (source, nested) => {
    expect(hasNestedQuantifier(source)).toBe(nested);
  });
});

describe('cheap tests before the regexes give the regexes\' answers', () => {
  const rule = { id: 'x', scope: 'sentence', description: 'd', examples: ['e'] };
  const file = (rules: unknown[]) => ({ blockItem: { maxWords: 30 }, titleCaseConnectors: [], rules });

  it.each([
    ['\\bsmall favou?r to ask\\b', 'small favo'],
    ['^comments?\\s*\\(\\d{1,6}\\)$', 'comment'],
    ['^\\(Updates? with [^()\\n]{2,80}\\)\\.?$', 'update'],
    ['\\byou\'ve reached your (?:free )?limit', 've reached your'],
    ['^[^\\n]{0,80}\\ball rights reserved\\.?$', 'all rights reserved'],
    ['^\\p{Lu}\\p{Ll}+\\s\\p{Lu}[\\p{L}]+,\\sNews$', 'news'],
  ])('the literal every match of %s holds is %j', (source, literal) => {
    expect(requiredLiteral(source)).toBe(literal);
  });

  it.each([
    ['^(?:support|donate) now'],
    ['^every|never mind'],
    ['^x{1,3}yz[a-z]{2}'],
    ['^\\d{4}-\\d{2}'],
    ['a  bc'],
  ])('%s has no literal to look for first', (source) => {
    expect(requiredLiteral(source)).toBeUndefined();
  });

  it('every regex of the shipped rules that matches one of its examples finds its literal there', () => {
    for (const r of BOILERPLATE_FILE.rules) {
      for (const source of r.regex ?? []) {
        const literal = requiredLiteral(source);
        if (literal === undefined) continue;
        const re = new RegExp(source, r.ignoreCase === false ? 'u' : 'iu');
        for (const example of r.examples) if (re.test(example)) expect(example.toLowerCase(), `${r.id} ${source}`).toContain(literal);
      }
    }
  });

  const starts = (source: string, ignoreCase: boolean) => {
    const set = firstChars(source, ignoreCase);
    return set === undefined ? undefined : [...set].map((v, c) => (v ? String.fromCharCode(c) : '')).join('');
  };

  it.each([
    ['^\\d{1,2} min', false, '0123456789'],
    ['^(?:By|BY|Written by)\\s', false, 'BW'],
    ['^(?:by|written by)\\s', true, 'BWbw'],
    ['^\\(c\\)', true, '('],
    ['^[Bb]y:', false, 'Bb'],
    ['^\\p{Lu}\\p{Ll}+', false, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
    ['^\\p{Lu}\\p{Ll}+', true, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'],
    ['^[a-c\\d]x', true, '0123456789ABCabc'],
    ['^\u00a9 2024', true, ''],
    ['^(?:k|\u017f)', true, 'KSks'],
  ])('a match of %s (ignoring case: %s) starts with one of %j', (source, ignoreCase, chars) => {
    expect(starts(source, ignoreCase)).toBe(chars);
  });

  it.each([
    ['\\bsmall favour'], ['^(?:the\\s)?views'], ['^\\(?reporting'], ['^(?![^.]{0,9}\\.)x'], ['^[a-z]{0,3}x'], ['^\\bx'], ['^a|^b'], ['^(?:a|)b'], ['^\\P{L}'],
  ])('%s: its first character is not read', (source) => {
    expect(firstChars(source, true)).toBeUndefined();
  });

  it('a text whose first character no regex of the shipped rules can start with matches none of them', () => {
    // every example and counter-example, with each ASCII character in turn as its first
    for (const r of BOILERPLATE_FILE.rules) {
      const ignoreCase = r.ignoreCase !== false;
      for (const source of r.regex ?? []) {
        const set = firstChars(source, ignoreCase);
        if (set === undefined) continue;
        const re = new RegExp(source, ignoreCase ? 'iu' : 'u');
        for (const t of [...r.examples, ...(r.counterExamples ?? [])]) {
          for (let c = 0; c < 128; c++) {
            const probe = String.fromCharCode(c) + t.slice(1);
            if (re.test(probe)) expect(set[c], `${r.id} ${source} ${JSON.stringify(probe)}`).toBe(1);
          }
          if (re.test(t) && t.charCodeAt(0) < 128) expect(set[t.charCodeAt(0)], `${r.id} ${source}`).toBe(1);
        }
      }
    }
  });

  fcTest.prop([fc.stringMatching(/^[ -~\u017f\u212a\u00e9]{0,6}$/)], { numRuns: 300 })('the first-character test agrees with the regex on short texts', (t) => {
    for (const [source, ignoreCase] of [['^(?:by|written by)\\s?', true], ['^[^\\p{L}\\p{N}]+$', true], ['^[a-k\\d]', true], ['^\\p{Lu}', false], ['^s', true], ['^k.', true]] as const) {
      const set = firstChars(source, ignoreCase)!;
      const c = t.charCodeAt(0);
      if (new RegExp(source, ignoreCase ? 'iu' : 'u').test(t)) expect(c >= 128 || set[c] === 1, `${source} ${JSON.stringify(t)}`).toBe(true);
    }
  });

  it.each([
    ['\\bwe (?:rely|depend) on (?:readers|you)\\b', ['rely', 'depend']],
    ['\\b(?:Support|Fund) (?:our|free) (?:journalism|press)\\b', ['journalism', 'press']],
    ['^(?:with files from|files from) \\p{Lu}', ['with files from', 'files from']],
  ])('every match of %s holds one of %j', (source, words) => {
    expect(requiredAlternatives(source)).toEqual(words);
  });

  it.each([
    ['\\b(?:a|an) (?:big|odd)\\b'], ['(?:photos?|images?) by'], ['(?:support|fund)? now'], ['(?:support|fund)+ now'],
    ['^every|(?:never|mind)'], ['(?=(?:support|fund))x'], ['(?:support |fund)x'], ['(?:supp.rt|fund)x'],
  ])('%s has no words one of which to look for first', (source) => {
    expect(requiredAlternatives(source)).toBeUndefined();
  });

  it.each([
    ['(?:^|\\s)/\\s?photo', '/'],
    ['^\\(c\\)\\s*\\d{4}', '('],
    ['^by;x', ';'],
    ['^a\\|b', '|'],
  ])('every match of %s holds %j', (source, mark) => {
    expect(requiredMark(source)).toBe(mark);
  });

  it.each([['^\\(?reporting'], ['^a[/]b'], ['^(?:a/|b)c'], ['^a\\d{1,2}b'], ['^a.b'], ['^ab?$'], ['^a|/']])('%s has no mark to look for first', (source) => {
    expect(requiredMark(source)).toBeUndefined();
  });

  const ends = (source: string, ignoreCase: boolean) => {
    const set = lastChars(source, ignoreCase);
    return set === undefined ? undefined : [...set].map((v, c) => (v ? String.fromCharCode(c) : '')).join('');
  };

  it.each([
    ['[(\\[]photo[^()]{0,80}[)\\]]$', true, ')]'],
    ['\\(x\\)$', true, ')'],
    ['ago$', true, 'Oo'],
    ['News$', false, 's'],
    ['\\d$', false, '0123456789'],
    ['k$', true, 'Kk'],
  ])('a match of %s (ignoring case: %s) ends with one of %j', (source, ignoreCase, chars) => {
    expect(ends(source, ignoreCase)).toBe(chars);
  });

  it.each([['x[^\\n]{0,60}$'], ['x\\.?$'], ['x(?:a|b)$'], ['x\\$'], ['x.$'], ['x\\b$'], ['a$|b'], ['xyz']])('%s: its last character is not read', (source) => {
    expect(lastChars(source, true)).toBeUndefined();
  });

  it('a text that fails the mark, last-character or words test of a shipped regex matches none of it', () => {
    // every example and counter-example, with each ASCII character in turn as its last, and without the mark
    for (const r of BOILERPLATE_FILE.rules) {
      const ignoreCase = r.ignoreCase !== false;
      for (const source of r.regex ?? []) {
        const re = new RegExp(source, ignoreCase ? 'iu' : 'u');
        const set = lastChars(source, ignoreCase);
        const mark = requiredMark(source);
        const words = requiredAlternatives(source);
        for (const t of [...r.examples, ...(r.counterExamples ?? [])]) {
          const probes = [t, ...(mark === undefined ? [] : [t.replaceAll(mark, ' ')])];
          if (set !== undefined) for (let c = 0; c < 128; c++) probes.push(t.slice(0, -1) + String.fromCharCode(c));
          for (const probe of probes) {
            if (!re.test(probe)) continue;
            const c = probe.charCodeAt(probe.length - 1);
            if (set !== undefined && c < 128) expect(set[c], `${r.id} ${source} ${JSON.stringify(probe)}`).toBe(1);
            if (mark !== undefined) expect(probe, `${r.id} ${source}`).toContain(mark);
            if (words !== undefined) expect(words.some((w) => probe.toLowerCase().includes(w)), `${r.id} ${source} ${JSON.stringify(probe)}`).toBe(true);
          }
        }
      }
    }
  });

  fcTest.prop([fc.stringMatching(/^[ -~\u017f\u212a\u00e9]{0,6}$/)], { numRuns: 300 })('the last-character and mark tests agree with the regex on short texts', (t) => {
    for (const [source, ignoreCase] of [['[(\\[]a?[)\\]]$', true], ['[^\\p{L}\\p{N}]$', true], ['[a-k\\d]$', true], ['\\p{Lu}$', false], ['s$', true], ['k/.$', true]] as const) {
      const set = lastChars(source, ignoreCase);
      const mark = requiredMark(source);
      const c = t.charCodeAt(t.length - 1);
      if (!new RegExp(source, ignoreCase ? 'iu' : 'u').test(t)) continue;
      if (set !== undefined) expect(c >= 128 || set[c] === 1, `${source} ${JSON.stringify(t)}`).toBe(true);
      if (mark !== undefined) expect(t).toContain(mark);
    }
  });

  it('a trailing credit is still found past the tests that rule regexes out', () => {
    const b = loadBoilerplate(file([{ ...rule, scope: 'trailing', regex: ['\\s/\\s?(?:photo|source):\\s?[^/\\n]{1,60}$', '\\((?:AP|AFP)\\)$'] }]));
    expect(b.matchTrailing('The minister spoke. / PHOTO: Jane Doe')).toEqual({ rule: expect.objectContaining({ id: 'x' }), at: 19 });
    expect(b.matchTrailing('The minister spoke (AP)')).toEqual({ rule: expect.objectContaining({ id: 'x' }), at: 19 });
    expect(b.matchTrailing('The minister spoke (AP).')).toBeUndefined();
    expect(b.matchTrailing('The minister spoke. / Photographs: Jane Doe')).toBeUndefined();
    // a long s, which /s/iu matches
    expect(b.matchTrailing('The minister spoke. / \u017fource: Jane Doe')?.at).toBe(19);
  });

  it.each([[' '], ['\t'], ['\u00a0 '], ['  ']])('a word limit counts words parted by %j in long texts as in short ones', (space) => {
    const b = loadBoilerplate(file([{ ...rule, scope: 'line', maxWords: 50, regex: ['^word'] }]));
    for (const [words, length] of [[50, 8], [51, 8], [50, 2], [51, 2], [3, 200]] as const) {
      const text = Array.from({ length: words }, (_, k) => `word${'x'.repeat(length)}${k}`).join(space);
      expect(b.matchLine(text)?.id, `${words} words, ${text.length} characters`).toBe(words <= 50 ? 'x' : undefined);
    }
  });

  it('a long s, which /s/iu matches, does not hide a match', () => {
    const b = loadBoilerplate(file([{ ...rule, regex: ['^not a subscriber$'] }]));
    expect(b.matchSentence('Not a \u017fubscriber')?.id).toBe('x');
    expect(b.matchSentence('Not a reader')).toBeUndefined();
  });

  it('exact entries read any quote mark, run of spaces and final stop alike', () => {
    const b = loadBoilerplate(file([{ ...rule, exact: ['Don\'t miss: "Top stories"'] }]));
    expect(b.matchSentence('  DON\u2019T \t miss:  \u201Ctop stories\u201D!.')?.id).toBe('x');
    expect(b.matchSentence('Don\'t miss: top stories')).toBeUndefined();
  });

  it('the longest exact entry, and one of each length, still match: a key longer than every entry is not looked up', () => {
    const entries = ['Share', 'Share this story with a friend', 'x'.repeat(80)];
    const b = loadBoilerplate(file([{ ...rule, exact: entries }]));
    for (const e of entries) {
      expect(b.matchSentence(e)?.id, e).toBe('x');
      expect(b.matchSentence(` ${e.toUpperCase()}.!`)?.id, e).toBe('x');
      expect(b.matchSentence(`${e}s`), e).toBeUndefined();
    }
    // doubled spaces and a final run of stops make the text longer than the key, never the key
    expect(b.matchSentence(`Share  this   story with a friend${'.'.repeat(100)}`)?.id).toBe('x');
  });

  it('every shipped exact entry matches as its scope has it', () => {
    const b = BOILERPLATE;
    for (const r of BOILERPLATE_FILE.rules) {
      if (r.scope === 'trailing') continue;
      for (const e of r.exact ?? []) {
        const hit = r.scope === 'line' ? b.matchLine(e) : b.matchSentence(e);
        expect(hit, `${r.id}: ${e}`).toBeDefined();
      }
    }
  });

  it('a long s anywhere in the text, past plain characters or after curly quotes, keeps regexes from the literal test', () => {
    const b = loadBoilerplate(file([{ ...rule, regex: ['subscriber$'] }]));
    expect(b.matchSentence('\u201CNot\u201D a \u017fubscriber')?.id).toBe('x');
    expect(b.matchSentence(`${'word '.repeat(30)}\u017fubscriber`)?.id).toBe('x');
  });

  const text = fc.stringMatching(/^[ab \u2019\u201C.\t]{0,24}$/);
  fcTest.prop([fc.array(text, { minLength: 1, maxLength: 4 }), text], { numRuns: 300 })('the letter-pair gate says what includes says', (keywords, t) => {
    const gate = keywordGate(keywords.filter((k) => k.length > 0));
    const pairs = new Pairs();
    for (let i = 1; i < t.length; i++) pairs.add(t.charCodeAt(i - 1), t.charCodeAt(i));
    expect(holdsKeyword(gate, t, pairs)).toBe(gate.words.some((k) => t.includes(k)));
  });

  fcTest.prop([text, text], { numRuns: 300 })('a keyword rule fires as includes over the key would have it', (keyword, t) => {
    fc.pre(keyword.trim().length > 0 && keyword === keyword.toLowerCase());
    const b = loadBoilerplate(file([{ ...rule, keywords: [keyword], regex: ['[\\s\\S]'] }]));
    const key = t.trim().toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').replace(/[.:!]+$/, '');
    expect(b.matchSentence(t)?.id).toBe(key.includes(keyword) && t.length > 0 ? 'x' : undefined);
  });

  const after = fc.constantFrom('', ' ', 'x', 'Z', '9', '.', ':', '-', '\u00e9', '\u{1D400}', '\u0661', "'", ' now');
  fcTest.prop([fc.constantFrom(...BOILERPLATE_FILE.rules.flatMap((r) => r.prefix ?? [])), after, after], { numRuns: 400 })('a prefix entry matches as the anchored regex with a word boundary did', (prefix, a, b) => {
    const b1 = loadBoilerplate(file([{ ...rule, prefix: [prefix] }]));
    const p = prefix.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim();
    const escaped = p.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
    const re = new RegExp(`^${escaped}${/[\p{L}\p{N}]$/u.test(p) ? '(?![\\p{L}\\p{N}])' : ''}`, 'u');
    const t = `${prefix}${a}${b}`;
    const key = t.trim().toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').replace(/[.:!]+$/, '');
    expect(b1.matchSentence(t)?.id).toBe(re.test(key) ? 'x' : undefined);
  });
});
