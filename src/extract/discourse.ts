import type { Token } from '../text/tokens.js';
import { wordsWithRole } from './words.js';
import { mapped } from './arrays.js';
// Topic relevance from the discourse, not the sentence alone. Real copy refers back ("the
// decision", "it", "such strikes") and argues without naming the topic ("self-defence is not
// escalation"), so a sentence is on the topic when it names it, or when the article is about the
// topic and the sentence belongs to a stretch that is: the same paragraph, the same quotation, or
// one of the next few sentences after one that names the topic. The stretch ends when the subject
// changes: `carry` sentences pass without a word of the topic and a new paragraph starts. A
// sentence about another subject of the same debate (sending the weapons, troops on the ground)
// is off the topic whatever surrounds it, unless it has a word of the topic itself.

/** What the discourse needs to know of one sentence. */
export interface DiscourseSentence {
  paragraph: number;
  /** the sentence names the topic (a relevance term or a reference back) */
  named: boolean;
  /** the sentence has a relevance term: a reference back alone ("the decision") does not put an article on the topic */
  term: boolean;
  /** the sentence continues the previous sentence's quotation */
  continuesQuote: boolean;
  /** the sentence is about another subject of the debate (sending weapons, troops) and has no term of the topic */
  elsewhere: boolean;
}

export type TopicReason = 'named' | 'paragraph' | 'quotation' | 'carried' | 'ahead' | 'elsewhere' | 'off';

/** Whether the article is about the topic at all: some sentence has a word of it. */
export function articleOnTopic(sentences: DiscourseSentence[]): boolean {
  return sentences.some((s) => s.term);
}

/** Where the walk over an article stands: the last sentence that named the topic. */
export interface DiscourseState { k: number; lastNamed: number; lastNamedParagraph: number; prevOn: boolean }

export const START: Readonly<DiscourseState> = Object.freeze({ k: 0, lastNamed: -Infinity, lastNamedParagraph: -1, prevOn: false });

/** One step of the walk: why this sentence is on the topic (or 'off'), and the state after it. */
export function topicStep(state: DiscourseState, s: DiscourseSentence, carry: number): { reason: TopicReason; state: DiscourseState } {
  let reason: TopicReason;
  if (s.elsewhere && !s.term) reason = 'elsewhere';
  else if (s.named) reason = 'named';
  else if (s.paragraph === state.lastNamedParagraph) reason = 'paragraph';
  else if (s.continuesQuote && state.prevOn) reason = 'quotation';
  else if (state.k - state.lastNamed <= carry) reason = 'carried';
  else reason = 'off';
  return {
    reason,
    state: {
      k: state.k + 1,
      lastNamed: reason === 'named' ? state.k : state.lastNamed,
      lastNamedParagraph: reason === 'named' ? s.paragraph : state.lastNamedParagraph,
      prevOn: reason !== 'off' && reason !== 'elsewhere',
    },
  };
}

/**
 * For each sentence, why it is on the topic, or 'off'. `carry` is how many sentences after the
 * last one that names the topic stay on it. An article that never names the topic is off it.
 */
export function topicReasons(sentences: DiscourseSentence[], carry: number): TopicReason[] {
  // (arrays made by `mapped`, of one kind in both tiers: see arrays.ts)
  if (!articleOnTopic(sentences)) return mapped(sentences, (): TopicReason => 'off');
  let state = START;
  const reasons = mapped(sentences, (s): TopicReason => {
    const step = topicStep(state, s, carry);
    state = step.state;
    return step.reason;
  });
  // a headline or lede that comes before the first sentence naming the topic introduces it
  const first = reasons.indexOf('named');
  for (let k = Math.max(0, first - carry); k < first; k++) if (reasons[k] === 'off') reasons[k] = 'ahead';
  return reasons;
}

const JOINERS = wordsWithRole('clause-joiner');
const BREAK_MARKS = new Set([',', ';', ':']);
const breaks = (t: Token) => BREAK_MARKS.has(t.text) || JOINERS.has(t.lower);

/** A comma, a semicolon or a "but" between two tokens ends the clause. */
export function clauseBreak(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (breaks(tokens[k]!)) return true;
  return false;
}

/** The token spans of the background clauses: from where one starts to the next comma. */
export function clauseSpans(tokens: Token[], starts: ReadonlyArray<{ start: number }>): Array<[number, number]> {
  return mapped(starts, ({ start }): [number, number] => {
    let e = start + 1;
    while (e < tokens.length && !breaks(tokens[e]!)) e++;
    return [start, e];
  });
}

// the marks are single UTF-16 units, never halves of a pair, so the text is read unit by unit
const OPENING_QUOTE = 0x201c;
const OPENING_GUILLEMET = 0xab;
const CLOSING_QUOTE = 0x201d;
const CLOSING_GUILLEMET = 0xbb;
const STRAIGHT_QUOTE = 0x22;
const APOSTROPHE = 0x27;

/** a mark that leavesQuoteOpen counts: a double quote, curly or straight, a guillemet, or two apostrophes */
const ANY_QUOTE = /[\u201c\u201d\u00ab\u00bb"]|''/;

/** Whether a sentence leaves a quotation open for the next one ("“We will not ... ." / "So that's ..."). */
export function leavesQuoteOpen(text: string): boolean {
  // (one native search rules out a sentence with no quote mark)
  if (!ANY_QUOTE.test(text)) return false;
  let curly = 0;
  let straight = 0;
  let prevApostrophe = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === OPENING_QUOTE || c === OPENING_GUILLEMET) curly++;
    else if (c === CLOSING_QUOTE || c === CLOSING_GUILLEMET) curly = Math.max(0, curly - 1);
    else if (c === STRAIGHT_QUOTE) straight++;
    // "''": two apostrophes typed for a double quote (see text/tokens.ts)
    else if (c === APOSTROPHE && prevApostrophe) { straight++; prevApostrophe = false; continue; }
    prevApostrophe = c === APOSTROPHE;
  }
  return curly > 0 || straight % 2 === 1;
}
