// Holders named by a possessive of a statement or a position: "the State Department's push",
// "Putin's threats", "the Ukrainian request", "a request from Kyiv".
import { asKind, isPossessiveWord, type Mention } from './mentions.js';
import { isHolderKind, mentionStartingAt, precededByPreposition, type Ctx } from './subjects.js';
import { inRegistryOrder, ruleId } from './rules.js';
import { wordsWithRole } from './words.js';
import type { Token } from '../text/tokens.js';

export const FROM_NOUNS = wordsWithRole('from-noun');
const ARTICLES = wordsWithRole('article');
const POSSESSIVE = ruleId('speaker.possessive');
const DEMONYM_POSITION = ruleId('speaker.demonym-position');

/**
 * `said`: the noun is something said, with its content after it ("Putin's warning that …", "a
 * threat by X that …") or its source as the subject's ("the threat came from X"), right after its
 * named owner (past one modifier at most: "Putin's stark warning that", not "Kyiv's ability to push").
 */
export interface PossessiveHolder { mention: Mention; rule: string; decision: boolean; afterCue: boolean; said: boolean }

/** A possessive rule: the holders it finds in a sentence. */
export type PossessiveRule = (ctx: Ctx) => PossessiveHolder[];

/** The first "that" of the sentence, or -1. */
function firstThat(tokens: Token[]): number {
  for (let k = 0; k < tokens.length; k++) if (tokens[k]!.lower === 'that') return k;
  return -1;
}

/** Whether a mention starts at token k. */
function mentionStarts(mentions: readonly Mention[], k: number): boolean {
  for (let n = 0; n < mentions.length; n++) if (mentions[n]!.start === k) return true;
  return false;
}

/**
 * "X's push", "Kyiv's request", "the Ukrainian request". (Loops by index and small functions,
 * no closures: V8 compiles a smaller graph; the first "that" is looked for once a holder is found.)
 */
const possessive: PossessiveRule = (ctx) => {
  const { tokens, mentions, lex } = ctx;
  const out: PossessiveHolder[] = [];
  let firstCue = -2;
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n]!;
    if (m.kind === 'pronoun' && !m.possessive) continue;
    const possessive = m.possessive || isPossessiveWord(tokens[m.end - 1]!);
    const demonym = m.kind === 'place' && m.head === 'demonym';
    if (!possessive && !demonym) continue;
    // "the allies' decisions": the apostrophe of a plural possessive stands alone
    const from = tokens[m.end]?.text === "'" || tokens[m.end]?.text === '\u2019' ? m.end + 1 : m.end;
    for (let k = from; k < tokens.length && k <= from + 3; k++) {
      const w = tokens[k]!;
      if (w.kind !== 'word') break;
      const noun = lex.positionNouns.has(w.lower) || !w.lower.endsWith('s') ? w.lower : w.lower.slice(0, -1); // "decisions"
      const isNoun = demonym ? FROM_NOUNS.has(noun) : lex.positionNouns.has(noun);
      if (isNoun) {
        const holder = demonym ? asKind(m, 'group') : m;
        const said = !demonym && m.kind !== 'pronoun' && k - from <= 1 && lex.saidNouns.has(w.lower) && tokens[k + 1]?.lower === 'that';
        if (firstCue === -2) firstCue = firstThat(tokens);
        out.push({ mention: holder, rule: demonym ? DEMONYM_POSITION : POSSESSIVE, decision: possessive && lex.decisionNouns.has(noun), afterCue: firstCue >= 0 && m.start > firstCue, said });
        break;
      }
      if (ARTICLES.has(noun) || noun === 'of' || mentionStarts(mentions, k)) break;
    }
  }
  const own = bodysOwn(ctx);
  for (let n = 0; n < own.length; n++) out.push(own[n]!);
  return out;
};

/** words between "its" and its statement or position noun ("its long-range missile ban") */
const MAX_ITS_GAP = 3;

/**
 * "the US is risking war with its decision to …": "its" before a statement or position noun is
 * the body named before it in the sentence, the nearest that is no preposition's object.
 */
function bodysOwn(ctx: Ctx): PossessiveHolder[] {
  const { tokens, mentions, lex } = ctx;
  const out: PossessiveHolder[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "each ally makes its own decision": a rule for any body, not a body's decision
    if (tokens[i]!.lower !== 'its' || tokens[i + 1]?.lower === 'own') continue;
    let noun = -1;
    for (let k = i + 1; k < tokens.length && k <= i + MAX_ITS_GAP && tokens[k]!.kind === 'word'; k++) {
      if (lex.positionNouns.has(tokens[k]!.lower)) { noun = k; break; }
    }
    if (noun < 0) continue;
    let owner: Mention | undefined;
    // ("revelations about the US dropping its ban": a gerund's subject after a preposition owns it too)
    for (const m of mentions) if (m.end <= i && (m.kind === 'group' || m.kind === 'outlet') && !m.plural && (!precededByPreposition(ctx, m) || (m.end === i - 1 && tokens[m.end]!.lower.endsWith('ing')))) owner = m;
    if (owner) out.push({ mention: owner, rule: ruleId('speaker.possessive'), decision: lex.decisionNouns.has(tokens[noun]!.lower), afterCue: false, said: false });
  }
  return out;
}

