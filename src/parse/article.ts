// An article as sentences with offsets, line, paragraph and kind, and the boilerplate dropped
// from it, each piece with the id of the rule that dropped it.
import type { SentenceKind } from '../schema.js';
import { BOILERPLATE, type Boilerplate, type BoilerplateRule } from './boilerplate.js';
import { KINDS, type KindRules } from './kinds.js';
import { hasContent, isSpace, lineRanges, type LineRange } from './lines.js';
import { splitLine, type Span } from './sentences.js';
import { normalizedView } from './normalize.js';

export interface Sentence {
  /** 0-based among the article's non-boilerplate sentences. */
  n: number;
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** 0-based paragraph: a block of non-blank lines, or a line when no blank line parts them. */
  paragraph: number;
  text: string;
  kind: SentenceKind;
}

export interface Dropped {
  start: number;
  end: number;
  line: number;
  text: string;
  /** The id of the boilerplate rule that dropped it. */
  rule: string;
}

export interface ParsedArticle {
  sentences: Sentence[];
  dropped: Dropped[];
}

export interface ParseRules {
  boilerplate: Boilerplate;
  kinds: KindRules;
}

const DEFAULT_RULES: ParseRules = { boilerplate: BOILERPLATE, kinds: KINDS };

export function parseArticle(text: string, rules: ParseRules = DEFAULT_RULES): ParsedArticle {
  const out: ParsedArticle = { sentences: [], dropped: [] };
  for (const part of parseParts(text, Infinity, rules)) {
    for (const s of part.sentences) out.sentences.push(s);
    for (const d of part.dropped) out.dropped.push(d);
  }
  return out;
}

/**
 * The article in parts of about `size` sentences (at least that many, then up to the end of the
 * paragraph, or of the line after 1.5 times as many), so that a very long text is never held as
 * sentences all at once. Sentences are numbered across the parts; the parts joined are
 * parseArticle().
 */
export function* parseParts(text: string, size: number, rules: ParseRules = DEFAULT_RULES): Generator<ParsedArticle> {
  const { boilerplate, kinds } = rules;
  const lines = lineRanges(text);
  const paragraphs = paragraphIndices(text, lines);
  let sentences: Sentence[] = [];
  let dropped: Dropped[] = [];
  let n = 0;
  let block: BoilerplateRule | undefined;

  for (let i = 0; i < lines.length; i++) {
    if (sentences.length >= size && (paragraphs[i] !== paragraphs[i - 1] || sentences.length >= size * 1.5)) {
      yield { sentences, dropped };
      sentences = [];
      dropped = [];
    }
    const spans = splitLine(text, lines[i]!.start, lines[i]!.end);
    if (spans.length === 0) continue;
    const lineNo = i + 1;
    const lineText = text.slice(spans[0]!.start, spans[spans.length - 1]!.end);
    const drop = (span: Span, rule: BoilerplateRule) => dropped.push({ start: span.start, end: span.end, line: lineNo, text: span.text, rule: rule.id });

    if (block && boilerplate.isBlockItem(lineText)) {
      // a widget inside the list keeps its own rule: the list of links often runs into them
      const widget = boilerplate.matchLine(lineText);
      for (const span of spans) drop(span, widget ?? boilerplate.matchSentence(span.text) ?? block);
      // a new header inside the block ("Comments", then "Popular posts") names what follows
      if (widget?.block) block = widget;
      continue;
    }
    block = undefined;
    const lineRule = boilerplate.matchLine(lineText);
    if (lineRule) {
      for (const span of spans) drop(span, lineRule);
      if (lineRule.block) block = lineRule;
      continue;
    }

    const kept: Array<{ span: Span; index: number }> = [];
    let credited = false;
    let header: BoilerplateRule | undefined;
    for (const [index, span] of spans.entries()) {
      const rule = boilerplate.matchSentence(span.text);
      if (rule) {
        drop(span, rule);
        credited ||= rule.caption;
        if (rule.block) header = rule;
        continue;
      }
      const trailing = boilerplate.matchTrailing(span.text);
      if (!trailing) {
        kept.push({ span, index });
        continue;
      }
      const credit = subSpan(span, trailing.at, span.text.length);
      if (credit) drop(credit, trailing.rule);
      credited ||= trailing.rule.caption;
      const before = subSpan(span, 0, trailing.at);
      if (before) kept.push({ span: before, index });
    }

    // a line that is all furniture and holds a block header ("Leave a Reply") starts a block too
    if (kept.length === 0 && header) block = header;
    const caption = kept.length > 0 && (credited || kinds.captionPattern(lineText) !== undefined);
    for (const { span, index } of kept) {
      sentences.push({
        n: n++,
        start: span.start,
        end: span.end,
        line: lineNo,
        paragraph: paragraphs[i]!,
        text: span.text,
        kind: kinds.kindOf({ text: span.text, index, count: spans.length, line: lineText, caption }),
      });
    }
  }
  yield { sentences, dropped };
}

