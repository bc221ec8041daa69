// One article's sentences -> claim records. Two passes: the first learns the article's names
// (the fullest form of each person), the second attributes, scores stance and finds limits,
// carrying what a sentence needs from the one before (quotations, "he", "these officials").
import { SCHEMA_VERSION, type Claim, type SentenceKind, type Stance } from '../schema.js';
import { attribute, type Holder, type Previous } from './attribution.js';
import { ArticleEntities } from './entities.js';
import { lexicon } from './lexicon.js';
import { findLimits } from './limits.js';
import { findMentions, type Mention } from './mentions.js';
import { stanceOf, type StanceVote } from './stance.js';
import { tokenize, type Token } from './tokens.js';
import type { LimitFinding } from './limits.js';
import type { Topic } from './topic.js';

export interface SentenceIn { n: number; start: number; end: number; line: number; paragraph: number; text: string; kind: SentenceKind }
export interface ArticleIn { id: string; file: string }

/** Why a claim came out as it did: the words each rule matched. */
export interface Explanation { speakers: Array<{ name: string; rule: string; cue: string | null }>; stance: StanceVote[]; limits: LimitFinding[] }

export interface Extracted { claims: Claim[]; explanations: Explanation[] }

interface Prepared { s: SentenceIn; tokens: Token[]; mentions: Mention[] }

function caseEvidence(sentences: SentenceIn[], tokenized: Token[][]): { lowerWords: Set<string>; properWords: Set<string> } {
  const lowerWords = new Set<string>();
  const properWords = new Set<string>();
  sentences.forEach((s, k) => {
    if (s.kind === 'headline') return;
    tokenized[k]!.forEach((t, i) => {
      if (t.kind !== 'word') return;
      if (!t.cap) lowerWords.add(t.lower);
      else if (i > 0 && tokenized[k]![i - 1]!.kind === 'word') properWords.add(t.lower.replace(/['\u2019]s$/, ''));
    });
  });
  return { lowerWords, properWords };
}

export function extractSentences(article: ArticleIn, sentences: SentenceIn[], topic: Topic): Extracted {
  const lex = lexicon();
  const tokenized = sentences.map((s) => tokenize(s.text));
  const evidence = caseEvidence(sentences, tokenized);
  const entities = new ArticleEntities();
  const prepared: Prepared[] = sentences.map((s, k) => {
    const mentions = findMentions(tokenized[k]!, { lex, headline: s.kind === 'headline', ...evidence });
    return { s, tokens: tokenized[k]!, mentions };
  });
  for (const p of prepared) for (const m of p.mentions) entities.observe(m);

  const claims: Claim[] = [];
  const explanations: Explanation[] = [];
  let prev: (Previous & { paragraph: number; stance: Stance }) | null = null;
  for (const { s, tokens, mentions } of prepared) {
    const context: Previous | null = prev && {
      ...prev,
      sameParagraph: prev.paragraph === s.paragraph,
      adjacentParagraph: s.paragraph - prev.paragraph === 1,
    };
    const a = attribute({ tokens, mentions, kind: s.kind, text: s.text }, lex, entities, context);
    const limits = findLimits(tokens, s.text, topic);
    const continues = a.holders.length > 0 && a.holders.every((h) => h.rule === 'speaker.quote-continues');
    const st = stanceOf(tokens, s.text, topic, {
      hasSpeaker: a.holders.length > 0,
      hasLimit: limits.length > 0,
      inherited: continues && prev ? prev.stance : null,
    });
    // coordinated holders are "they" for the next sentence
    const persons = a.holders.map((h) => h.entity);
    if (persons.length > 1) entities.lastSet = persons;
    entities.note(mentions.map((m) => (m.kind === 'person' || m.kind === 'group' || m.kind === 'anonymous' ? entities.entityOf(m) : null))
      .filter((e): e is NonNullable<typeof e> => e !== null));
    entities.note(persons);
    const rules = [...a.rules, ...st.votes.map((v) => v.rule), ...limits.map((l) => l.rule)];
    claims.push({
      schemaVersion: SCHEMA_VERSION,
      id: `${article.id}#${s.n}`,
      article: article.id,
      file: article.file,
      n: s.n,
      start: s.start,
      end: s.end,
      line: s.line,
      text: s.text,
      kind: s.kind,
      speakers: a.holders.map((h: Holder) => ({ name: h.entity.name, kind: h.entity.kind, mention: h.mention })),
      via: a.via,
      cue: a.cue,
      quote: a.quote,
      stance: st.stance,
      limits: limits.map((l) => l.id),
      confidence: Math.min(1, Math.max(0, a.holders.length ? st.confidence : st.confidence * 0.9)),
      rules: [...new Set(rules)],
    });
    explanations.push({
      speakers: a.holders.map((h) => ({ name: h.entity.name, rule: h.rule, cue: h.cue?.word ?? null })),
      stance: st.votes,
      limits,
    });
    prev = { holders: a.holders, quoted: a.quoted, openQuote: a.openQuote, sameParagraph: false, adjacentParagraph: false, paragraph: s.paragraph, stance: st.stance };
  }
  return { claims, explanations };
}
