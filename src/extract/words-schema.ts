// The schema and checks of lexicon/words.json. The shipped file is checked by a test
// (test/lexicon.test.ts, test/builtin-data.test.ts); words.ts reads it without zod at start-up.
import { z } from 'zod';
import { ROLES, wordsByRole, type Role } from './words.js';

const WordsFile = z.object({
  $comment: z.string(),
  words: z.record(z.string().min(1), z.array(z.enum(ROLES)).min(1)),
}).strict();

/** The words of each role from the text of a words file; throws naming the first problem. */
export function parseWords(text: string): ReadonlyMap<Role, ReadonlySet<string>> {
  const { words } = WordsFile.parse(JSON.parse(text));
  for (const [word, roles] of Object.entries(words)) {
    if (word !== word.toLowerCase()) throw new Error(`lexicon/words.json: "${word}" must be lower case`);
    if (new Set(roles).size !== roles.length) throw new Error(`lexicon/words.json: "${word}" lists a role twice`);
  }
  // JSON.parse keeps the last of two equal keys: find a word entered twice in the text itself
  const keys = [...text.matchAll(/^\s*("(?:[^"\\]|\\.)*")\s*:\s*\[/gm)].map((m) => JSON.parse(m[1]!) as string);
  const twice = keys.find((k, i) => keys.indexOf(k) !== i);
  if (twice) throw new Error(`lexicon/words.json: "${twice}" is listed twice`);
  return wordsByRole(words);
}

