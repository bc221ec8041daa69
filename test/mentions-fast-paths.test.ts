// The fast paths of mention finding and attribution (perf11d) give what the slower code they
// replaced gave: each is checked against that code, kept here as the reference.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { bareHead, blank, contractedStem, endsInLy, findMentions, finiteS, isBareHead, modifierOf, modifierOfWords, type Mention } from '../src/extract/mentions.js';
import { factsOf } from '../src/extract/facts.js';
import { lexicon } from '../src/extract/lexicon.js';
import { ArticleEntities, joined, plainGiven, type Entity } from '../src/extract/entities.js';
import { parseArticle } from '../src/parse/article.js';
import { tokenize, type Token } from '../src/text/tokens.js';
import { coveringMention } from '../src/extract/index.js';
import { endsInApostropheS } from '../src/text/tokens.js';
import { extractArticle } from '../src/extract/article.js';
import { compileTopic } from '../src/extract/topic.js';
import { loadPack } from '../src/packs/load.js';

/** the words to try: contractions, words with apostrophes elsewhere, short words, other marks */
const WORDS = [
  "he's", "she's", "it's", "they're", "we're", "you're", "we've", "they've", "i've", "she'll", "he'll", "they'll",
  "i'd", "he'd", "they'd", "it'd've", "o'neill", "o'brien's", "rock'n'roll", "y'all", "ma'am", "d'", "'s", "x's",
  "i'm", "'re", "a're", "ab're", "ab've", "ab'll", "ab'l", "ab'd", "ab's", "ab'x", "ab''s", "abc''re", "'ll",
  'hello', 'spread', 'dll', 'sre', 'sve', 'word', 'rel', 'bell', "bel'l", "be'll", "ll'", "re'", 'e', '',
  "he’s", "they’re", "abc's'", "it's's", "''''", "'''s", "a'ss", "ab'sd", "ab'ds",
];

describe('contractedStem', () => {
  const CONTRACTION = /'(?:s|re|ve|ll|d)$/;
  const reference = (lower: string) => (lower.length > 3 && lower.includes("'") && CONTRACTION.test(lower) ? lower.replace(CONTRACTION, '') : null);
  it('strips the same endings as the regex it replaced, of every word tried', () => {
    for (const w of WORDS) expect([w, contractedStem(w)]).toEqual([w, reference(w)]);
  });
  it('agrees with the regex on random words of apostrophes and the endings\' letters', () => {
    const letters = "'srevldax";
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const differ: string[] = [];
    for (let n = 0; n < 20000; n++) {
      let w = '';
      const len = Math.floor(next() * 8);
      for (let k = 0; k < len; k++) w += letters[Math.floor(next() * letters.length)];
      if (contractedStem(w) !== reference(w)) differ.push(w);
    }
    expect(differ).toEqual([]);
  });
  it('strips "he\'s" to "he" and "they\'re" to "they", and leaves "o\'neill" alone', () => {
    expect(contractedStem("he's")).toBe('he');
    expect(contractedStem("they're")).toBe('they');
    expect(contractedStem("o'neill")).toBeNull();
    expect(contractedStem("it'")).toBeNull();
  });
});

describe('coveringMention', () => {
  /** the map of covered tokens that surnamesInArticle built before */
  const reference = (mentions: Mention[], i: number) => {
    const covering = new Map<number, number>();
    for (let k = 0; k < mentions.length; k++) for (let x = mentions[k]!.start; x < mentions[k]!.end; x++) covering.set(x, k);
    return covering.get(i);
  };
  it('finds the mention the map of covered tokens found, for every token of random sentences', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const differ: string[] = [];
    for (let n = 0; n < 2000; n++) {
      const mentions: Mention[] = [];
      let at = 0;
      const count = Math.floor(next() * 6);
      for (let k = 0; k < count; k++) {
        // (gaps, one-token and longer mentions, and now and then an overlap)
        const start = Math.max(0, at + Math.floor(next() * 4) - (next() < 0.1 ? 2 : 0));
        const end = start + 1 + Math.floor(next() * 3);
        mentions.push(blank(start, end, 'person', `m${k}`));
        at = end;
      }
      for (let i = 0; i < at + 2; i++) if (coveringMention(mentions, i) !== reference(mentions, i)) differ.push(`${n}:${i}`);
    }
    expect(differ).toEqual([]);
  });
  it('"… Bolton said": the one-token mention at the surname, and none past the mentions', () => {
    const mentions = [blank(0, 2, 'person', 'John Bolton'), blank(5, 6, 'place', 'Bolton')];
    expect(coveringMention(mentions, 5)).toBe(1);
    expect(coveringMention(mentions, 1)).toBe(0);
    expect(coveringMention(mentions, 3)).toBeUndefined();
  });
});

