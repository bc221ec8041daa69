// The whole of one article: parse, then extract.
import type { ArticleMeta, Claim } from '../schema.js';
import { parseArticle } from '../parse/article.js';
import { extractSentences, type Explanation } from './index.js';
import type { Topic } from './topic.js';

export interface ArticleClaims { claims: Claim[]; explanations: Explanation[]; dropped: number }

export function extractArticle(article: { id: string; file: string; text: string; meta?: ArticleMeta }, topic: Topic): ArticleClaims {
  const parsed = parseArticle(article.text);
  const { claims, explanations } = extractSentences({ id: article.id, file: article.file, meta: article.meta }, parsed.sentences, topic);
  return { claims, explanations, dropped: parsed.dropped.length };
}
