// An article as sentences with offsets, line, paragraph and kind, and the boilerplate dropped
// from it, each piece with the id of the rule that dropped it.
import type { SentenceKind } from '../schema.js';
import { BOILERPLATE, type Boilerplate, type BoilerplateRule, type TrailingMatch } from './boilerplate.js';
import { KINDS, type KindRules } from './kinds.js';
import { hasContent, isSpace, lineRanges, type LineRange } from './lines.js';
import { splitLine, type Span } from './sentences.js';
import { normalizedView, type TextView } from './normalize.js';

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
  const lines = lineRanges(text);
  const state: PartState = { text, rules, paragraphs: paragraphIndices(text, lines), sentences: [], dropped: [], n: 0, block: undefined };
  const paragraphs = state.paragraphs;
  for (let i = 0; i < lines.length; i++) {
    if (state.sentences.length >= size && (paragraphs[i] !== paragraphs[i - 1] || state.sentences.length >= size * 1.5)) {
      yield { sentences: state.sentences, dropped: state.dropped };
      state.sentences = [];
      state.dropped = [];
    }
    parseLine(state, i, lines[i]!);
  }
  yield { sentences: state.sentences, dropped: state.dropped };
}

/**
 * What parseParts carries from line to line. The generator only cuts parts; each line is read by
 * parseLine, a plain function (a generator's body is costlier to optimise, and this one was the
 * largest function V8 optimised in a run).
 */
interface PartState {
  text: string;
  rules: ParseRules;
  paragraphs: number[];
  sentences: Sentence[];
  dropped: Dropped[];
  /** the next sentence's number */
  n: number;
  /** the block header (a list of links, comments) whose items the lines that follow may be */
  block: BoilerplateRule | undefined;
}

function drop(state: PartState, span: Span, line: number, rule: BoilerplateRule): void {
  state.dropped.push({ start: span.start, end: span.end, line, text: span.text, rule: rule.id });
}

function parseLine(state: PartState, i: number, range: LineRange): void {
  const { text, rules } = state;
  const { boilerplate, kinds } = rules;
  const spans = splitLine(text, range.start, range.end);
  if (spans.length === 0) return;
  const lineNo = i + 1;
  const lineText = text.slice(spans[0]!.start, spans[spans.length - 1]!.end);

  if (state.block && boilerplate.isBlockItem(lineText)) {
    blockItem(state, spans, lineNo, lineText);
    return;
  }
  state.block = undefined;
  const lineRule = boilerplate.matchLine(lineText);
  if (lineRule) {
    for (let k = 0; k < spans.length; k++) drop(state, spans[k]!, lineNo, lineRule);
    if (lineRule.block) state.block = lineRule;
    return;
  }

  const kept: Array<{ span: Span; index: number }> = [];
  let credited = false;
  let header: BoilerplateRule | undefined;
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]!;
    const rule = boilerplate.matchSentence(span.text);
    if (rule) {
      drop(state, span, lineNo, rule);
      credited ||= rule.caption;
      if (rule.block) header = rule;
      continue;
    }
    const trailing = boilerplate.matchTrailing(span.text);
    if (!trailing) {
      kept.push({ span, index });
      continue;
    }
    // called whether or not the line is credited already: it drops the credit and keeps the rest
    const caption = trailingCredit(state, span, index, lineNo, trailing, kept);
    credited ||= caption;
  }

  // a line that is all furniture and holds a block header ("Leave a Reply") starts a block too
  if (kept.length === 0 && header) state.block = header;
  const caption = kept.length > 0 && (credited || kinds.captionPattern(lineText) !== undefined);
  const paragraph = state.paragraphs[i]!;
  for (let k = 0; k < kept.length; k++) {
    const { span, index } = kept[k]!;
    state.sentences.push({
      n: state.n++,
      start: span.start,
      end: span.end,
      line: lineNo,
      paragraph,
      text: span.text,
      kind: kinds.kindOf({ text: span.text, index, count: spans.length, line: lineText, caption }),
    });
  }
}

/** A line inside a block (a list of links after its header): all of it goes. */
function blockItem(state: PartState, spans: Span[], lineNo: number, lineText: string): void {
  const { boilerplate } = state.rules;
  // a widget inside the list keeps its own rule: the list of links often runs into them
  const widget = boilerplate.matchLine(lineText);
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    drop(state, span, lineNo, widget ?? boilerplate.matchSentence(span.text) ?? state.block!);
  }
  // a new header inside the block ("Comments", then "Popular posts") names what follows
  if (widget?.block) state.block = widget;
}

/** A sentence that ends in a credit: the credit goes, what comes before it stays; whether it is a caption's. */
function trailingCredit(state: PartState, span: Span, index: number, lineNo: number, trailing: TrailingMatch, kept: Array<{ span: Span; index: number }>): boolean {
  const credit = subSpan(span, trailing.at, span.text.length);
  if (credit) drop(state, credit, lineNo, trailing.rule);
  const before = subSpan(span, 0, trailing.at);
  if (before) kept.push({ span: before, index });
  return trailing.rule.caption;
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
  for (const part of parseParts(view.text, size, rules)) yield viewPart(view, source, part);
}

/** A part's offsets mapped back to the source (a plain function: see PartState). */
function viewPart(view: TextView, source: string, part: ParsedArticle): ParsedView {
  const sentences: ViewSentence[] = [];
  for (let k = 0; k < part.sentences.length; k++) sentences.push(viewSentence(view, source, part.sentences[k]!));
  const dropped: Dropped[] = [];
  for (let k = 0; k < part.dropped.length; k++) {
    const d = part.dropped[k]!;
    const start = view.sourceStart(d.start);
    const end = view.sourceEnd(d.end);
    dropped.push({ ...d, start, end, text: view.changed ? source.slice(start, end) : d.text });
  }
  return { sentences, dropped };
}

function viewSentence(view: TextView, source: string, s: Sentence): ViewSentence {
  const at = s.start;
  const start = view.sourceStart(s.start);
  const end = view.sourceEnd(s.end);
  const sourceSpan = (from: number, to: number) => ({ start: view.sourceStart(at + from), end: view.sourceEnd(at + to) });
  // a literal in the order of Sentence's keys, not a spread: the hot path reads these records
  return { n: s.n, start, end, line: s.line, paragraph: s.paragraph, text: s.text, kind: s.kind, source: view.changed ? source.slice(start, end) : s.text, sourceSpan };
}
