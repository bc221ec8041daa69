// Who holds the position a sentence reports (ANNOTATION.md §2): cue verbs and their subjects,
// "according to", quotations and their continuation, possessives of a statement, the innermost
// holder, and the carrier that only passes it on.
import type { SentenceKind, SpeakerKind } from '../schema.js';
import type { ArticleEntities, Entity } from './entities.js';
import type { Lexicon, VerbInfo } from './lexicon.js';
import { isPossessiveWord, type Mention } from './mentions.js';
import { isQuoteMark, type Token } from './tokens.js';

export interface Cue { index: number; word: string; verb: VerbInfo | null; kind: 'verb' | 'adjectival' | 'according' | 'caption' }

export interface Holder { entity: Entity; mention: string; rule: string; cue: Cue | null; at: number }

export interface Attribution {
  holders: Holder[];
  via: { name: string; kind: SpeakerKind } | null;
  cue: string | null;
  quote: string | null;
  rules: string[];
  /** the sentence ends inside an open quotation */
  openQuote: boolean;
  /** the sentence carries a quotation */
  quoted: boolean;
}

export interface SentenceInput {
  tokens: Token[];
  mentions: Mention[];
  kind: SentenceKind;
  text: string;
}

export interface Previous { holders: Holder[]; quoted: boolean; openQuote: boolean; sameParagraph: boolean; adjacentParagraph: boolean }

const AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'does', 'do', 'not', 'also', 'both', 'all', 'reportedly', 'now', 'still', 'then', 'previously', 'repeatedly', 'never', 'already', 'just', 'even', 'first', 'initially', 'later', 'recently', 'again', 'further', 'long', 'began', 'begun', 'begin', 'begins', 'started', 'start', 'starts', 'continued', 'continue', 'continues', 'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'had', "hasn't", "haven't", "didn't", "doesn't", "don't", "won't", "wouldn't", 'yet', 'however']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remain', 'remains', 'remained', 'remaining', 'stay', 'stays', 'stayed', 'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'become', 'became', 'grown', 'grew']);
const PREPOSITIONS = new Set(['in', 'at', 'on', 'from', 'of', 'to', 'with', 'for', 'by', 'during', 'against', 'into', 'over', 'under', 'about', 'across', 'within', 'near', 'alongside', 'beside', 'between', 'among', 'amid', 'toward', 'towards', 'through', 'without', 'despite', 'regarding', 'like', 'than', 'via', 'per', 'including', 'following']);
const RELATIVES = new Set(['who', 'which', 'that']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we']);
const FROM_NOUNS = new Set(['request', 'requests', 'demand', 'demands', 'call', 'calls', 'push', 'proposal', 'plea', 'pleas', 'offer', 'appeal']);
const INFINITIVE_CUES = new Set(['consider', 'weigh', 'reconsider', 'report']);
const HEDGE_QUESTIONS = new Set(['unclear', 'uncertain', 'unknown', 'undecided', 'asked', 'wondering', 'regarding', 'about', 'on']);
const AFTER_SOURCE = new Set(['involved', 'familiar', 'close', 'briefed', 'speaking', 'with', 'in', 'at', 'from', 'on', 'who', 'for', 'of']);
const MAX_CLAUSE = 80;
const DEGREE = new Set(['more', 'less', 'very', 'so', 'too', 'increasingly', 'deeply', 'most', 'least', 'quite', 'rather']);
const QUESTION_WORDS = new Set(['whether', 'how', 'if', 'what', 'which', 'who', 'when']);
/** "support for", "a call for", "the ban on": a cue word that is a noun before "for"/"of" */
const NOUN_BEFORE_OF = new Set(['support', 'backing', 'call', 'push', 'request', 'ban', 'order', 'change', 'shift', 'view', 'rule', 'stop', 'warn', 'comment', 'demand', 'claim', 'pledge', 'promise', 'veto', 'threat', 'answer', 'note']);

function words(tokens: Token[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => { if (t.kind === 'word') out.push(i); });
  return out;
}

/** Quoted regions as token ranges [open, close]; an unclosed one runs to the end. */
export function quoteRegions(tokens: Token[]): { regions: Array<[number, number]>; open: boolean; leadingClose: boolean } {
  const regions: Array<[number, number]> = [];
  let open = -1;
  let leadingClose = false;
  tokens.forEach((t, i) => {
    if (!isQuoteMark(t)) return;
    const opening = t.kind === 'open-quote' || (t.kind === 'quote' && open < 0);
    if (opening && open < 0) { open = i; return; }
    if (!opening || t.kind === 'quote' || t.kind === 'close-quote') {
      if (open >= 0) { regions.push([open, i]); open = -1; } else if (regions.length === 0) { regions.push([-1, i]); leadingClose = true; }
    }
  });
  const unclosed = open >= 0;
  if (unclosed) regions.push([open, tokens.length]);
  return { regions, open: unclosed, leadingClose };
}

function inRegion(i: number, regions: Array<[number, number]>): [number, number] | null {
  for (const r of regions) if (i > r[0] && i < r[1]) return r;
  return null;
}

function isVerbal(tokens: Token[], i: number, info: VerbInfo, lex: Lexicon, mentionEnds: Set<number>, modifierEndsAt: Set<number>): boolean {
  const next = tokens[i + 1];
  if (info.form === 'ed' || info.form === 'ing') {
    // "the limited strikes", "an approved plan": a participle before a noun is an adjective
    const prev = tokens[i - 1];
    if (prev && ['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes(prev.lower) && info.form === 'ed') return false;
    return true;
  }
  // base and -s forms are verbs only after a subject, an auxiliary or "to"
  if (next && next.kind === 'word' && (next.lower === 'for' || next.lower === 'of') && NOUN_BEFORE_OF.has(tokens[i]!.lower)) return false;
  let j = i - 1;
  while (j >= 0 && tokens[j]!.kind === 'word' && /ly$/.test(tokens[j]!.lower) && tokens[j]!.lower !== 'only') j--;
  const prev = tokens[j];
  if (!prev) return false;
  if (mentionEnds.has(j + 1)) return !modifierEndsAt.has(j + 1);
  if (prev.kind !== 'word') return prev.kind === 'close-quote' || prev.kind === 'quote' || prev.text === ',';
  if (AUX.has(prev.lower) || prev.lower === 'to' || SUBJECT_PRONOUNS.has(prev.lower) || RELATIVES.has(prev.lower) || prev.lower === 'i') return true;
  if (lex.anonymousHeads.has(prev.lower) || lex.groupHeads.has(prev.lower)) return true;
  return false;
}

function hasWeakObject(tokens: Token[], i: number, lex: Lexicon): boolean {
  // "called on partners to", "called for": an appeal, not a name or a phone call
  if (tokens[i]!.lower.startsWith('call') && ['on', 'for', 'upon'].includes(tokens[i + 1]?.lower ?? '')) return true;
  for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') { if (t.text === ',' || t.text === ';') return false; continue; }
    const w = t.lower.replace(/'s$/, '');
    if (lex.weakObjects.has(w) || lex.positionNouns.has(w) && lex.decisionNouns.has(w)) return true;
    if (w === 'that' && k === i + 1) return true;
  }
  const next = tokens[i + 1];
  return Boolean(next && (next.text === ':' || isQuoteMark(next) || (next.text === ',' && tokens[i + 2] && isQuoteMark(tokens[i + 2]!))));
}

export function findCues(tokens: Token[], mentions: Mention[], kind: SentenceKind, lex: Lexicon): Cue[] {
  const mentionEnds = new Set(mentions.map((m) => m.end));
  // "the Ukrainian request": a word after a demonym or a determiner is a noun
  const modifierEndsAt = new Set(mentions.filter((m) => m.kind === 'place' || (m.start > 0 && ['the', 'a', 'an'].includes(tokens[m.start - 1]!.lower) && m.kind !== 'group' && m.kind !== 'anonymous')).map((m) => m.end));
  const inside = new Set<number>();
  for (const m of mentions) for (let k = m.start; k < m.end; k++) inside.add(k);
  const cues: Cue[] = [];
  const idx = words(tokens);
  for (let w = 0; w < idx.length; w++) {
    const i = idx[w]!;
    const t = tokens[i]!;
    if (inside.has(i)) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') { cues.push({ index: i, word: 'according to', verb: null, kind: 'according' }); continue; }
    if (t.lower === 'in' && (tokens[i + 1]?.lower === 'favor' || tokens[i + 1]?.lower === 'favour') && beforeIsBe(tokens, i)) {
      cues.push({ index: i, word: `in ${tokens[i + 1]!.lower}`, verb: null, kind: 'adjectival' });
      continue;
    }
    if (lex.adjectival.has(t.lower) && beforeIsBe(tokens, i)) { cues.push({ index: i, word: t.lower, verb: null, kind: 'adjectival' }); continue; }
    const info = lex.verbs.get(t.lower);
    if (!info) continue;
    if (kind === 'caption' && (info.base === 'speak' || info.base === 'talk')) { cues.push({ index: i, word: t.text, verb: info, kind: 'caption' }); continue; }
    if (!isVerbal(tokens, i, info, lex, mentionEnds, modifierEndsAt)) continue;
    if (info.weak && !hasWeakObject(tokens, i, lex)) continue;
    cues.push({ index: i, word: t.text, verb: info, kind: 'verb' });
  }
  return cues;
}

function beforeIsBe(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (BE.has(t.lower)) return true;
    if (!/ly$/.test(t.lower) && !AUX.has(t.lower) && t.lower !== 'so' && t.lower !== 'very' && t.lower !== 'more') return false;
  }
  return false;
}

interface Ctx { tokens: Token[]; mentions: Mention[]; lex: Lexicon }

function mentionEndingAt(ctx: Ctx, end: number): Mention | null {
  return ctx.mentions.find((m) => m.end === end) ?? null;
}

function mentionStartingAt(ctx: Ctx, start: number): Mention | null {
  let s = start;
  while (ctx.tokens[s] && ['the', 'a', 'an'].includes(ctx.tokens[s]!.lower) && !ctx.mentions.some((m) => m.start === s)) s++;
  return ctx.mentions.find((m) => m.start === s) ?? null;
}

function isHolderKind(m: Mention): boolean {
  return m.kind !== 'place';
}

function precededByPreposition(ctx: Ctx, m: Mention): boolean {
  const prev = ctx.tokens[m.start - 1];
  return Boolean(prev && prev.kind === 'word' && PREPOSITIONS.has(prev.lower));
}

/** Coordinated holders ending at `end`: "Macron and Scholz", "Sullivan, Austin, and Brown". */
function coordinated(ctx: Ctx, last: Mention): Mention[] {
  const out = [last];
  let cur = last;
  for (;;) {
    let k = cur.start - 1;
    let sawAnd = false;
    while (k >= 0 && (ctx.tokens[k]!.text === ',' || ctx.tokens[k]!.lower === 'and' || ctx.tokens[k]!.lower === 'as')) {
      if (ctx.tokens[k]!.lower === 'and') sawAnd = true;
      k--;
    }
    if (k === cur.start - 1) break;
    if (ctx.tokens[k]?.lower === 'such') break; // "members such as the U.K., Sweden": the list names them
    const prev = mentionEndingAt(ctx, k + 1);
    if (!prev || !isHolderKind(prev) || precededByPreposition(ctx, prev) && !sawAnd) break;
    if (!sawAnd && out.length === 1) break; // "Macron, speaking ..., stated": an apposition, not a list
    out.unshift(prev);
    cur = prev;
  }
  return out;
}

/** The holder left of a cue: the subject, skipping auxiliaries, adverbs and an apposition. */
function subjectBefore(ctx: Ctx, cueIndex: number, clauseStart: number): { mentions: Mention[]; rule: string } | null {
  const { tokens } = ctx;
  let k = cueIndex - 1;
  const skip = () => {
    while (k >= clauseStart && tokens[k]!.kind === 'word' && (AUX.has(tokens[k]!.lower) || BE.has(tokens[k]!.lower) || DEGREE.has(tokens[k]!.lower) || (/ly$/.test(tokens[k]!.lower) && tokens[k]!.lower !== 'only') || tokens[k]!.lower === 'to')) k--;
  };
  skip();
  if (k < clauseStart) return null;
  const t = tokens[k]!;
  if (t.kind === 'word' && RELATIVES.has(t.lower)) {
    // "Putin, who has threatened": the relative's antecedent
    let a = k - 1;
    if (tokens[a]?.text === ',') a--;
    const ante = mentionEndingAt(ctx, a + 1);
    return ante && isHolderKind(ante) ? { mentions: coordinated(ctx, ante), rule: 'speaker.relative' } : null;
  }
  if (t.text === ',') {
    // "X, a diplomat, said" / "The administration, however, has maintained"
    let open = k - 1;
    while (open >= clauseStart && tokens[open]!.text !== ',' && !isQuoteMark(tokens[open]!)) open--;
    if (open >= clauseStart && tokens[open]!.text === ',') {
      const m = mentionEndingAt(ctx, open);
      // "the White House spokesperson, John Kirby, told": the name in the apposition is the holder
      const named = ctx.mentions.find((x) => x.start === open + 1 && x.end === k && isHolderKind(x) && x.kind !== 'pronoun');
      if (named && (!m || m.kind === 'anonymous' || m.kind === 'title-ref' || m.kind === 'anaphor') && (named.kind === 'person' || !m)) {
        return { mentions: [named], rule: 'speaker.apposition' };
      }
      // "Others, including Mr. Sullivan, worried": the ones included hold it
      if (!m && tokens[open + 1]?.lower === 'including') {
        const included = ctx.mentions.filter((x) => x.start > open && x.end <= k && isHolderKind(x));
        if (included.length) return { mentions: included, rule: 'speaker.apposition' };
      }
      if (m && isHolderKind(m) && !precededByPreposition(ctx, m)) {
        const out = coordinated(ctx, m);
        // "Key Ukrainian officials, including President Zelensky, have": the included are holders too
        if (tokens[open + 1]?.lower === 'including') for (const inc of ctx.mentions) if (inc.start > open && inc.end <= k && isHolderKind(inc)) out.push(inc);
        return { mentions: out, rule: 'speaker.apposition' };
      }
    }
    return null;
  }
  const m = mentionEndingAt(ctx, k + 1);
  if (m && isHolderKind(m)) {
    // "President Volodymyr Zelensky of Ukraine welcomed": the person before "of"
    if (precededByPreposition(ctx, m)) {
      if (tokens[m.start - 1]!.lower === 'of') {
        const owner = mentionEndingAt(ctx, m.start - 1);
        if (owner && owner.kind === 'person') return { mentions: [owner], rule: 'speaker.subject' };
      }
      // "with spokesperson Dmitry Peskov accusing": the subject of a participle after "with"
      if (tokens[m.start - 1]!.lower !== 'with' || !tokens[cueIndex]!.lower.endsWith('ing')) return null;
    }
    return { mentions: coordinated(ctx, m), rule: 'speaker.subject' };
  }
  return null;
}

/** The first holder of the clause that is not inside a prepositional phrase. */
function clauseSubject(ctx: Ctx, cueIndex: number, clauseStart: number): Mention[] {
  const found = ctx.mentions.find((m) => m.start >= clauseStart && m.end <= cueIndex && cueIndex - m.end <= 8 && isHolderKind(m)
    && !precededByPreposition(ctx, m) && AFTER_SOURCE.has(ctx.tokens[m.end]?.lower ?? ''));
  return found ? [found] : [];
}

function clauseStartBefore(tokens: Token[], i: number, regions: Array<[number, number]>): number {
  const own = inRegion(i, regions);
  // a clause longer than this has lost its subject anyway; the bound keeps hostile input linear
  for (let k = i - 1; k >= 0 && k >= i - MAX_CLAUSE; k--) {
    if (own && k <= own[0]) return k + 1;
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || isQuoteMark(t)) return k + 1;
    if (t.kind === 'word' && (t.lower === 'that' || t.lower === 'but' || t.lower === 'while' || t.lower === 'although' || t.lower === 'though' || t.lower === 'because')) return k + 1;
    if (!own && inRegion(k, regions)) return k + 1;
  }
  return 0;
}

export function attribute(input: SentenceInput, lex: Lexicon, entities: ArticleEntities, prev: Previous | null): Attribution {
  const { tokens, mentions, kind } = input;
  const ctx: Ctx = { tokens, mentions, lex };
  const { regions, open, leadingClose } = quoteRegions(tokens);
  const rules: string[] = [];
  const cues = findCues(tokens, mentions, kind, lex);
  const hedge = tokens.findIndex((t, i) => HEDGE_QUESTIONS.has(t.lower) && QUESTION_WORDS.has(tokens[i + 1]?.lower ?? '') );
  const found: Array<{ mention: Mention; rule: string; cue: Cue; inner: boolean; quoted: boolean }> = [];
  let mainCue: Cue | null = null;

  // "X said that ...": what follows is content, like a quotation
  let complementFrom = Infinity;
  for (const cue of cues) {
    if (hedge >= 0 && cue.index > hedge) continue;
    const quotedCue = inRegion(cue.index, regions) !== null;
    const inner = quotedCue || cue.index > complementFrom;
    if (cue.kind === 'according') {
      const m = mentionStartingAt(ctx, cue.index + 2);
      if (m && isHolderKind(m)) found.push({ mention: m, rule: 'speaker.according-to', cue, inner, quoted: quotedCue });
      continue;
    }
    const prevTok = tokens[cue.index - 1];
    // "..., stating that": a participle continues the main clause's holder
    if (cue.verb?.form === 'ing' && (!prevTok || prevTok.text === ',' || cue.index === 0) && cue.kind === 'verb') continue;
    // "urged Biden to allow": an infinitive is the object's, not a holder's, except verbs of thought
    const before = tokens[cue.index - 1];
    if (before?.lower === 'to' && cue.verb && !INFINITIVE_CUES.has(cue.verb.base)) continue;
    // "disclosed by officials": the agent of a passive
    if (cue.verb?.form === 'ed' && tokens[cue.index + 1]?.lower === 'by') {
      const m = mentionStartingAt(ctx, cue.index + 2);
      if (m && isHolderKind(m)) { found.push({ mention: m, rule: 'speaker.passive-agent', cue, inner, quoted: quotedCue }); continue; }
    }
    const clauseStart = clauseStartBefore(tokens, cue.index, regions);
    const subject = subjectBefore(ctx, cue.index, clauseStart);
    let holders = subject?.mentions ?? [];
    let rule = subject?.rule ?? 'speaker.subject';
    // (only after a quotation, a comma or at the start: "It accused the West" has no inverted subject)
    const invertable = !prevTok || prevTok.text === ',' || isQuoteMark(prevTok) || prevTok.text === ':';
    if (!holders.length && invertable && cue.kind === 'verb' && cue.verb?.cls === 'speech') {
      // "…," said a European diplomat / said chamber president Malcolm Reid
      let m = mentionStartingAt(ctx, cue.index + 1);
      if (!m) {
        const near = ctx.mentions.find((x) => x.start > cue.index && x.start <= cue.index + 4 && isHolderKind(x));
        if (near && !tokens.slice(cue.index + 1, near.start).some((x) => x.kind !== 'word' || PREPOSITIONS.has(x.lower))) m = near;
      }
      if (m && isHolderKind(m)) { holders = [m]; rule = 'speaker.inverted'; }
    }
    if (!holders.length && !subject) {
      holders = clauseSubject(ctx, cue.index, clauseStart);
      rule = 'speaker.clause-subject';
    }
    const lead = holders[0] ? tokens[holders[0].start - 1]?.lower ?? '' : '';
    if (lead === 'how' || lead === 'whether' || lead === 'if') continue; // "how Russia might respond": not asserted
    for (const m of holders) found.push({ mention: m, rule, cue, inner, quoted: quotedCue });
    if (holders.length && !inner && cue.verb && lex.complementVerbs.has(cue.verb.base)) {
      // what a speaker said is content: "He said Berlin and Kyiv had agreed …"
      complementFrom = Math.min(complementFrom, rule === 'speaker.inverted' ? Infinity : cue.index);
    }
  }

  // a headline that opens with a name and a colon quotes that name: "Macron: Ukraine should …"
  if (kind === 'headline' && !found.length) {
    const first = mentions[0];
    if (first && first.start === 0 && tokens[first.end]?.text === ':' && (first.kind === 'person' || first.kind === 'group' || first.kind === 'anonymous')) {
      found.push({ mention: first, rule: 'speaker.headline-colon', cue: { index: first.end, word: ':', verb: null, kind: 'verb' }, inner: false, quoted: false });
    }
  }

  // resolve mentions to entities
  const resolved: Holder[] = [];
  const seen = new Set<Entity>();
  const speakersBefore = prev?.holders.map((h) => h.entity) ?? [];
  const persons = mentions.filter((x) => x.kind === 'person');
  /** the nearest persons named before a mention, nearest first */
  const personsBefore = (m: Mention): Entity[] => {
    let hi = persons.length;
    let lo = 0;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (persons[mid]!.end <= m.start) lo = mid + 1; else hi = mid; }
    return persons.slice(Math.max(0, lo - 5), lo).reverse().map((x) => entities.entityOf(x)).filter((e): e is Entity => e !== null);
  };
  const addHolder = (m: Mention, rule: string, cue: Cue | null) => {
    const before = personsBefore(m);
    for (const e of entities.resolve(m, before, speakersBefore)) {
      if (seen.has(e)) continue;
      seen.add(e);
      resolved.push({ entity: e, mention: surface(tokens, m, input.text), rule, cue, at: m.start });
    }
  };

  const outer = found.filter((f) => !f.inner);
  const innerFound = found.filter((f) => f.inner && f.cue.verb?.cls === 'position' && !SUBJECT_PRONOUNS.has(f.mention.name) && f.mention.kind !== 'pronoun');
  let via: Attribution['via'] = null;
  let viaFromCarrier: Attribution['via'] = null;

  // possessives of a statement or position: "the State Department's push", "Putin's threats"
  const possessives = possessiveHolders(ctx);
  const outerHolderKinds = outer.map((f) => f.mention.kind);
  const isCarrier = (f: (typeof found)[number]) => f.mention.kind === 'anonymous' || f.mention.kind === 'outlet'
    || (f.mention.kind === 'anaphor' && lex.anonymousHeads.has(f.mention.head ?? ''))
    || (f.mention.kind === 'person' && f.mention.titles.some((t) => lex.carrierTitles.has(t)))
    || (f.mention.kind === 'pronoun' && carrierPronoun(f.mention));
  const carrierPronoun = (m: Mention) => {
    const e = entities.resolve(m, personsBefore(m), speakersBefore)[0];
    return Boolean(e && e.kind === 'person' && [...e.titles].some((t) => lex.carrierTitles.has(t)));
  };
  const carrierOf = (m: Mention): Attribution['via'] => {
    const e = entities.resolve(m, personsBefore(m), speakersBefore)[0];
    return e ? { name: e.name, kind: e.kind } : null;
  };
  // "Biden has given Ukraine permission …, U.S. officials said": the one who said it only carries it
  const speechCarriers = outer.filter((f) => (f.cue.verb?.cls === 'speech' || f.cue.kind === 'according') && isCarrier(f));
  const deciders = outer.filter((f) => (f.cue.verb?.cls === 'position' || f.cue.kind === 'adjectival') && !isCarrier(f));
  if (speechCarriers.length && deciders.length) {
    for (const f of speechCarriers) outer.splice(outer.indexOf(f), 1);
    viaFromCarrier = carrierOf(speechCarriers[0]!.mention);
  }
  const carrierOnly = outer.length > 0 && outer.every(isCarrier);
  const innerPossessive = possessives.filter((p) => p.afterCue && !p.decision);

  if (carrierOnly && (innerFound.length || innerPossessive.length) && outer[0]!.cue.kind !== 'according') {
    // "'The president directed ...,' one of the officials said": the innermost holder speaks
    via = carrierOf(outer[0]!.mention);
    for (const f of innerFound) addHolder(f.mention, 'speaker.innermost', f.cue);
    for (const p of innerPossessive) addHolder(p.mention, 'speaker.innermost', null);
    // the cue is the word that ties the speaker to the position, as for a named carrier below
    mainCue = innerFound[0]?.cue ?? outer[0]!.cue;
  } else {
    for (const f of outer) addHolder(f.mention, f.rule, f.cue);
    // a named speaker quoting a third party's decision: "'Russia doesn't like this,' Stoltenberg added"
    const quotedThird = innerFound.filter((f) => f.quoted && f.mention.kind !== 'anaphor');
    if (outer.length && quotedThird.length && outerHolderKinds.every((k) => k === 'person')) {
      const speaker = resolved.slice();
      resolved.length = 0;
      seen.clear();
      for (const f of quotedThird) addHolder(f.mention, 'speaker.innermost', f.cue);
      if (resolved.length) via = { name: speaker[0]!.entity.name, kind: speaker[0]!.entity.kind };
      else for (const s of speaker) { resolved.push(s); seen.add(s.entity); }
    }
    if (!outer.length) for (const f of innerFound) addHolder(f.mention, f.rule, f.cue);
    mainCue = resolved[0]?.cue ?? outer[0]?.cue ?? null;
  }

  via ??= viaFromCarrier;
  for (const p of possessives) {
    if (resolved.length && !p.decision) continue;
    addHolder(p.mention, p.rule, null);
  }

  // an outlet that reported what someone else holds only carries it
  const outlets = resolved.filter((h) => h.entity.kind === 'outlet');
  if (outlets.length && resolved.length > outlets.length) {
    const o = outlets[0]!;
    via ??= { name: o.entity.name, kind: o.entity.kind };
    for (const h of outlets) resolved.splice(resolved.indexOf(h), 1);
  }
  // "Politico was the first to report this news": an outlet and a report with no cue found;
  // "Blinken urged ..., The New York Times reported": with a holder found, the outlet carries it
  const reports = tokens.some((t) => lex.carriers.has(t.lower));
  const reportingOutlet = reports ? mentions.find((m) => m.kind === 'outlet' && !precededByPreposition(ctx, m)) : undefined;
  if (!resolved.length && reportingOutlet) addHolder(reportingOutlet, 'speaker.outlet-report', null);
  else if (reportingOutlet && !via && !resolved.some((h) => h.entity.kind === 'outlet')) {
    const e = entities.entityOf(reportingOutlet);
    if (e) via = { name: e.name, kind: e.kind };
  }

  // a quotation that goes on from the previous sentence keeps its speaker
  const quoted = regions.length > 0;
  const startsQuoted = tokens[0] !== undefined && isQuoteMark(tokens[0]!) || leadingClose || Boolean(prev?.openQuote);
  if (!resolved.length && quoted && startsQuoted && prev && prev.holders.length && (prev.quoted || prev.openQuote) && (prev.sameParagraph || prev.adjacentParagraph)) {
    for (const h of prev.holders) { if (!seen.has(h.entity)) { seen.add(h.entity); resolved.push({ ...h, rule: 'speaker.quote-continues', mention: '' }); } }
  }

  for (const h of resolved) if (!rules.includes(h.rule)) rules.push(h.rule);
  const quote = quotedWords(input.text, tokens, regions);
  if (quote) rules.push('quote');
  const cueWord = mainCue ? mainCue.word : resolved.find((h) => h.cue)?.cue?.word ?? null;
  return { holders: resolved, via, cue: resolved.length ? cueWord : null, quote, rules, openQuote: open, quoted };
}

