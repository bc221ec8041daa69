// Boilerplate: the site's furniture around an article (share and comment widgets, copyright,
// photo credits, bylines, lists of other stories). The rules are data, src/parse/boilerplate.json,
// whose schema (schemas.ts) a test checks; this module only says which rule, if any, a line or a
// sentence matches.
import rawRules from './boilerplate.json' with { type: 'json' };
import type { RuleData, RuleInput, RulesFile, RulesFileInput } from './schemas.js';
import { isSpace } from './lines.js';
import { holdsKeyword, keywordGate, Pairs, type KeywordGate } from './keywords.js';
import { checkedRuleRegex, firstChars, lastChars, requiredAlternatives, requiredLiteral, requiredMark } from './regex.js';

export type { RuleData, RulesFile };

/** What a match reports: the rule's id and what its hit means for the line. */
export interface BoilerplateRule {
  id: string;
  scope: RuleData['scope'];
  description: string;
  /** Drops the short lines that follow it, too. */
  block: boolean;
  /** The line that carries it is a photo caption. */
  caption: boolean;
}

interface CompiledRule {
  rule: BoilerplateRule;
  scope: RuleData['scope'];
  /** exact entries, normalised (see keyOf): a Set lookup, no regex */
  exact: ReadonlySet<string>;
  /** prefix entries, normalised, by their first UTF-16 unit (a key that starts otherwise cannot match) */
  prefixes: ReadonlyMap<number, readonly Prefix[]>;
  /** a prefix entry that is blank once normalised: it starts every key */
  blankPrefix: boolean;
  /** regex entries, tried only when the text holds one of `keywords` (or there are none) */
  matchers: Matcher[];
  keywords: KeywordGate;
  /** regexes that must all match too */
  all: Matcher[];
  maxWords: number | undefined;
  titleCase: boolean;
  /** the regexes' cheap tests, read when a text first reaches them */
  plan: RegexPlan | undefined;
}

/**
 * A prefix entry: the key starts with `text` and, when `text` ends in a letter or digit, no
 * letter or digit follows it (a word boundary). Plain string tests: as one regex of
 * alternatives, each with a lookahead over Unicode's letters, the prefixes took a tenth of a
 * second to compile when a run started.
 */
interface Prefix { text: string; boundary: boolean }

/**
 * A rule's regex and the cheap tests a text must pass before it runs, each read from the regex
 * the first time a text gets past the rule's own tests (a run on a short article reaches few of
 * the rules, and compiling all of them was a tenth of its start): a run of letters every match
 * holds (requiredLiteral), words one of which every match holds (requiredAlternatives), a mark
 * every match holds (requiredMark), and the ASCII characters a match can start and end with
 * (firstChars, lastChars).
 */
class Matcher {
  constructor(private readonly source: string, private readonly ignoreCase: boolean) {}

  private compiled: RegExp | undefined;
  private cheap: CheapTests | undefined;

  get re(): RegExp {
    return (this.compiled ??= checkedRuleRegex(this.source, this.ignoreCase));
  }

  tests(): CheapTests {
    if (this.cheap === undefined) {
      const words = requiredAlternatives(this.source);
      this.cheap = {
        literal: requiredLiteral(this.source),
        alternatives: words === undefined ? undefined : keywordGate(words),
        mark: requiredMark(this.source),
        first: firstChars(this.source, this.ignoreCase),
        last: lastChars(this.source, this.ignoreCase),
      };
    }
    return this.cheap;
  }
}

interface CheapTests {
  literal: string | undefined;
  alternatives: KeywordGate | undefined;
  mark: string | undefined;
  first: Uint8Array | undefined;
  last: Uint8Array | undefined;
}

/** Whether an ASCII character can stand where the set says. */
function fits(set: Uint8Array | undefined, c: number): boolean {
  return set === undefined || set[c] === 1;
}

