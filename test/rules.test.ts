// Every rule of the registry (src/extract/rules/registry.json) fires on each of its examples,
// over the words the example names, and not on its counter-examples. The tests are generated
// from the registry: a new rule is tested by adding its entry.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/article.js';
import { RULES } from '../src/extract/rules.js';
import { compileTopic } from '../src/extract/topic.js';
import { loadPack } from '../src/packs/load.js';
import type { Claim } from '../src/schema.js';

const topic = compileTopic(loadPack());

/** The last sentence's claim (or the one at `sentence`), with its findings. */
function lastClaim(text: string, sentence?: number): Claim & { findings: NonNullable<Claim['findings']> } {
  const { claims, explanations } = extractArticle({ id: 't', file: 't.txt', text }, topic);
  const k = sentence ?? claims.length - 1;
  expect(k, `no sentence in ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(0);
  return { ...claims[k]!, findings: explanations[k]! };
}

const isFamily = (id: string) => id.endsWith('.*');

describe('the rule registry', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      for (const ex of rule.examples) {
        const id = ex.ruleId ?? rule.id;
        it(`fires on ${JSON.stringify(ex.text.slice(-80))} over "${ex.words}"`, () => {
          if (isFamily(rule.id)) expect(id.startsWith(rule.id.slice(0, -1)), 'a family example names a member').toBe(true);
          const claim = lastClaim(ex.text, ex.sentence);
          const fired = claim.findings.filter((f) => f.ruleId === id);
          expect(fired.map((f) => f.words), `findings: ${JSON.stringify(claim.findings.map((f) => [f.ruleId, f.words]))}`).toContain(ex.words);
          // a rule that sets the claim is listed in its rules (a carrier and the topic only explain)
          if (rule.kind !== 'via' && rule.kind !== 'topic') expect(claim.rules).toContain(id);
        });
      }
      for (const ce of rule.counterExamples) {
        it(`does not fire on ${JSON.stringify(ce.text.slice(-80))} (${ce.why})`, () => {
          const claim = lastClaim(ce.text);
          const prefix = isFamily(rule.id) ? rule.id.slice(0, -1) : null;
          const fired = claim.findings.filter((f) => (prefix ? f.ruleId.startsWith(prefix) : f.ruleId === rule.id));
          expect(fired.map((f) => [f.ruleId, f.words])).toEqual([]);
        });
      }
    });
  }
});

describe('the registry and the code agree', () => {
  const ids = new Set(RULES.map((r) => r.id));
  const srcDir = path.resolve(__dirname, '../src/extract');
  const used = new Set<string>();
  for (const f of fs.readdirSync(srcDir).filter((n) => n.endsWith('.ts'))) {
    for (const m of fs.readFileSync(path.join(srcDir, f), 'utf8').matchAll(/ruleId\('([^']+)'\)/g)) used.add(m[1]!);
  }

  it('every rule id named in src/extract is registered', () => {
    expect([...used].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('every registered rule that is not a family is named in src/extract', () => {
    expect([...ids].filter((id) => !isFamily(id) && !used.has(id))).toEqual([]);
  });

  it('ids are unique', () => {
    expect(RULES.length).toBe(ids.size);
  });
});
