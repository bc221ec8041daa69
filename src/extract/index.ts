// One article's sentences -> claim records. Two passes: the first learns the article's names
// (the fullest form of each person), the second attributes, scores stance and finds limits,
// carrying what a sentence needs from the one before (quotations, "he", "these officials").
import type { ArticleMeta, Claim, Explanation, Finding } from '../schema.js';
import { NO_META, SCHEMA_VERSION } from '../record-values.js';
import { mapped } from './arrays.js';
import { analyse, ruleTokens, type Analysis, type SentenceIn } from './analysis.js';
import { holder, type Attribution, type Holder, type Previous } from './attribution.js';
import { attribute } from './speaker-rules.js';
import { interviewRoles, interviewTurns } from './interview.js';
import { quotationSpeakers } from './quotations.js';
import { ownVoicesOf, postSpeakers, type Furniture } from './furniture.js';
import { ArticleEntities, type Entity } from './entities.js';
import { lexicon, type Lexicon } from './lexicon.js';
import { factsOf, tokenFacts, type WordFacts } from './facts.js';
import { findLimits, type LimitFinding } from './limits.js';
import { blank, isPossessiveWord, type Mention, type MentionContext } from './mentions.js';
import { findCues } from './cues.js';
import { wordsWithRole } from './words.js';
import { rulesOf, SPEAKERLESS_FACTOR } from './resolve.js';
import { ruleId } from './rules.js';
import { stanceOf, type IgnoredVote, type Scope, type StanceVote } from './stance.js';
import { clauseSpans, leavesQuoteOpen, topicReasons, type TopicReason } from './discourse.js';
import { endsInApostropheS, isQuoteMark, tokenize, type Token } from '../text/tokens.js';
import type { Stance } from '../schema.js';
import { topicMatches, type Matches, type Topic } from './topic.js';

export type { Explanation } from '../schema.js';
export type { SentenceIn } from './analysis.js';
export interface ArticleIn { id: string; file: string; meta?: ArticleMeta }

export interface Extracted { claims: Claim[]; explanations: Explanation[] }

/** What the next sentence needs from this one. */
interface Carried { holders: Holder[]; quoted: boolean; openQuote: boolean; paragraph: number }

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
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    // "… but the French president went too far. “…,” he said": a title names its holder here too
    if (m.kind === 'title-ref') { const holder = entities.titleHolder(m); if (holder) out.push(holder); continue; }
    if (m.kind !== 'person' && m.kind !== 'group' && m.kind !== 'anonymous') continue;
    const e = entities.entityOf(m);
    if (e !== null) out.push(e);
  }
  return out;
}