/** the sentences of the repository's own corpus and fixtures, tokenized */
function sentencesOfRepo(): Token[][] {
  const files: string[] = [];
  const walk = (d: string) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const f = path.join(d, e.name); if (e.isDirectory()) walk(f); else if (f.endsWith('.txt')) files.push(f); } };
  walk('corpus');
  walk('fixtures');
  const out: Token[][] = [];
  for (const f of files) for (const s of parseArticle(fs.readFileSync(f, 'utf8')).sentences) out.push(tokenize(s.text));
  return out;
}

describe('modifierOf', () => {
  const sentences = sentencesOfRepo();
  const ctx = { lex: lexicon(), headline: false, properWords: new Set<string>(), lowerWords: new Set<string>() };
  it('names the modifier as the surface\'s words did, of every mention and every short span of the corpus and fixtures', () => {
    let spans = 0;
    const differ: string[] = [];
    const check = (tokens: Token[], m: Mention) => { spans++; if (modifierOf(tokens, m) !== modifierOfWords(tokens, m)) differ.push(`${tokens.map((t) => t.text).join(' ')} [${m.start}, ${m.end})`); };
    for (const tokens of sentences) {
      for (const m of findMentions(tokens, ctx)) check(tokens, m);
      for (let a = 0; a < tokens.length; a++) for (let b = a; b <= Math.min(tokens.length, a + 5); b++) check(tokens, blank(a, b, 'group', ''));
    }
    expect(differ).toEqual([]);
    expect(spans).toBeGreaterThan(10000);
  });
  it('"Two U.S. officials\'" is "U.S. officials"; "the" and the possessive go', () => {
    const tokens = tokenize("Two U.S. officials' view");
    expect(modifierOf(tokens, blank(0, 3, 'anonymous', ''))).toBe('U.S. officials');
    expect(modifierOf(tokenize('the White House'), blank(0, 3, 'group', ''))).toBe('White House');
  });
});

describe('plainGiven', () => {
  const reference = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
  it('gives what decomposing, dropping marks and non-letters gave, of every word of the corpus and fixtures and of accented names', () => {
    const words = new Set<string>(['José', 'Zelenskyy', "O'Brien", 'Jean-Luc', 'J.', 'Łukasz', 'Žan', 'Søren', 'Ångström', 'Дмитрий', 'ΑΒΓ', 'MüLLER', 'x2', '', 'Ｊｏｈｎ', 'İlker', 'ǅemal']);
    for (const tokens of sentencesOfRepo()) for (const t of tokens) words.add(t.text);
    const differ = [...words].filter((w) => plainGiven(w) !== reference(w));
    expect(differ).toEqual([]);
    expect(words.size).toBeGreaterThan(1000);
  });
  it('"José" is "jose", "Jean-Luc" "jeanluc", "Barack" "barack"', () => {
    expect(plainGiven('José')).toBe('jose');
    expect(plainGiven('Jean-Luc')).toBe('jeanluc');
    expect(plainGiven('Barack')).toBe('barack');
  });
});

describe('bareHead and the facts\' verb', () => {
  it('answer isBareHead and finiteS for every word of the corpus and fixtures, and the lists\' own words', () => {
    const lex = lexicon();
    const words = new Set<string>(['judge', 'judges', 'lawmaker', 'mayor', 'chairman', 'says', 'urges', 'said', 's', '', 'boss', 'officials']);
    for (const tokens of sentencesOfRepo()) for (const t of tokens) words.add(t.lower);
    for (const w of lex.personTitles) words.add(w);
    for (const w of lex.determinedHolders) words.add(w);
    for (const w of lex.holderNouns) words.add(w);
    const differ = [...words].filter((w) => bareHead(w, factsOf(lex, w)) !== isBareHead(w, lex) || (factsOf(lex, w).verb?.form === 's') !== finiteS(w, lex));
    expect(differ).toEqual([]);
    expect(isBareHead('judge', lex) && !isBareHead('judges', lex) && finiteS('says', lex)).toBe(true);
  });
});