/** "the decisions by the U.S. and Germany": a decision reported with its deciders */
const decisionBy: PossessiveRule = (ctx) => {
  const { tokens, lex } = ctx;
  const out: PossessiveHolder[] = [];
  // (a loop by index from the first "by" on: the word after first rules out almost every token without cutting a string)
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i + 1]!.lower !== 'by') continue;
    const t = tokens[i]!;
    const noun = t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lower;
    if (!lex.decisionNouns.has(noun) && !lex.decisionNouns.has(t.lower)) continue;
    let m = mentionStartingAt(ctx, i + 2);
    while (m && isHolderKind(m) && m.kind !== 'pronoun') {
      out.push({ mention: m, rule: ruleId('speaker.decision-by'), decision: true, afterCue: false, said: false });
      const and = tokens[m.end]?.lower === 'and' || tokens[m.end]?.text === ',' ? m.end + 1 : -1;
      m = and > 0 ? mentionStartingAt(ctx, and) : null;
    }
  }
  return out;
};

const COME = wordsWithRole('come');

/** how far before "among" its view may stand ("support has been growing among") */
const MAX_AMONG_GAP = 3;
const BE_OR_AUX = new Set([...wordsWithRole('be'), ...wordsWithRole('aux')]);

/**
 * "concerns among lawmakers", "support is growing among allies": the view or feeling before
 * "among" (a position noun or a weak verb's object, not a decision), past `be` and a verb of
 * growth; its index, or -1.
 */
function viewBefore(ctx: Ctx, among: number): number {
  const { tokens, lex } = ctx;
  for (let k = among - 1; k >= 0 && k >= among - 1 - MAX_AMONG_GAP; k--) {
    const w = tokens[k]!;
    if (w.kind !== 'word') return -1;
    if ((lex.positionNouns.has(w.lower) || lex.weakObjects.has(w.lower)) && !lex.decisionNouns.has(w.lower)) return k;
    if (k === among - 1 ? !/(?:ing|ed|own)$/.test(w.lower) && !BE_OR_AUX.has(w.lower) : !BE_OR_AUX.has(w.lower)) return -1;
  }
  return -1;
}

/** "a warning by Putin", "weeks of insistence by the spokesman": a statement or position with "by" and its holders */
const statementBy: PossessiveRule = (ctx) => {
  const { tokens, lex } = ctx;
  const out: PossessiveHolder[] = [];
  // (a loop by index, the words after each token tested first: most tokens open no statement)
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i]!;
    // "a warning by X"; "the threat came from X"; "concerns among X", "support is growing among X"
    const next = tokens[i + 1]?.lower;
    const among = t.lower === 'among' ? viewBefore(ctx, i) : -1;
    const at = among >= 0 ? i + 1 : next === 'by' ? i + 2 : tokens[i + 2]?.lower === 'from' && COME.has(next ?? '') ? i + 3 : -1;
    if (among >= 0) t = tokens[among]!;
    else if (at < 0 || !lex.positionNouns.has(t.lower) || lex.decisionNouns.has(t.lower)) continue;
    let m = mentionStartingAt(ctx, at);
    const found: PossessiveHolder[] = [];
    let end = at;
    while (m && isHolderKind(m) && m.kind !== 'pronoun') {
      // "by White House spokesman John Kirby": the person the body's title leads to
      const person: Mention | undefined = ctx.mentions.find((x) => x.start === m!.end && x.kind === 'person');
      if (person) m = person;
      found.push({ mention: m, rule: ruleId('speaker.statement-by'), decision: false, afterCue: false, said: false });
      end = m.end;
      const and = tokens[m.end]?.lower === 'and' ? m.end + 1 : -1;
      m = and > 0 ? mentionStartingAt(ctx, and) : null;
    }
    // something said with its content after its holders ("a warning by X that …"), or "the threat came from X"
    // (a view held among a group is theirs beside any holder: "support is growing among allies, but Rome …")
    const said = among >= 0 || (lex.saidNouns.has(t.lower) && (at > i + 2 || tokens[end]?.lower === 'that'));
    for (const h of found) out.push({ ...h, said });
  }
  return out;
};

/** "a request from Kyiv" */
const requestFrom: PossessiveRule = (ctx) => {
  const { tokens, lex } = ctx;
  const out: PossessiveHolder[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (tokens[i + 1]!.lower !== 'from' || !FROM_NOUNS.has(t.lower)) continue;
    const m = mentionStartingAt(ctx, i + 2);
    if (m && isHolderKind(m) && m.kind !== 'pronoun') out.push({ mention: m, rule: ruleId('speaker.request-from'), decision: false, afterCue: false, said: lex.saidNouns.has(t.lower) && tokens[m.end]?.lower === 'that' });
  }
  return out;
};

/** Every possessive rule under the id of each rule it finds (one loop finds possessives and demonyms). */
export const POSSESSIVE_RULES: ReadonlyMap<string, PossessiveRule> = new Map<string, PossessiveRule>([
  [ruleId('speaker.possessive'), possessive],
  [ruleId('speaker.demonym-position'), possessive],
  [ruleId('speaker.decision-by'), decisionBy],
  [ruleId('speaker.statement-by'), statementBy],
  [ruleId('speaker.request-from'), requestFrom],
]);

export const POSSESSIVE_PIPELINE = inRegistryOrder(POSSESSIVE_RULES);

/** The holders every possessive rule finds, the rules in registry order. */
export function possessiveHolders(ctx: Ctx): PossessiveHolder[] {
  // (pushed, not flatMap: see arrays.ts)
  const out: PossessiveHolder[] = [];
  // (every rule's holder is one of the sentence's mentions: a sentence with none has none to ask for)
  if (ctx.mentions.length === 0) return out;
  for (const r of POSSESSIVE_PIPELINE) for (const h of r.run(ctx)) out.push(h);
  return out;
}
