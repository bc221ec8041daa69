// Claims of a passage written for a test, under the default pack: the helpers the speaker tests
// share (one article of the given paragraphs, and the speakers of its last sentence).
import { extractArticle } from '../src/extract/article.js';
import { compileTopic } from '../src/extract/topic.js';
import { loadPack } from '../src/packs/load.js';
import type { Claim } from '../src/schema.js';

export const defaultTopic = compileTopic(loadPack());

/** The claims of one article made of these paragraphs. */
export function claimsOfParagraphs(...paragraphs: string[]): Claim[] {
  return extractArticle({ id: 't', file: 't.txt', text: `${paragraphs.join('\n\n')}\n` }, defaultTopic).claims;
}

/** The speakers' names of the article's last sentence. */
export function lastSpeakers(...paragraphs: string[]): string[] {
  const claims = claimsOfParagraphs(...paragraphs);
  return claims[claims.length - 1]!.speakers.map((s) => s.name);
}

/** The words that name each speaker of the article's last sentence. */
export function lastMentions(...paragraphs: string[]): string[] {
  const claims = claimsOfParagraphs(...paragraphs);
  return claims[claims.length - 1]!.speakers.map((s) => s.mention);
}
