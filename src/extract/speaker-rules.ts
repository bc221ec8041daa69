// The speaker rules of a sentence as a pipeline. Each rule that needs code is a small function
// (a stage) registered under its id in the registry (rules/registry.json), and attribute() runs
// the stages in the registry's order: the registry is the precedence. A stage reads the
// sentence's analysis and the state the stages before it left (the holders found and resolved
// so far, the carrier); a stage that decides the holders leaves the later ones nothing to add.
import { filtered, mapped } from './arrays.js';
import type { Analysis } from './analysis.js';
import { inRegion, QUESTION_WORDS, SUBJECT_PRONOUNS, type Cue } from './cues.js';
import type { ArticleEntities, Entity } from './entities.js';
import { blank, type Mention } from './mentions.js';
import { POSSESSIVE_RULES, possessiveHolders, type PossessiveHolder } from './possessives.js';
import { CUE_RULES, cueHolders, precededByPreposition, type Found } from './subjects.js';
import { inRegistryOrder, ruleId } from './rules.js';
import {
  carrier, colonIntro, colonLead, countryOffices, dashSignature, governmentOf, headOfGovernment, holder, leadersOf, quotations, quotedText, spokespersonsPrincipal, surface, transcriptLabel,
  type Attribution, type Holder, type Previous, type Via,
} from './attribution.js';
import { isQuoteMark, type Token } from '../text/tokens.js';
import { wordsWithRole } from './words.js';
import { tagBits, TAG } from './lexicon.js';

/** What the speaker stages of one sentence read and write. */
export interface SpeakerState {
  readonly a: Analysis;
  readonly entities: ArticleEntities;
  readonly prev: Previous | null;
  /** holders that cues, leads and signatures name, before they are resolved to entities */
  found: Found[];
  /** a stage has decided the holders (a transcript's label): the finding stages after it add none */
  decided: boolean;
  /** the holders resolved to entities, in order */
  readonly resolved: Holder[];
  readonly seen: Set<Entity>;
  via: Via | null;
  /** the cue that ties the speaker to the position */
  mainCue: Cue | null;
  /** the holders of the sentence before, whom a reference may point back to */
  readonly speakersBefore: Entity[];
  /** the persons the sentence names, in order */
  readonly persons: Mention[];
  /** the possessives of a statement or position, worked out when a stage first asks */
  possessives: PossessiveHolder[] | null;
}

/** One speaker rule that needs code: it reads the analysis and the state, and adds to the state. */
export type Stage = (st: SpeakerState) => void;

/** how many persons named before a reference it may point back to, nearest first */
const PERSONS_BEFORE = 5;

/** the nearest persons named before a mention, nearest first */
function personsBefore(st: SpeakerState, m: Mention): Entity[] {
  const { persons } = st;
  let hi = persons.length;
  let lo = 0;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (persons[mid]!.end <= m.start) lo = mid + 1; else hi = mid; }
  const out: Entity[] = [];
  for (let k = lo - 1; k >= Math.max(0, lo - PERSONS_BEFORE); k--) {
    const e = st.entities.entityOf(persons[k]!);
    if (e !== null) out.push(e);
  }
  return out;
}

/**
 * "While cautious Democrats welcomed the step, they faulted …": a plural pronoun with a
 * plural holder named before it in its own sentence, one that is no preposition's object, is that
 * holder, before any set of the sentences before.
 */
function pluralAntecedent(st: SpeakerState, m: Mention): Mention | null {
  if (m.kind !== 'pronoun' || !m.plural) return null;
  let out: Mention | null = null;
  const { regions } = st.a.quotes;
  // ("“… 12 pilots is not enough …,” they stated": not a noun of the words they are quoted as saying)
  const outside = regions.length > 0 && inRegion(m.start, regions) === null;
  const mentions = st.a.mentions;
  for (let n = 0; n < mentions.length; n++) {
    const x = mentions[n]!;
    if (x.end > m.start) break;
    if (outside && inRegion(x.start, regions) !== null) continue;
    if (x.plural && !x.possessive && (x.kind === 'group' || x.kind === 'anonymous' || x.kind === 'anaphor') && !precededByPreposition(st.a, x)) out = x;
  }
  return out;
}

const OFFICE_HOLDERS = ruleId('speaker.office-holders');

