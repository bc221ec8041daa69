// The rule registry: every rule that can tag a claim, in precedence order, with its reason and
// the sentences it must and must not fire on (rules/registry.json). Code names a rule only
// through ruleId(), so an id that is not registered fails at once, and test/rules.test.ts
// runs every entry's examples; its schema (rules-schema.ts) is checked by a test, not at every start.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Rule } from './rules-schema.js';

export type { Rule };

/** rules/registry.json ships with the tool: checkRegistry (rules-schema.ts) checks it in a test, not at every start */
export const REGISTRY_FILE = new URL('../../src/extract/rules/registry.json', import.meta.url);

function loadRegistry(): Rule[] {
  return (JSON.parse(fs.readFileSync(fileURLToPath(REGISTRY_FILE), 'utf8')) as { rules: Rule[] }).rules;
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
