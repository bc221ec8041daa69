// What the speaker rules share (ANNOTATION.md §2): the shapes of a holder, a carrier and a
// sentence's attribution, and the finders and helpers the stages of speaker-rules.ts call: a
// colon lead, a quotation's signature, a colon intro, a transcript's label, a spokesperson's
// principal, a country's government, the quotations.
import type { SpeakerKind } from '../schema.js';
import { mapped } from './arrays.js';
import type { Analysis } from './analysis.js';
import type { Cue } from './cues.js';
import type { ArticleEntities, Entity } from './entities.js';
import { asKind, blank, type Mention } from './mentions.js';
import { PREPOSITIONS, type Ctx, type Found } from './subjects.js';
import { ruleId } from './rules.js';
import { tagBits, TAG } from './lexicon.js';
import { wordsWithRole } from './words.js';
import { isQuoteMark, type Token } from '../text/tokens.js';

/** A holder found by a rule; `at` and `end` are its token span (-1 when it comes from elsewhere). */
export interface Holder { entity: Entity; mention: string; rule: string; cue: Cue | null; at: number; end: number }

/** Every holder is made here, so that all have one shape (see blank() in mentions.ts). */
export function holder(entity: Entity, mention: string, rule: string, cue: Cue | null, at: number, end: number): Holder {
  return { entity, mention, rule, cue, at, end };
}

/** Who carries a third party's position, the rule that says so and the tokens that name it. */
export interface Via { name: string; kind: SpeakerKind; rule: string; at: number; end: number }

export function carrier(e: { name: string; kind: SpeakerKind }, rule: string, at: number, end: number): Via {
  return { name: e.name, kind: e.kind, rule, at, end };
}

export interface Attribution {
  holders: Holder[];
  via: Via | null;
  cue: string | null;
  quote: string | null;
  rules: string[];
  /** the sentence ends inside an open quotation */
  openQuote: boolean;
  /** the sentence carries a quotation */
  quoted: boolean;
  /** the token spans [start, end) of the quotations that make `quote` */
  quoteSpans: Array<[number, number]>;
  /** holders named by a cue outside every quotation ("…," Kirby said): they speak a quotation's earlier sentences too */
  attributes: Holder[];
}

/**
 * An attribution with other holders, cue and rules: a literal of the one key order every
 * attribution has (a spread copy is an object of another hidden class, which throws away the
 * optimised code of the stages after it when they first meet one).
 */
export function withHolders(a: Attribution, holders: Holder[], cue: string | null, rules: string[]): Attribution {
  return { holders, via: a.via, cue, quote: a.quote, rules, openQuote: a.openQuote, quoted: a.quoted, quoteSpans: a.quoteSpans, attributes: a.attributes };
}

export interface Previous { holders: Holder[]; quoted: boolean; openQuote: boolean; sameParagraph: boolean; adjacentParagraph: boolean }

/** a colon lead of all holders ("Germany and France:") is at most this many tokens */
const MAX_LEAD_WORDS = 8;
/** the aside between a lead's holder and its colon ("Vladimir Putin, on state TV:") is at most this long */
const MAX_LEAD_ASIDE = 12;

const OWN_VOICE = wordsWithRole('own-voice');
const ARTICLES = wordsWithRole('article');
const LEAD_ASIDES = wordsWithRole('lead-aside');
const GOVERNMENT_NOUNS = wordsWithRole('government-noun');

/** words of a sentence that introduces a block with a colon ("Caddell continued:") */
const MAX_INTRO_WORDS = 8;

/**
 * A short sentence that ends with a colon and opens with a holder and a verb introduces what
 * follows as that holder's ("Caddell continued:", "Sanders made the following comment:").
 */
export function colonIntro(ctx: Ctx): Found | null {
  const { tokens, mentions } = ctx;
  const last = tokens.length - 1;
  if (last < 2 || tokens[last]!.text !== ':' || tokens.filter((t) => t.kind === 'word').length > MAX_INTRO_WORDS) return null;
  const m = mentions[0];
  if (!m || m.start > 1 || !(m.kind === 'person' || m.kind === 'group' || m.kind === 'anonymous' || m.kind === 'pronoun' || m.kind === 'title-ref')) return null;
  let v = m.end;
  while (v < last && isAdverbLike(tokens[v]!)) v++;
  const verb = tokens[v];
  if (!verb || verb.kind !== 'word' || verb.cap || !(ctx.lex.verbs.has(verb.lower) || (tagBits(ctx.lex, verb.lower) & TAG.verbish) !== 0)) return null;
  const cue: Cue = { index: v, word: verb.text, verb: null, kind: 'verb' };
  return { mention: m, rule: ruleId('speaker.colon-intro'), cue, inner: false, quoted: false };
}