/**
 * A rule's regexes with their cheap tests read out, made the first time a text reaches them: bit
 * k of first[c] (of last[c]) says whether regex k of a group of 32 can start (end) with the ASCII
 * character c, so one lookup for a text's first character and one for its last leave the regexes
 * worth trying, where a test per regex was a quarter of matching boilerplate. A character past
 * ASCII, or none (an empty text), leaves all of them (`all`).
 */
interface RegexPlan {
  tests: CheapTests[];
  first: Int32Array;
  last: Int32Array;
  /** each group's mask of all its regexes */
  all: Int32Array;
}

function regexPlan(matchers: readonly Matcher[]): RegexPlan {
  const groups = Math.ceil(matchers.length / 32);
  const plan: RegexPlan = { tests: matchers.map((m) => m.tests()), first: new Int32Array(groups * 128), last: new Int32Array(groups * 128), all: new Int32Array(groups) };
  plan.tests.forEach((t, k) => {
    const g = k >>> 5;
    const bit = 1 << (k & 31);
    plan.all[g]! |= bit;
    for (let c = 0; c < 128; c++) {
      if (fits(t.first, c)) plan.first[g * 128 + c]! |= bit;
      if (fits(t.last, c)) plan.last[g * 128 + c]! |= bit;
    }
  });
  return plan;
}

/** The regexes of group g that a text's first and last characters leave. */
function regexesLeft(plan: RegexPlan, g: number, text: string): number {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  const all = plan.all[g]!;
  return (first < 128 ? plan.first[g * 128 + first]! : all) & (last < 128 ? plan.last[g * 128 + last]! : all);
}

export interface TrailingMatch {
  rule: BoilerplateRule;
  /** Offset in the sentence where the matched piece starts; 0 when it is the whole sentence. */
  at: number;
}

/** The rules of one file, ready to match. */
export interface Boilerplate {
  rules: readonly BoilerplateRule[];
  /** A line-scope rule that matches the whole (trimmed) line. */
  matchLine(line: string): BoilerplateRule | undefined;
  /** A sentence-scope rule that matches the whole sentence. */
  matchSentence(sentence: string): BoilerplateRule | undefined;
  /** A trailing rule that matches the end of the sentence, and where. */
  matchTrailing(sentence: string): TrailingMatch | undefined;
  /** Whether a line that follows a block header is one more item of its list. */
  isBlockItem(line: string): boolean;
}

// A trailing credit is short; only the end of a sentence is searched for it.
const TRAILING_TAIL = 200;
const CLOSERS = '"\'\u201D\u2019\u00BB)]';

/**
 * Rules ready to match, from a file its schema has passed (loadBoilerplate in schemas.ts checks
 * one from elsewhere).
 */
