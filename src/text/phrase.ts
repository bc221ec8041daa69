// Phrases: the pattern language of topic packs and word lists. A phrase is a list of token
// tests matched against words, so matching is linear in the text (no regular expressions from
// a pack are ever run).
//   word      the word itself (case-insensitive)
//   pre*      any word starting with "pre"
//   a|b|c*    any of the alternatives
//   ~N        up to N words of any kind (N <= 8)
import type { Token } from './tokens.js';

export type Step =
  | { type: 'word'; alts: Array<{ text: string; prefix: boolean }> }
  | { type: 'gap'; max: number };

export interface Phrase { source: string; steps: Step[] }

export interface PhraseMatch { phrase: Phrase; start: number; end: number }

const MAX_GAP = 8;

export function phraseProblem(source: string): string | null {
  const parts = source.trim().split(/\s+/);
  if (!source.trim()) return 'empty phrase';
  if (parts.length > 12) return 'more than 12 steps';
  for (const p of parts) {
    if (p.startsWith('~')) {
      const n = Number(p.slice(1));
      if (!Number.isInteger(n) || n < 1 || n > MAX_GAP) return `gap "${p}" must be ~1 to ~${MAX_GAP}`;
      continue;
    }
    if (p.split('|').some((a) => a === '' || a === '*')) return `empty alternative in "${p}"`;
    if (p.split('|').length > 40) return `more than 40 alternatives in "${p.slice(0, 40)}…"`;
    // words only: a pattern from a stranger is never run as a regular expression, so say so
    if (p.split('|').some((a) => !/^[\p{L}\p{N}'\u2019.&-]+\*?$/u.test(a))) {
      return `"${p}" is not a word, "pre*", "a|b" or "~N" (patterns are phrases, not regular expressions)`;
    }
  }
  if (parts.filter((p) => p.startsWith('~')).length > 2) return 'at most two gaps in a phrase';
  if (parts[0]!.startsWith('~') || parts[parts.length - 1]!.startsWith('~')) return 'a phrase cannot start or end with a gap';
  return null;
}

export function compilePhrase(source: string): Phrase {
  const steps: Step[] = source.trim().toLowerCase().replace(/\u2019/g, "'").split(/\s+/).map((p): Step => {
    if (p.startsWith('~')) return { type: 'gap', max: Math.min(MAX_GAP, Number(p.slice(1)) || 1) };
    return {
      type: 'word',
      alts: p.split('|').map((a) => (a.endsWith('*') ? { text: a.slice(0, -1), prefix: true } : { text: a, prefix: false })),
    };
  });
  return { source, steps };
}

/** Whether step `id` is among `steps` (a word's steps, ascending). */
function hasStep(steps: readonly number[], id: number): boolean {
  for (let n = 0; n < steps.length; n++) {
    const x = steps[n]!;
    if (x >= id) return x === id;
  }
  return false;
}

/**
 * Where a match of a phrase that goes on at word i with its step s ends (the first that matches,
 * shortest gaps first), or -1. `ids` are the phrase's steps as numbers of the index (-1 for a
 * gap), and `entries` what each word of the sentence matches (the first `count` are this
 * sentence's), so that a word step is one lookup.
 */
function matchAt(steps: Step[], ids: readonly number[], entries: readonly WordEntry[], count: number, i: number, s: number): number {
  // (word steps in a loop, a call only for each length a gap may have; a step's number says whether it is a gap)
  for (; s < ids.length; s++, i++) {
    const id = ids[s]!;
    if (id < 0) return gapAt(steps, ids, entries, count, i, s);
    if (i >= count || !hasStep(entries[i]!.steps, id)) return -1;
  }
  return i;
}

/** matchAt at the gap that is step s: its words, fewest first. */
function gapAt(steps: Step[], ids: readonly number[], entries: readonly WordEntry[], count: number, i: number, s: number): number {
  const max = (steps[s] as Extract<Step, { type: 'gap' }>).max;
  for (let k = 0; k <= max && i + k <= count; k++) {
    const end = matchAt(steps, ids, entries, count, i + k, s + 1);
    if (end >= 0) return end;
  }
  return -1;
}

/**
 * The phrases of one list keyed by what their words can be, so that each word is tried only
 * against the phrases that can start there, and a phrase is tried only in a sentence that holds
 * some word for each of its word steps. Built once per list (lists are compiled once).
 */
/** an alternative that ends in "*": its text and the step (a number of the index) it belongs to */
interface Prefix { text: string; step: number }
/** prefixes keyed by their first two letters (see twoUnits), so a word is tried only against those it can start */
interface StepIndex {
  exact: Map<string, number[]>; prefixes: Map<number, Prefix[]>; shortPrefixes: Prefix[];
  /** the phrases that start with a gap (tried at every word) */
  always: number[];
  /** the phrase each step belongs to, and the step's place in it */
  phraseOf: number[]; placeOf: number[];
  /**
   * of each phrase, the steps other than the first that are words: each must match some word of
   * the sentence; phrase k's are required[requiredFrom[k]] up to required[requiredFrom[k + 1]]
   * (one flat array read by index, not an array per phrase)
   */
  required: Int32Array; requiredFrom: Int32Array;
  /** of each phrase, each step's number (-1 for a gap) */
  ids: number[][];
  /** what each word seen so far matches (wordEntry), for up to MAX_REMEMBERED words */
  entries: Map<string, WordEntry>;
  /**
   * the entry of every word that matches no step ("president", "said": most words): one object,
   * so that reading it at such a word costs no load from memory far away
   */
  nothing: WordEntry;
  /** the sentence (a number) in which each step last matched a word: a step matched in this one holds `sentence` */
  seen: Uint32Array; sentence: number;
  /**
   * the word tokens of the sentence being matched (their indices) and what each matches: kept
   * from one sentence to the next and overwritten, so that a sentence allocates no arrays
   */
  idx: number[]; words: WordEntry[];
  /** of those words, the numbers of the ones that can start a phrase (kept and overwritten the same way) */
  startWords: number[];
}

/**
 * The phrases a word can start, in list order, and every word step it matches (numbers of the
 * index, ascending); `later`: those of them that are not a phrase's first step (only these are
 * ever required, so only these are marked).
 */
interface WordEntry {
  starts: readonly number[]; steps: readonly number[]; later: readonly number[];
  /**
   * the sentence (StepIndex.sentence) in which its `later` steps were last marked, so that a word
   * met again in a sentence ("to", "the": in dozens of steps) marks them once; -1 for an entry the
   * index does not remember (it is never skipped: its mark would outlive a clearing of the marks)
   */
  marked: number;
}

/** Distinct words a list remembers the steps of: news copy uses far fewer. */
const MAX_REMEMBERED = 100_000;
/** sentences a list marks before it clears its marks (the marks are 32-bit numbers) */
const MAX_SENTENCE = 0xffffffff;

/** The first two UTF-16 units of a word of at least two, as one number (no string is cut). */
function twoUnits(word: string): number {
  return word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);
}

const indexes = new WeakMap<Phrase[], StepIndex>();

function addStep(index: StepIndex, step: Extract<Step, { type: 'word' }>, id: number): void {
  for (const a of step.alts) {
    if (a.prefix) {
      const entry = { text: a.text, step: id };
      if (a.text.length < 2) index.shortPrefixes.push(entry);
      else {
        const head = twoUnits(a.text);
        const list = index.prefixes.get(head);
        if (list) list.push(entry); else index.prefixes.set(head, [entry]);
      }
    }
    else {
      const list = index.exact.get(a.text);
      if (list) list.push(id);
      else index.exact.set(a.text, [id]);
    }
  }
}

function stepIndex(phrases: Phrase[]): StepIndex {
  let index = indexes.get(phrases);
  if (index) return index;
  index = { exact: new Map(), prefixes: new Map(), shortPrefixes: [], always: [], phraseOf: [], placeOf: [], required: new Int32Array(0), requiredFrom: new Int32Array(0), ids: [], entries: new Map(), nothing: { starts: NONE, steps: NONE, later: NONE, marked: 0 }, seen: new Uint32Array(0), sentence: 0, idx: [], words: [], startWords: [] };
  const allRequired: number[] = [];
  const from: number[] = [];
  for (let k = 0; k < phrases.length; k++) {
    const steps = phrases[k]!.steps;
    const required: number[] = [];
    const ids: number[] = [];
    if (steps[0]?.type !== 'word') index.always.push(k);
    for (let s = 0; s < steps.length; s++) {
      const step = steps[s]!;
      if (step.type !== 'word') { ids.push(-1); continue; }
      const id = index.phraseOf.length;
      ids.push(id);
      index.phraseOf.push(k);
      index.placeOf.push(s);
      addStep(index, step, id);
      if (s > 0 || index.always[index.always.length - 1] === k) required.push(id);
    }
    from.push(allRequired.length);
    for (let n = 0; n < required.length; n++) allRequired.push(required[n]!);
    index.ids.push(ids);
  }
  from.push(allRequired.length);
  index.required = Int32Array.from(allRequired);
  index.requiredFrom = Int32Array.from(from);
  index.seen = new Uint32Array(index.phraseOf.length);
  indexes.set(phrases, index);
  return index;
}

// (not frozen: a frozen array has elements of another kind, and the loops over these would be polymorphic)
const NONE: readonly number[] = [];
const NO_PREFIXES: Prefix[] = [];

/**
 * What `word` matches: worked out once per distinct word, then one lookup stands for the exact
 * and the prefix lookups and a prefix test for each step whose word starts like it ("re" starts
 * dozens). `starts` are the phrases whose first word it can be, each once, in list order.
 */
function wordEntry(index: StepIndex, word: string): WordEntry {
  const known = index.entries.get(word);
  if (known !== undefined) return known;
  const ids = new Set<number>(index.exact.get(word) ?? NONE);
  for (const p of index.shortPrefixes) if (word.startsWith(p.text)) ids.add(p.step);
  if (word.length >= 2) for (const p of index.prefixes.get(twoUnits(word)) ?? NO_PREFIXES) if (word.startsWith(p.text)) ids.add(p.step);
  if (ids.size === 0) {
    // (remembered while there is room, as any entry; it has no steps to mark, so its `marked` is shared harmlessly)
    if (index.entries.size < MAX_REMEMBERED) index.entries.set(word, index.nothing);
    return index.nothing;
  }
  const steps = [...ids].sort((a, b) => a - b);
  const ks = new Set<number>();
  for (const id of steps) if (index.placeOf[id] === 0) ks.add(index.phraseOf[id]!);
  const starts = ks.size === 0 ? NONE : [...ks].sort((a, b) => a - b);
  const later: number[] = [];
  for (const id of steps) if (index.placeOf[id] !== 0) later.push(id);
  const remembered = index.entries.size < MAX_REMEMBERED;
  const entry: WordEntry = { starts, steps, later: later.length === 0 ? NONE : later, marked: remembered ? 0 : -1 };
  if (remembered) index.entries.set(word, entry);
  return entry;
}

/** Whether every required step of phrase k matched some word of the sentence now marked. */
function allSeen(index: StepIndex, k: number): boolean {
  const seen = index.seen, sentence = index.sentence, required = index.required;
  const to = index.requiredFrom[k + 1]!;
  for (let n = index.requiredFrom[k]!; n < to; n++) if (seen[required[n]!] !== sentence) return false;
  return true;
}

/**
 * Phrase k tried at word w, its match pushed to `found` and k to `orders`. `first` is 1 when the
 * index has already matched its first word there (the matching goes on from the second), 0 when
 * it has not.
 */
function tryAt(index: StepIndex, phrases: Phrase[], k: number, count: number, w: number, found: PhraseMatch[], orders: number[], first: 0 | 1 = 1): void {
  const phrase = phrases[k]!;
  const idx = index.idx;
  const end = matchAt(phrase.steps, index.ids[k]!, index.words, count, w + first, first);
  if (end > w) { found.push({ phrase, start: idx[w]!, end: idx[end - 1]! + 1 }); orders.push(k); }
}

/**
 * `found` in the order of findPhrases, and `orders` with it. The matches come in order of start
 * (they are tried word by word), so an insertion sort only reorders those of one start: linear.
 */
function sortMatches(found: PhraseMatch[], orders: number[]): void {
  for (let n = 1; n < found.length; n++) {
    const m = found[n]!, k = orders[n]!;
    let j = n - 1;
    while (j >= 0) {
      const o = found[j]!;
      const after = o.start > m.start || (o.start === m.start && (o.end < m.end || (o.end === m.end && orders[j]! > k)));
      if (!after) break;
      found[j + 1] = o; orders[j + 1] = orders[j]!;
      j--;
    }
    found[j + 1] = m; orders[j + 1] = k;
  }
}

/**
 * Every match of each phrase over the word tokens (punctuation is skipped, so "restricted, only"
 * is two adjacent words). Indices are into `tokens`. Ordered by start, longest first, then by the
 * phrase's place in the list. (Each phrase is tried once at a word, so a match is never found twice.)
 */
/**
 * A place to keep what a word matches in the last list it was matched against: an object that
 * stands for one word wherever it occurs (extract/facts.ts keeps one per distinct word), so that
 * a word met again costs no lookup by its text.
 */
export interface PhraseSlot { phraseIndex: object | null; phraseEntry: object | null }

/**
 * `slots`: when given, one for each token, standing for its lower case (PhraseSlot); `orders`:
 * when given, made to hold the place in `phrases` of each match's phrase, match for match (so that
 * a caller that files the matches by phrase need not look each phrase up)
 */
export function findPhrases(tokens: Token[], phrases: Phrase[], slots?: readonly PhraseSlot[], orders: number[] = []): PhraseMatch[] {
  const index = stepIndex(phrases);
  if (index.sentence === MAX_SENTENCE) {
    index.seen.fill(0); index.sentence = 0;
    for (const e of index.entries.values()) e.marked = 0;
  }
  const sentence = ++index.sentence;
  const seen = index.seen;
  // the word tokens (their indices into `tokens`) and what each matches
  const idx = index.idx;
  const entries = index.words;
  let count = 0;
  // the words that can start a phrase, so that the tries below visit only them (with the packs we
  // ship nearly every sentence has one, but few of its words)
  const startWords = index.startWords;
  let startCount = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const slot = slots === undefined ? undefined : slots[i];
    let entry: WordEntry;
    if (slot !== undefined && slot.phraseIndex === index) entry = slot.phraseEntry as WordEntry;
    else {
      entry = wordEntry(index, t.lower);
      if (slot !== undefined) { slot.phraseIndex = index; slot.phraseEntry = entry; }
    }
    // (written over the last sentence's, pushed past them: see arrays.ts)
    if (count < idx.length) { idx[count] = i; entries[count] = entry; }
    else { idx.push(i); entries.push(entry); }
    if (entry.starts.length > 0) {
      if (startCount < startWords.length) startWords[startCount] = count; else startWords.push(count);
      startCount++;
    }
    count++;
    if (entry.marked !== sentence) {
      if (entry.marked >= 0) entry.marked = sentence;
      const later = entry.later;
      for (let n = 0; n < later.length; n++) seen[later[n]!] = sentence;
    }
  }
  // (pushed one by one: see arrays.ts)
  const found: PhraseMatch[] = [];
  orders.length = 0;
  const always = index.always;
  if (always.length === 0) {
    // (the phrases of a pack start with a word: each is tried only where its first word stands)
    for (let v = 0; v < startCount; v++) {
      const w = startWords[v]!;
      const starts = entries[w]!.starts;
      for (let n = 0; n < starts.length; n++) if (allSeen(index, starts[n]!)) tryAt(index, phrases, starts[n]!, count, w, found, orders);
    }
  } else {
    for (let w = 0; w < count; w++) {
      for (let n = 0; n < always.length; n++) if (allSeen(index, always[n]!)) tryAt(index, phrases, always[n]!, count, w, found, orders, 0);
      const starts = entries[w]!.starts;
      for (let n = 0; n < starts.length; n++) if (allSeen(index, starts[n]!)) tryAt(index, phrases, starts[n]!, count, w, found, orders);
    }
  }
  if (found.length > 1) sortMatches(found, orders);
  return found;
}
