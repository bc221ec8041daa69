// The whole of one article: parse, then extract, in parts of a bounded number of sentences.
import type { ArticleMeta, Claim } from '../schema.js';
import { parseViewParts, type Sentence } from '../parse/article.js';
import { extractSentences, type Explanation } from './index.js';
import type { Topic } from './topic.js';

export interface ArticleClaims { claims: Claim[]; explanations: Explanation[]; dropped: number }

/**
 * At most about this many sentences are analysed together. Extraction holds every sentence's
 * tokens and mentions until the article is done (names are learned over the whole of it), which
 * for an article of a million short sentences was gigabytes. News articles have a few hundred
 * sentences; a longer text (a book, a log, a generated file) is analysed in parts cut at a
 * paragraph, and a name or a "he" in one part does not reach into the next.
 */
export const PART_SENTENCES = 2000;

/** The sentences in parts: each cut at the first paragraph break after PART_SENTENCES, or at 1.5 times that. */
export function partsOf<S extends Sentence>(sentences: readonly S[], size = PART_SENTENCES): S[][] {
  const parts: S[][] = [];
  let from = 0;
  while (from < sentences.length) {
    let to = Math.min(sentences.length, from + size);
    const hard = Math.min(sentences.length, from + Math.floor(size * 1.5));
    while (to < hard && sentences[to]!.paragraph === sentences[to - 1]!.paragraph) to++;
    parts.push(sentences.slice(from, to));
    from = to;
  }
  return parts;
}

/**
 * The article's claims part by part, parsed and extracted as it goes, so that a caller can write
 * each part before the next is made and a long text is never held as sentences all at once.
 */
export function* extractParts(article: { id: string; file: string; text: string; meta?: ArticleMeta }, topic: Topic): Generator<ArticleClaims> {
  for (const parsed of parseViewParts(article.text, PART_SENTENCES)) {
    const parts = partsOf(parsed.sentences);
    if (parts.length === 0) yield { claims: [], explanations: [], dropped: parsed.dropped.length };
    for (const [k, part] of parts.entries()) {
      // the rules read the normalised text; the record shows the source's
      const extracted = extractSentences({ id: article.id, file: article.file, meta: article.meta }, part, topic, parsed.dropped);
      // (a loop and a literal of the record's fields, not forEach and a spread: once an article)
      const claims = extracted.claims;
      for (let i = 0; i < claims.length; i++) claims[i]!.text = part[i]!.source;
      yield { claims, explanations: extracted.explanations, dropped: k === 0 ? parsed.dropped.length : 0 };
    }
  }
}

export function extractArticle(article: { id: string; file: string; text: string; meta?: ArticleMeta }, topic: Topic): ArticleClaims {
  const out: ArticleClaims = { claims: [], explanations: [], dropped: 0 };
  for (const part of extractParts(article, topic)) {
    for (const c of part.claims) out.claims.push(c);
    for (const e of part.explanations) out.explanations.push(e);
    out.dropped += part.dropped;
  }
  return out;
}