/** Resolves a named holder to its entities and adds those not yet seen. */
function addHolder(st: SpeakerState, named: Mention, rule: string, cue: Cue | null): void {
  const leader = headOfGovernment(st.a, named);
  if (leader) {
    const e = st.entities.roleHolder(leader.role, leader.nationality);
    if (e && !st.seen.has(e)) { st.seen.add(e); st.resolved.push(holder(e, surface(st.a.tokens, leader.mention, st.a.s.text), rule, cue, leader.mention.start, named.end)); }
    if (e) return;
  }
  // "US and UK top diplomats": each country's holder of the office, by the office-holder table
  const list = named.plural || st.a.tokens[named.end]?.lower === 'and' || st.a.tokens[named.end]?.text === ',' ? countryOffices(st.a, named) : null;
  if (list) {
    const holders = mapped(list.countries, (c) => st.entities.officeHolder(c, list.phrase, st.a.lex.countryDemonyms.get(c)));
    if (holders.every((e) => e !== null)) {
      for (const e of holders) if (!st.seen.has(e!)) { st.seen.add(e!); st.resolved.push(holder(e!, surface(st.a.tokens, named, st.a.s.text), OFFICE_HOLDERS, cue, list.start, list.end)); }
      return;
    }
  }
  // "Leaders of the UK and the US": each country's leader, when the article names every one
  const countries = leadersOf(st.a, named);
  const leaders = mapped(countries, (words) => words.map((w) => st.entities.roleHolder('leader', w)).find((e) => e !== null) ?? null);
  if (leaders.length && leaders.every((e) => e !== null)) {
    for (const e of leaders) if (!st.seen.has(e!)) { st.seen.add(e!); st.resolved.push(holder(e!, surface(st.a.tokens, named, st.a.s.text), rule, cue, named.start, named.end)); }
    return;
  }
  const principal = spokespersonsPrincipal(st.a, named);
  const m = principal ?? governmentOf(st.a, named) ?? pluralAntecedent(st, named) ?? named;
  // ("a spokeswoman for the mayor": the mayor, named by the words that give her spokeswoman)
  const words = principal ? blank(Math.min(named.start, m.start), Math.max(named.end, m.end), m.kind, m.name) : m;
  const before = personsBefore(st, m);
  const resolved = st.entities.resolve(m, before, st.speakersBefore, st.a.tokens[m.start]?.lower === 'the');
  for (let n = 0; n < resolved.length; n++) {
    const e = resolved[n]!;
    if (st.seen.has(e)) continue;
    st.seen.add(e);
    st.resolved.push(holder(e, surface(st.a.tokens, words, st.a.s.text), rule, cue, m.start, m.end));
  }
}

function resolveOne(st: SpeakerState, m: Mention): Entity | undefined {
  return st.entities.resolve(m, personsBefore(st, m), st.speakersBefore)[0];
}

function carrierPronoun(st: SpeakerState, m: Mention): boolean {
  const e = resolveOne(st, m);
  return Boolean(e && e.kind === 'person' && [...e.titles].some((t) => st.a.lex.carrierTitles.has(t)));
}

/** The holder only passes the position on: an unnamed source, an outlet, a spokesperson. */
function isCarrier(st: SpeakerState, f: Found): boolean {
  const { lex } = st.a;
  return f.mention.kind === 'anonymous' || f.mention.kind === 'outlet'
    || (f.mention.kind === 'anaphor' && lex.anonymousHeads.has(f.mention.head ?? ''))
    || (f.mention.kind === 'person' && f.mention.titles.some((t) => lex.carrierTitles.has(t)))
    || (f.mention.kind === 'pronoun' && carrierPronoun(st, f.mention));
}

function carrierOf(st: SpeakerState, m: Mention): Via | null {
  const e = resolveOne(st, m);
  return e ? carrier(e, ruleId('via.carrier'), m.start, m.end) : null;
}

/** A holder found as the one who only passes the position on. */
function carrierOfHolder(h: Holder): Via {
  return carrier(h.entity, ruleId('via.carrier'), h.at, h.end);
}

function possessivesOf(st: SpeakerState): PossessiveHolder[] {
  st.possessives ??= possessiveHolders(st.a);
  return st.possessives;
}