const PREPOSITIONS = wordsWithRole('preposition');
/** a word in capitals ("NATO", "U.S."): no surname (a regex as a constant, not made again at each token) */
const ALL_CAPITALS = /^\p{Lu}[\p{Lu}.'-]+$/u;

/**
 * "… with Prime Minister A and President B's talks in Washington. They deliberated …": two persons
 * named together, though they hold nothing there, are "they" for the next sentence, as coordinated
 * holders are (the last pair of the sentence); the pair, or null.
 */
function coordinatedPersons(a: Analysis, entities: ArticleEntities): Entity[] | null {
  const { mentions, tokens } = a;
  for (let k = mentions.length - 1; k > 0; k--) {
    const second = mentions[k]!, first = mentions[k - 1]!;
    if (second.kind !== 'person' || first.kind !== 'person' || second.start !== first.end + 1 || tokens[first.end]?.lower !== 'and') continue;
    const e1 = entities.entityOf(first), e2 = entities.entityOf(second);
    return e1 && e2 && e1 !== e2 ? [e1, e2] : null;
  }
  return null;
}

/**
 * "John Bolton … Bolton said", "Mike Pence … Pence added", "Mark Cuban … Cuban said": a
 * capitalised word alone that is the surname of a person the article names in full is that
 * person, though it is also a place, a common word, a demonym or a title (a place not after a
 * preposition: "flew to Bolton" stays a place). The cues are found again, since a place or a
 * word that is no mention before a verb reads otherwise. Few sentences have one.
 */
function surnamesInArticle(a: Analysis, entities: ArticleEntities, surnames: ReadonlySet<string>): void {
  const { tokens, mentions } = a;
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.cap || t.kind !== 'word' || !(surnames.has(t.lower) || (endsInApostropheS(t.lower) && surnames.has(t.lower.slice(0, -2)))) || ALL_CAPITALS.test(t.text)) continue;
    const prev = tokens[i - 1], next = tokens[i + 1];
    if ((prev?.kind === 'word' && prev.cap) || (next?.kind === 'word' && next.cap && !isPossessiveWord(t))) continue;
    const k = coveringMention(mentions, i);
    const m = k === undefined ? null : mentions[k]!;
    if (m && (m.kind === 'person' || m.end - m.start !== 1 || (m.kind === 'place' && PREPOSITIONS.has(prev?.lower ?? '')))) continue;
    if (m && m.kind !== 'place' && m.kind !== 'group') continue;
    const person = entities.knownPerson(possessiveStem(t.text));
    if (!person) continue;
    const p = blank(i, i + 1, 'person', possessiveStem(t.text));
    p.gender = person.gender;
    p.possessive = isPossessiveWord(t);
    if (k !== undefined) mentions[k] = p;
    else {
      const after = mentions.findIndex((x) => x.start > i);
      mentions.splice(after < 0 ? mentions.length : after, 0, p);
    }
    changed = true;
  }
  if (changed) a.cues = findCues(tokens, mentions, a.s.kind, a.lex, a.facts);
}

/**
 * The index of the mention that covers token `i` (the last of them, should two), or undefined.
 * (A loop over the sentence's few mentions: a map of every covered token was built for each
 * sentence that has a surname, and most of a person's mentions after the first are one.)
 */
export function coveringMention(mentions: readonly Mention[], i: number): number | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k]!.start <= i && i < mentions[k]!.end) return k;
  return undefined;
}

const POSSESSIVE_END = /['\u2019]s$/i;
const possessiveStem = (w: string) => (POSSESSIVE_END.test(w) ? w.slice(0, -2) : w);

/** A sentence of an interview's question or answer: the one whose turn it is holds it. */
function inTurn(a: Attribution, speaker: Mention, entities: ArticleEntities): Attribution {
  const entity = entities.entityOf(speaker);
  if (!entity) return a;
  const rules = [ruleId('speaker.interview')];
  for (const r of a.rules) if (!r.startsWith('speaker.')) rules.push(r);
  return { holders: [holder(entity, speaker.name, ruleId('speaker.interview'), null, -1, -1)], via: null, cue: null, quote: a.quote, rules, openQuote: a.openQuote, quoted: a.quoted, quoteSpans: a.quoteSpans, attributes: [] };
}

/**
 * The words the article writes in lower case, and those it capitalises inside a sentence. Only
 * words compromise has no tags for are kept: mentions.ts asks these sets of no others, and most
 * words of news copy have tags, so the sets stay small. (`facts`: of each sentence's tokens)
 */
function caseEvidence(sentences: SentenceIn[], tokenized: Token[][], facts: WordFacts[][], lex: Lexicon): { lowerWords: Set<string>; properWords: Set<string> } {
  const lowerWords = new Set<string>();
  const properWords = new Set<string>();
  for (let k = 0; k < sentences.length; k++) {
    if (sentences[k]!.kind === 'headline') continue;
    const tokens = tokenized[k]!;
    const F = facts[k]!;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      if (!t.cap) { if (F[i]!.tags === 0) lowerWords.add(t.lower); }
      // (a token's lower case has straight apostrophes; its facts' stem is the word without "'s" from three letters on)
      else if (i > 0 && tokens[i - 1]!.kind === 'word') {
        const word = endsInApostropheS(t.lower) ? t.lower.slice(0, -2) : t.lower;
        const tags = word === t.lower ? F[i]!.tags : t.lower.length >= 3 ? F[i]!.stem.tags : factsOf(lex, word).tags;
        if (tags === 0) properWords.add(word);
      }
    }
  }
  return { lowerWords, properWords };
}

