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

function wordMatches(step: Extract<Step, { type: 'word' }>, lower: string): boolean {
  for (const a of step.alts) {
    if (a.prefix ? lower.startsWith(a.text) : lower === a.text) return true;
  }
  return false;
}

/** Matches of phrase that start at word index i of words (lower-case forms), shortest first. */
function matchAt(steps: Step[], words: string[], i: number, s: number): number {
  if (s === steps.length) return i;
  const step = steps[s]!;
  if (step.type === 'gap') {
    for (let k = 0; k <= step.max && i + k <= words.length; k++) {
      const end = matchAt(steps, words, i + k, s + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i >= words.length || !wordMatches(step, words[i]!)) return -1;
  return matchAt(steps, words, i + 1, s + 1);
}

/**
 * The phrases of one list keyed by what their first word can be, so that each word is tried only
 * against the phrases that can start there. Built once per list (lists are compiled once).
 */
interface Prefix { text: string; phrase: number }
/** prefixes keyed by their first two letters (see twoUnits), so a word is tried only against those it can start */
interface FirstWordIndex {
  exact: Map<string, number[]>; prefixes: Map<number, Prefix[]>; shortPrefixes: Prefix[]; always: number[];
  /** the phrases each word seen so far can start (startingWith), for up to MAX_REMEMBERED words */
  starts: Map<string, readonly number[]>;
}

/** Distinct words a list remembers the starting phrases of: news copy uses far fewer. */
const MAX_REMEMBERED = 100_000;

/** The first two UTF-16 units of a word of at least two, as one number (no string is cut). */
function twoUnits(word: string): number {
  return word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);
}

const indexes = new WeakMap<Phrase[], FirstWordIndex>();

function firstWordIndex(phrases: Phrase[]): FirstWordIndex {
  let index = indexes.get(phrases);
  if (index) return index;
  index = { exact: new Map(), prefixes: new Map(), shortPrefixes: [], always: [], starts: new Map() };
  phrases.forEach((phrase, k) => {
    const first = phrase.steps[0];
    if (!first || first.type !== 'word') { index!.always.push(k); return; }
    for (const a of first.alts) {
      if (a.prefix) {
        const entry = { text: a.text, phrase: k };
        if (a.text.length < 2) index!.shortPrefixes.push(entry);
        else {
          const head = twoUnits(a.text);
          const list = index!.prefixes.get(head);
          if (list) list.push(entry); else index!.prefixes.set(head, [entry]);
        }
      }
      else {
        const list = index!.exact.get(a.text);
        if (list) list.push(k);
        else index!.exact.set(a.text, [k]);
      }
    }
  });
  indexes.set(phrases, index);
  return index;
}

// (not frozen: a frozen array has elements of another kind, and the loops over these would be polymorphic)
const NONE: readonly number[] = [];
const NO_PREFIXES: Prefix[] = [];

/**
 * The phrases whose first word can be `word`, each once, in list order: worked out once per
 * distinct word, then one lookup stands for the exact and the prefix lookups and a prefix test
 * for each phrase whose first word starts like the word ("re" starts dozens).
 */
function startingWith(index: FirstWordIndex, word: string): readonly number[] {
  const known = index.starts.get(word);
  if (known !== undefined) return known;
  const ks = new Set<number>(index.exact.get(word) ?? NONE);
  for (const p of index.shortPrefixes) if (word.startsWith(p.text)) ks.add(p.phrase);
  if (word.length >= 2) for (const p of index.prefixes.get(twoUnits(word)) ?? NO_PREFIXES) if (word.startsWith(p.text)) ks.add(p.phrase);
  const starts = ks.size === 0 ? NONE : [...ks].sort((a, b) => a - b);
  if (index.starts.size < MAX_REMEMBERED) index.starts.set(word, starts);
  return starts;
}

interface Words { idx: number[]; words: string[] }

function wordsOf(tokens: Token[]): Words {
  const idx: number[] = [];
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    idx.push(i);
    words.push(t.lower);
  }
  return { idx, words };
}

type Found = PhraseMatch & { order: number };

/**
 * Phrase k tried at word w. `first` is 1 when the index has already matched its first word
 * there (the matching goes on from the second), 0 when it has not.
 */
function tryAt(phrases: Phrase[], k: number, words: string[], idx: number[], w: number, found: Found[], first: 0 | 1 = 1): void {
  const phrase = phrases[k]!;
  const end = matchAt(phrase.steps, words, w + first, first);
  if (end > w) found.push({ phrase, start: idx[w]!, end: idx[end - 1]! + 1, order: k });
}

/**
 * Every match of each phrase over the word tokens (punctuation is skipped, so "restricted, only"
 * is two adjacent words). Indices are into `tokens`. Ordered by start, longest first, then by the
 * phrase's place in the list.
 */
export function findPhrases(tokens: Token[], phrases: Phrase[]): PhraseMatch[] {
  const { idx, words } = wordsOf(tokens);
  const index = firstWordIndex(phrases);
  const found: Found[] = [];
  const always = index.always;
  for (let w = 0; w < words.length; w++) {
    for (let n = 0; n < always.length; n++) tryAt(phrases, always[n]!, words, idx, w, found, 0);
    const starts = startingWith(index, words[w]!);
    for (let n = 0; n < starts.length; n++) tryAt(phrases, starts[n]!, words, idx, w, found);
  }
  if (found.length === 0) return [];
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  // A phrase whose first word has several alternatives can be found twice at one place; keep one.
  // (Pushed one by one rather than mapped: see arrays.ts.)
  const out: PhraseMatch[] = [];
  for (let n = 0; n < found.length; n++) {
    const m = found[n]!;
    if (n === 0 || m.order !== found[n - 1]!.order || m.start !== found[n - 1]!.start) out.push({ phrase: m.phrase, start: m.start, end: m.end });
  }
  return out;
}
