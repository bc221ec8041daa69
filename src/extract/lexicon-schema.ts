// The schemas and checks of the lexicon's files (lexicon/attribution.json, entities.json,
// cues.json, holders.json). The shipped files are checked by tests (test/lexicon.test.ts,
// test/builtin-data.test.ts); lexicon.ts reads them without zod, which cost a sixth of the start-up.
import { z } from 'zod';
import { ATTRIBUTION_ROLES, type AttributionRole } from './lexicon.js';

/**
 * A list of words, none empty and none twice, checked in one loop: holders.json lists some 13,000
 * WordNet nouns, and a string schema for each took 15 ms of every thread's start.
 */
const words = () => z.custom<string[]>((v) => Array.isArray(v), 'expected a list of words').superRefine((xs, ctx) => {
  if (!Array.isArray(xs)) return;
  const seen = new Set<string>();
  xs.forEach((x: unknown, i) => {
    if (typeof x !== 'string' || x === '') ctx.addIssue({ code: 'custom', message: 'expected a word (a string that is not empty)', path: [i] });
    else if (seen.has(x)) ctx.addIssue({ code: 'custom', message: `"${x}" is listed twice` });
    else seen.add(x);
  });
});

/** roles that qualify a verb of a class (speech or position) and mean nothing without one */
const VERB_MODIFIERS: ReadonlySet<AttributionRole> = new Set(['weak', 'bare', 'complement', 'holder-speech', 'person-speech']);

export const AttributionFile = z.object({
  $comment: z.string(),
  /** one entry per word: its roles */
  words: z.record(z.string().min(1), z.array(z.enum(ATTRIBUTION_ROLES)).min(1)),
  /** a verb's forms that -s, -ed and -ing do not make */
  irregular: z.record(z.string(), words()),
  pronouns: z.record(z.string(), z.enum(['male', 'female', 'plural', 'body'])),
}).strict();
export type Attribution = z.infer<typeof AttributionFile>;

/** The problems of attribution.json that its schema cannot see, the first named; null when none. */
function attributionProblem(text: string, a: Attribution): string | null {
  // JSON.parse keeps the last of two equal keys: find a word entered twice in the text itself
  // (each map of the file on its own: "say" is a word and has irregular forms)
  for (const block of text.split(/^\s*"(?:words|irregular|pronouns)"\s*:\s*\{/m).slice(1)) {
    const keys = [...block.slice(0, block.indexOf('}')).matchAll(/^\s*("(?:[^"\\]|\\.)*")\s*:/gm)].map((m) => JSON.parse(m[1]!) as string);
    const twice = keys.find((k, i) => keys.indexOf(k) !== i);
    if (twice) return `"${twice}" is listed twice`;
  }
  for (const [word, roles] of Object.entries(a.words)) {
    if (word !== word.toLowerCase()) return `"${word}" must be lower case`;
    if (new Set(roles).size !== roles.length) return `"${word}" lists a role twice`;
    const classes = roles.filter((r) => r === 'speech' || r === 'position').length;
    if (classes > 1) return `"${word}" is both a speech and a position verb: give it one class`;
    if (!classes && roles.some((r) => VERB_MODIFIERS.has(r))) return `"${word}" is ${roles.find((r) => VERB_MODIFIERS.has(r))} but neither speech nor position`;
  }
  for (const verb of Object.keys(a.irregular)) {
    const roles = a.words[verb] ?? [];
    if (!roles.includes('speech') && !roles.includes('position')) return `irregular "${verb}" is neither a speech nor a position verb`;
  }
  return null;
}

export const EntitiesFile = z.object({
  $comment: z.string(),
  titles: words(),
  personTitles: words(),
  femaleTitles: words(),
  maleTitles: words(),
  anonymousHeads: words(),
  groupHeads: words(),
  institutions: z.record(z.string(), z.string()),
  outlets: z.record(z.string(), z.string()),
  demonyms: z.record(z.string(), z.string()),
  regionAdjectives: words(),
  notNames: words(),
  orgHeads: words(),
  placeHeads: words(),
  $comment_roles: z.string(),
  roleTitles: z.record(z.string(), words()),
}).strict();

/** cues.json, written by scripts/build-cue-lexicon.mjs from WordNet and measured on PolNeAR train */
export const CueFile = z.strictObject({
  $notice: z.string(),
  $generated: z.string(),
  threshold: z.number(),
  holderThreshold: z.number(),
  minCount: z.number(),
  minForm: z.number(),
  verbs: z.array(z.strictObject({
    base: z.string(),
    wordnet: z.array(z.enum(['cognition', 'communication', 'competition', 'social'])),
    forms: z.strictObject({ base: words(), s: words(), ed: words(), ing: words() }),
    seen: z.number(),
    precision: z.number(),
  })),
  phrases: z.array(z.strictObject({
    verb: z.string(),
    after: z.string(),
    from: z.string(),
    forms: words(),
    seen: z.number(),
    precision: z.number().nullable(),
  })),
  /** nouns of a statement or view after a possessive ("Trump's attacks"): position nouns */
  nouns: z.array(z.strictObject({ noun: z.string(), forms: words(), seen: z.number(), precision: z.number() })),
  /** verbs that are cues right after a holder only ("Trump slammed"): weak, of role holder-speech */
  holderVerbs: z.array(z.strictObject({ base: z.string(), forms: words(), seen: z.number(), precision: z.number() })),
  /** -ing forms that are cues right after a comma only ("…, slamming the plan") */
  commaVerbs: z.array(z.strictObject({ base: z.string(), forms: words(), seen: z.number(), precision: z.number() })),
});

/** holders.json, written by scripts/build-cue-lexicon.mjs from WordNet's noun.person and noun.group */
export const HolderFile = z.strictObject({
  $notice: z.string(),
  $generated: z.string(),
  persons: words(),
  groups: words(),
  /** nouns of people that are also adjectives or verbs: holders after a determiner ("the judge") */
  determined: words(),
});

export type EntitiesData = z.infer<typeof EntitiesFile>;
export type CueData = z.infer<typeof CueFile>;
export type HolderData = z.infer<typeof HolderFile>;

/** A lexicon file from its text, checked: throws naming the file and the first problem. */
export function checkLexiconFile(name: 'entities.json' | 'cues.json' | 'holders.json', text: string): unknown {
  const schema = { 'entities.json': EntitiesFile, 'cues.json': CueFile, 'holders.json': HolderFile }[name];
  return parseJson(name, text, schema as z.ZodType<unknown>);
}

/** attribution.json from its text, checked: throws naming the file and the first problem. */
export function parseAttribution(text: string): Attribution {
  return parseJson('attribution.json', text, AttributionFile, attributionProblem);
}

function parseJson<T>(name: string, text: string, schema: z.ZodType<T>, check?: (text: string, data: T) => string | null): T {
  const result = schema.safeParse(JSON.parse(text));
  const problem = result.success ? check?.(text, result.data) : result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  if (problem) throw new Error(`src/extract/lexicon/${name}: ${problem}`);
  return result.data!;
}

