// Boilerplate: the site's furniture around an article (share and comment widgets, copyright,
// photo credits, bylines, lists of other stories). The rules are data, src/parse/boilerplate.json,
// checked here on load; this module only says which rule, if any, a line or a sentence matches.
import { z } from 'zod';
import rawRules from './boilerplate.json' with { type: 'json' };
import { parseRuleData } from './data.js';
import { isSpace } from './lines.js';
import { compileRuleRegex } from './regex.js';

const RuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a kebab-case id'),
  scope: z.enum(['line', 'sentence', 'trailing']),
  description: z.string().min(1),
  exact: z.array(z.string().min(1)).default([]),
  prefix: z.array(z.string().min(1)).default([]),
  regex: z.array(z.string().min(1)).default([]),
  ignoreCase: z.boolean().default(true),
  maxWords: z.number().int().positive().optional(),
  titleCase: z.boolean().default(false),
  block: z.boolean().default(false),
  caption: z.boolean().default(false),
  examples: z.array(z.string().min(1)).min(1, 'give at least one example the rule must drop'),
  counterExamples: z.array(z.string().min(1)).default([]),
});

const RulesFileSchema = z
  .strictObject({
    $comment: z.union([z.string(), z.array(z.string())]).optional(),
    blockItem: z.strictObject({ maxWords: z.number().int().positive() }),
    titleCaseConnectors: z.array(z.string().min(1)),
    rules: z.array(RuleSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', message: `duplicate rule id ${rule.id}`, path: ['rules', i, 'id'] });
      seen.add(rule.id);
      if (rule.exact.length + rule.prefix.length + rule.regex.length === 0) {
        ctx.addIssue({ code: 'custom', message: 'a rule needs exact, prefix or regex', path: ['rules', i] });
      }
      if (rule.scope === 'trailing' && rule.exact.length + rule.prefix.length > 0) {
        ctx.addIssue({ code: 'custom', message: 'a trailing rule matches by regex only', path: ['rules', i] });
      }
      rule.regex.forEach((source, j) => {
        const compiled = compileRuleRegex(source, rule.ignoreCase);
        if (typeof compiled === 'string') ctx.addIssue({ code: 'custom', message: compiled, path: ['rules', i, 'regex', j] });
        else if (rule.scope === 'trailing' && !source.endsWith('$')) {
          ctx.addIssue({ code: 'custom', message: 'a trailing rule reads the end of a sentence: end the regex with $', path: ['rules', i, 'regex', j] });
        }
      });
    });
  });

export type RuleData = z.output<typeof RuleSchema>;
export type RulesFile = z.output<typeof RulesFileSchema>;

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
  /** exact, prefix and regex entries, each set as one anchored regex */
  matchers: RegExp[];
  maxWords: number | undefined;
  titleCase: boolean;
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

export function loadBoilerplate(data: unknown, file = 'boilerplate rules'): Boilerplate {
  const parsed = parseRuleData(RulesFileSchema, data, file);
  const connectors = new Set(parsed.titleCaseConnectors.map((w) => w.toLowerCase()));
  const compiled = parsed.rules.map(compileRule);
  const byScope = (scope: RuleData['scope']) => compiled.filter((rule) => rule.scope === scope);
  const lineRules = byScope('line');
  const sentenceRules = byScope('sentence');
  const trailingRules = byScope('trailing');
  const maxItemWords = parsed.blockItem.maxWords;

  const matchWhole = (rules: CompiledRule[], text: string): BoilerplateRule | undefined => {
    for (const rule of rules) {
      if (!rule.matchers.some((re) => re.test(text))) continue;
      if (rule.maxWords !== undefined && wordCount(text, rule.maxWords + 1) > rule.maxWords) continue;
      if (rule.titleCase && !isTitleCase(text, connectors)) continue;
      return rule.rule;
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
      for (const rule of trailingRules) {
        for (const re of rule.matchers) {
          const m = re.exec(tail);
          if (m) return { rule: rule.rule, at: from + m.index };
        }
      }
      return undefined;
    },
    isBlockItem: (line) => wordCount(line, maxItemWords + 1) <= maxItemWords && (!endsWithPeriod(line) || endsWithEllipsis(line)),
  };
}

function compileRule(rule: RuleData): CompiledRule {
  const matchers: RegExp[] = [];
  if (rule.exact.length > 0) matchers.push(new RegExp(`^(?:${rule.exact.map(literal).join('|')})[.:!]*$`, 'iu'));
  if (rule.prefix.length > 0) matchers.push(new RegExp(`^(?:${rule.prefix.map(wordPrefix).join('|')})`, 'iu'));
  // validated by the schema, so these compile
  for (const source of rule.regex) matchers.push(compileRuleRegex(source, rule.ignoreCase) as RegExp);
  const { id, scope, description, block, caption, maxWords, titleCase } = rule;
  return { rule: { id, scope, description, block, caption }, scope, matchers, maxWords, titleCase };
}

/** A phrase as a regex that takes any quote for a quote and any run of spaces for a space. */
function literal(phrase: string): string {
  return phrase
    .trim()
    .replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')
    .replace(/['\u2018\u2019]/g, "['\u2018\u2019]")
    .replace(/["\u201C\u201D]/g, '["\u201C\u201D]')
    .replace(/\s+/g, '\\s+');
}

/** A prefix that ends at a word boundary, unless it ends in punctuation (`Tags:`, `©`). */
function wordPrefix(prefix: string): string {
  return /[\p{L}\p{N}]$/u.test(prefix) ? `${literal(prefix)}(?![\\p{L}\\p{N}])` : literal(prefix);
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

/** The rules shipped with claims. */
export const BOILERPLATE: Boilerplate = loadBoilerplate(rawRules, 'src/parse/boilerplate.json');
