// The general English vocabulary of attribution and of names, loaded once from lexicon/*.json
// and from compromise's own lexicon (first names, countries, cities, demonyms). Everything is a
// Map or Set so that a word like "constructor" never reaches Object.prototype.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compromiseWorld } from '../compromise.js';
import { z } from 'zod';

/** a list of words with no word twice */
const words = () => z.array(z.string().min(1)).superRefine((xs, ctx) => {
  const seen = new Set<string>();
  for (const x of xs) {
    if (seen.has(x)) ctx.addIssue({ code: 'custom', message: `"${x}" is listed twice` });
    seen.add(x);
  }
});

const AttributionFile = z.object({
  $comment: z.string(),
  $comment_weak: z.string(),
  $comment_pressing: z.string(),
  speech: words(),
  position: words(),
  irregular: z.record(z.string(), words()),
  weak: words(),
  weakObjects: words(),
  adjectival: words(),
  carriers: words(),
  positionNouns: words(),
  decisionNouns: words(),
  pronouns: z.record(z.string(), z.enum(['male', 'female', 'plural'])),
  carrierTitles: words(),
  complementVerbs: words(),
  reportingVerbs: words(),
}).strict();

const EntitiesFile = z.object({
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
}).strict();

export type CueClass = 'speech' | 'position';
export interface VerbInfo { base: string; cls: CueClass; weak: boolean; form: 'base' | 's' | 'ed' | 'ing' }

export interface Lexicon {
  verbs: Map<string, VerbInfo>;
  weakObjects: Set<string>;
  adjectival: Set<string>;
  carriers: Set<string>;
  positionNouns: Set<string>;
  decisionNouns: Set<string>;
  pronouns: Map<string, 'male' | 'female' | 'plural'>;
  /** titles of people who speak for a body ("spokesperson"): they carry, they do not hold */
  carrierTitles: Set<string>;
  /** verbs whose clause after them is what was said ("said Berlin had agreed") */
  complementVerbs: Set<string>;
  /** verbs that only pass something on ("said", "told"): their source can be a mere carrier */
  reportingVerbs: Set<string>;
  titles: Set<string>;
  personTitles: Set<string>;
  femaleTitles: Set<string>;
  maleTitles: Set<string>;
  anonymousHeads: Set<string>;
  groupHeads: Set<string>;
  institutions: Map<string, string>;
  outlets: Map<string, string>;
  demonyms: Map<string, string>;
  regionAdjectives: Set<string>;
  notNames: Set<string>;
  /** the last word of an organisation's name ("Chamber of Commerce", "City Council") */
  orgHeads: Set<string>;
  /** the last word of a named place, event or thing ("Meseberg Palace", "Army Tactical Missile System") */
  placeHeads: Set<string>;
  /** first words of the outlets' and institutions' names of several words, so most tokens are ruled out at once */
  multiwordFirsts: Set<string>;
  /** compromise's lexicon: word -> tags */
  words: Map<string, string>;
  /** compromise's tags of each word as TAG bits, worked out once when the lexicon loads */
  tagBits: Map<string, number>;
}

/** What compromise's tags say of a word, one bit each (see tagBitsOf for the tags behind each). */
export const TAG = {
  known: 1, verbish: 2, nounish: 4, nounOrAdjective: 8, date: 16, proper: 32, given: 64,
  demonym: 128, organization: 256, place: 512, country: 1024, female: 2048, male: 4096,
} as const;

const TAG_TESTS: Array<[number, RegExp]> = [
  [TAG.verbish, /Verb|Tense|Infinitive|Gerund|Participle|Adverb|Modal|Copula|Auxiliary/],
  [TAG.nounish, /Noun|Plural|Singular|Adjective/],
  [TAG.nounOrAdjective, /Noun|Singular|Adjective/],
  [TAG.date, /Month|WeekDay|Date|Holiday/],
  [TAG.proper, /Name|Person|Place|Country|City|Region|Organization|ProperNoun|Demonym/],
  [TAG.given, /MaleName|FemaleName|FirstName/],
  [TAG.demonym, /Demonym/],
  [TAG.organization, /Organization/],
  [TAG.place, /Country|City|Region|Place/],
  [TAG.country, /Country/],
  [TAG.female, /FemaleName/],
  [TAG.male, /MaleName/],
];

