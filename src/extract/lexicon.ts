// The general English vocabulary of attribution and of names, loaded once from lexicon/*.json
// and from compromise's own lexicon (first names, countries, cities, demonyms). Everything is a
// Map or Set so that a word like "constructor" never reaches Object.prototype.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compromiseWorld } from '../compromise.js';
import { z } from 'zod';
import { verbForms } from '../text/inflect.js';

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
  $comment_bare: z.string(),
  bareSpeech: words(),
  weakObjects: words(),
  adjectival: words(),
  carriers: words(),
  positionNouns: words(),
  decisionNouns: words(),
  pronouns: z.record(z.string(), z.enum(['male', 'female', 'plural', 'body'])),
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
  $comment_roles: z.string(),
  roleTitles: z.record(z.string(), words()),
}).strict();

/** cues.json, written by scripts/build-cue-lexicon.mjs from WordNet and measured on PolNeAR train */
const CueFile = z.strictObject({
  $notice: z.string(),
  $generated: z.string(),
  threshold: z.number(),
  minCount: z.number(),
  minForm: z.number(),
  verbs: z.array(z.strictObject({
    base: z.string(),
    wordnet: z.array(z.enum(['cognition', 'communication'])),
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
});

/** holders.json, written by scripts/build-cue-lexicon.mjs from WordNet's noun.person and noun.group */
const HolderFile = z.strictObject({
  $notice: z.string(),
  $generated: z.string(),
  persons: words(),
  groups: words(),
});

/** a cue of a verb and the words after it ("made it clear", "referred to X as") */
export interface CuePhrase { base: string; form: VerbInfo['form']; after: Array<{ words: Set<string> } | { gap: number }> }

export type CueClass = 'speech' | 'position';
export interface VerbInfo { base: string; cls: CueClass; weak: boolean; form: 'base' | 's' | 'ed' | 'ing' }

export interface Lexicon {
  verbs: Map<string, VerbInfo>;
  /** verb form -> the phrases it heads */
  phrases: Map<string, CuePhrase[]>;
  weakObjects: Set<string>;
  /** weak speech verbs that need no object at the end of their clause or after "as X" */
  bareSpeech: Set<string>;
  adjectival: Set<string>;
  carriers: Set<string>;
  positionNouns: Set<string>;
  decisionNouns: Set<string>;
  /** 'body': "it", a singular body or outlet ("The Kremlin … It said") */
  pronouns: Map<string, 'male' | 'female' | 'plural' | 'body'>;
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
  /** a role ("leader") -> the titles it stands for ("president", "prime", "chancellor") */
  roleTitles: Map<string, Set<string>>;
  /** lower-case nouns of people or groups from WordNet (holders.json): heads of holders too */
  holderNouns: Set<string>;
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
  words: LexiconWords;
  /** compromise's tags of each word as TAG bits, worked out the first time the word is asked for */
  tagBits: Map<string, number>;
  /** each word's HEAD role bits, worked out the first time the word is asked for */
  headRoles: Map<string, number>;
}

/**
 * compromise's lexicon read where it lies, word by word: turning all of its 25,000 entries into
 * a Map cost a tenth of the start-up, for the few hundred words an article asks about.
 */
export class LexiconWords {
  constructor(private readonly model: Record<string, string | string[]>) {}

  /** The word's tags joined by commas, undefined for a word compromise does not know. */
  get(word: string): string | undefined {
    const seen = this.seen.get(word);
    if (seen !== undefined || this.seen.has(word)) return seen;
    const tags = this.read(word);
    if (this.seen.size < MAX_CACHED_BITS) this.seen.set(word, tags);
    return tags;
  }

  // the words asked for so far, with their tags
  private readonly seen = new Map<string, string | undefined>();

  private read(word: string): string | undefined {
    // own entries only: a word like "constructor" must not hit Object.prototype
    if (!Object.hasOwn(this.model, word)) return undefined;
    // "__proto__" read as a property is the prototype, whatever the object holds
    const v = word === '__proto__' ? (Object.getOwnPropertyDescriptor(this.model, word)!.value as string | string[]) : this.model[word]!;
    return Array.isArray(v) ? v.join(',') : v;
  }
}

// tag bits kept for at most this many distinct words (an article's vocabulary is a few thousand)
const MAX_CACHED_BITS = 100_000;

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

function formOf(word: string, base: string): VerbInfo['form'] {
  if (word.endsWith('ing')) return 'ing';
  if (word === base) return 'base';
  if (word.endsWith('s') && !word.endsWith('ss')) return 's';
  return 'ed';
}

function buildVerbs(a: z.infer<typeof AttributionFile>, c: z.infer<typeof CueFile>): Map<string, VerbInfo> {
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
  // the WordNet cues add forms the hand lists lack; they never override a hand entry's role
  for (const v of c.verbs) {
    for (const kind of ['base', 's', 'ed', 'ing'] as const) {
      for (const form of v.forms[kind]) if (!verbs.has(form)) verbs.set(form, { base: v.base, cls: 'speech', weak: false, form: kind });
    }
  }
  return verbs;
}

function compileAfter(after: string): CuePhrase['after'] {
  return after.split(' ').map((part) => (/^~\d$/.test(part) ? { gap: Number(part.slice(1)) } : { words: new Set(part.split('|')) }));
}

function buildPhrases(c: z.infer<typeof CueFile>): Map<string, CuePhrase[]> {
  const out = new Map<string, CuePhrase[]>();
  for (const p of c.phrases) {
    const after = compileAfter(p.after);
    const kinds = new Map(verbForms(p.verb));
    for (const form of p.forms) {
      const list = out.get(form) ?? [];
      list.push({ base: p.verb, form: kinds.get(form) ?? 'ed', after });
      out.set(form, list);
    }
  }
  return out;
}

// loaded on first use and never changed after: the one module-level value of extract
let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const a = readJson('attribution.json', AttributionFile);
  const e = readJson('entities.json', EntitiesFile);
  const c = readJson('cues.json', CueFile);
  const h = readJson('holders.json', HolderFile);
  // WordNet's person and group nouns head unnamed holders ("environmentalists", "the regulator",
  // "the commission") when written in lower case; titles and the hand lists keep their roles
  const known = new Set([...e.titles, ...e.personTitles, ...e.anonymousHeads, ...e.groupHeads]);
  const holderNouns = new Set([...h.persons, ...h.groups].filter((w) => !known.has(w)));
  const model = (compromiseWorld() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  const outlets = new Map(Object.entries(e.outlets));
  const institutions = new Map(Object.entries(e.institutions));
  cached = {
    verbs: buildVerbs(a, c),
    phrases: buildPhrases(c),
    weakObjects: new Set(a.weakObjects),
    bareSpeech: new Set(a.bareSpeech),
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
    holderNouns,
    roleTitles: new Map(Object.entries(e.roleTitles).map(([role, titles]) => [role, new Set(titles)])),
    institutions,
    outlets,
    demonyms: new Map(Object.entries(e.demonyms)),
    regionAdjectives: new Set(e.regionAdjectives),
    notNames: new Set(e.notNames),
    orgHeads: new Set(e.orgHeads),
    placeHeads: new Set(e.placeHeads),
    multiwordFirsts: new Set([...outlets.keys(), ...institutions.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!)),
    words: new LexiconWords(model),
    tagBits: new Map(),
    headRoles: new Map(),
  };
  return cached;
}

/** What a word can head, one bit each: a source or body noun of the hand lists, or a WordNet holder noun. */
export const HEAD = { listed: 1, holderNoun: 2 } as const;

/** The HEAD bits of a word (lower case): one lookup where three Sets would be asked. */
export function headRoles(lex: Lexicon, word: string): number {
  const known = lex.headRoles.get(word);
  if (known !== undefined) return known;
  const bits = (lex.anonymousHeads.has(word) || lex.groupHeads.has(word) ? HEAD.listed : 0) | (lex.holderNouns.has(word) ? HEAD.holderNoun : 0);
  if (lex.headRoles.size < MAX_CACHED_BITS) lex.headRoles.set(word, bits);
  return bits;
}

/** The TAG bits of a word (0 for a word compromise does not know). */
export function tagBits(lex: Lexicon, word: string): number {
  const known = lex.tagBits.get(word);
  if (known !== undefined) return known;
  const tags = lex.words.get(word);
  const bits = tags === undefined ? 0 : tagBitsOf(tags);
  if (lex.tagBits.size < MAX_CACHED_BITS) lex.tagBits.set(word, bits);
  return bits;
}
