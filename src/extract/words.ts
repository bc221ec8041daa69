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
  'person-be', 'share-fraction', 'share-hedge', 'share-opener', 'share-comparative', 'share-part', 'share-size', 'indefinite',
  // the word lists that stood in the code (issue 10), each the words one rule tests:
  // article: the articles ("the", "a", "an") that a name or a noun may open with;
  // possessive-pronoun: "his", "her", "their", "its", a pronoun that owns what follows (mentions.ts);
  // before-noun: after these a base form is a noun or an infinitive, besides determiners and prepositions ("a say", "to say", "no comment"; cues.ts);
  // speak-out: "spoke out against|for|about|on" (cues.ts); appeal: "called on|for|upon", an appeal (cues.ts);
  // object-opener: the determiners that open the object of "called" before its verdict ("called the plan reckless");
  // not-verdict-object: after "called", an object that is no one judged ("called a meeting", "called off");
  // verdict-object-end: words that end the object of "called" with no verdict ("called him on Monday");
  // ask-question: after "asked", a question put ("asked whether", "asked about");
  // speak-with: "spoke to|with reporters", speaking on the record; division: "divided", "split" over a question;
  // division-topic: the words that name the question after a division ("divided over", "split on");
  // progressive-be: the forms of "be" that make a progressive with an -ing form ("is seeking", "they're demanding");
  // inverted-opener: the words an inverted holder may open with ("…,” asked one reporter", "said the senator");
  // come: "the threat came from X"; negation-joiner: "or", "nor", which carry a denial to the next vote;
  // owner-determiner: between a quantity's "of" and its holder ("most of the|its|their members");
  // described-by: the prepositions of "the group on|in|from|at X", which describe a body by another;
  // position-source: after "according to" and a position noun, the word before its holder ("the decision by X");
  // government-noun: a body that is a country's government ("Germany's government", "Biden's administration");
  // lead-aside: the prepositions after a holder in a lead before a colon ("Clinton to Planned Parenthood:", "Mukasey at RNC:")
  'article', 'possessive-pronoun', 'before-noun', 'speak-out', 'object-opener', 'not-verdict-object', 'verdict-object-end', 'appeal',
  'ask-question', 'speak-with', 'division', 'division-topic', 'progressive-be', 'inverted-opener', 'come', 'negation-joiner',
  'owner-determiner', 'described-by', 'position-source', 'government-noun', 'lead-aside',
  // number: a number in words up to a hundred ("six in 10 say"); number-tens and number-unit: the two halves of "twenty-four"
  'number', 'number-tens', 'number-unit',
  // government-department: a government's department, which copy names by its area and country
  // ("the Swedish Defence Ministry", "the State Department"): its "X of Y" name is made brief
  // area-filler: the word after a department's area that its brief name drops ("Ministry of Foreign Affairs": Foreign Ministry)
  'government-department', 'area-filler',
  // subordinator: opens a subordinate clause before the main one ("While X says …, Y says …")
  // respondent: a participle that names those asked in a poll after "those" ("those surveyed say")
  // message-noun: a message one sends ("an email", "a statement"); send-verb: sends or issues one ("sent an email saying …")
  'subordinator', 'respondent', 'message-noun', 'send-verb',
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
