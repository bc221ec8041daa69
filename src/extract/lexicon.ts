// The general English vocabulary of attribution and of names, loaded once from lexicon/*.json
// and from compromise's own lexicon (first names, countries, cities, demonyms). Everything is a
// Map or Set so that a word like "constructor" never reaches Object.prototype. The files ship
// with the tool: their schemas (lexicon-schema.ts) are checked by tests, not at every start.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compromiseWorld } from '../compromise.js';
import { lazy } from '../lazy.js';
import type { Attribution, CueData, EntitiesData, HolderData } from './lexicon-schema.js';
import { verbForms } from '../text/inflect.js';

/** The roles a word of attribution.json plays (its $comment says what each means). */
export const ATTRIBUTION_ROLES = [
  'speech', 'position', 'weak', 'bare', 'complement', 'reporting', 'holder-speech', 'person-speech',
  'weak-object', 'adjectival', 'carrier', 'position-noun', 'decision-noun', 'carrier-title',
  'verdict', 'said-noun',
] as const;
export type AttributionRole = (typeof ATTRIBUTION_ROLES)[number];

/** The words of each role, in file order. */
function byRole(a: Attribution): Map<AttributionRole, string[]> {
  const out = new Map<AttributionRole, string[]>(ATTRIBUTION_ROLES.map((r) => [r, []]));
  for (const [word, roles] of Object.entries(a.words)) for (const r of roles) out.get(r)!.push(word);
  return out;
}

/** a cue of a verb and the words after it ("made it clear", "referred to X as") */
export interface CuePhrase { base: string; form: VerbInfo['form']; after: Array<{ words: Set<string> } | { gap: number }> }

export type CueClass = 'speech' | 'position';
export interface VerbInfo { base: string; cls: CueClass; weak: boolean; form: 'base' | 's' | 'ed' | 'ing' }