describe('ArticleEntities.note and joined', () => {
  it('keeps the entities just mentioned as taking each out and putting it first did, over random notes', () => {
    const pool: Entity[] = Array.from({ length: 40 }, (_, k) => ({ key: `e${k}`, name: `E${k}`, kind: 'person', gender: null, plural: false, titles: new Set(), head: null }));
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const entities = new ArticleEntities();
    const reference: Entity[] = [];
    for (let n = 0; n < 3000; n++) {
      // (often the one noted last again, as a sentence's speaker is)
      const batch = Array.from({ length: Math.floor(next() * 4) }, () => (next() < 0.4 && reference.length ? reference[0]! : pool[Math.floor(next() * pool.length)]!));
      entities.note(batch);
      for (const e of batch) { const at = reference.indexOf(e); if (at >= 0) reference.splice(at, 1); reference.unshift(e); if (reference.length > 30) reference.length = 30; }
      expect((entities as unknown as { recent: Entity[] }).recent).toEqual(reference);
    }
  });
  it('joins three arrays as spreading them did', () => {
    expect(joined([1, 2], [], [3])).toEqual([...[1, 2], ...[], ...[3]]);
    expect(joined([], [], [])).toEqual([]);
    expect(joined(['a'], ['b', 'c'], ['d', 'e'])).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('endsInLy and endsInApostropheS', () => {
  it('tells a word in "ly" as endsWith did', () => {
    const words = new Set(['ly', 'y', 'l', '', 'only', 'fly', 'lyre', 'yl', 'quickly', 'LY', 'ally']);
    for (const tokens of sentencesOfRepo()) for (const t of tokens) words.add(t.lower);
    expect([...words].filter((w) => endsInLy(w) !== w.endsWith('ly'))).toEqual([]);
  });
  it('endsInApostropheS tells a word in "\'s" as endsWith did', () => {
    const words = new Set(["'s", 's', "'", '', "biden's", "o's", "it's", 'bias', "x'S", "ab\u2019s", "''s", "'ss"]);
    for (const tokens of sentencesOfRepo()) for (const t of tokens) { words.add(t.lower); words.add(t.text); }
    expect([...words].filter((w) => endsInApostropheS(w) !== w.endsWith("'s"))).toEqual([]);
  });
});

describe('ArticleEntities.firstPerson', () => {
  it('finds the person allPersons().find found, of articles of persons with shared surnames', () => {
    const entities = new ArticleEntities();
    const names = ['Barack Obama', 'Michelle Obama', 'Joe Biden', 'Hunter Biden', 'Olaf Scholz', 'Obama', 'Kamala Harris', 'Donald Trump', 'Donald Trump Jr.', 'Ivanka Trump'];
    for (const name of names) {
      const m = blank(0, 2, 'person', name);
      m.titles = name.includes('Obama') ? ['president'] : name.includes('Trump') ? ['president', 'former'] : [];
      entities.observe(m);
    }
    const x = entities as unknown as { firstPerson: (f: (e: Entity) => boolean) => Entity | undefined; allPersons: () => Entity[] };
    expect(x.allPersons().length).toBeGreaterThan(6);
    const tests: Array<(e: Entity) => boolean> = [
      (e) => e.titles.has('president'), (e) => e.titles.has('former'), (e) => e.name.startsWith('Hunter'),
      (e) => e.name.endsWith('Biden'), () => false, () => true, (e) => e.name === 'Ivanka Trump',
    ];
    for (const fits of tests) expect(x.firstPerson(fits)).toBe(x.allPersons().find(fits));
  });
});

describe('speaker.outlet-report, asked only of a sentence that names an outlet', () => {
  const topic = compileTopic(loadPack());
  const speakersOf = (text: string) => {
    const { claims } = extractArticle({ id: 'outlet', file: 'outlet.txt', text }, topic);
    return claims.map((c) => [c.speakers.map((s) => s.name), c.rules.filter((r) => r.startsWith('speaker.outlet') || r.startsWith('via.'))]);
  };
  it('an outlet that reports, with no other holder, holds the report; an outlet that does not, or a report with no outlet, holds nothing', () => {
    const [reports, names, noOutlet] = speakersOf('Politico was the first to report this news.\n\nPolitico ran a long piece on the missiles.\n\nThe report came out on Tuesday.\n');
    expect(reports).toEqual([['Politico'], ['speaker.outlet-report']]);
    expect(names).toEqual([[], []]);
    expect(noOutlet).toEqual([[], []]);
  });
});
