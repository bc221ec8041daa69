// The data that ships with the tool is read at start-up without its schemas (loading zod and
// checking every file cost a sixth of each run's start). These tests are where it is checked
// instead: every shipped file passes its schema and the checks beside it, and what the runtime
// reads without zod is what the schema would have given.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claims } from './helpers.js';
import { lexicon } from '../src/extract/lexicon.js';
import { checkLexiconFile, parseAttribution } from '../src/extract/lexicon-schema.js';
import { ROLES, wordsWithRole } from '../src/extract/words.js';
import { parseWords } from '../src/extract/words-schema.js';
import { RULES } from '../src/extract/rules.js';
import { checkRegistry } from '../src/extract/rules-schema.js';
import { InflectFile } from '../src/text/inflect-schema.js';
import { withRuleDefaults } from '../src/parse/boilerplate.js';
import { withKindDefaults } from '../src/parse/kinds.js';
import { AbbreviationsSchema, KindsFileSchema, loadBoilerplate, loadKinds, RulesFileSchema } from '../src/parse/schemas.js';
import { builtinPacks, loadPack } from '../src/packs/load.js';
import { defaultPack, packWithDefaults } from '../src/packs/builtin.js';

const text = (file: string) => fs.readFileSync(file, 'utf8');
const json = (file: string): unknown => JSON.parse(text(file));

describe('the shipped lexicon', () => {
  it('words.json passes its checks, and the runtime reads the same words of each role', () => {
    const checked = parseWords(text('src/extract/lexicon/words.json'));
    for (const role of ROLES) expect([...wordsWithRole(role)], role).toEqual([...checked.get(role)!]);
  });

  it('attribution.json, entities.json, cues.json and holders.json pass their schemas unchanged', () => {
    expect(parseAttribution(text('src/extract/lexicon/attribution.json'))).toEqual(json('src/extract/lexicon/attribution.json'));
    for (const name of ['entities.json', 'cues.json', 'holders.json'] as const) {
      const file = `src/extract/lexicon/${name}`;
      expect(checkLexiconFile(name, text(file)), name).toEqual(json(file));
    }
    // and the lexicon built from them without the schemas loads
    expect(lexicon().verbs.get('said')?.base).toBe('say');
  });

  it('a file that fails its schema is still refused by the checks the tests run', () => {
    expect(() => checkLexiconFile('holders.json', '{"$notice": "", "$generated": "", "persons": ["a", "a"], "groups": [], "determined": []}')).toThrow(/holders\.json: persons: "a" is listed twice/);
  });

  it('inflect.json passes its schema unchanged', () => {
    expect(InflectFile.parse(json('src/text/inflect.json'))).toEqual(json('src/text/inflect.json'));
  });
});

describe('the shipped rule registry', () => {
  it('passes its schema, no id twice, and the runtime reads the same rules', () => {
    expect(checkRegistry(text('src/extract/rules/registry.json'))).toEqual(RULES);
  });

  it('a rule listed twice is refused', () => {
    const registry = json('src/extract/rules/registry.json') as { rules: unknown[] };
    const twice = JSON.stringify({ ...registry, rules: [...registry.rules, registry.rules[0]] });
    expect(() => checkRegistry(twice)).toThrow(/is listed twice/);
  });
});

describe("the parse stage's rule files", () => {
  it('boilerplate.json passes its schema, and the defaults filled without zod are the schema\'s', () => {
    const raw = json('src/parse/boilerplate.json');
    expect(() => loadBoilerplate(raw, 'src/parse/boilerplate.json')).not.toThrow();
    expect(withRuleDefaults(raw as Parameters<typeof withRuleDefaults>[0])).toEqual(RulesFileSchema.parse(raw));
  });

  it('the defaults agree on a rule that leaves every optional field out, and on one that gives each', () => {
    const bare = { blockItem: { maxWords: 3 }, titleCaseConnectors: [], rules: [{ id: 'x', scope: 'line', description: 'd', exact: ['a'], examples: ['a'] }] };
    expect(withRuleDefaults(bare as Parameters<typeof withRuleDefaults>[0])).toEqual(RulesFileSchema.parse(bare));
    const full = { ...bare, rules: [{ ...bare.rules[0], prefix: ['p'], regex: ['^r'], keywords: ['r'], all: ['.'], ignoreCase: false, titleCase: true, block: true, caption: true, counterExamples: ['b'] }] };
    expect(withRuleDefaults(full as Parameters<typeof withRuleDefaults>[0])).toEqual(RulesFileSchema.parse(full));
  });

  it('kinds.json passes its schema, with the same defaults', () => {
    const raw = json('src/parse/kinds.json');
    expect(() => loadKinds(raw, 'src/parse/kinds.json')).not.toThrow();
    expect(withKindDefaults(raw as Parameters<typeof withKindDefaults>[0])).toEqual(KindsFileSchema.parse(raw));
  });

  it('abbreviations.json passes its schema unchanged', () => {
    expect(AbbreviationsSchema.parse(json('src/parse/abbreviations.json'))).toEqual(json('src/parse/abbreviations.json'));
  });
});

