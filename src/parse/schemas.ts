// The schemas of the parse stage's rule files (boilerplate.json, kinds.json, abbreviations.json).
// The shipped files are checked against them by a test (test/builtin-data.test.ts), not at every
// start: the modules that use the rules read them without zod, which took a sixth of the
// start-up to load. A rule file from elsewhere (a test's) goes through the loaders here.
import { z } from 'zod';
import { compileBoilerplate, type Boilerplate } from './boilerplate.js';
import { parseRuleData } from './data.js';
import { kindRules, type KindRules } from './kinds.js';
import { compileRuleRegex } from './regex.js';

const RuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a kebab-case id'),
  scope: z.enum(['line', 'sentence', 'trailing']),
  description: z.string().min(1),
  exact: z.array(z.string().min(1)).default([]),
  prefix: z.array(z.string().min(1)).default([]),
  regex: z.array(z.string().min(1)).default([]),
  /** a cheap gate before the regexes: the text (lower case) holds at least one of these */
  keywords: z.array(z.string().min(1)).default([]),
  /** regexes that must all match as well (after one of exact, prefix or regex) */
  all: z.array(z.string().min(1)).default([]),
  ignoreCase: z.boolean().default(true),
  maxWords: z.number().int().positive().optional(),
  titleCase: z.boolean().default(false),
  block: z.boolean().default(false),
  caption: z.boolean().default(false),
  examples: z.array(z.string().min(1)).min(1, 'give at least one example the rule must drop'),
  counterExamples: z.array(z.string().min(1)).default([]),
});

export const RulesFileSchema = z
  .strictObject({
    $comment: z.union([z.string(), z.array(z.string())]).optional(),
    blockItem: z.strictObject({ maxWords: z.number().int().positive() }),
    stampPrefix: z.string().min(1).optional(),
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
      if (rule.keywords.some((k) => k !== k.toLowerCase())) {
        ctx.addIssue({ code: 'custom', message: 'keywords are compared in lower case: write them so', path: ['rules', i, 'keywords'] });
      }
      if (rule.keywords.length > 0 && rule.regex.length === 0) {
        ctx.addIssue({ code: 'custom', message: 'keywords gate the regexes, and the rule has none', path: ['rules', i, 'keywords'] });
      }
      rule.all.forEach((source, j) => {
        const compiled = compileRuleRegex(source, rule.ignoreCase);
        if (typeof compiled === 'string') ctx.addIssue({ code: 'custom', message: compiled, path: ['rules', i, 'all', j] });
      });
      rule.regex.forEach((source, j) => {
        const compiled = compileRuleRegex(source, rule.ignoreCase);
        if (typeof compiled === 'string') ctx.addIssue({ code: 'custom', message: compiled, path: ['rules', i, 'regex', j] });
        else if (rule.scope === 'trailing' && !source.endsWith('$')) {
          ctx.addIssue({ code: 'custom', message: 'a trailing rule reads the end of a sentence: end the regex with $', path: ['rules', i, 'regex', j] });
        }
      });
    });
    if (file.stampPrefix !== undefined) {
      const compiled = compileRuleRegex(file.stampPrefix, true);
      if (typeof compiled === 'string') ctx.addIssue({ code: 'custom', message: compiled, path: ['stampPrefix'] });
      else if (!file.stampPrefix.startsWith('^')) ctx.addIssue({ code: 'custom', message: 'the stamp prefix reads the start of a line: begin it with ^', path: ['stampPrefix'] });
    }
  });

export type RuleData = z.output<typeof RuleSchema>;
export type RuleInput = z.input<typeof RuleSchema>;
export type RulesFile = z.output<typeof RulesFileSchema>;
export type RulesFileInput = z.input<typeof RulesFileSchema>;

/** A boilerplate rule file, checked: throws naming the file and where it is wrong. */
export function loadBoilerplate(data: unknown, file = 'boilerplate rules'): Boilerplate {
  return compileBoilerplate(parseRuleData(RulesFileSchema, data, file));
}

const Pattern = z.string().min(1);
export const KindsFileSchema = z
  .strictObject({
    $comment: z.union([z.string(), z.array(z.string())]).optional(),
    bulletMarkers: z.array(z.string().min(1)).min(1),
    listMarker: Pattern,
    sentenceEnd: z.string().min(1),
    continuesWith: z.string(),
    closers: z.string(),
    captions: z.array(
      z.strictObject({
        id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a kebab-case id'),
        description: z.string().min(1),
        all: z.array(Pattern).min(1),
        maxChars: z.number().int().positive().optional(),
        examples: z.array(z.string().min(1)).min(1),
        counterExamples: z.array(z.string().min(1)).default([]),
      }),
    ),
  })
  .superRefine((file, ctx) => {
    const check = (source: string, path: Array<string | number>) => {
      const compiled = compileRuleRegex(source, true);
      if (typeof compiled === 'string') ctx.addIssue({ code: 'custom', message: compiled, path });
    };
    check(file.listMarker, ['listMarker']);
    file.captions.forEach((caption, i) => caption.all.forEach((source, j) => check(source, ['captions', i, 'all', j])));
  });

export type KindsFile = z.output<typeof KindsFileSchema>;
export type KindsFileInput = z.input<typeof KindsFileSchema>;

/** A kinds file, checked: throws naming the file and where it is wrong. */
export function loadKinds(data: unknown, file = 'kind rules'): KindRules {
  return kindRules(parseRuleData(KindsFileSchema, data, file));
}

const LowerWords = z.array(z.string().regex(/^[^\sA-Z]+[^\s.A-Z]$|^[^\s.A-Z]$/, 'lower case, no spaces, no final period'));
export const AbbreviationsSchema = z.strictObject({
  $comment: z.union([z.string(), z.array(z.string())]).optional(),
  nonTerminal: LowerWords,
  beforeNumber: LowerWords,
  ambiguous: LowerWords,
  units: LowerWords,
  sentenceStarters: z.array(z.string().regex(/^\p{Lu}\p{Ll}*$/u, 'a capitalised word')),
});

export type Abbreviations = z.output<typeof AbbreviationsSchema>;