/** A finding over tokens [at, end) of a sentence, or over the whole sentence when `at` < 0. */
function finding(a: Analysis, ruleId: string, at: number, end: number, contribution: Finding['contribution']): Finding {
  const { tokens, s } = a;
  const first = at >= 0 ? tokens[at] : undefined;
  const last = at >= 0 ? tokens[end - 1] : undefined;
  const from = first ? first.start : 0;
  const to = last ? last.end : s.text.length;
  if (s.sourceSpan && s.source !== undefined) {
    // offsets and words are the source's, also where the rules read a normalised view
    const span = s.sourceSpan(from, to);
    return { ruleId, start: span.start, end: span.end, words: s.source.slice(span.start - s.start, span.end - s.start), contribution };
  }
  return { ruleId, start: s.start + from, end: s.start + to, words: s.text.slice(from, to), contribution };
}

/** The topic findings: why the discourse keeps the sentence on the topic (none when it does not). */
const TOPIC_RULES: Record<Exclude<TopicReason, 'off'>, string> = {
  named: ruleId('topic.named'), paragraph: ruleId('topic.paragraph'), quotation: ruleId('topic.quotation'),
  carried: ruleId('topic.carried'), ahead: ruleId('topic.carried'), elsewhere: ruleId('topic.elsewhere'),
};
const IGNORED = ruleId('ignored');
const QUOTE = ruleId('quote');
const QUOTE_CONTINUES = ruleId('speaker.quote-continues');

interface StanceFindings { votes: StanceVote[]; ignored: IgnoredVote[]; scopes: Scope[]; topic: TopicReason }

/**
 * Every finding behind one claim, in the order resolve.ts reads them. (Loops by index: a loop
 * over an array's iterator makes a larger graph for V8 to optimise, and each kind of finding is a
 * loop of its own.)
 */
function findingsOf(a: Analysis, attribution: Attribution, st: StanceFindings, limits: LimitFinding[]): Finding[] {
  const out: Finding[] = [];
  if (st.topic !== 'off') out.push(finding(a, TOPIC_RULES[st.topic], -1, -1, { type: 'topic', onTopic: st.topic !== 'elsewhere' }));
  const holders = attribution.holders;
  for (let n = 0; n < holders.length; n++) { const h = holders[n]!; out.push(finding(a, h.rule, h.at, h.end, { type: 'holder', name: h.entity.name, kind: h.entity.kind, cue: h.cue?.word ?? null })); }
  const quotes = attribution.quoteSpans;
  for (let n = 0; n < quotes.length; n++) out.push(finding(a, QUOTE, quotes[n]![0], quotes[n]![1], { type: 'quote' }));
  const v = attribution.via;
  if (v) out.push(finding(a, v.rule, v.at, v.end, { type: 'via', name: v.name, kind: v.kind }));
  const scopes = st.scopes;
  for (let n = 0; n < scopes.length; n++) { const x = scopes[n]!; out.push(finding(a, x.rule, x.at, x.end, { type: 'scope', effect: x.effect })); }
  const votes = st.votes;
  for (let n = 0; n < votes.length; n++) { const x = votes[n]!; out.push(finding(a, x.rule, x.at, x.end, { type: 'vote', stance: x.stance, weight: x.weight, negated: x.negated })); }
  const ignored = st.ignored;
  for (let n = 0; n < ignored.length; n++) { const x = ignored[n]!; out.push(finding(a, IGNORED, x.at, x.end, { type: 'ignored', rule: x.rule, stance: x.stance, reason: x.reason })); }
  for (let n = 0; n < limits.length; n++) { const l = limits[n]!; out.push(finding(a, l.rule, l.at, l.end, { type: 'limit', limit: l.id, term: l.term, bound: l.bound })); }
  return out;
}