/** "WALLACE: Let's start …": a transcript's speaker label at the start of a paragraph decides the sentence. */
const transcript: Stage = (st) => {
  const label = st.prev?.sameParagraph ? null : transcriptLabel(st.a, st.entities);
  if (!label) return;
  st.resolved.push(holder(label.entity, label.mention, ruleId('speaker.transcript'), null, label.at, label.end));
  st.seen.add(label.entity);
  st.decided = true;
};

/**
 * "Why we wrote this", "we talked about this risk with …": outside a quotation, "we" is the
 * writer's or the host's, the outlet's own voice, not a holder (inside one it is the speaker's,
 * and a transcript's turn or a block after a colon gives its sentences their speaker).
 */
function outletsWe(st: SpeakerState, f: Found): boolean {
  const { tokens, quotes } = st.a;
  return f.mention.kind === 'pronoun' && tokens[f.mention.start]?.lower === 'we'
    && inRegion(f.mention.start, quotes.regions) === null && inRegion(f.cue.index, quotes.regions) === null;
}

const CONDITIONALS = wordsWithRole('conditional');
const SPECULATIVE = wordsWithRole('speculative');
/** words back from a cue to the word that opens its clause */
const MAX_CLAUSE_BACK = 12;

/**
 * "… if Ukraine is allowed by its allies to …", "asked whether Germany would approve", "there are
 * signs Biden might shift": a cue in a clause opened by "if", "unless" or "whether", or a position
 * after "may" or "might", reports no one's position, only a case or a guess.
 */
function hypothetical(st: SpeakerState, f: Found): boolean {
  const { tokens } = st.a;
  const at = f.cue.index;
  const before = tokens[at - 1];
  // ("in May allowed": the month)
  if (f.cue.verb?.cls === 'position' && before && !before.cap && SPECULATIVE.has(before.lower)) return true;
  for (let k = at - 1; k >= 0 && at - k <= MAX_CLAUSE_BACK; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (CONDITIONALS.has(t.lower)) return true;
  }
  return false;
}

/** verbs whose object is asked or wanted to act, not made to ("prompted officials to consider" they do) */
const DIRECTIVES = wordsWithRole('directive');

/**
 * "would convince them to take that step", "want Biden to let Kyiv …": a verb's object before the
 * infinitive of a cue is who is urged or wanted to act, not a holder (ANNOTATION.md: in "Blinken
 * urged Biden to allow strikes" the speaker is Blinken).
 */
function objectOfVerb(st: SpeakerState, f: Found): boolean {
  const { tokens } = st.a;
  const m = f.mention;
  if (tokens[m.end]?.lower !== 'to' || f.cue.index <= m.end) return false;
  return DIRECTIVES.has(tokens[m.start - 1]?.lower ?? '');
}

/**
 * "backed by US and British flags": a name before a plain plural noun of things (past "and" and another
 * capitalised modifier) modifies it and is no holder; "by US and British officials" still names
 * the officials' side, and "by the US and Britain" is a list.
 */
function modifierOfThing(st: SpeakerState, f: Found): boolean {
  const { tokens, lex } = st.a;
  const m = f.mention;
  if (m.kind !== 'group' && m.kind !== 'place') return false;
  let k = m.end;
  if (tokens[k]?.lower === 'and' && tokens[k + 1]?.cap) k += 2;
  const noun = tokens[k];
  if (!noun || noun.kind !== 'word' || noun.cap) return false;
  const w = noun.lower;
  // a plural noun: "still", "now" after a name are adverbs, not a thing it modifies
  if (!/[^s]s$/.test(w) || lex.holderNouns.has(w) || lex.anonymousHeads.has(w) || lex.groupHeads.has(w) || lex.verbs.has(w)) return false;
  return (tagBits(lex, w) & TAG.nounish) !== 0 && (tagBits(lex, w) & TAG.verbish) === 0;
}

/** Each cue's holders (subjects.ts: cueHolders runs the cue rules, CUE_RULES, in registry order). */
const cues: Stage = (st) => {
  if (!st.decided) for (const f of cueHolders(st.a, st.a.cues, st.a.quotes.regions)) if (!outletsWe(st, f) && !hypothetical(st, f) && !objectOfVerb(st, f) && !modifierOfThing(st, f)) st.found.push(f);
};

/**
 * "Macron: Ukraine should …", "- Italy and Belgium: Both insist …": a headline or bullet that opens
 * with a name and a colon; so does an article's first line, a title that the splitter took for a
 * sentence ("Lynch: No outside influence on probe."), not an interview's "Q:".
 */