function surface(tokens: Token[], m: Mention, text: string): string {
  return text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end).replace(/['\u2019]s$/, '');
}

interface PossessiveHolder { mention: Mention; rule: string; decision: boolean; afterCue: boolean }

/** "X's push", "Kyiv's request", "the Ukrainian request", "a request from Kyiv" */
function possessiveHolders(ctx: Ctx): PossessiveHolder[] {
  const { tokens, mentions, lex } = ctx;
  const out: PossessiveHolder[] = [];
  const firstCue = tokens.findIndex((t) => t.lower === 'that');
  for (const m of mentions) {
    if (m.kind === 'pronoun' && !m.possessive) continue;
    const possessive = m.possessive || isPossessiveWord(tokens[m.end - 1]!);
    const demonym = m.kind === 'place' && m.head === 'demonym';
    if (!possessive && !demonym) continue;
    for (let k = m.end; k < tokens.length && k <= m.end + 3; k++) {
      const w = tokens[k]!;
      if (w.kind !== 'word') break;
      const noun = w.lower;
      const isNoun = demonym ? FROM_NOUNS.has(noun) : lex.positionNouns.has(noun);
      if (isNoun) {
        const holder = demonym ? { ...m, kind: 'group' as const } : m;
        out.push({ mention: holder, rule: demonym ? 'speaker.demonym-position' : 'speaker.possessive', decision: possessive && lex.decisionNouns.has(noun), afterCue: firstCue >= 0 && m.start > firstCue });
        break;
      }
      if (/^(?:the|a|an|of)$/.test(noun) || mentions.some((x) => x.start === k)) break;
    }
  }
  // "a request from Kyiv"
  tokens.forEach((t, i) => {
    if (!FROM_NOUNS.has(t.lower) || tokens[i + 1]?.lower !== 'from') return;
    const m = mentionStartingAt(ctx, i + 2);
    if (m && isHolderKind(m) && m.kind !== 'pronoun') out.push({ mention: m, rule: 'speaker.request-from', decision: false, afterCue: false });
  });
  return out;
}

function quotedWords(text: string, tokens: Token[], regions: Array<[number, number]>): string | null {
  const parts: string[] = [];
  for (const [a, b] of regions) {
    const from = a < 0 ? 0 : tokens[a]!.end;
    const to = b >= tokens.length ? text.length : tokens[b]!.start;
    const q = text.slice(from, to).trim();
    if (q.split(/\s+/).length >= 2) parts.push(q);
  }
  return parts.length ? parts.join(' … ') : null;
}
