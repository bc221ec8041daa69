// The schema of the rule registry (rules/registry.json). The shipped file is checked by a test
// (test/builtin-data.test.ts); rules.ts reads it without zod at start-up.
import { z } from 'zod';

const ExampleSchema = z.object({
  text: z.string().min(1),
  /** the words the finding covers, in the last sentence of `text` (or the one `sentence` names) */
  words: z.string().min(1),
  /** for a family (`stance.*`, `limit.*`): the member that fires */
  ruleId: z.string().optional(),
  /** the sentence of `text` that carries the finding, from 0, when it is not the last (a rule that gives an earlier sentence its speaker) */
  sentence: z.number().int().min(0).optional(),
}).strict();

const CounterExampleSchema = z.object({ text: z.string().min(1), why: z.string().min(1) }).strict();

const RuleSchema = z.object({
  id: z.string().regex(/^(?:speaker|stance|limit|via|topic)\.(?:[a-z-]+|\*)$|^quote$|^ignored$/),
  kind: z.enum(['speaker', 'quote', 'via', 'topic', 'stance', 'limit']),
  reason: z.string().min(1),
  examples: z.array(ExampleSchema).min(1),
  counterExamples: z.array(CounterExampleSchema).min(1),
}).strict();
export type Rule = z.infer<typeof RuleSchema>;

const RegistrySchema = z.object({ $comment: z.string(), rules: z.array(RuleSchema) }).strict();

/** The rules of a registry file's text, checked: throws naming the first problem. */
export function checkRegistry(text: string): Rule[] {
  const { rules } = RegistrySchema.parse(JSON.parse(text));
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.id)) throw new Error(`rules/registry.json: rule "${r.id}" is listed twice`);
    seen.add(r.id);
  }
  return rules;
}