function isAdverbLike(t: Token): boolean {
  return t.kind === 'word' && !t.cap && (t.lower.endsWith('ly') || t.lower === 'then' || t.lower === 'also' || t.lower === 'later');
}

/** words of a transcript's speaker label ("ANDREW WEISS:") */
const MAX_LABEL_WORDS = 3;

/**
 * "WALLACE: Let's start …", "ANDREW WEISS: Good morning.": a paragraph of a transcript opens
 * with its speaker's name and a colon. The name must be a person the article names elsewhere,
 * so "UPDATE:" or "Note:" is no speaker.
 */
export function transcriptLabel(a: Analysis, entities: ArticleEntities): { entity: Entity; mention: string; at: number; end: number } | null {
  const { tokens } = a;
  if (a.s.kind !== 'sentence') return null;
  let at = 0;
  if (tokens[0] && isQuoteMark(tokens[0])) at = 1;
  let k = at;
  while (k < tokens.length && k - at < MAX_LABEL_WORDS && tokens[k]!.kind === 'word' && tokens[k]!.cap) k++;
  if (k === at) return null;
  // (a label ends in its colon, or in ", HOST:": most sentences are ruled out before their names are looked up)
  if (tokens[k]?.text !== ':' && tokens[k]?.text !== ',') return null;
  // (arrays made by `mapped`, of one kind in both tiers: see arrays.ts)
  const words = mapped(tokens.slice(at, k), (t) => t.text);
  if (words.some((w) => w.length < 2)) return null; // "Q:", "A:" are an interview's turns (interview.ts)
  const name = mapped(words, (w) => w[0] + w.slice(1).toLowerCase()).join(' ');
  const entity = entities.knownPerson(name);
  // set in capitals as transcripts do ("WALLACE:"), or the person's very name ("Andrew Weiss:")
  if (!entity || !(words.every((w) => w.length > 1 && w === w.toUpperCase()) || entity.name.toLowerCase() === name.toLowerCase())) return null;
  // "MICHEL MARTIN, HOST:", "TOM BOWMAN, BYLINE:": the outlet's own people speak in its voice
  if (tokens[k]?.text === ',' && OWN_VOICE.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.text === ':') { entities.ownVoice.add(entity); return null; }
  if (tokens[k]?.text !== ':' || k + 1 >= tokens.length || entities.ownVoice.has(entity)) return null;
  return { entity, mention: a.s.text.slice(tokens[at]!.start, tokens[k - 1]!.end), at, end: k };
}

const DASHES = new Set(['\u2014', '\u2015', '\u2013', '-']);

/** A holder named after a dash that follows a quotation, at the end of the sentence. */
export function dashSignature(ctx: Ctx, regions: Array<[number, number]>): Found | null {
  const { tokens, mentions } = ctx;
  const last = regions[regions.length - 1];
  if (!last || last[1] >= tokens.length) return null;
  const dash = last[1] + 1;
  if (!DASHES.has(tokens[dash]?.text ?? '')) return null;
  const m = mentions.find((x) => x.start === dash + 1 && (x.kind === 'person' || x.kind === 'group' || x.kind === 'anonymous' || x.kind === 'outlet'));
  if (!m || tokens.slice(m.end).some((t) => t.kind === 'word' && !t.cap)) return null;
  const cue: Cue = { index: dash, word: tokens[dash]!.text, verb: null, kind: 'verb' };
  return { mention: m, rule: ruleId('speaker.quote-signature'), cue, inner: false, quoted: false };
}

export function surface(tokens: Token[], m: Mention, text: string): string {
  return text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end).replace(/['\u2019]s$/, '');
}

/** a quotation of fewer words is a label ("called it 'reckless'"), not what someone said */
const MIN_QUOTE_WORDS = 2;

export function quotedText(text: string, tokens: Token[], from: number, to: number): string {
  const a = from <= 0 ? 0 : tokens[from - 1]!.end;
  const b = to >= tokens.length ? text.length : tokens[to]!.start;
  return text.slice(a, b).trim();
}

/** The quotations of two words or more, as the token spans between their marks. */
export function quotations(text: string, tokens: Token[], regions: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a, b] of regions) {
    if (quotedText(text, tokens, a + 1, b).split(/\s+/).length >= MIN_QUOTE_WORDS) out.push([a + 1, b]);
  }
  return out;
}

/**
 * An unnamed spokesperson speaks for whom they speak for: "a Kremlin spokesman" for the Kremlin,
 * "an Italian government spokesperson" for Italy, "a spokesperson for Defence Minister Ludivine
 * Dedonder" for her. A named one ("spokesperson Dmitry Peskov") is a person and stays.
 */
