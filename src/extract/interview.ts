// An interview set out as questions and answers ("Q: ..." and "A: ..." paragraphs): a question
// is the interviewer's and an answer the interviewee's, and so is every sentence after a turn
// until the next one. The two are named where the article introduces them ("host Nadia Okafor
// talks to retired general Robert Haines").
import type { Analysis } from './analysis.js';
import type { Mention } from './mentions.js';
import { wordsWithRole } from './words.js';

export type Turn = 'question' | 'answer';

type Sentence = Pick<Analysis, 's' | 'tokens' | 'mentions'>;

const QUESTION = /^Q\s?[:.]\s/;
const ANSWER = /^A\s?[:.]\s/;
/** at least this many questions and as many answers make an interview */
const MIN_TURNS = 2;

/** The turn each sentence belongs to, or null for all of them when the article is no interview. */
export function interviewTurns(sentences: Sentence[]): Array<Turn | null> | null {
  const starts = sentences.map((s, k) => (k === 0 || sentences[k - 1]!.s.paragraph !== s.s.paragraph ? turnAt(s.s.text) : null));
  if (starts.filter((t) => t === 'question').length < MIN_TURNS || starts.filter((t) => t === 'answer').length < MIN_TURNS) return null;
  const out: Array<Turn | null> = [];
  let current: Turn | null = null;
  for (let k = 0; k < sentences.length; k++) {
    const start = starts[k] ?? null;
    if (start) current = start;
    out.push(current);
  }
  return out;
}

function turnAt(text: string): Turn | null {
  if (QUESTION.test(text)) return 'question';
  if (ANSWER.test(text)) return 'answer';
  return null;
}

const MEETS = wordsWithRole('meet');

/**
 * The interviewer and the interviewee from the first sentence before the first turn that has a
 * person before a verb of meeting and a person after it.
 */
export function interviewRoles(sentences: Sentence[], turns: Array<Turn | null>): { question: Mention | null; answer: Mention | null } {
  const first = turns.findIndex((t) => t !== null);
  for (const s of sentences.slice(0, first)) {
    const verb = s.tokens.findIndex((t) => t.kind === 'word' && MEETS.has(t.lower));
    if (verb < 0) continue;
    const before = s.mentions.filter((m) => m.kind === 'person' && m.end <= verb);
    const after = s.mentions.find((m) => m.kind === 'person' && m.start > verb);
    if (before.length && after) return { question: before[before.length - 1]!, answer: after };
  }
  return { question: null, answer: null };
}
