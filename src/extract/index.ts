// One article's sentences -> claim records. Two passes: the first learns the article's names
// (the fullest form of each person), the second attributes, scores stance and finds limits,
// carrying what a sentence needs from the one before (quotations, "he", "these officials").
import { SCHEMA_VERSION, type Claim, type SentenceKind, type Stance } from '../schema.js';
import { mapped } from './arrays.js';
import { attribute, holder, type Attribution, type Holder, type Previous } from './attribution.js';
import { interviewRoles, interviewTurns } from './interview.js';
import { ArticleEntities, type Entity } from './entities.js';
import { lexicon } from './lexicon.js';
import { findLimits } from './limits.js';
import { clauseSpans, leavesQuoteOpen, topicReasons, type TopicReason } from './discourse.js';
import { findPhrases } from './phrase.js';
import { findMentions, type Mention, type MentionContext } from './mentions.js';
import { stanceOf, type StanceVote } from './stance.js';
import { tokenize, type Token } from './tokens.js';
import type { LimitFinding } from './limits.js';
import type { Topic } from './topic.js';

export interface SentenceIn { n: number; start: number; end: number; line: number; paragraph: number; text: string; kind: SentenceKind }
export interface ArticleIn { id: string; file: string }

/** Why a claim came out as it did: the words each rule matched. */
export interface Explanation {
  speakers: Array<{ name: string; rule: string; cue: string | null }>; stance: StanceVote[]; limits: LimitFinding[];
  /** why the sentence is on the topic (discourse.ts), and the cues that did not count because it is not */
  topic: TopicReason; ignored: StanceVote[];
}

export interface Extracted { claims: Claim[]; explanations: Explanation[] }

interface Prepared { s: SentenceIn; tokens: Token[]; mentions: Mention[] }

/** What the next sentence needs from this one. */
interface Carried { holders: Holder[]; quoted: boolean; openQuote: boolean; paragraph: number; stance: Stance }

/** The previous sentence as attribution sees it, from a sentence in `paragraph`. */
function previous(prev: Carried, paragraph: number): Previous {
  return {
    holders: prev.holders,
    quoted: prev.quoted,
    openQuote: prev.openQuote,
    sameParagraph: prev.paragraph === paragraph,
    adjacentParagraph: paragraph - prev.paragraph === 1,
  };
}

/** The people, groups and unnamed sources a sentence names, in order. */
function namedEntities(mentions: Mention[], entities: ArticleEntities): Entity[] {
  const out: Entity[] = [];
  for (const m of mentions) {
    if (m.kind !== 'person' && m.kind !== 'group' && m.kind !== 'anonymous') continue;
    const e = entities.entityOf(m);
    if (e !== null) out.push(e);
  }
  return out;
}

/** A sentence of an interview's question or answer: the one whose turn it is holds it. */
function inTurn(a: Attribution, speaker: Mention, entities: ArticleEntities): Attribution {
  const entity = entities.entityOf(speaker);
  if (!entity) return a;
  const rules = ['speaker.interview'];
  for (const r of a.rules) if (!r.startsWith('speaker.')) rules.push(r);
  return { holders: [holder(entity, speaker.name, 'speaker.interview', null, 0)], via: null, cue: null, quote: a.quote, rules, openQuote: a.openQuote, quoted: a.quoted };
}

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
  // arrays built by `mapped` and objects by literals of one shape throughout (see arrays.ts):
  // these records feed every hot function of extraction
  const tokenized = mapped(sentences, (s) => tokenize(s.text));
  const evidence = caseEvidence(sentences, tokenized);
  const entities = new ArticleEntities();
  const prepared: Prepared[] = mapped(sentences, (s, k) => {
    const ctx: MentionContext = { lex, headline: s.kind === 'headline', properWords: evidence.properWords, lowerWords: evidence.lowerWords };
    return { s, tokens: tokenized[k]!, mentions: findMentions(tokenized[k]!, ctx) };
  });
  for (const p of prepared) for (const m of p.mentions) entities.observe(m);
  const interview = mapped(prepared, (p) => ({ text: p.s.text, paragraph: p.s.paragraph, tokens: p.tokens, mentions: p.mentions }));
  const turns = interviewTurns(interview);
  const roles = turns && interviewRoles(interview, turns);

  // the discourse decides which sentences are on the topic (discourse.ts)
  const discourse = mapped(prepared, (p, k) => {
    const named = findPhrases(p.tokens, topic.naming);
    // a clause about the background ("who has refused to send Taurus") does not move the sentence elsewhere
    const background = clauseSpans(p.tokens, named.filter((m) => topic.background.includes(m.phrase)));
    const inBackground = (start: number) => background.some(([b, e]) => start >= b && start < e);
    return {
      paragraph: p.s.paragraph,
      named: named.some((m) => topic.relevance.includes(m.phrase) || topic.anaphora.includes(m.phrase)),
      term: named.some((m) => topic.relevance.includes(m.phrase)),
      elsewhere: named.some((m) => topic.elsewhere.includes(m.phrase) && !inBackground(m.start)),
      continuesQuote: k > 0 && leavesQuoteOpen(prepared[k - 1]!.s.text),
    };
  });
  const reasons = topicReasons(discourse, topic.carry);

  const claims: Claim[] = [];
  const explanations: Explanation[] = [];
  let prev: Carried | null = null;
  for (const [k, { s, tokens, mentions }] of prepared.entries()) {
    const context: Previous | null = prev && previous(prev, s.paragraph);
    let a = attribute({ tokens, mentions, kind: s.kind, text: s.text }, lex, entities, context);
    const turn = turns?.[k];
    const speaker = turn && roles ? roles[turn] : null;
    if (speaker) a = inTurn(a, speaker, entities);
    const limits = findLimits(tokens, s.text, topic);
    const continues = a.holders.length > 0 && a.holders.every((h) => h.rule === 'speaker.quote-continues');
    const st = stanceOf(tokens, s.text, topic, {
      hasSpeaker: a.holders.length > 0,
      hasLimit: limits.length > 0,
      onTopic: reasons[k] !== 'off' && reasons[k] !== 'elsewhere',
      elsewhere: reasons[k] === 'elsewhere',
      named: discourse[k]!.named,
      inherited: continues && prev ? prev.stance : null,
    });
    // coordinated holders are "they" for the next sentence
    const persons = mapped(a.holders, (h) => h.entity);
    if (persons.length > 1) entities.lastSet = persons;
    entities.note(namedEntities(mentions, entities));
    entities.note(persons);
    const rules = a.rules.slice();
    for (const v of st.votes) rules.push(v.rule);
    for (const l of limits) rules.push(l.rule);
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
      topic: topic.pack.id,
      onTopic: reasons[k] !== 'off' && reasons[k] !== 'elsewhere',
      speakers: mapped(a.holders, (h: Holder) => ({ name: h.entity.name, kind: h.entity.kind, mention: h.mention })),
      via: a.via,
      cue: a.cue,
      quote: a.quote,
      stance: st.stance,
      limits: mapped(limits, (l) => l.id),
      confidence: Math.min(1, Math.max(0, a.holders.length ? st.confidence : st.confidence * 0.9)),
      rules: [...new Set(rules)],
    });
    explanations.push({
      speakers: mapped(a.holders, (h) => ({ name: h.entity.name, rule: h.rule, cue: h.cue?.word ?? null })),
      stance: st.votes,
      limits,
      topic: reasons[k]!,
      ignored: st.ignored,
    });
    prev = { holders: a.holders, quoted: a.quoted, openQuote: a.openQuote, paragraph: s.paragraph, stance: st.stance };
  }
  return { claims, explanations };
}