export function spokespersonsPrincipal(ctx: Ctx, m: Mention): Mention | null {
  const { tokens, lex } = ctx;
  if (m.kind !== 'anonymous' || !lex.carrierTitles.has(tokens[m.end - 1]?.lower ?? '')) return null;
  for (let k = Math.max(0, m.start - 3); k < m.end - 1; k++) {
    const w = tokens[k]!.lower;
    const body = lex.demonyms.get(w) ?? (tokens[k]!.cap ? lex.institutions.get(w) : undefined);
    if (body) return blank(k, k + 1, 'group', body);
  }
  if (tokens[m.end]?.lower === 'for') {
    const at = tokens[m.end + 1]?.lower === 'the' ? m.end + 2 : m.end + 1;
    const principal = ctx.mentions.find((x) => (x.start === m.end + 1 || x.start === at) && (x.kind === 'person' || x.kind === 'group' || x.kind === 'anaphor'));
    // "the Ministry of Defence" is a body here, not a reference back
    return principal ? (principal.kind === 'anaphor' ? asKind(principal, 'group') : principal) : null;
  }
  return null;
}

/** "Germany's government", "Finland's government said": the country whose government it is. */
export function governmentOf(ctx: Ctx, m: Mention): Mention | null {
  if (m.kind !== 'group' || !GOVERNMENT_NOUNS.has(ctx.tokens[m.end - 1]?.lower ?? '')) return null;
  const owner = m.possessor ?? ctx.mentions.find((x) => x.end === m.start && x.possessive);
  return owner && (owner.kind === 'group' || owner.kind === 'place') ? asKind(owner, 'group') : null;
}

/** "the head of", "the leader of": a role before a government that is its leader's */
const GOVERNMENT_HEADS = wordsWithRole('government-head');

/**
 * "the head of the Dutch government argued …": the one who leads the government the article
 * names with that nationality (resolved through roleTitles' "leader"), not the country.
 */
export function headOfGovernment(ctx: Ctx, m: Mention): { mention: Mention; role: string; nationality: string | undefined } | null {
  if (m.kind !== 'group' || m.head !== 'government') return null;
  const { tokens } = ctx;
  // the mention may begin with its "of" ("of the German government") or after it
  let of = m.start;
  while (of > m.start - 3 && of >= 0 && tokens[of]?.lower !== 'of') of--;
  if (tokens[of]?.lower !== 'of') return null;
  const ref = ctx.mentions.find((x) => x.kind === 'title-ref' && x.end === of && GOVERNMENT_HEADS.has(x.titles[0] ?? ''));
  return ref ? { mention: ref, role: 'leader', nationality: ref.titles[1] } : null;
}

/** how many countries "leaders of" may list */
const MAX_LEADERS_OF = 4;

/**
 * "Leaders of the UK and the US will discuss …": plural leaders of a list of countries are each
 * country's leader, the nationality words (demonyms) that name the country, one list a country.
 */
export function leadersOf(ctx: Ctx, m: Mention): string[][] {
  if (m.kind !== 'group' || !m.plural || m.head !== 'leaders' || ctx.tokens[m.end]?.lower !== 'of') return [];
  const { tokens, mentions, lex } = ctx;
  const out: string[][] = [];
  let at = m.end + 1;
  for (let n = 0; n < MAX_LEADERS_OF; n++) {
    if (tokens[at]?.lower === 'the') at++;
    const c = mentions.find((x) => x.start === at || (x.start === at - 1 && tokens[at - 1]?.lower === 'the'));
    if (!c || c.kind !== 'group') break;
    const words: string[] = [];
    for (const [w, country] of lex.demonyms) if (country === c.name) words.push(w);
    if (!words.length) break;
    out.push(words);
    if (tokens[c.end]?.lower !== 'and' && tokens[c.end]?.text !== ',') break;
    at = c.end + 1;
    if (tokens[at]?.lower === 'and') at++;
  }
  return out.length > 1 ? out : [];
}

/** how many countries a list before a plural title may name ("US, UK and French top diplomats") */
const MAX_OFFICE_COUNTRIES = 4;

/** The country a capitalised word names ("US", "UK", "Italian"), or undefined. */
function countryOf(ctx: Ctx, t: Token | undefined): string | undefined {
  if (!t || !t.cap || t.kind !== 'word') return undefined;
  const c = ctx.lex.demonyms.get(t.lower) ?? ctx.lex.institutions.get(t.lower);
  return c !== undefined && ctx.lex.countryDemonyms.has(c) ? c : undefined;
}

/**
 * "US and UK top diplomats discussed …", "the French and German foreign ministers": a plural
 * office after a list of countries is each country's holder of that office (the countries and the
 * office's phrase, "top diplomat"; resolved by the office-holder table). `m` is the plural office
 * or a country of its list; [] when it is neither.
 */
