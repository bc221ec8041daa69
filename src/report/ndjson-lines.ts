// An article's NDJSON lines, made where the article was extracted (a worker thread, or the main
// thread with --jobs 1), with the person names on each line. The main thread then only renames
// people to the run's fullest name and writes: a string crosses between threads as one copy,
// where a structured clone of the claims cost more than rendering them (see pipeline.ts).
import type { Claim } from '../schema.js';
import { claimPredicate, hasFilter, type ClaimFilter } from './filter.js';
import { ndjsonFormatter } from './claims-ndjson.js';

export interface ArticleLines {
  /** one NDJSON record a claim, each ending in a newline, in sentence order */
  lines: string[];
  /** the names on each line that the run may rename (people, as speakers or carriers) */
  persons: string[][];
  /** how many of the article's sentences the discourse keeps on the topic */
  onTopic: number;
}

export function renderLines(claims: Claim[]): ArticleLines {
  return { lines: claims.map((c, k) => ndjsonFormatter.claim(c, k)), persons: claims.map(personsOf), onTopic: claims.filter((c) => c.onTopic).length };
}

/** The names on a claim that the run may rename (people, as speakers or carriers). */
export function personsOf(c: Claim): string[] {
  const names = c.speakers.filter((s) => s.kind === 'person').map((s) => s.name);
  if (c.via?.kind === 'person') names.push(c.via.name);
  return names;
}

/**
 * The lines to write, after the book has learned this article's people: a line naming nobody the
 * run knows by a fuller name is kept as it is; any other (or any line at all when filtering) is
 * read back, renamed, filtered and written again, which gives the bytes the claims would.
 */
/** The run's name book (src/names.ts), as this module uses it. */
interface Names { fullest(name: string): string; apply(claims: Claim[]): Claim[] }

export function finishLines(article: ArticleLines, names: Names, filter: ClaimFilter): { text: string; shown: number } {
  const filtering = hasFilter(filter);
  const keep = claimPredicate(filter);
  let text = '';
  let shown = 0;
  article.lines.forEach((line, k) => {
    if (!filtering && article.persons[k]!.every((n) => names.fullest(n) === n)) {
      text += line;
      shown++;
      return;
    }
    const c = names.apply([JSON.parse(line) as Claim])[0]!;
    if (keep(c)) {
      text += ndjsonFormatter.claim(c, shown);
      shown++;
    }
  });
  return { text, shown };
}

/** An article's claims back from its lines, renamed to the run's fullest names and filtered. */
export function claimsFromLines(article: ArticleLines, names: Names, keep: (c: Claim) => boolean): Claim[] {
  const parsed: Claim[] = [];
  for (const line of article.lines) parsed.push(JSON.parse(line) as Claim);
  return names.apply(parsed).filter(keep);
}
