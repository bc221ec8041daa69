// findPhrases' index (phrase.ts) against a plain reading of the phrase language, and a topic's
// matches filed by list (topic.ts topicMatches) against each list matched on its own, over every
// line of the corpus and the fixtures.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleTokens } from '../src/extract/analysis.js';
import { tokenFacts } from '../src/extract/facts.js';
import { lexicon } from '../src/extract/lexicon.js';
import { compileTopic, topicMatches, type Topic } from '../src/extract/topic.js';
import { loadPack } from '../src/packs/load.js';
import { compilePhrase, findPhrases, type Phrase, type PhraseMatch } from '../src/text/phrase.js';
import { tokenize, type Token } from '../src/text/tokens.js';
import { linesUnder, ROOT } from './helpers.js';

const topic = compileTopic(loadPack());
const lex = lexicon();
const lines = [...linesUnder(path.join(ROOT, 'corpus')), ...linesUnder(path.join(ROOT, 'fixtures'))].filter((l) => l.trim() !== '');

/** Where phrase `steps` from step s matches words[i..], shortest gaps first, or -1: each alternative tested by its text. */
function plainMatch(steps: Phrase['steps'], words: string[], i: number, s: number): number {
  if (s === steps.length) return i;
  const step = steps[s]!;
  if (step.type === 'gap') {
    for (let k = 0; k <= step.max && i + k <= words.length; k++) {
      const end = plainMatch(steps, words, i + k, s + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i >= words.length) return -1;
  const w = words[i]!;
  return step.alts.some((a) => (a.prefix ? w.startsWith(a.text) : w === a.text)) ? plainMatch(steps, words, i + 1, s + 1) : -1;
}

/** findPhrases read plainly: every phrase tried at every word, then sorted by start, longest first, then list order. */
function plainFind(tokens: Token[], phrases: Phrase[]): PhraseMatch[] {
  const at: number[] = [];
  tokens.forEach((t, i) => { if (t.kind === 'word') at.push(i); });
  const words = at.map((i) => tokens[i]!.lower);
  const found: Array<PhraseMatch & { k: number }> = [];
  for (let w = 0; w < words.length; w++) {
    phrases.forEach((phrase, k) => {
      const end = plainMatch(phrase.steps, words, w, 0);
      if (end > w) found.push({ phrase, start: at[w]!, end: at[end - 1]! + 1, k });
    });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.k - b.k);
  return found.map(({ phrase, start, end }) => ({ phrase, start, end }));
}

function listsOf(t: Topic): Phrase[][] {
  return [t.relevance, t.anaphora, t.elsewhere, ...t.cues.map((c) => c.phrases), t.negation, t.raising, t.background, t.restrictionWords,
    t.restrictionNear, t.restrictionCancels, ...t.limits.flatMap((l) => [l.terms, l.bounds, l.cancels])];
}

describe('the phrase index', () => {
  it("finds over the corpus and fixtures what a plain reading of the topic's phrases finds", () => {
    let matches = 0;
    for (const line of lines) {
      const tokens = ruleTokens(tokenize(line));
      const facts = tokenFacts(tokens, lex);
      const plain = plainFind(tokens, topic.combined.phrases);
      expect(findPhrases(tokens, topic.combined.phrases), line).toEqual(plain);
      // (and with the word facts as slots, twice: the second time every word's entry is kept on its facts)
      expect(findPhrases(tokens, topic.combined.phrases, facts), line).toEqual(plain);
      expect(findPhrases(tokens, topic.combined.phrases, facts), line).toEqual(plain);
      matches += plain.length;
    }
    expect(matches).toBeGreaterThan(1000);
  });

  it('gaps, prefixes and alternatives, and a phrase that starts with a gap', () => {
    const phrases = ['not ~2 allow*', 'allow*|permit* ukraine', 'russia', 'ukraine ~1 to', 'to'].map(compilePhrase);
    const tokens = tokenize('We will not, at all, allow Ukraine to strike Russia and permits to Ukraine.');
    expect(findPhrases(tokens, phrases)).toEqual(plainFind(tokens, phrases));
    expect(findPhrases(tokens, phrases).map((m) => m.phrase.source)).toEqual(['not ~2 allow*', 'allow*|permit* ukraine', 'ukraine ~1 to', 'to', 'russia', 'to']);
    // (a pack's phrase cannot start with a gap, phraseProblem; compiled anyway, it is tried at every word)
    const gapFirst = [...phrases, compilePhrase('~1 russia')];
    expect(findPhrases(tokens, gapFirst)).toEqual(plainFind(tokens, gapFirst));
    expect(findPhrases(tokens, gapFirst).filter((m) => m.phrase.source === '~1 russia').map((m) => tokens.slice(m.start, m.end).map((t) => t.text).join(' '))).toEqual(['strike Russia', 'Russia']);
  });
});

describe("a topic's matches filed by list", () => {
  it('each list gets what the list matched on its own finds, in its order', () => {
    const lists = listsOf(topic);
    expect(lists.flat()).toEqual(topic.combined.phrases);
    let filed = 0;
    for (const line of lines) {
      const tokens = ruleTokens(tokenize(line));
      const found = topicMatches(tokens, topic, tokenFacts(tokens, lex));
      for (const list of lists) {
        const own = findPhrases(tokens, list);
        expect([...found(list)], line).toEqual(own);
        filed += own.length;
      }
    }
    expect(filed).toBeGreaterThan(1000);
  });
});