const colonLeadStage: Stage = (st) => {
  const { kind, n } = st.a.s;
  const title = n === 0 && (st.a.tokens[0]?.text.length ?? 0) > 1;
  if (st.decided || !(kind === 'headline' || kind === 'bullet' || title) || st.found.length) return;
  // ("The Latest: Trump urges …": a word that is no name but an adjective leads no one)
  for (const f of colonLead(st.a)) if (!(f.mention.kind === 'person' && /Adjective|Superlative|Comparative/.test(st.a.lex.words.get(f.mention.name.toLowerCase()) ?? ''))) st.found.push(f);
};

/** "“… our greatest shame.” ― Sonya Herridge": a name after a dash that follows a quotation. */
const quoteSignature: Stage = (st) => {
  // (also when the holders found so far stand inside the quotation it signs: "“… Trump said
  // Hispanics live in hell. …” ― Pamela Padilla" is hers)
  const signature = st.decided || st.found.some((f) => !f.quoted) ? null : dashSignature(st.a, st.a.quotes.regions);
  if (signature) st.found.push(signature);
};

/** "Caddell continued:", "Sanders made the following comment:": who introduces a block. */
const colonIntroStage: Stage = (st) => {
  const intro = st.decided || st.found.length || st.a.s.kind !== 'sentence' ? null : colonIntro(st.a);
  if (intro) st.found.push(intro);
};

/** (made once; innermost's loops are by index, not over iterators: a smaller graph for V8 to compile) */
const INNERMOST = ruleId('speaker.innermost');

/**
 * The holders found, resolved: a carrier that only passes on an inner holder's position gives
 * way to the innermost holder ("'The president directed ...,' one of the officials said") and
 * becomes the via; a named speaker quoting a third party's decision gives way to the third party.
 */
const innermost: Stage = (st) => {
  const { lex } = st.a;
  const outer = filtered(st.found, (f) => !f.inner);
  const innerFound = filtered(st.found, (f) => f.inner && f.cue.verb?.cls === 'position' && !SUBJECT_PRONOUNS.has(f.mention.name) && f.mention.kind !== 'pronoun');
  let viaFromCarrier: Via | null = null;
  const possessives = possessivesOf(st);
  const outerHolderKinds = mapped(outer, (f) => f.mention.kind);
  // "Biden has given Ukraine permission …, U.S. officials said": the one who said it only carries it
  const speechCarriers = filtered(outer, (f) => (lex.reportingVerbs.has(f.cue.verb?.base ?? '') || f.cue.kind === 'according') && isCarrier(st, f));
  const deciders = filtered(outer, (f) => (f.cue.verb?.cls === 'position' || f.cue.kind === 'adjectival') && !isCarrier(st, f));
  if (speechCarriers.length && deciders.length) {
    for (let n = 0; n < speechCarriers.length; n++) outer.splice(outer.indexOf(speechCarriers[n]!), 1);
    viaFromCarrier = carrierOf(st, speechCarriers[0]!.mention);
  }
  const carrierOnly = outer.length > 0 && outer.every((f) => isCarrier(st, f));
  // "officials said Biden's decision applies only to …": a decision in what the carrier says
  const innerPossessive = filtered(possessives, (p) => (p.afterCue && !p.decision) || (p.decision && p.rule === ruleId('speaker.possessive') && outer.length > 0 && p.mention.start > outer[0]!.cue.index));

  if (carrierOnly && (innerFound.length || innerPossessive.length) && outer[0]!.cue.kind !== 'according') {
    // "'The president directed ...,' one of the officials said": the innermost holder speaks
    st.via = carrierOf(st, outer[0]!.mention);
    for (let n = 0; n < innerFound.length; n++) addHolder(st, innerFound[n]!.mention, INNERMOST, innerFound[n]!.cue);
    for (let n = 0; n < innerPossessive.length; n++) addHolder(st, innerPossessive[n]!.mention, INNERMOST, null);
    // the cue is the word that ties the speaker to the position, as for a named carrier below
    st.mainCue = innerFound[0]?.cue ?? outer[0]!.cue;
  } else {
    for (let n = 0; n < outer.length; n++) addHolder(st, outer[n]!.mention, outer[n]!.rule, outer[n]!.cue);
    // a named speaker quoting a third party's decision: "'Russia doesn't like this,' Stoltenberg added"
    // not a standing rule ("Ukraine decides how to defend itself"): who has the say over an open
    // question is a principle the speaker states, not a position the third party has taken
    // nor people in general ("'Trump says the things people want to say,' Rubio said", "the
    // vast majority of my voters will vote for her"): an unnamed group of a common noun is a
    // generalisation of the speaker's, not a holder who has taken a position
    const reported = outer.length ? reportedPersons(st) : NONE;
    const quotedThird = (reported.length ? [...innerFound, ...reported] : innerFound).filter((f) => (f.quoted || reported.includes(f)) && f.mention.kind !== 'anaphor' && !(f.cue.verb?.form === 's' && QUESTION_WORDS.has(st.a.tokens[f.cue.index + 1]?.lower ?? ''))
      && !((f.mention.kind === 'group' || f.mention.kind === 'anonymous') && commonWordsOnly(st.a.tokens, f.mention.start, f.mention.end, lex)));
    // the quoting speaker is a person, named or "he"/"she", and an outlet may carry the whole ("…, AGI reported")
    const quotingPersons = outer.every((f, i) => outerHolderKinds[i] === 'person' || outerHolderKinds[i] === 'outlet'
      || (outerHolderKinds[i] === 'pronoun' && resolveOne(st, f.mention)?.kind === 'person'));
    if (outer.length && quotedThird.length && quotingPersons) {
      const speaker = st.resolved.slice();
      st.resolved.length = 0;
      st.seen.clear();
      for (let n = 0; n < quotedThird.length; n++) addHolder(st, quotedThird[n]!.mention, INNERMOST, quotedThird[n]!.cue);
      if (st.resolved.length) st.via = carrierOfHolder(speaker[0]!);
      else for (let n = 0; n < speaker.length; n++) { st.resolved.push(speaker[n]!); st.seen.add(speaker[n]!.entity); }
    }
    if (!outer.length) for (let n = 0; n < innerFound.length; n++) addHolder(st, innerFound[n]!.mention, innerFound[n]!.rule, innerFound[n]!.cue);
    st.mainCue = st.resolved[0]?.cue ?? outer[0]?.cue ?? null;
  }
  st.via ??= viaFromCarrier;
};

