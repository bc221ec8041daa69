// One analysis of each sentence, read by every rule: its tokens, the names and references it
// makes (mentions), its cue words, its quotations. Rules read this and never re-tokenise.
import type { SentenceKind } from '../schema.js';
import { findCues, quoteRegions, type Cue, type Quotes } from './cues.js';
import { tokenFacts, type WordFacts } from './facts.js';
import type { Lexicon } from './lexicon.js';
import { findMentions, type Mention, type MentionContext } from './mentions.js';
import type { Token } from '../text/tokens.js';

/**
 * Rules read at most this many tokens of a sentence (the sentence is still reported whole).
 * A sentence of news copy is well under 200 tokens; past this a "sentence" is a run-on page with
 * no punctuation, and the cap keeps extraction linear in the length of the text (issue 14).
 */
export const MAX_RULE_TOKENS = 1500;

/** A sentence as the parser hands it over. */
/**
 * A sentence as the rules read it. `text` may be a normalised view of the source (see
 * parse/normalize.ts); then `source` is the source's text and `sourceSpan` maps a span of `text`
 * to offsets in the article.
 */
export interface SentenceIn {
  n: number; start: number; end: number; line: number; paragraph: number; text: string; kind: SentenceKind;
  source?: string; sourceSpan?: (from: number, to: number) => { start: number; end: number };
}

export interface Analysis {
  /** the parsed sentence: offsets into the article, its text and kind */
  s: SentenceIn;
  /** at most MAX_RULE_TOKENS tokens, with offsets into `s.text` */
  tokens: Token[];
  /** what the vocabulary says of each token's word (facts.ts), index for index */
  facts: WordFacts[];
  mentions: Mention[];
  cues: Cue[];
  quotes: Quotes;
  /** the vocabulary the sentence was analysed with */
  lex: Lexicon;
}

/** The tokens rules read: the first MAX_RULE_TOKENS. */
export function ruleTokens(tokens: Token[]): Token[] {
  return tokens.length > MAX_RULE_TOKENS ? tokens.slice(0, MAX_RULE_TOKENS) : tokens;
}

/** `inside`: the sentence begins inside a quotation that an earlier one opened; `facts`: of each token (tokenFacts), when the caller has them already */
export function analyse(s: SentenceIn, tokens: Token[], ctx: MentionContext, inside = false, facts: WordFacts[] = tokenFacts(tokens, ctx.lex)): Analysis {
  const mentions = findMentions(tokens, ctx, facts);
  return { s, tokens, facts, mentions, cues: findCues(tokens, mentions, s.kind, ctx.lex, facts), quotes: quoteRegions(tokens, inside), lex: ctx.lex };
}