/** `furniture`: the lines the parser dropped, which may still say who speaks (furniture.ts) */
export function extractSentences(article: ArticleIn, sentences: SentenceIn[], topic: Topic, furniture: readonly Furniture[] = []): Extracted {
  const lex = lexicon();
  // arrays built by `mapped` and objects by literals of one shape throughout (see arrays.ts):
  // these records feed every hot function of extraction
  const tokenized = mapped(sentences, (s) => ruleTokens(tokenize(s.text)));
  const facts = mapped(tokenized, (tokens) => tokenFacts(tokens, lex));
  const evidence = caseEvidence(sentences, tokenized, facts, lex);
  const entities = new ArticleEntities(lex.roleTitles, lex.anonymousHeads);
  // a sentence begins inside a quotation when the one before ended in an open one, in the same
  // paragraph or in the next when it opens with a quote mark (the next paragraph of a quotation)
  const analyses: Analysis[] = [];
  // (two contexts, made once; loops by index, which make no pair of [k, x] a sentence)
  const bodyCtx: MentionContext = { lex, headline: false, properWords: evidence.properWords, lowerWords: evidence.lowerWords };
  const headlineCtx: MentionContext = { lex, headline: true, properWords: evidence.properWords, lowerWords: evidence.lowerWords };
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    const ctx = s.kind === 'headline' ? headlineCtx : bodyCtx;
    const before = analyses[k - 1];
    const first = tokenized[k]![0];
    // (each read on every sentence: a read met first when the function is optimised throws its code away)
    const open = before !== undefined && before.quotes.open;
    const paragraphs = before === undefined ? -1 : s.paragraph - before.s.paragraph;
    const opensWithQuote = first !== undefined && isQuoteMark(first);
    const continues = paragraphs === 0 || (paragraphs === 1 && opensWithQuote);
    const inside = open && continues;
    analyses.push(analyse(s, tokenized[k]!, ctx, inside, facts[k]!));
  }
  // (loops by index and named functions, not iterators and closures: a smaller graph for V8 to compile)
  for (let k = 0; k < analyses.length; k++) { const ms = analyses[k]!.mentions; for (let n = 0; n < ms.length; n++) entities.observe(ms[n]!); }
  entities.published = article.meta?.published ?? null;
  const period = topic.pack.period;
  entities.period = period ? [period.from, period.to] : null;
  ownVoicesOf(furniture, entities);
  const surnames = entities.surnames();
  if (surnames.size) for (let k = 0; k < analyses.length; k++) surnamesInArticle(analyses[k]!, entities, surnames);
  const turns = interviewTurns(analyses);
  const roles = turns && interviewRoles(analyses, turns);

  // the pack's phrases are matched once a sentence, for the discourse, limits and stance alike
  const matched: Matches[] = mapped(analyses, (an) => topicMatches(an.tokens, topic, an.facts));
  // the discourse decides which sentences are on the topic (discourse.ts)
  const discourse = mapped(analyses, (an, k) => {
    const found = matched[k]!;
    // a clause about the background ("who has refused to send Taurus") does not move the sentence elsewhere
    const background = clauseSpans(an.tokens, found(topic.background));
    const term = found(topic.relevance).length > 0;
    return {
      paragraph: an.s.paragraph,
      named: term || found(topic.anaphora).length > 0,
      term,
      continuesQuote: k > 0 && leavesQuoteOpen(analyses[k - 1]!.s.text),
      elsewhere: found(topic.elsewhere).some((m) => !background.some(([b, e]) => m.start >= b && m.start < e)),
    };
  });
  const reasons = topicReasons(discourse, topic.carry);

  // first the speakers of every sentence, in order (each needs the one before); then those a
  // quotation's later sentence names for its earlier ones; then stance and limits
  const attributions: Attribution[] = [];
  let prev: Carried | null = null;
  let pairFor: { pair: Entity[]; before: Entity[] } | null = null;
  for (let k = 0; k < analyses.length; k++) {
    const an = analyses[k]!;
    const { s, mentions } = an;
    const context: Previous | null = prev && previous(prev, s.paragraph);
    let a = attribute(an, entities, context);
    const turn = turns?.[k];
    const speaker = turn && roles ? roles[turn] : null;
    if (speaker) a = inTurn(a, speaker, entities);
    // coordinated holders are "they" for the next sentence
    // a pair that held nothing is "they" for the next sentence only
    if (pairFor !== null) { if (entities.lastSet === pairFor.pair) entities.lastSet = pairFor.before; pairFor = null; }
    const persons = mapped(a.holders, (h) => h.entity);
    if (persons.length > 1) entities.lastSet = persons;
    else {
      const before = entities.lastSet;
      const pair = coordinatedPersons(an, entities);
      if (pair) { pairFor = { pair, before }; entities.lastSet = pair; }
    }
    entities.note(namedEntities(mentions, entities));
    entities.note(persons);
    attributions.push(a);
    prev = { holders: a.holders, quoted: a.quoted, openQuote: a.openQuote, paragraph: s.paragraph };
  }
  quotationSpeakers(analyses, attributions);
  postSpeakers(analyses, attributions, furniture, entities);
  return claimsOf(article, topic, analyses, attributions, matched, reasons, discourse);
}