describe('the shipped packs', () => {
  it.each(builtinPacks().map((p) => [p.name, p.file] as const))('%s passes every check of a user pack, with the defaults the schema fills', (_name, file) => {
    expect(packWithDefaults(JSON.parse(text(file)))).toEqual(loadPack(file));
  });

  it('the default pack read without zod is the checked one', () => {
    expect(defaultPack()).toEqual(loadPack());
  });

  it('the defaults agree on a pack that leaves every optional field out', () => {
    const pack = json('src/packs/ukraine-strikes.json') as Record<string, any>;
    const bare = {
      ...pack,
      relevance: { terms: pack.relevance.terms },
      stance: {
        cues: pack.stance.cues.map(({ relevant: _r, speakerless: _s, ...c }: Record<string, unknown>) => c),
        negation: { phrases: pack.stance.negation.phrases, window: pack.stance.negation.window, flip: pack.stance.negation.flip },
        restriction: { words: pack.stance.restriction.words, near: pack.stance.restriction.near, window: pack.stance.restriction.window },
      },
      limits: pack.limits.map(({ cancels: _c, window: _w, ...l }: Record<string, unknown>) => l),
    };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-pack-'));
    try {
      fs.writeFileSync(path.join(dir, 'bare.json'), JSON.stringify(bare));
      expect(packWithDefaults(bare as Parameters<typeof packWithDefaults>[0])).toEqual(loadPack(path.join(dir, 'bare.json')));
      const framed = { ...bare, stance: { ...bare.stance, frames: [{ id: 'f', label: 'F', stance: 'oppose', phrases: ['too late'] }] } };
      fs.writeFileSync(path.join(dir, 'framed.json'), JSON.stringify(framed));
      expect(packWithDefaults(framed as Parameters<typeof packWithDefaults>[0])).toEqual(loadPack(path.join(dir, 'framed.json')));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a pack the user names is still checked in full', () => {
  it('one problem is one line naming the file, exit 2, no stack trace', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-pack-'));
    try {
      const pack = json('src/packs/ukraine-strikes.json') as Record<string, unknown>;
      fs.writeFileSync(path.join(dir, 'extra.json'), JSON.stringify({ ...pack, colour: 'red' }));
      const r = claims(['extract', '-', '--pack', 'extra.json'], { cwd: dir, input: 'x said y.\n' });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('claims: extra.json: invalid topic pack: (root): Unrecognized key: "colour"\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a built-in pack named by --pack goes through the same checks and gives the same claims as the default', () => {
    const a = claims(['extract', '-', '--format', 'ndjson', '-q'], { input: 'Blinken said Ukraine may strike Russia.\n' });
    const b = claims(['extract', '-', '--format', 'ndjson', '-q', '--pack', 'ukraine-strikes'], { input: 'Blinken said Ukraine may strike Russia.\n' });
    expect(a.code).toBe(0);
    expect(a.stdout).not.toBe('');
    expect(b.stdout).toBe(a.stdout);
  });
});

describe('start-up', () => {
  // what `claims extract` loads before it reads an article: the static imports from cli.ts and the
  // extract command down (dynamic imports load only when needed); none may be zod
  const SRC = path.resolve(import.meta.dirname, '..', 'src');
  const staticImports = (file: string): string[] => {
    const body = fs.readFileSync(path.join(SRC, file), 'utf8');
    return [...body.matchAll(/^import(?!\s+type\s)[^;]*?from\s+'([^']+)'/gmu)].map((m) => m[1]!)
      .map((t) => (t.startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(path.join(SRC, file)), t)).replace(/\.js$/u, '.ts') : t));
  };
  const closure = (roots: string[]): Set<string> => {
    const seen = new Set<string>();
    const todo = [...roots];
    while (todo.length > 0) {
      const f = todo.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      if (f.endsWith('.ts')) todo.push(...staticImports(f));
    }
    return seen;
  };

  it('finds the imports it follows', () => {
    const loaded = closure(['cli.ts', 'commands/extract.ts']);
    expect(loaded.has('commander')).toBe(true);
    expect(loaded.has('extract/topic.ts')).toBe(true);
    const worker = closure(['workers/extract-worker.ts']);
    expect(worker.has('parse/boilerplate.ts')).toBe(true);
    expect(worker.has('extract/lexicon.ts')).toBe(true);
  });

  it('the main thread of --jobs loads no parsing or extraction until it extracts an article itself', () => {
    const loaded = closure(['cli.ts', 'commands/extract.ts', 'workers/pool.ts']);
    expect(['workers/job.ts', 'extract/article.ts', 'parse/boilerplate.ts', 'parse/sentences.ts'].filter((m) => loaded.has(m))).toEqual([]);
  });

  it('claims extract with the default pack loads no zod and no schema module', () => {
    const loaded = [...closure(['cli.ts', 'commands/extract.ts', 'workers/extract-worker.ts'])];
    expect(loaded.filter((m) => m === 'zod' || m.startsWith('zod/') || /schemas?\.ts$|-schema\.ts$/u.test(m))).toEqual([]);
  });

  it('nor chalk (table and csv only), the worker pool (several threads only) or the spool (json only)', () => {
    const loaded = closure(['cli.ts', 'commands/extract.ts']);
    expect(['chalk', 'node:worker_threads', 'workers/pool.ts', 'report/spool.ts'].filter((m) => loaded.has(m))).toEqual([]);
  });
});