export function compileBoilerplate(parsed: RulesFile): Boilerplate {
  const connectors = new Set(parsed.titleCaseConnectors.map((w) => w.toLowerCase()));
  const compiled = parsed.rules.map(compileRule);
  const byScope = (scope: RuleData['scope']) => compiled.filter((rule) => rule.scope === scope);
  const lineRules = byScope('line');
  const sentenceRules = byScope('sentence');
  const trailingRules = byScope('trailing');
  const maxItemWords = parsed.blockItem.maxWords;

  const stamp = parsed.stampPrefix === undefined ? undefined : checkedRuleRegex(parsed.stampPrefix, true);

  // Cheap tests first (a word count, a Set lookup, a first letter, the keywords' letter pairs); a
  // rule's regexes run only on what passes them. Every line and sentence of every article comes
  // through here.
  const exactIndex = exactRules(compiled);
  const whole = new TextView(exactIndex);
  const afterStamp = new TextView(exactIndex);
  let rest: TextView | undefined;
  // a line of one sentence is matched as a line, then as a sentence: it is read once
  const read = (text: string): void => {
    if (whole.holds(text)) return;
    whole.reset(text);
    // a capture's date stamp ("date 2024-07-11 Support truly"): the rest of the line decides
    const m = stamp?.exec(text);
    rest = m && m[0].length < text.length ? afterStamp.reset(text.slice(m[0].length)) : undefined;
  };
  const matchWhole = (rules: CompiledRule[], text: string): BoilerplateRule | undefined => {
    read(text);
    for (const rule of rules) {
      if (matchOne(rule, whole, connectors) || (rest !== undefined && matchOne(rule, rest, connectors))) return rule.rule;
    }
    return undefined;
  };

  return {
    rules: compiled.map((c) => c.rule),
    matchLine: (line) => matchWhole(lineRules, line),
    matchSentence: (sentence) => matchWhole(sentenceRules, sentence),
    matchTrailing(sentence) {
      const from = Math.max(0, sentence.length - TRAILING_TAIL);
      const tail = from === 0 ? sentence : sentence.slice(from);
      const lower = new LazyLower(tail);
      for (const rule of trailingRules) {
        if (rule.matchers.length === 0) continue;
        const plan = (rule.plan ??= regexPlan(rule.matchers));
        for (let g = 0; g < plan.all.length; g++) {
          // in order: the first regex that matches says where the credit starts
          for (let left = regexesLeft(plan, g, tail); left !== 0; left &= left - 1) {
            const k = g * 32 + 31 - Math.clz32(left & -left);
            const { mark, alternatives } = plan.tests[k]!;
            if (mark !== undefined && !tail.includes(mark)) continue;
            if (alternatives !== undefined && lower.literalsHold() && !alternatives.words.some((w) => lower.text().includes(w))) continue;
            const m = rule.matchers[k]!.re.exec(tail);
            if (m) return { rule: rule.rule, at: from + m.index };
          }
        }
      }
      return undefined;
    },
    isBlockItem: (line) => wordCount(line, maxItemWords + 1) <= maxItemWords && (!endsWithPeriod(line) || endsWithEllipsis(line)),
  };
}

function compileRule(rule: RuleData): CompiledRule {
  // checked by the schema, so these compile
  const matchers = rule.regex.map((source) => new Matcher(source, rule.ignoreCase));
  const all = rule.all.map((source) => new Matcher(source, rule.ignoreCase));
  const { id, scope, description, block, caption, maxWords, titleCase } = rule;
  return {
    rule: { id, scope, description, block, caption },
    scope,
    exact: new Set(rule.exact.map((e) => keyOf(e))),
    prefixes: prefixIndex(rule.prefix.map((p) => keyOf(p, false))),
    blankPrefix: rule.prefix.some((p) => keyOf(p, false) === ''),
    matchers,
    keywords: keywordGate(rule.keywords),
    all,
    maxWords,
    titleCase,
    plan: undefined,
  };
}

/**
 * A line or sentence as the rules read it, worked out once for all of them and only as far as a
 * rule first asks: its words are counted no further than a rule's limit needs, and its key
 * (keyOf), the rules whose exact entries equal the key and the letter pairs of the key come from
 * one pass, made when a rule first needs one of them. A long line of several sentences gets past
 * no line rule's word limit, so it is read no further than that.
 */
// A text longer than this (some 50 words) is past every line rule's word limit but a few whose
// regexes rule it out by its first character: its key is made only if a rule asks for it.
const SHORT_TEXT = 300;

class TextView {
  constructor(private readonly exactIndex: ReadonlyMap<string, ReadonlySet<CompiledRule>>) {
    let longest = 0;
    for (const key of exactIndex.keys()) longest = Math.max(longest, key.length);
    this.longestExact = longest;
  }

  private readonly longestExact: number;
  text = '';
  private keyText = '';
  private hits: ReadonlySet<CompiledRule> | undefined = undefined;
  private longS = false;
  private keyRead = false;
  /** words counted so far, up to `counted` (the whole text once the key is read) */
  private words = 0;
  private counted = 0;
  private inWord = false;
  private readonly pairs = new Pairs();
  private read = false;

  /** Whether the view holds this text already. */
  holds(text: string): boolean {
    return this.read && this.text === text;
  }

