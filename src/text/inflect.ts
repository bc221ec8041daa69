// Inflections of a regular English verb: -s, -ed and -ing, with consonant doubling
// (permit -> permitted, stop -> stopping) and the British doubled -l beside the American one
// (signal -> signaled and signalled). Irregular verbs are listed where they are used.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lazy } from '../lazy.js';
import type { InflectData } from './inflect-schema.js';

/** inflect.json ships with the tool: its schema (inflect-schema.ts) is checked by a test, not at every start */
export const INFLECT_FILE = new URL('../../src/text/inflect.json', import.meta.url);

export type VerbForm = 'base' | 's' | 'ed' | 'ing';

interface Spelling { prefixes: string[]; onsets: Set<string>; alwaysDouble: Set<string>; noDouble: Set<string> }
/** the spelling data, read on first use (see lazy.ts) */
const data: () => Spelling = lazy(readSpelling);

function readSpelling(): Spelling {
  const parsed = JSON.parse(fs.readFileSync(fileURLToPath(INFLECT_FILE), 'utf8')) as InflectData;
  return {
    prefixes: [...parsed.stressedPrefixes].sort((a, b) => b.length - a.length),
    onsets: new Set(parsed.onsets),
    alwaysDouble: new Set(parsed.alwaysDouble),
    noDouble: new Set(parsed.noDouble),
  };
}

const VOWEL = new Set(['a', 'e', 'i', 'o', 'u']);
const isVowelAt = (w: string, i: number): boolean => {
  const c = w[i] ?? '';
  if (c === 'u' && w[i - 1] === 'q') return false;
  if (c === 'y') return i > 0 && !VOWEL.has(w[i - 1] ?? '');
  return VOWEL.has(c);
};

function syllables(w: string): number {
  let n = 0;
  for (let i = 0; i < w.length; i++) if (isVowelAt(w, i) && !isVowelAt(w, i - 1)) n++;
  // a silent final e ("rebuke", "agree" keeps its own vowel group)
  if (w.endsWith('e') && !w.endsWith('ee') && n > 1 && !isVowelAt(w, w.length - 2)) n--;
  return Math.max(n, 1);
}

/** ends consonant + single vowel + consonant (not w, x, y): "stop", "permit", "quip" */
function endsCvc(w: string): boolean {
  const n = w.length;
  if (n < 3) return false;
  const last = w[n - 1]!;
  if ('wxy'.includes(last) || isVowelAt(w, n - 1)) return false;
  return isVowelAt(w, n - 2) && !isVowelAt(w, n - 3);
}

/** a root opens like a syllable: one consonant and a vowel, or a cluster such as "tr", "str" */
function opensSyllable(root: string): boolean {
  if (isVowelAt(root, 0)) return false;
  if (isVowelAt(root, 1)) return true;
  const { onsets } = data();
  return onsets.has(root.slice(0, 2)) && isVowelAt(root, 2) || onsets.has(root.slice(0, 3)) && isVowelAt(root, 3);
}

function stressedFinal(w: string): boolean {
  const { prefixes, alwaysDouble, noDouble } = data();
  if (noDouble.has(w)) return false;
  if (alwaysDouble.has(w) || syllables(w) === 1) return true;
  if (syllables(w) !== 2) return false;
  return prefixes.some((p) => w.startsWith(p) && opensSyllable(w.slice(p.length)) && syllables(w.slice(p.length)) === 1);
}

/** how the final consonant behaves before -ed/-ing: 'double', 'keep', or 'both' (British -ll) */
function doubling(w: string): 'double' | 'keep' | 'both' {
  if (!endsCvc(w)) return 'keep';
  if (stressedFinal(w)) return 'double';
  return w.endsWith('l') ? 'both' : 'keep';
}

/** the -s form */
function third(w: string): string {
  if (/(?:s|sh|ch|x|z)$/.test(w)) return `${w}es`;
  if (w.endsWith('y') && !VOWEL.has(w[w.length - 2] ?? '')) return `${w.slice(0, -1)}ies`;
  if (w.endsWith('o') && !VOWEL.has(w[w.length - 2] ?? '')) return `${w}es`;
  return `${w}s`;
}

/** stems before -ed and before -ing (several where British and American spellings differ) */
function stems(w: string): { ed: string[]; ing: string[] } {
  if (w.endsWith('ie')) return { ed: [`${w}d`], ing: [`${w.slice(0, -2)}ying`] };
  if (w.endsWith('ee') || w.endsWith('ye') || w.endsWith('oe')) return { ed: [`${w}d`], ing: [`${w}ing`] };
  if (w.endsWith('e')) return { ed: [`${w}d`], ing: [`${w.slice(0, -1)}ing`] };
  if (w.endsWith('y') && !VOWEL.has(w[w.length - 2] ?? '')) return { ed: [`${w.slice(0, -1)}ied`], ing: [`${w}ing`] };
  if (w.endsWith('c') && syllables(w) > 1 && isVowelAt(w, w.length - 2)) return { ed: [`${w}ked`], ing: [`${w}king`] };
  const d = doubling(w);
  const doubled = `${w}${w[w.length - 1]}`;
  if (d === 'double') return { ed: [`${doubled}ed`], ing: [`${doubled}ing`] };
  if (d === 'both') return { ed: [`${w}ed`, `${doubled}ed`], ing: [`${w}ing`, `${doubled}ing`] };
  return { ed: [`${w}ed`], ing: [`${w}ing`] };
}

/**
 * Every regular form of a verb, base first. A phrasal verb ("point out", "brush off")
 * inflects its first word.
 */
export function verbForms(base: string): Array<[string, VerbForm]> {
  const space = base.indexOf(' ');
  if (space > 0) {
    const rest = base.slice(space);
    return verbForms(base.slice(0, space)).map(([f, k]) => [`${f}${rest}`, k]);
  }
  const { ed, ing } = stems(base);
  const out: Array<[string, VerbForm]> = [[base, 'base'], [third(base), 's']];
  for (const f of ed) out.push([f, 'ed']);
  for (const f of ing) out.push([f, 'ing']);
  return out;
}
