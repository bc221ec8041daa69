// Interviews set out as questions and answers: a question is the interviewer's, an answer and the
// paragraphs after it the interviewee's.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/article.js';
import { compileTopic } from '../src/extract/topic.js';
import { loadPack } from '../src/packs/load.js';

const topic = compileTopic(loadPack());
const speakersOf = (...paragraphs: string[]) =>
  extractArticle({ id: 't', file: 't.txt', text: `${paragraphs.join('\n\n')}\n` }, topic).claims.map((c) => c.speakers.map((s) => s.name));

describe('Q&A interviews', () => {
  it('gives questions to the interviewer and answers, with the paragraphs after them, to the interviewee', () => {
    const got = speakersOf(
      'On this week’s show, host Maria Lopez talks to former NATO commander James Carter about the war.',
      'Q: What has changed since May?',
      'A: Very little. The permission is narrow.',
      'Russia still launches its bombers from bases the rules protect.',
      'Q: Should the rules go?',
      'A: Most of them, yes.',
    );
    expect(got.slice(1)).toEqual([['Maria Lopez'], ['James Carter'], ['James Carter'], ['James Carter'], ['Maria Lopez'], ['James Carter']]);
  });

  it('leaves an article with one "A:" line alone', () => {
    const got = speakersOf('Officials met on Monday.', 'A: the plan, B: the budget.', 'Chancellor Olaf Scholz said talks would go on.');
    expect(got).toEqual([[], [], ['Olaf Scholz']]);
  });

  it('without an introduction naming the two, keeps the speakers the sentences name', () => {
    const got = speakersOf('Q: Will Berlin move?', 'A: Chancellor Olaf Scholz said it would not.', 'Q: And Paris?', 'A: President Emmanuel Macron said it might.');
    expect(got).toEqual([[], ['Olaf Scholz'], [], ['Emmanuel Macron']]);
  });
});