  /** Takes a new text; nothing is read yet. */
  reset(text: string): this {
    this.text = text;
    this.keyRead = false;
    this.words = 0;
    this.counted = 0;
    this.inWord = false;
    this.read = true;
    return this;
  }

  /** Whether the text has more than `limit` words: counted on from where the last question stopped. */
  hasMoreWords(limit: number): boolean {
    const text = this.text;
    // a short text is read whole at once: a rule will want its key too
    if (!this.keyRead && text.length <= SHORT_TEXT) this.readKey();
    let words = this.words;
    let inWord = this.inWord;
    let i = this.counted;
    for (; i < text.length && words <= limit; i++) {
      const space = isSpace(text.charCodeAt(i));
      if (!space && !inWord) words++;
      inWord = !space;
    }
    this.words = words;
    this.counted = i;
    this.inWord = inWord;
    return words > limit;
  }

  /** The key (keyOf) of the text. */
  get key(): string {
    if (!this.keyRead) this.readKey();
    return this.keyText;
  }

  /** The rules with an exact entry equal to the key: one lookup for all of them. */
  get exactHits(): ReadonlySet<CompiledRule> | undefined {
    if (!this.keyRead) this.readKey();
    return this.hits;
  }

  /** Whether a regex's required literal can be looked for in the key: not when it holds a long s, which /s/iu matches. */
  get literalsHold(): boolean {
    if (!this.keyRead) this.readKey();
    return !this.longS;
  }

  /** The letter pairs of the key. */
  keyPairs(): Pairs {
    if (!this.keyRead) this.readKey();
    return this.pairs;
  }

  /** The key, its words and its letter pairs, in one pass over its lower case. */
  private readKey(): void {
    const lower = this.text.trim().toLowerCase();
    const pairs = this.pairs;
    pairs.clear();
    let folds = false;
    // which curly quotes the text holds, and whether a space is folded: mostly only ’
    let single = false;
    let double = false;
    let spaces = false;
    let words = 0;
    let prev = -1;
    let inSpace = true;
    let longS = false;
    for (let i = 0; i < lower.length; i++) {
      let c = lower.charCodeAt(i);
      // most characters are neither a space nor a curly quote nor a long s
      if (c > 32 && c < 0xa0) {
        if (inSpace) words++;
        if (prev >= 0) pairs.add(prev, c);
        prev = c;
        inSpace = false;
        continue;
      }
      if (c === 0x17f) longS = true;
      if (isSpace(c)) {
        // the key has one plain space for each run of spaces
        if (c !== 32 || inSpace) folds = spaces = true;
        if (!inSpace) pairs.add(prev, 32);
        prev = 32;
        inSpace = true;
        continue;
      }
      if (c === 0x2018 || c === 0x2019) { c = 39; folds = single = true; }
      else if (c === 0x201c || c === 0x201d) { c = 34; folds = double = true; }
      if (inSpace) words++;
      if (prev >= 0) pairs.add(prev, c);
      prev = c;
      inSpace = false;
    }
    // pairs that the final . : or ! of the key add are too many, never too few: still exact
    this.keyText = withoutFinalStop(!folds ? lower : spaces ? folded(lower) : straightQuotes(lower, single, double));
    // no entry is longer than the longest: a long key is not looked up (nor hashed)
    this.hits = this.keyText.length > this.longestExact ? undefined : this.exactIndex.get(this.keyText);
    this.longS = longS;
    this.words = words;
    this.counted = this.text.length;
    this.keyRead = true;
  }
}

/** Each exact entry (normalised) and the rules that list it. */
function exactRules(rules: readonly CompiledRule[]): Map<string, Set<CompiledRule>> {
  const index = new Map<string, Set<CompiledRule>>();
  for (const rule of rules) {
    for (const key of rule.exact) {
      const hits = index.get(key);
      if (hits) hits.add(rule); else index.set(key, new Set([rule]));
    }
  }
  return index;
}

