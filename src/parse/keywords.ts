// "Does this text hold one of these words?" asked of every line and sentence by several rules
// at once. Each keyword is looked for with String.includes only when every pair of adjacent
// characters it has also occurs in the text: a bit set of the text's pairs, filled in one pass,
// rules most keywords out without searching (no false negatives, so the answer is includes').
// The reader adds the pairs of a text while it reads the text for other reasons (boilerplate.ts).

const BITS = 2048;

/** The pairs of adjacent UTF-16 units of one text, hashed into a bit set. */
export class Pairs {
  private readonly bits = new Int32Array(BITS / 32);

  /** Forgets the last text. */
  clear(): void {
    this.bits.fill(0);
  }

  /** Adds the pair of units a, b. */
  add(a: number, b: number): void {
    const h = pairHash(a, b);
    this.bits[h >>> 5]! |= 1 << (h & 31);
  }

  has(hash: number): boolean {
    return (this.bits[hash >>> 5]! & (1 << (hash & 31))) !== 0;
  }
}

function pairHash(a: number, b: number): number {
  return (a * 31 + b) & (BITS - 1);
}

/** One rule's keywords, ready to test against texts read into a Pairs. */
export interface KeywordGate {
  words: readonly string[];
  /** the pair hashes of each word, the rarest first (empty for a one-character word) */
  pairs: readonly Int32Array[];
  /** each word's rarest pair hash, -1 for a one-character word: one flat array, tested first */
  rarest: Int32Array;
}

export function keywordGate(words: readonly string[]): KeywordGate {
  const pairs = words.map((w) => {
    const found: Array<{ hash: number; rarity: number }> = [];
    for (let i = 1; i < w.length; i++) {
      const hash = pairHash(w.charCodeAt(i - 1), w.charCodeAt(i));
      if (!found.some((p) => p.hash === hash)) found.push({ hash, rarity: rarity(w.charCodeAt(i - 1)) + rarity(w.charCodeAt(i)) });
    }
    // the rarest pair first: most texts lack it, and the word is ruled out after one test
    found.sort((a, b) => b.rarity - a.rarity);
    return Int32Array.from(found, (p) => p.hash);
  });
  return { words, pairs, rarest: Int32Array.from(pairs, (p) => (p.length > 0 ? p[0]! : -1)) };
}

// English letters from the most frequent to the least; anything else counts as rare
const BY_FREQUENCY = ' etaoinshrdlcumwfgypbvkjxqz';

/** How rare a character is in English text: its place in BY_FREQUENCY, past its end if absent. */
function rarity(c: number): number {
  const at = BY_FREQUENCY.indexOf(String.fromCharCode(c));
  return at < 0 ? BY_FREQUENCY.length : at;
}

/** Whether `text`, already read into `seen`, holds one of the gate's words. */
export function holdsKeyword(gate: KeywordGate, text: string, seen: Pairs): boolean {
  const rarest = gate.rarest;
  for (let k = 0; k < rarest.length; k++) {
    // most words are ruled out here, by their rarest pair, before their own list is read
    const first = rarest[k]!;
    if (first >= 0 && !seen.has(first)) continue;
    const pairs = gate.pairs[k]!;
    let possible = true;
    for (let p = 1; p < pairs.length; p++) {
      if (!seen.has(pairs[p]!)) { possible = false; break; }
    }
    if (possible && text.includes(gate.words[k]!)) return true;
  }
  return false;
}