/** The vocabulary the rules read; nothing writes it after it loads but its memos of per-word bits. */
export interface Lexicon {
  readonly verbs: ReadonlyMap<string, VerbInfo>;
  /** verb form -> the phrases it heads */
  readonly phrases: ReadonlyMap<string, CuePhrase[]>;
  readonly weakObjects: ReadonlySet<string>;
  /** weak speech verbs that need no object at the end of their clause or after "as X" */
  readonly bareSpeech: ReadonlySet<string>;
  /** weak verbs that report speech when a holder is their subject, right before them ("Clinton noted", "He described") */
  readonly holderSpeech: ReadonlySet<string>;
  /** the verbs of cues.json holderVerbs that no hand list names (cues.ts meetsOrGoes) */
  readonly measuredHolderVerbs: ReadonlySet<string>;
  /** -ing forms of the measured verbs (cues.json verbs, holderVerbs) that no list keeps on their own: cues in a progressive after a holder only ("Trump is seeking", cues.ts progressiveAfterHolder) */
  readonly progressive: ReadonlyMap<string, VerbInfo>;
  /** -ing forms that are cues right after a comma only (cues.json commaVerbs) */
  readonly commaParticiples: ReadonlySet<string>;
  /** of those, the ones that need a person or an unnamed source, not a body ("the choir repeated") */
  readonly personSpeech: ReadonlySet<string>;
  readonly adjectival: ReadonlySet<string>;
  readonly carriers: ReadonlySet<string>;
  readonly positionNouns: ReadonlySet<string>;
  readonly decisionNouns: ReadonlySet<string>;
  /** position nouns of something said ("Putin's warning", "a threat by X"), not a stance a body's voice may speak for ("NATO's stance") */
  readonly saidNouns: ReadonlySet<string>;
  /** verbs of a verdict on what someone else said or decided ("described Y's comments as"): its owner holds it too */
  readonly verdictVerbs: ReadonlySet<string>;
  /** 'body': "it", a singular body or outlet ("The Kremlin … It said") */
  readonly pronouns: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'body'>;
  /** titles of people who speak for a body ("spokesperson"): they carry, they do not hold */
  readonly carrierTitles: ReadonlySet<string>;
  /** verbs whose clause after them is what was said ("said Berlin had agreed") */
  readonly complementVerbs: ReadonlySet<string>;
  /** verbs that only pass something on ("said", "told"): their source can be a mere carrier */
  readonly reportingVerbs: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  readonly personTitles: ReadonlySet<string>;
  readonly femaleTitles: ReadonlySet<string>;
  readonly maleTitles: ReadonlySet<string>;
  readonly anonymousHeads: ReadonlySet<string>;
  readonly groupHeads: ReadonlySet<string>;
  /** a role ("leader") -> the titles it stands for ("president", "prime", "chancellor") */
  readonly roleTitles: ReadonlyMap<string, ReadonlySet<string>>;
  /** lower-case nouns of people or groups from WordNet (holders.json): heads of holders too */
  readonly holderNouns: ReadonlySet<string>;
  /** WordNet nouns of people that compromise also knows as adjectives or verbs: heads after a determiner ("the judge") */
  readonly determinedHolders: ReadonlySet<string>;
  readonly institutions: ReadonlyMap<string, string>;
  readonly outlets: ReadonlyMap<string, string>;
  readonly demonyms: ReadonlyMap<string, string>;
  /** a country's demonym of one word, the first the table gives ("Italy" -> "italian") */
  readonly countryDemonyms: ReadonlyMap<string, string>;
  readonly regionAdjectives: ReadonlySet<string>;
  readonly notNames: ReadonlySet<string>;
  /** the last word of an organisation's name ("Chamber of Commerce", "City Council") */
  readonly orgHeads: ReadonlySet<string>;
  /** the last word of a named place, event or thing ("Meseberg Palace", "Army Tactical Missile System") */
  readonly placeHeads: ReadonlySet<string>;
  /** first words of the outlets' and institutions' names of several words, so most tokens are ruled out at once */
  readonly multiwordFirsts: ReadonlySet<string>;
  /** compromise's lexicon: word -> tags */
  readonly words: LexiconWords;
  /**
   * Memos, the only part written after the lexicon loads: compromise's tags of a word as TAG bits
   * and its HEAD role bits, each worked out the first time the word is asked for (bounded; see
   * tagBits() and headRoles()). What they give for a word never changes.
   */
  readonly tagBits: Map<string, number>;
  readonly headRoles: Map<string, number>;
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

function lexiconFile(name: string): string {
  return fs.readFileSync(fileURLToPath(new URL(`../../src/extract/lexicon/${name}`, import.meta.url)), 'utf8');
}

/** A shipped lexicon file, read without its checks (test/builtin-data.test.ts runs them). */
function readJson<T>(name: string): T {
  return JSON.parse(lexiconFile(name)) as T;
}

function formOf(word: string, base: string): VerbInfo['form'] {
  if (word.endsWith('ing')) return 'ing';
  if (word === base) return 'base';
  if (word.endsWith('s') && !word.endsWith('ss')) return 's';
  return 'ed';
}

function buildVerbs(a: Attribution, roles: Map<AttributionRole, string[]>, c: CueData): Map<string, VerbInfo> {
  const weak = new Set(roles.get('weak'));
  const verbs = new Map<string, VerbInfo>();
  const add = (bases: string[], cls: CueClass) => {
    for (const base of bases) {
      for (const [form, kind] of verbForms(base)) if (!verbs.has(form)) verbs.set(form, { base, cls, weak: weak.has(base), form: kind });
      for (const form of a.irregular[base] ?? []) verbs.set(form, { base, cls, weak: weak.has(base), form: formOf(form, base) });
    }
  };
  add(roles.get('speech')!, 'speech');
  add(roles.get('position')!, 'position');
  // the WordNet cues add forms the hand lists lack; they never override a hand entry's role
  for (const v of c.verbs) {
    for (const kind of ['base', 's', 'ed', 'ing'] as const) {
      for (const form of v.forms[kind]) if (!verbs.has(form)) verbs.set(form, { base: v.base, cls: 'speech', weak: false, form: kind });
    }
  }
  for (const v of c.commaVerbs) for (const form of v.forms) if (!verbs.has(form)) verbs.set(form, { base: v.base, cls: 'speech', weak: true, form: 'ing' });
  // (cues right after their holder only: weak, and holder-speech in loadLexicon)
  for (const v of c.holderVerbs) {
    const kinds = new Map(verbForms(v.base));
    for (const form of v.forms) if (!verbs.has(form)) verbs.set(form, { base: v.base, cls: 'speech', weak: true, form: kinds.get(form) ?? 'ed' });
  }
  return verbs;
}

function buildProgressive(c: CueData, verbs: Map<string, VerbInfo>): Map<string, VerbInfo> {
  const out = new Map<string, VerbInfo>();
  for (const base of [...c.verbs.map((v) => v.base), ...c.holderVerbs.map((v) => v.base)]) {
    for (const [form, kind] of verbForms(base)) if (kind === 'ing' && !verbs.has(form) && !out.has(form)) out.set(form, { base, cls: 'speech', weak: false, form: 'ing' });
  }
  return out;
}

function compileAfter(after: string): CuePhrase['after'] {
  return after.split(' ').map((part) => (/^~\d$/.test(part) ? { gap: Number(part.slice(1)) } : { words: new Set(part.split('|')) }));
}

function buildPhrases(c: CueData): Map<string, CuePhrase[]> {
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

/** The vocabulary, loaded when a thread first extracts and read-only after (see lazy.ts). */
export const lexicon: () => Lexicon = lazy(loadLexicon);

function loadLexicon(): Lexicon {
  const a = readJson<Attribution>('attribution.json');
  const roles = byRole(a);
  const e = readJson<EntitiesData>('entities.json');
  const c = readJson<CueData>('cues.json');
  const h = readJson<HolderData>('holders.json');
  // WordNet's person and group nouns head unnamed holders ("environmentalists", "the regulator",
  // "the commission") when written in lower case; titles and the hand lists keep their roles
  const known = new Set([...e.titles, ...e.personTitles, ...e.anonymousHeads, ...e.groupHeads]);
  const holderNouns = new Set([...h.persons, ...h.groups].filter((w) => !known.has(w)));
  const model = (compromiseWorld() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  const outlets = new Map(Object.entries(e.outlets));
  const institutions = new Map(Object.entries(e.institutions));
  const verbs = buildVerbs(a, roles, c);
  return {
    verbs,
    progressive: buildProgressive(c, verbs),
    phrases: buildPhrases(c),
    weakObjects: new Set(roles.get('weak-object')),
    bareSpeech: new Set(roles.get('bare')),
    holderSpeech: new Set([...roles.get('holder-speech')!, ...roles.get('person-speech')!, ...c.holderVerbs.map((v) => v.base)]),
    measuredHolderVerbs: new Set(c.holderVerbs.map((v) => v.base).filter((b) => !roles.get('holder-speech')!.includes(b) && !roles.get('person-speech')!.includes(b))),
    commaParticiples: new Set(c.commaVerbs.flatMap((v) => v.forms)),
    personSpeech: new Set(roles.get('person-speech')),
    adjectival: new Set(roles.get('adjectival')),
    carriers: new Set(roles.get('carrier')),
    positionNouns: new Set([...roles.get('position-noun')!, ...c.nouns.flatMap((n) => n.forms)]),
    decisionNouns: new Set(roles.get('decision-noun')),
    saidNouns: new Set(roles.get('said-noun')),
    verdictVerbs: new Set(roles.get('verdict')),
    pronouns: new Map(Object.entries(a.pronouns)),
    carrierTitles: new Set(roles.get('carrier-title')),
    complementVerbs: new Set(roles.get('complement')),
    reportingVerbs: new Set(roles.get('reporting')),
    titles: new Set(e.titles),
    personTitles: new Set(e.personTitles),
    femaleTitles: new Set(e.femaleTitles),
    maleTitles: new Set(e.maleTitles),
    anonymousHeads: new Set(e.anonymousHeads),
    groupHeads: new Set(e.groupHeads),
    holderNouns,
    // ("judge", "executive" are also titles before a name: after a determiner they head a holder)
    determinedHolders: new Set(h.determined.filter((w) => !e.personTitles.includes(w) && !e.anonymousHeads.includes(w) && !e.groupHeads.includes(w))),
    roleTitles: new Map(Object.entries(e.roleTitles).map(([role, titles]) => [role, new Set(titles)])),
    institutions,
    outlets,
    demonyms: new Map(Object.entries(e.demonyms)),
    countryDemonyms: countryDemonyms(e.demonyms),
    regionAdjectives: new Set(e.regionAdjectives),
    notNames: new Set(e.notNames),
    orgHeads: new Set(e.orgHeads),
    placeHeads: new Set(e.placeHeads),
    multiwordFirsts: new Set([...outlets.keys(), ...institutions.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!)),
    words: new LexiconWords(model),
    tagBits: new Map(),
    headRoles: new Map(),
  };
}

function countryDemonyms(demonyms: Record<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [d, country] of Object.entries(demonyms)) if (!out.has(country) && /^\p{L}+$/u.test(d)) out.set(country, d);
  return out;
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

/**
 * A noun that stands for a person holding a place, written between a party or a body and the
 * name it goes with: a title ("nominee", "secretary"), a noun of a holder ("strategist") or the
 * head of an unnamed one ("official"): "GOP strategist Keith Nahal", "presidential nominee Ann Dale".
 */
export function isHolderTitle(lex: Lexicon, word: string): boolean {
  return lex.titles.has(word) || lex.holderNouns.has(word) || lex.anonymousHeads.has(word);
}

/**
 * A word written before a name that is no given name: a title or honorific ("Lt", "Sen.",
 * "President", "Mr"; entities.json's titles, or compromise's Honorific and Abbreviation), a
 * word compromise knows as an adjective or a preposition ("former", "New Mitt Romney", "Against
 * Trump" of a headline), or a run-together abbreviation with a capital inside ("DefMin").
 */
export function isTitleWord(lex: Lexicon, word: string): boolean {
  if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(word)) return true;
  const lower = word.toLowerCase();
  const bare = lower.replace(/\.$/, '');
  if (lex.titles.has(lower) || lex.titles.has(`${bare}.`) || lex.titles.has(bare) || lex.personTitles.has(bare)) return true;
  const tags = lex.words.get(bare);
  return tags !== undefined && /Honorific|Abbreviation|Adjective|Comparative|Superlative|Preposition/.test(String(tags));
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