/**
 * Stance, limits and the record of each sentence, once its speakers are known. (A function of its
 * own: V8 optimises, and after a rare case re-optimises, each stage's smaller code on its own.)
 */
function claimsOf(article: ArticleIn, topic: Topic, analyses: Analysis[], attributions: Attribution[], matched: Matches[],
  reasons: TopicReason[], discourse: ReadonlyArray<{ named: boolean }>): Extracted {
  const claims: Claim[] = [];
  const explanations: Explanation[] = [];
  let prevStance: Stance | null = null;
  for (let k = 0; k < analyses.length; k++) {
    const an = analyses[k]!;
    const { s, tokens } = an;
    const a = attributions[k]!;
    const found = matched[k]!;
    const reason = reasons[k]!;
    const onTopic = reason !== 'off' && reason !== 'elsewhere';
    const limits = findLimits(tokens, s.text, topic, found);
    const continues = a.holders.length > 0 && a.holders.every((h) => h.rule === QUOTE_CONTINUES);
    const st = stanceOf(tokens, s.text, topic, {
      hasSpeaker: a.holders.length > 0,
      hasLimit: limits.length > 0,
      inherited: continues ? prevStance : null,
      onTopic,
      named: discourse[k]!.named,
      elsewhere: reason === 'elsewhere',
    }, found);
    const findings = findingsOf(an, a, { votes: st.votes, ignored: st.ignored, scopes: st.scopes, topic: reason }, limits);
    claims.push({
      type: 'claim',
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
      onTopic,
      speakers: mapped(a.holders, (h: Holder) => ({ name: h.entity.name, kind: h.entity.kind, mention: h.mention })),
      via: a.via && { name: a.via.name, kind: a.via.kind },
      cue: a.cue,
      quote: a.quote,
      stance: st.stance,
      limits: mapped(limits, (l) => l.id),
      confidence: Math.min(1, Math.max(0, a.holders.length ? st.confidence : st.confidence * SPEAKERLESS_FACTOR)),
      rules: rulesOf(findings),
      meta: article.meta ?? NO_META,
    });
    explanations.push(findings);
    prevStance = st.stance;
  }
  return { claims, explanations };
}
