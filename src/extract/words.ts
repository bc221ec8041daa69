// Function words and small word classes, from lexicon/words.json: one entry per word with its
// roles. The file is checked strictly by a test (an unknown role or a word listed twice is an
// error; see words-schema.ts), not at every start.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROLES = [
  'aux', 'be', 'relative', 'subject-pronoun', 'question', 'noun-before-of', 'before-that', 'press', 'meet',
  'determiner', 'name-connector', 'name-suffix', 'function-after-head', 'from-noun', 'not-restricting-after',
  'preposition', 'infinitive-cue', 'hedge-question', 'after-source', 'degree', 'reflexive', 'quantifier',
  'spend', 'time-span', 'opener', 'clause-joiner', 'passive-be', 'own-voice', 'adverbial-opener', 'verb-joiner', 'gerund-preposition', 'adverbial-closer', 'honorific',
  'compound-head', 'greeting', 'conditional', 'speculative', 'directive',
  'quantity-holder', 'time-anchor', 'time-modifier', 'time-clause', 'prospective',
  'government-head', 'meeting-or-place', 'tag-follower', 'bare-clause-end', 'clause-opener', 'party-member',
  'person-be', 'share-fraction', 'share-hedge', 'share-opener', 'share-comparative', 'share-part',
] as const;
export type Role = (typeof ROLES)[number];

/** lexicon/words.json ships with the tool: parseWords (words-schema.ts) checks it in a test, not at every start */
export const WORDS_FILE = new URL('../../src/extract/lexicon/words.json', import.meta.url);

/** The words of each role, from the words of a file that its checks have passed. */
export function wordsByRole(words: Readonly<Record<string, readonly Role[]>>): ReadonlyMap<Role, ReadonlySet<string>> {
  const byRole = new Map<Role, Set<string>>(ROLES.map((r) => [r, new Set<string>()]));
  for (const [word, roles] of Object.entries(words)) for (const r of roles) byRole.get(r)!.add(word);
  return byRole;
}

/** The words of each role, built once from the file; read-only after. */
const BY_ROLE = wordsByRole((JSON.parse(fs.readFileSync(fileURLToPath(WORDS_FILE), 'utf8')) as { words: Record<string, Role[]> }).words);

/** The words that play this role. */
export function wordsWithRole(role: Role): ReadonlySet<string> {
  return BY_ROLE.get(role)!;
}