function matchOne(rule: CompiledRule, view: TextView, connectors: ReadonlySet<string>): boolean {
  if (rule.maxWords !== undefined && view.hasMoreWords(rule.maxWords)) return false;
  const text = view.text;
  const hit = (rule.exact.size > 0 && view.exactHits?.has(rule) === true) || matchPrefix(rule, view) || matchRegexes(rule, view);
  if (!hit) return false;
  for (const m of rule.all) if (!m.re.test(text)) return false;
  return !rule.titleCase || isTitleCase(text, connectors);
}

function matchPrefix(rule: CompiledRule, view: TextView): boolean {
  if (rule.blankPrefix) return true;
  if (rule.prefixes.size === 0) return false;
  const key = view.key;
  const candidates = rule.prefixes.get(key.charCodeAt(0));
  if (candidates === undefined) return false;
  for (const p of candidates) {
    if (key.startsWith(p.text) && !(p.boundary && letterOrDigitAt(key, p.text.length))) return true;
  }
  return false;
}

/** Prefixes (normalised) by their first unit. */
function prefixIndex(prefixes: string[]): Map<number, Prefix[]> {
  const index = new Map<number, Prefix[]>();
  for (const text of prefixes) {
    if (text === '') continue;
    const entry = { text, boundary: ENDS_IN_LETTER_OR_DIGIT.test(text) };
    const list = index.get(text.charCodeAt(0));
    if (list) list.push(entry); else index.set(text.charCodeAt(0), [entry]);
  }
  return index;
}

const ENDS_IN_LETTER_OR_DIGIT = /[\p{L}\p{N}]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether the code point at `at` is a letter or digit (false past the end). */
function letterOrDigitAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.codePointAt(at)!;
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(c));
}

function matchRegexes(rule: CompiledRule, view: TextView): boolean {
  if (rule.matchers.length === 0) return false;
  const plan = (rule.plan ??= regexPlan(rule.matchers));
  const text = view.text;
  // the rule's keywords are looked for once a regex gets past its own first tests, which need no key
  let gated = rule.keywords.words.length === 0;
  for (let g = 0; g < plan.all.length; g++) {
    for (let left = regexesLeft(plan, g, text); left !== 0; left &= left - 1) {
      const k = g * 32 + 31 - Math.clz32(left & -left);
      const { mark, literal, alternatives } = plan.tests[k]!;
      if (mark !== undefined && !text.includes(mark)) continue;
      if (!gated) {
        if (!holdsKeyword(rule.keywords, view.key, view.keyPairs())) return false;
        gated = true;
      }
      if (view.literalsHold) {
        if (literal !== undefined && !view.key.includes(literal)) continue;
        if (alternatives !== undefined && !holdsKeyword(alternatives, view.key, view.keyPairs())) continue;
      }
      if (rule.matchers[k]!.re.test(text)) return true;
    }
  }
  return false;
}

/** A text's lower case, made when first asked for. */
class LazyLower {
  constructor(private readonly source: string) {}
  private lower: string | undefined;

  text(): string {
    return (this.lower ??= this.source.toLowerCase());
  }

  /** Whether a required word can be looked for in it: not when it holds a long s, which /s/iu matches. */
  literalsHold(): boolean {
    return !this.text().includes('\u017f');
  }
}

/**
 * What exact and prefix entries compare: lower case, any quote mark as a straight one, runs of
 * spaces as one space; with `final`, a final run of . : ! goes too ("Share." is "Share").
 */
function keyOf(text: string, final = true): string {
  const lower = text.trim().toLowerCase();
  const key = needsFolding(lower) ? folded(lower) : lower;
  return final ? withoutFinalStop(key) : key;
}

/**
 * Curly quotes made straight and runs of spaces one space, in one pass: most sentences of news
 * copy hold a curly quote, and three regex replacements were a tenth of matching boilerplate.
 */