/** The trimmed part of a span between two offsets of its text, or undefined when blank. */
function subSpan(span: Span, from: number, to: number): Span | undefined {
  let s = from;
  let e = to;
  while (s < e && isSpace(span.text.charCodeAt(s))) s++;
  while (e > s && isSpace(span.text.charCodeAt(e - 1))) e--;
  if (s === e) return undefined;
  return { start: span.start + s, end: span.start + e, text: span.text.slice(s, e) };
}

/**
 * The paragraph of each line, -1 for blank lines. Blank lines part paragraphs when the article
 * has any between two lines of text; otherwise every line is a paragraph (corpus/003).
 */
function paragraphIndices(text: string, lines: readonly LineRange[]): number[] {
  // filled by push, not map: an optimised map returns an array of another hidden class, which
  // deoptimised the loop below (see src/extract/arrays.ts)
  const blank: boolean[] = [];
  for (const l of lines) blank.push(!hasContent(text, l.start, l.end));
  let seenText = false;
  let gap = false;
  let blankParted = false;
  for (const b of blank) {
    if (b) gap = seenText;
    else {
      if (gap) blankParted = true;
      seenText = true;
      gap = false;
    }
  }
  const out: number[] = [];
  let paragraph = -1;
  let afterBlank = true;
  for (const b of blank) {
    if (b) {
      out.push(-1);
      afterBlank = true;
      continue;
    }
    if (!blankParted || afterBlank) paragraph++;
    out.push(paragraph);
    afterBlank = false;
  }
  return out;
}

/**
 * A sentence found in the normalised view of the source (see normalize.ts): `text` is the view's,
 * what the rules read; `start`, `end` and `source` are the source's.
 */
export interface ViewSentence extends Sentence {
  /** The sentence as the source has it: `source.slice(start, end)`. */
  source: string;
  /** Source offsets (into the whole article) of the span [from, to) of `text`. */
  sourceSpan(from: number, to: number): { start: number; end: number };
}

export interface ParsedView { sentences: ViewSentence[]; dropped: Dropped[] }

/**
 * parseParts() over the normalised view of `source`, every offset mapped back to the source, so
 * that NFC and NFD, soft hyphens, zero-width characters and doubled spaces split and read alike.
 */
export function* parseViewParts(source: string, size: number, rules: ParseRules = DEFAULT_RULES): Generator<ParsedView> {
  const view = normalizedView(source);
  for (const part of parseParts(view.text, size, rules)) {
    const sentences: ViewSentence[] = [];
    for (const s of part.sentences) {
      const at = s.start;
      const start = view.sourceStart(s.start);
      const end = view.sourceEnd(s.end);
      const sourceSpan = (from: number, to: number) => ({ start: view.sourceStart(at + from), end: view.sourceEnd(at + to) });
      // a literal in the order of Sentence's keys, not a spread: the hot path reads these records
      sentences.push({ n: s.n, start, end, line: s.line, paragraph: s.paragraph, text: s.text, kind: s.kind, source: view.changed ? source.slice(start, end) : s.text, sourceSpan });
    }
    const dropped: Dropped[] = [];
    for (const d of part.dropped) {
      const start = view.sourceStart(d.start);
      const end = view.sourceEnd(d.end);
      dropped.push({ ...d, start, end, text: view.changed ? source.slice(start, end) : d.text });
    }
    yield { sentences, dropped };
  }
}
