// The rule registry: every rule that can tag a claim, in precedence order, with its reason and
// the sentences it must and must not fire on (rules/registry.json). Code names a rule only
// through ruleId(), so an id that is not registered fails at once, and test/rules.test.ts
// runs every entry's examples.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
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

function loadRegistry(): Rule[] {
  const file = fileURLToPath(new URL('../../src/extract/rules/registry.json', import.meta.url));
  const { rules } = RegistrySchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.id)) throw new Error(`rules/registry.json: rule "${r.id}" is listed twice`);
    seen.add(r.id);
  }
  return rules;
}

/** The registry, in precedence order. */
export const RULES: readonly Rule[] = loadRegistry();

const IDS = new Set(RULES.map((r) => r.id));

/** A registered rule's id; a family member (`stance.<cue>`, `limit.<id>`) is registered by its family. */
export function ruleId(id: string): string {
  if (!IDS.has(id) && !IDS.has(`${id.slice(0, id.indexOf('.'))}.*`)) throw new Error(`rule "${id}" is not in src/extract/rules/registry.json`);
  return id;
}

/** Where a rule stands in the registry: the lower, the earlier it wins. */
export function precedence(id: string): number {
  const exact = RULES.findIndex((r) => r.id === id);
  return exact >= 0 ? exact : RULES.findIndex((r) => r.id === `${id.slice(0, id.indexOf('.'))}.*`);
}

/** A rule's code under the id it runs as: one function may be registered under several ids. */
export interface Registered<F> { id: string; run: F }

/**
 * The functions of `registered` in the order of `rules` (the registry's by default), each once,
 * where the first of its ids stands: the registry is the precedence.
 */
export function inRegistryOrder<F>(registered: ReadonlyMap<string, F>, rules: readonly Rule[] = RULES): Array<Registered<F>> {
  const out: Array<Registered<F>> = [];
  const placed = new Set<F>();
  for (const r of rules) {
    const run = registered.get(r.id);
    if (run !== undefined && !placed.has(run)) { placed.add(run); out.push({ id: r.id, run }); }
  }
  return out;
}
