// Quotations across sentences and paragraphs (ANNOTATION.md §2). A quotation of several
// sentences belongs to the speaker named at its start (attribute() carries that one forward) or
// at its end: five sentences, then `…," Kirby said.` gives Kirby all six. The same holds for a
// block after a colon (`Trump wrote:`) and for a bare tag after a question (`Graham asked.`).
import { holder, withHolders, type Attribution, type Holder } from './attribution.js';
import { ruleId } from './rules.js';
import { mapped } from './arrays.js';
import { isQuoteMark, type Token } from '../text/tokens.js';

interface Sentence { s: { paragraph: number }; tokens: Token[] }

/** a quotation longer than this is no longer taken to be one speaker's */
const MAX_QUOTED_SENTENCES = 12;
/** words of a bare tag: "Graham asked.", "the senior official added." */
const MAX_TAG_WORDS = 5;

/** Gives each sentence of a quotation, block or tagged question the speaker named for it. */
export function quotationSpeakers(sentences: Sentence[], attributions: Attribution[]): void {
  const n = sentences.length;
  const startsInside = (j: number): boolean => {
    const before = attributions[j - 1];
    if (!before?.openQuote) return false;
    const first = sentences[j]!.tokens[0];
    return sentences[j]!.s.paragraph === sentences[j - 1]!.s.paragraph || (first !== undefined && isQuoteMark(first));
  };
  const fill = (j: number, named: Holder[], rule: string): void => {
    const a = attributions[j]!;
    if (a.holders.length) return;
    const holders = mapped(named, (h) => holder(h.entity, '', rule, h.cue, -1, -1));
    attributions[j] = withHolders(a, holders, named[0]?.cue?.word ?? null, [rule, ...a.rules]);
  };

  // a quotation that runs over several sentences: the speaker named where it closes
  for (let k = 0; k < n; k++) {
    if (!attributions[k]!.openQuote) continue;
    let end = k + 1;
    while (end < n && end - k < MAX_QUOTED_SENTENCES && startsInside(end) && attributions[end]!.openQuote) end++;
    if (end < n && startsInside(end)) {
      const named = attributions[end]!.attributes;
      if (named.length) for (let j = k; j < end; j++) fill(j, named, ruleId('speaker.quote-run'));
    }
    k = end - 1;
  }

  for (let k = 0; k < n; k++) {
    const a = attributions[k]!;
    // a transcript's turn goes on to the end of the paragraph its label opens
    if (a.holders[0]?.rule === ruleId('speaker.transcript')) {
      for (let j = k + 1; j < n && sentences[j]!.s.paragraph === sentences[k]!.s.paragraph; j++) fill(j, a.holders, ruleId('speaker.transcript'));
    }
    if (!a.attributes.length) continue;
    const tokens = sentences[k]!.tokens;
    // "Trump wrote:", "referred to the measure as …:": the block after the colon, to the end of
    // the paragraph or, when the colon ends one, the next paragraph
    if (tokens[tokens.length - 1]?.text === ':') {
      const own = sentences[k]!.s.paragraph;
      const lastOfParagraph = k + 1 < n && sentences[k + 1]!.s.paragraph !== own;
      const block = lastOfParagraph ? sentences[k + 1]!.s.paragraph : own;
      if (block - own <= 1) for (let j = k + 1; j < n && j <= k + MAX_QUOTED_SENTENCES && sentences[j]!.s.paragraph === block; j++) fill(j, a.attributes, ruleId('speaker.colon-block'));
    }
    // "“Should Ukraine just sit and watch?” ¶ Graham asked.": a bare tag speaks the sentence before
    const words = tokens.filter((t) => t.kind === 'word').length;
    if (k > 0 && words <= MAX_TAG_WORDS && !tokens.some(isQuoteMark) && sentences[k - 1]!.s.paragraph === sentences[k]!.s.paragraph) {
      const before = sentences[k - 1]!.tokens;
      const last = before[before.length - 1];
      if (attributions[k - 1]!.quoted || last?.text === '?') fill(k - 1, a.attributes, ruleId('speaker.quote-tag'));
    }
  }
}
