// The general English vocabulary of attribution and of names, loaded once from lexicon/*.json
// and from compromise's own lexicon (first names, countries, cities, demonyms). Everything is a
// Map or Set so that a word like "constructor" never reaches Object.prototype.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compromiseWorld } from '../compromise.js';
import { z } from 'zod';
import { verbForms } from '../text/inflect.js';

const AttributionFile = z.object({
  speech: z.array(z.string()),
  position: z.array(z.string()),
  irregular: z.record(z.string(), z.array(z.string())),
  weak: z.array(z.string()),
  bareSpeech: z.array(z.string()),
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
    forms: z.strictObject({ base: z.array(z.string()), s: z.array(z.string()), ed: z.array(z.string()), ing: z.array(z.string()) }),
    seen: z.number(),
    precision: z.number(),
  })),
  phrases: z.array(z.strictObject({
    verb: z.string(),
    after: z.string(),
    from: z.string(),
    forms: z.array(z.string()),
    seen: z.number(),
    precision: z.number().nullable(),
  })),
});

/** holders.json, written by scripts/build-cue-lexicon.mjs from WordNet's noun.person and noun.group */
const HolderFile = z.strictObject({
  $notice: z.string(),
  $generated: z.string(),
  persons: z.array(z.string()),
  groups: z.array(z.string()),
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
  /** compromise's lexicon: word -> tags */
  words: Map<string, string>;
}

function readJson(name: string): unknown {
  const file = fileURLToPath(new URL(`../../src/extract/lexicon/${name}`, import.meta.url));
  return JSON.parse(fs.readFileSync(file, 'utf8'));
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

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const a = AttributionFile.parse(readJson('attribution.json'));
  const e = EntitiesFile.parse(readJson('entities.json'));
  const c = CueFile.parse(readJson('cues.json'));
  const h = HolderFile.parse(readJson('holders.json'));
  // WordNet's person and group nouns head unnamed holders ("environmentalists", "the regulator",
  // "the commission") when written in lower case; titles and the hand lists keep their roles
  const known = new Set([...e.titles, ...e.personTitles, ...e.anonymousHeads, ...e.groupHeads]);
  const holderNouns = new Set([...h.persons, ...h.groups].filter((w) => !known.has(w)));
  const words = new Map<string, string>();
  const model = (compromiseWorld() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  for (const [k, v] of Object.entries(model)) words.set(k, Array.isArray(v) ? v.join(',') : v);
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
    institutions: new Map(Object.entries(e.institutions)),
    outlets: new Map(Object.entries(e.outlets)),
    demonyms: new Map(Object.entries(e.demonyms)),
    regionAdjectives: new Set(e.regionAdjectives),
    notNames: new Set(e.notNames),
    orgHeads: new Set(e.orgHeads),
    placeHeads: new Set(e.placeHeads),
    words,
  };
  return cached;
}

export function tagsOf(lex: Lexicon, word: string): string {
  return lex.words.get(word) ?? '';
}