const NONE: readonly Found[] = [];

/**
 * "He added that Biden had said that …", "she said Smith told her …": a named person's words that
 * a speaker reports with a verb of reporting are that person's (speaker.innermost); the reporter
 * carries them. Not a body's or a pronoun's ("said that the US expects …" stays the speaker's), nor
 * the reporter's own. Call it once the outer holders are resolved.
 */
function reportedPersons(st: SpeakerState): readonly Found[] {
  let out: Found[] | null = null;
  for (const f of st.found) {
    if (!f.inner || f.quoted || f.mention.kind !== 'person' || !st.a.lex.reportingVerbs.has(f.cue.verb?.base ?? '')) continue;
    // ("Biden said Biden said …": not the reporter again)
    const e = resolveOne(st, f.mention);
    if (e && !st.seen.has(e)) (out ??= []).push(f);
  }
  return out ?? NONE;
}

const OPENING_DETERMINERS = new Set(wordsWithRole('determiner'));
/** a head noun of people in lower case ("voters", "people"), not a name ("Germany") */
const isCommonHead = (w: string, lex: Analysis['lex']): boolean => lex.holderNouns.has(w) || lex.groupHeads.has(w) || lex.anonymousHeads.has(w)
  || OPENING_DETERMINERS.has(w) || QUANTIFIERS.has(w); // ("Some need to be made", "Many want")
const QUANTIFIERS = new Set(wordsWithRole('quantifier'));

/** no capital in tokens [start, end) but at the start of the sentence or of a quotation ("voters", "Most people"; not "European allies") */
function commonWordsOnly(tokens: Token[], start: number, end: number, lex: Analysis['lex']): boolean {
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    // (at the start only the head or a determiner: "Voters", "Most people", not "European allies")
    if (t.kind === 'word' && t.cap && ((k > 0 && !isQuoteMark(tokens[k - 1]!)) || (k < end - 1 ? !OPENING_DETERMINERS.has(t.lower) : !isCommonHead(t.lower, lex)))) return false;
  }
  return true;
}

