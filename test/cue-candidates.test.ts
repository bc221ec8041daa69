// findCues passes over a word that can be no cue (cues.ts mayCue, kept on the word's facts): over
// every line of the corpus and the fixtures it finds what the full loop, which asks every word,
// finds.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleTokens } from '../src/extract/analysis.js';
import { findCues, mayCue } from '../src/extract/cues.js';
import { factsOf, tokenFacts } from '../src/extract/facts.js';
import { lexicon } from '../src/extract/lexicon.js';
import { findMentions, type MentionContext } from '../src/extract/mentions.js';
import type { SentenceKind } from '../src/schema.js';
import { tokenize } from '../src/text/tokens.js';
import { linesUnder, ROOT } from './helpers.js';

const lex = lexicon();
const ctx: MentionContext = { lex, headline: false, properWords: new Set(), lowerWords: new Set() };

describe('words that can be no cue', () => {
  it('a word that may open a cue is asked; a word that never does is not', () => {
    for (const w of ['according', 'in', 'said', 'urged', 'continued', 'insists', 'divided', 'made']) expect(mayCue(w, factsOf(lex, w), lex), w).toBe(true);
    for (const w of ['the', 'president', 'missiles', 'kharkiv', 'of']) expect(mayCue(w, factsOf(lex, w), lex), w).toBe(false);
  });

  it("a word's HEAD bits, which isVerbal reads, say what the three lists of heads say", () => {
    const words = new Set(linesUnder(path.join(ROOT, 'corpus')).flatMap((l) => tokenize(l).map((t) => t.lower)));
    for (const w of [...lex.anonymousHeads, ...lex.groupHeads, ...lex.holderNouns]) words.add(w);
    let heads = 0;
    for (const w of words) {
      const listed = lex.anonymousHeads.has(w) || lex.groupHeads.has(w) || lex.holderNouns.has(w);
      expect(factsOf(lex, w).head !== 0, w).toBe(listed);
      if (listed) heads++;
    }
    expect(heads).toBeGreaterThan(100);
  });

  it('findCues finds over the corpus and fixtures what it finds asking every word', () => {
    const lines = [...linesUnder(path.join(ROOT, 'corpus')), ...linesUnder(path.join(ROOT, 'fixtures'))].filter((l) => l.trim() !== '');
    let cues = 0, skipped = 0;
    const kinds: SentenceKind[] = ['body', 'caption'];
    for (const line of lines) {
      const tokens = ruleTokens(tokenize(line));
      const facts = tokenFacts(tokens, lex);
      const mentions = findMentions(tokens, ctx, facts);
      // (the slow path: every word's facts say it may be a cue)
      const everyWord = facts.map((f) => ({ ...f, mayCue: true }));
      for (const kind of kinds) {
        const fast = findCues(tokens, mentions, kind, lex, facts);
        expect(fast, line).toEqual(findCues(tokens, mentions, kind, lex, everyWord));
        cues += fast.length;
      }
      for (let i = 0; i < tokens.length; i++) if (tokens[i]!.kind === 'word' && facts[i]!.mayCue === false) skipped++;
    }
    // (the comparison means something: cues were found, and words were passed over)
    expect(cues).toBeGreaterThan(1000);
    expect(skipped).toBeGreaterThan(10_000);
  });
});