export function countryOffices(ctx: Ctx, m: Mention): { countries: string[]; phrase: string; start: number; end: number } | null {
  const { tokens, mentions, lex } = ctx;
  let office: Mention | undefined = m;
  if (!(m.plural && (m.kind === 'anonymous' || m.kind === 'group'))) {
    // a country of the list: the office follows it past "and" or a comma and other countries
    if (m.kind !== 'group' && m.kind !== 'place') return null;
    let at = m.end;
    office = undefined;
    for (let n = 0; n < MAX_OFFICE_COUNTRIES && (tokens[at]?.lower === 'and' || tokens[at]?.text === ','); n++) {
      const next = mentions.find((x) => x.start === at + 1);
      if (!next) break;
      if (next.plural) { office = next; break; }
      at = next.end;
    }
    if (!office) return null;
  }
  const head = tokens[office.end - 1]!.lower;
  const title = head.endsWith('s') ? head.slice(0, -1) : head;
  if (office.end - office.start < 2 || !lex.personTitles.has(title)) return null;
  const first = countryOf(ctx, tokens[office.start]);
  if (!first) return null;
  let phrase = '';
  for (let k = office.start + 1; k < office.end - 1; k++) phrase += `${tokens[k]!.lower} `;
  phrase += title;
  const countries = [first];
  let start = office.start;
  for (let n = 0; n < MAX_OFFICE_COUNTRIES && (tokens[start - 1]?.lower === 'and' || tokens[start - 1]?.text === ','); n++) {
    const c = countryOf(ctx, tokens[start - 2]);
    if (!c) break;
    countries.unshift(c);
    start -= 2;
  }
  return countries.length > 1 ? { countries, phrase, start, end: office.end } : null;
}

/** The holders named before a colon at the start of a line ("- Germany:", "Macron:"). */
export function colonLead(ctx: Ctx): Found[] {
  const { tokens, mentions } = ctx;
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon < 1) return [];
  const isHolder = (m: Mention) => m.kind === 'person' || m.kind === 'group' || m.kind === 'anonymous';
  const cue: Cue = { index: colon, word: ':', verb: null, kind: 'verb' };
  const found = (lead: Mention[]): Found[] => mapped(lead, (mention) => ({ mention, rule: ruleId('speaker.colon-lead'), cue, inner: false, quoted: false }));
  // "Germany and France:": every holder of a short, capitalised lead
  if (colon <= MAX_LEAD_WORDS && !tokens.slice(0, colon).some((t) => t.kind === 'word' && !t.cap && t.lower !== 'and')) return found(mentions.filter((m) => m.end <= colon && isHolder(m)));
  // "Kremlin spokesman Dmitry Peskov:", "Vladimir Putin, on state TV:", "A senior EU diplomat,
  // asked whether ...:": the one holder that ends the lead, right before the colon or a comma
  // "Clinton to Planned Parenthood:", "Gillibrand on Hillary's transcripts:", "Mukasey at RNC:":
  // a holder, then a preposition and whom or what it is addressed to or about
  const first = mentions.find((m) => isHolder(m) && m.end < colon);
  const leadingWords = (m: Mention) => tokens.slice(0, m.start).every((t) => t.kind !== 'word' || t.cap || ARTICLES.has(t.lower) || ctx.lex.titles.has(t.lower));
  if (first && colon - first.end <= MAX_LEAD_ASIDE && LEAD_ASIDES.has(tokens[first.end]?.lower ?? '') && leadingWords(first)
    && !tokens.slice(0, colon).some((t) => isQuoteMark(t))) return found([first]);
  const comma = tokens.findIndex((t) => t.text === ',');
  const leadEnd = comma > 0 && comma < colon ? comma : colon;
  if (colon - leadEnd > MAX_LEAD_ASIDE || tokens.slice(0, colon).some((t) => isQuoteMark(t))) return [];
  // what comes between the comma and the colon says where or when: "in his nightly address",
  // "asked whether ...", not "the economy and the war"
  const aside = tokens[leadEnd + 1];
  if (leadEnd < colon && !(aside && (PREPOSITIONS.has(aside.lower) || /(?:ed|ing)$/.test(aside.lower)))) return [];
  // before the holder only its titles, capitalised words and articles ("Kremlin spokesman")
  const leading = (t: Token) => t.kind !== 'word' || t.cap || ARTICLES.has(t.lower) || ctx.lex.titles.has(t.lower) || ctx.lex.regionAdjectives.has(t.lower);
  const lead = mentions.find((m) => m.end === leadEnd && isHolder(m) && tokens.slice(0, m.start).every(leading));
  return lead ? found([lead]) : [];
}