/** words that may stand between a verdict and the owner it judges: "described Mr Cameron's", "hailed the EU's" */
const MAX_VERDICT_GAP = 2;

/**
 * "Peskov described Mr Cameron's comments as dangerous", "the Kremlin denounced Washington's
 * decision": the statement or decision that a verdict judges is its owner's as well, next to the
 * judge's. Only a named owner right after a verb of verdict, not "his", not "echoed X's sentiments".
 */
function judgedObject(st: SpeakerState, m: Mention): boolean {
  if (m.kind === 'pronoun' || m.kind === 'anaphor') return false;
  const { tokens, lex } = st.a;
  // the verb itself, not a cue: "highlighting Putin's admonitions" judges with no position object
  for (let v = m.start - 1; v >= 0 && m.start - v - 1 <= MAX_VERDICT_GAP; v--) {
    const w = tokens[v]!;
    if (w.kind !== 'word') return false;
    if (lex.verdictVerbs.has(lex.verbs.get(w.lower)?.base ?? '')) return true;
    if (!(w.lower === 'the' || lex.titles.has(w.lower) || lex.personTitles.has(w.lower))) return false;
  }
  return false;
}

/** "the State Department's push", "Putin's threats": a possessive of a statement or position (possessives.ts). */
const possessive: Stage = (st) => {
  for (const p of possessivesOf(st)) {
    let rule = p.rule;
    // "X cautioned leaders against underestimating their decisions": beside a holder, a pronoun's
    // decision is the holder's own or someone's in what the holder says, never a holder of its own
    if (st.resolved.length && p.mention.kind === 'pronoun') continue;
    if (st.resolved.length && !p.decision && !judgedObject(st, p.mention)) {
      // "Biden played down a warning by Putin": something said keeps its named owner beside the holder
      if (!p.said) continue;
      rule = ruleId('speaker.said-owner');
    }
    addHolder(st, p.mention, rule, null);
  }
};

/** An outlet that reported what someone else holds only carries it. */
const outletCarrier: Stage = (st) => {
  const outlets = st.resolved.filter((h) => h.entity.kind === 'outlet');
  if (outlets.length && st.resolved.length > outlets.length) {
    const o = outlets[0]!;
    st.via ??= carrierOfHolder(o);
    for (const h of outlets) st.resolved.splice(st.resolved.indexOf(h), 1);
  }
};

/** Whether a mention is of an outlet. */
function hasOutlet(mentions: readonly Mention[]): boolean {
  for (let n = 0; n < mentions.length; n++) if (mentions[n]!.kind === 'outlet') return true;
  return false;
}

/** Whether a token is a word of reporting ("report", "reported"; lexicon carriers). */
function hasCarrierWord(tokens: readonly Token[], carriers: ReadonlySet<string>): boolean {
  for (let n = 0; n < tokens.length; n++) if (carriers.has(tokens[n]!.lower)) return true;
  return false;
}

/**
 * "Politico was the first to report this news": an outlet and a report with no cue found;
 * "Blinken urged ..., The New York Times reported": with a holder found, the outlet carries it.
 */
const outletReport: Stage = (st) => {
  const { tokens, mentions, lex } = st.a;
  // (the words of reporting are looked for only in a sentence that names an outlet: few do)
  const reportingOutlet = hasOutlet(mentions) && hasCarrierWord(tokens, lex.carriers) ? mentions.find((m) => m.kind === 'outlet' && !precededByPreposition(st.a, m)) : undefined;
  if (!st.resolved.length && reportingOutlet) addHolder(st, reportingOutlet, ruleId('speaker.outlet-report'), null);
  else if (reportingOutlet && !st.via && !st.resolved.some((h) => h.entity.kind === 'outlet')) {
    const e = st.entities.entityOf(reportingOutlet);
    if (e) st.via = carrier(e, ruleId('via.carrier'), reportingOutlet.start, reportingOutlet.end);
  }
};