function folded(lower: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const straight = c === 0x2018 || c === 0x2019 ? "'" : c === 0x201c || c === 0x201d ? '"' : undefined;
    if (straight !== undefined) {
      out += lower.slice(from, i) + straight;
      from = i + 1;
    } else if (isSpace(c)) {
      const end = spaceRunEnd(lower, i);
      if (c !== 32 || end > i + 1) {
        out += lower.slice(from, i) + ' ';
        from = end;
      }
      i = end - 1;
    }
  }
  return from === 0 ? lower : out + lower.slice(from);
}

/**
 * folded() of a text whose spaces need no folding: each curly quote made straight by a native
 * replacement, run only for the kinds the text holds (most sentences hold only ’).
 */
function straightQuotes(lower: string, single: boolean, double: boolean): string {
  let out = lower;
  if (single) out = out.replace(CURLY_SINGLE, "'");
  if (double) out = out.replace(CURLY_DOUBLE, '"');
  return out;
}

const CURLY_SINGLE = /[\u2018\u2019]/g;
const CURLY_DOUBLE = /[\u201c\u201d]/g;

/** Where the run of spaces that starts at `at` ends. */
function spaceRunEnd(text: string, at: number): number {
  let end = at + 1;
  while (end < text.length && isSpace(text.charCodeAt(end))) end++;
  return end;
}

/** Without a final run of . : ! ("Share." is "Share"). */
function withoutFinalStop(key: string): string {
  let end = key.length;
  while (end > 0 && (key[end - 1] === '.' || key[end - 1] === ':' || key[end - 1] === '!')) end--;
  return end === key.length ? key : key.slice(0, end);
}

/** Whether a key holds a curly quote or a space other than one plain space: most hold neither. */
function needsFolding(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 32) {
      if (i + 1 < key.length && isSpace(key.charCodeAt(i + 1))) return true;
    } else if (c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || isSpace(c)) return true;
  }
  return false;
}


/** Words in `text`, counting no further than `limit`. */
function wordCount(text: string, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words < limit; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function isTitleCase(text: string, connectors: ReadonlySet<string>): boolean {
  const words = text.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    const letter = /\p{L}/u.exec(word);
    if (!letter) continue;
    if (letter[0] !== letter[0].toLowerCase()) continue;
    if (!connectors.has(word.toLowerCase().replace(/[^\p{L}&]/gu, ''))) return false;
  }
  return true;
}

/** Whether the text ends with a period, perhaps inside closing quotes or brackets. */
function endsWithPeriod(text: string): boolean {
  let end = text.length;
  while (end > 0 && (CLOSERS.includes(text[end - 1]!) || isSpace(text.charCodeAt(end - 1)))) end--;
  return text[end - 1] === '.';
}

/** `…` or `...` at the end: a teaser cut short, not a sentence that ends. */
function endsWithEllipsis(text: string): boolean {
  const t = text.trimEnd();
  return t.endsWith('...') || t.endsWith('\u2026');
}

/**
 * A rule file as its schema gives it, the defaults it leaves out filled in, without zod: the
 * shipped file is checked by a test (test/builtin-data.test.ts, which also checks that this
 * agrees with the schema), not at every start.
 */
export function withRuleDefaults(file: RulesFileInput): RulesFile {
  return { ...file, rules: file.rules.map(ruleWithDefaults) };
}

function ruleWithDefaults(rule: RuleInput): RuleData {
  return {
    ...rule,
    exact: rule.exact ?? [], prefix: rule.prefix ?? [], regex: rule.regex ?? [], keywords: rule.keywords ?? [], all: rule.all ?? [],
    ignoreCase: rule.ignoreCase ?? true, titleCase: rule.titleCase ?? false, block: rule.block ?? false, caption: rule.caption ?? false,
    counterExamples: rule.counterExamples ?? [],
  };
}

/** The rules shipped with claims. */
export const BOILERPLATE: Boilerplate = compileBoilerplate(withRuleDefaults(rawRules as RulesFileInput));
