// Function words and small word classes, from lexicon/words.json: one entry per word with its
// roles, checked strictly when loaded (an unknown role or a word listed twice is an error).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const ROLES = [
  'aux', 'be', 'relative', 'subject-pronoun', 'question', 'noun-before-of', 'before-that', 'press', 'meet',
  'determiner', 'name-connector', 'name-suffix', 'function-after-head', 'from-noun', 'not-restricting-after',
  'preposition', 'infinitive-cue', 'hedge-question', 'after-source', 'degree', 'reflexive', 'quantifier',
  'spend', 'time-span', 'opener', 'clause-joiner', 'passive-be', 'own-voice', 'adverbial-opener', 'verb-joiner', 'gerund-preposition', 'adverbial-closer', 'honorific',
  'compound-head', 'greeting', 'conditional', 'speculative', 'directive',
  'quantity-holder', 'time-anchor', 'time-modifier', 'time-clause', 'prospective',
  'government-head', 'meeting-or-place', 'tag-follower', 'bare-clause-end', 'clause-opener', 'party-member',
  'person-be', 'share-fraction', 'share-hedge', 'share-opener', 'share-comparative', 'share-part', 'share-size', 'indefinite',
] as const;
export type Role = (typeof ROLES)[number];

const WordsFile = z.object({
  $comment: z.string(),
  words: z.record(z.string().min(1), z.array(z.enum(ROLES)).min(1)),
}).strict();

/** The words of each role from the text of a words file; throws naming the first problem. */
export function parseWords(text: string): ReadonlyMap<Role, ReadonlySet<string>> {
  const { words } = WordsFile.parse(JSON.parse(text));
  const byRole = new Map<Role, Set<string>>(ROLES.map((r) => [r, new Set<string>()]));
  for (const [word, roles] of Object.entries(words)) {
    if (word !== word.toLowerCase()) throw new Error(`lexicon/words.json: "${word}" must be lower case`);
    if (new Set(roles).size !== roles.length) throw new Error(`lexicon/words.json: "${word}" lists a role twice`);
    for (const r of roles) byRole.get(r)!.add(word);
  }
  // JSON.parse keeps the last of two equal keys: find a word entered twice in the text itself
  const keys = [...text.matchAll(/^\s*("(?:[^"\\]|\\.)*")\s*:\s*\[/gm)].map((m) => JSON.parse(m[1]!) as string);
  const twice = keys.find((k, i) => keys.indexOf(k) !== i);
  if (twice) throw new Error(`lexicon/words.json: "${twice}" is listed twice`);
  return byRole;
}

/** The words of each role, built once from the file; read-only after. */
const BY_ROLE = parseWords(fs.readFileSync(fileURLToPath(new URL('../../src/extract/lexicon/words.json', import.meta.url)), 'utf8'));

/** The words that play this role. */
export function wordsWithRole(role: Role): ReadonlySet<string> {
  return BY_ROLE.get(role)!;
}