function tagBitsOf(tags: string): number {
  let bits = tags ? TAG.known : 0;
  for (const [bit, re] of TAG_TESTS) if (re.test(tags)) bits |= bit;
  if (tags === 'Person') bits |= TAG.given;
  return bits;
}

function readJson<T>(name: string, schema: z.ZodType<T>): T {
  const file = fileURLToPath(new URL(`../../src/extract/lexicon/${name}`, import.meta.url));
  const result = schema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`src/extract/lexicon/${name}: ${problems.join('; ')}`);
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** base, -s, -ed and -ing forms of a regular English verb */
export function verbForms(base: string): Array<[string, VerbInfo['form']]> {
  const last = base[base.length - 1] ?? '';
  const prev = base[base.length - 2] ?? '';
  const s = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : last === 'y' && !VOWELS.has(prev) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const ed = last === 'e' ? `${base}d` : last === 'y' && !VOWELS.has(prev) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const ing = last === 'e' && prev !== 'e' ? `${base.slice(0, -1)}ing` : `${base}ing`;
  return [[base, 'base'], [s, 's'], [ed, 'ed'], [ing, 'ing']];
}

function formOf(word: string, base: string): VerbInfo['form'] {
  if (word.endsWith('ing')) return 'ing';
  if (word === base) return 'base';
  if (word.endsWith('s') && !word.endsWith('ss')) return 's';
  return 'ed';
}

function buildVerbs(a: z.infer<typeof AttributionFile>): Map<string, VerbInfo> {
  const weak = new Set(a.weak);
  const verbs = new Map<string, VerbInfo>();
  const add = (bases: string[], cls: CueClass) => {
    for (const base of bases) {
      for (const [form, kind] of verbForms(base)) if (!verbs.has(form)) verbs.set(form, { base, cls, weak: weak.has(base), form: kind });
      for (const form of a.irregular[base] ?? []) verbs.set(form, { base, cls, weak: weak.has(base), form: formOf(form, base) });
    }
  };
  add(a.speech, 'speech');
  add(a.position, 'position');
  return verbs;
}

// loaded on first use and never changed after: the one module-level value of extract
let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const a = readJson('attribution.json', AttributionFile);
  const e = readJson('entities.json', EntitiesFile);
  const words = new Map<string, string>();
  const model = (compromiseWorld() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  const tagBits = new Map<string, number>();
  for (const [k, v] of Object.entries(model)) {
    const tags = Array.isArray(v) ? v.join(',') : v;
    words.set(k, tags);
    tagBits.set(k, tagBitsOf(tags));
  }
  const outlets = new Map(Object.entries(e.outlets));
  const institutions = new Map(Object.entries(e.institutions));
  cached = {
    verbs: buildVerbs(a),
    weakObjects: new Set(a.weakObjects),
    adjectival: new Set(a.adjectival),
    carriers: new Set(a.carriers),
    positionNouns: new Set(a.positionNouns),
    decisionNouns: new Set(a.decisionNouns),
    pronouns: new Map(Object.entries(a.pronouns)),
    carrierTitles: new Set(a.carrierTitles),
    complementVerbs: new Set(a.complementVerbs),
    reportingVerbs: new Set(a.reportingVerbs),
    titles: new Set(e.titles),
    personTitles: new Set(e.personTitles),
    femaleTitles: new Set(e.femaleTitles),
    maleTitles: new Set(e.maleTitles),
    anonymousHeads: new Set(e.anonymousHeads),
    groupHeads: new Set(e.groupHeads),
    institutions,
    outlets,
    demonyms: new Map(Object.entries(e.demonyms)),
    regionAdjectives: new Set(e.regionAdjectives),
    notNames: new Set(e.notNames),
    orgHeads: new Set(e.orgHeads),
    placeHeads: new Set(e.placeHeads),
    multiwordFirsts: new Set([...outlets.keys(), ...institutions.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!)),
    words,
    tagBits,
  };
  return cached;
}

/** The TAG bits of a word (0 for a word compromise does not know). */
export function tagBits(lex: Lexicon, word: string): number {
  return lex.tagBits.get(word) ?? 0;
}
