// The general English vocabulary of attribution and of names, loaded once from lexicon/*.json
// and from compromise's own lexicon (first names, countries, cities, demonyms). Everything is a
// Map or Set so that a word like "constructor" never reaches Object.prototype.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compromiseWorld } from '../compromise.js';
import { z } from 'zod';

const AttributionFile = z.object({
  speech: z.array(z.string()),
  position: z.array(z.string()),
  irregular: z.record(z.string(), z.array(z.string())),
  weak: z.array(z.string()),
  weakObjects: z.array(z.string()),
  adjectival: z.array(z.string()),
  carriers: z.array(z.string()),
  positionNouns: z.array(z.string()),
  decisionNouns: z.array(z.string()),
  pronouns: z.record(z.string(), z.enum(['male', 'female', 'plural'])),
  carrierTitles: z.array(z.string()),
  complementVerbs: z.array(z.string()),
  reportingVerbs: z.array(z.string()),
});

const EntitiesFile = z.object({
  titles: z.array(z.string()),
  personTitles: z.array(z.string()),
  femaleTitles: z.array(z.string()),
  maleTitles: z.array(z.string()),
  anonymousHeads: z.array(z.string()),
  groupHeads: z.array(z.string()),
  institutions: z.record(z.string(), z.string()),
  outlets: z.record(z.string(), z.string()),
  demonyms: z.record(z.string(), z.string()),
  regionAdjectives: z.array(z.string()),
  notNames: z.array(z.string()),
  orgHeads: z.array(z.string()),
  placeHeads: z.array(z.string()),
});

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

function readJson(name: string): unknown {
  const file = fileURLToPath(new URL(`../../src/extract/lexicon/${name}`, import.meta.url));
  return JSON.parse(fs.readFileSync(file, 'utf8'));
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

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const a = AttributionFile.parse(readJson('attribution.json'));
  const e = EntitiesFile.parse(readJson('entities.json'));
  const words = new Map<string, string>();
  const model = (compromiseWorld() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  const tagBits = new Map<string, number>();
  for (const [k, v] of Object.entries(model)) {
    const tags = Array.isArray(v) ? v.join(',') : v;
    words.set(k, tags);
    tagBits.set(k, tagBitsOf(tags));
  }
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
    institutions: new Map(Object.entries(e.institutions)),
    outlets: new Map(Object.entries(e.outlets)),
    demonyms: new Map(Object.entries(e.demonyms)),
    regionAdjectives: new Set(e.regionAdjectives),
    notNames: new Set(e.notNames),
    orgHeads: new Set(e.orgHeads),
    placeHeads: new Set(e.placeHeads),
    words,
    tagBits,
  };
  return cached;
}

/** The TAG bits of a word (0 for a word compromise does not know). */
export function tagBits(lex: Lexicon, word: string): number {
  return lex.tagBits.get(word) ?? 0;
}
