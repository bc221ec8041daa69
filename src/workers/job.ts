// What one article becomes, the same whether a worker thread or the main thread extracts it.
import type { ArticleMeta, Claim } from '../schema.js';
import type { Explanation } from '../extract/index.js';
import type { Topic } from '../extract/topic.js';
import { extractParts } from '../extract/article.js';
import { givenNameOf, personKey } from '../extract/entities.js';
import { appendLines, renderLines, type ArticleLines } from '../report/ndjson-lines.js';

/**
 * `claims`: the claims (json, table, eval, diff); `explained`: with the rules behind each
 * (--explain); `lines`: NDJSON lines, for output that streams.
 */
export type JobOutput = 'claims' | 'explained' | 'lines';

export type JobResult =
  | { claims: Claim[]; explanations: Explanation[] }
  | { lines: ArticleLines };

export interface JobArticle { id: string; file: string; text: string; meta?: ArticleMeta }

/** The article part by part (see extractParts): NDJSON output writes each before the next is made. */
export function* jobParts(article: JobArticle, topic: Topic, output: JobOutput): Generator<JobResult> {
  for (const { claims, explanations } of extractParts(article, topic)) {
    // a score, not a measurement: two decimals, never 0.7200000000000001
    for (const c of claims) c.confidence = Math.round(c.confidence * 100) / 100;
    if (output === 'lines') yield { lines: renderLines(claims, nameKeys) };
    else yield { claims, explanations: output === 'explained' ? explanations : [] };
  }
}

/**
 * personKey and givenNameOf of a person's name, as the run's name book keys it (NameBook.learnKeyed),
 * worked out where the article is extracted, so that the main thread of --jobs needs no lexicon;
 * remembered (bounded), as a run names the same people again and again.
 */
export function nameKeys(name: string): readonly [string, string] {
  let keys = memo.get(name);
  if (keys === undefined) {
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(name, (keys = [personKey(name), givenNameOf(name)]));
  }
  return keys;
}

const memo = new Map<string, readonly [string, string]>();
const MAX_MEMO = 50_000;

/** The whole article as one result. */
export function runJob(article: JobArticle, topic: Topic, output: JobOutput): JobResult {
  let merged: JobResult | undefined;
  for (const part of jobParts(article, topic, output)) merged = merged ? joined(merged, part) : part;
  return merged!;
}

function joined(a: JobResult, b: JobResult): JobResult {
  if ('lines' in a && 'lines' in b) {
    appendLines(a.lines, b.lines);
  } else if ('claims' in a && 'claims' in b) {
    for (const c of b.claims) a.claims.push(c);
    for (const e of b.explanations) a.explanations.push(e);
  }
  return a;
}