/** A quotation that goes on from the previous sentence keeps its speaker. */
const quoteContinues: Stage = (st) => {
  const { tokens } = st.a;
  const { regions, leadingClose } = st.a.quotes;
  const { prev } = st;
  const quoted = regions.length > 0;
  const startsQuoted = tokens[0] !== undefined && isQuoteMark(tokens[0]!) || leadingClose || Boolean(prev?.openQuote);
  if (!st.resolved.length && quoted && startsQuoted && prev && prev.holders.length && (prev.quoted || prev.openQuote) && (prev.sameParagraph || prev.adjacentParagraph)) {
    for (const h of prev.holders) {
      if (!st.seen.has(h.entity)) { st.seen.add(h.entity); st.resolved.push(holder(h.entity, '', ruleId('speaker.quote-continues'), h.cue, -1, -1)); }
    }
  }
};

/**
 * Every speaker stage under the id of each rule it finds. One function may find the holders of
 * several rules (cueHolders runs every cue rule, possessiveHolders every possessive rule): they
 * stand together in the registry, and the function runs once, where the first of them stands.
 */
export const SPEAKER_STAGES: ReadonlyMap<string, Stage> = new Map<string, Stage>([
  [ruleId('speaker.transcript'), transcript],
  ...mapped([...CUE_RULES.keys()], (id): [string, Stage] => [id, cues]),
  [ruleId('speaker.colon-lead'), colonLeadStage],
  [ruleId('speaker.quote-signature'), quoteSignature],
  [ruleId('speaker.colon-intro'), colonIntroStage],
  [ruleId('speaker.innermost'), innermost],
  // (the holders found are resolved in this stage: a plural office after its countries among them)
  [ruleId('speaker.office-holders'), innermost],
  ...mapped([...POSSESSIVE_RULES.keys()], (id): [string, Stage] => [id, possessive]),
  [ruleId('speaker.said-owner'), possessive],
  [ruleId('via.carrier'), outletCarrier],
  [ruleId('speaker.outlet-report'), outletReport],
  [ruleId('speaker.quote-continues'), quoteContinues],
]);

/**
 * Speaker rules found over a whole article rather than in one sentence's stages: an interview's
 * turns (index.ts), and a quotation's speaker carried to its other sentences (quotations.ts).
 */
export const ARTICLE_SPEAKER_RULES: ReadonlySet<string> = new Set([
  ruleId('speaker.interview'), ruleId('speaker.quote-run'), ruleId('speaker.colon-block'), ruleId('speaker.quote-tag'),
  ruleId('speaker.post-signature'),
]);

/** The speaker stages in the registry's order: the registry is their precedence. */
export const SPEAKER_PIPELINE = inRegistryOrder(SPEAKER_STAGES);

/** The persons' names among the mentions, in order. */
function personsOf(mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let n = 0; n < mentions.length; n++) if (mentions[n]!.kind === 'person') out.push(mentions[n]!);
  return out;
}

/** Who holds the position a sentence reports: the speaker stages in registry order, then the quotation. */
export function attribute(a: Analysis, entities: ArticleEntities, prev: Previous | null): Attribution {
  const { tokens, mentions } = a;
  const { text } = a.s;
  const { regions, open } = a.quotes;
  const st: SpeakerState = {
    a, entities, prev, found: [], decided: false, resolved: [], seen: new Set(), via: null, mainCue: null,
    speakersBefore: prev ? mapped(prev.holders, (h) => h.entity) : [],
    persons: personsOf(mentions),
    possessives: null,
  };
  // (loops by index, not over iterators: a smaller graph for V8 to compile)
  for (let n = 0; n < SPEAKER_PIPELINE.length; n++) SPEAKER_PIPELINE[n]!.run(st);

  const { resolved, via, mainCue } = st;
  const rules: string[] = [];
  for (let n = 0; n < resolved.length; n++) if (!rules.includes(resolved[n]!.rule)) rules.push(resolved[n]!.rule);
  const quoteSpans = quotations(text, tokens, regions);
  const quote = quoteSpans.length ? mapped(quoteSpans, ([from, to]) => quotedText(text, tokens, from, to)).join(' … ') : null;
  if (quote) rules.push(ruleId('quote'));
  const cueWord = mainCue ? mainCue.word : resolved.find((h) => h.cue)?.cue?.word ?? null;
  const attributes = resolved.filter((h) => h.cue !== null && h.rule !== ruleId('speaker.quote-continues') && inRegion(h.cue.index, regions) === null);
  return { holders: resolved, via, cue: resolved.length ? cueWord : null, quote, rules, openQuote: open, quoted: regions.length > 0, quoteSpans, attributes };
}
