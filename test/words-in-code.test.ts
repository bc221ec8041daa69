// Issue 10: no word lists inside the code of src/extract. A word a rule tests is an entry of
// lexicon/words.json with its roles (or of the other lexicon files); what may stay in the code as
// a list is punctuation and names of the code's own kinds (roles, classes, finding types).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve(__dirname, '../src/extract');

/** lists of the code's own kinds, not of words: a role list, a record's finding types, the classes of a run's words, the verb forms, schemas */
const NOT_WORDS = [/^const VERB_MODIFIERS\b/, /^const EXPLAIN_ONLY\b/, /^const NAME_PARTS\b/, /for \(const kind of \['base', 's', 'ed', 'ing'\] as const\)/, /z\.enum\(\[/, /z\.string\(\)\.regex\(/];

/** the lines of src/extract that hold an inline list of two or more lower-case words, or a regex of word alternatives */
function wordLists(): string[] {
  const out: string[] = [];
  for (const f of fs.readdirSync(DIR).filter((x) => x.endsWith('.ts'))) {
    fs.readFileSync(path.join(DIR, f), 'utf8').split('\n').forEach((line, k) => {
      const code = line.trim();
      if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return;
      const listed = /\[\s*'[a-z]+',\s*'[a-z]+'/.test(code) || /new Set\(\[\s*'[a-z]/.test(code) || /\/\^\((?:\?:)?[a-z]+\|[a-z]+\|/.test(code);
      if (listed && !NOT_WORDS.some((r) => r.test(code))) out.push(`${f}:${k + 1}: ${code}`);
    });
  }
  return out;
}

describe('no word lists in the code of src/extract', () => {
  it('every list of words is in the lexicon files', () => {
    expect(wordLists()).toEqual([]);
  });

  it('the check finds a list of words (it can fail)', () => {
    expect(/\[\s*'[a-z]+',\s*'[a-z]+'/.test("if (['the', 'a', 'an'].includes(w))")).toBe(true);
    expect(/\/\^\((?:\?:)?[a-z]+\|[a-z]+\|/.test('/^(?:the|a|an|of)$/.test(noun)')).toBe(true);
  });
});
