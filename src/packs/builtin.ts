// The packs that ship with the tool, read without zod. A run with the default pack starts without
// loading the packs' schemas: zod and the schema's checks of every phrase took a sixth of the
// start-up. The shipped packs pass the same checks in a test (test/builtin-data.test.ts), which
// also checks that packWithDefaults agrees with the schema; a pack named by --pack, built-in or
// not, still goes through load.ts and all its checks.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pack, PackInput } from './schema.js';

export const PACK_DIR = fileURLToPath(new URL('../../src/packs/', import.meta.url));
export const DEFAULT_PACK_ID = 'ukraine-strikes';
export const DEFAULT_PACK_PATH = path.join(PACK_DIR, `${DEFAULT_PACK_ID}.json`);

/** The default pack, as loadPack() would give it. */
export function defaultPack(): Pack {
  return packWithDefaults(JSON.parse(fs.readFileSync(DEFAULT_PACK_PATH, 'utf8')) as PackInput);
}

/** A pack that has passed the schema's checks, with the defaults the schema fills in. */
export function packWithDefaults(p: PackInput): Pack {
  const { relevance, stance } = p;
  return {
    ...p,
    relevance: { ...relevance, carry: relevance.carry ?? 3, anaphora: relevance.anaphora ?? [], elsewhere: relevance.elsewhere ?? [] },
    stance: {
      ...stance,
      cues: stance.cues.map((c) => ({ ...c, relevant: c.relevant ?? false, speakerless: c.speakerless ?? false })),
      frames: (stance.frames ?? []).map((f) => ({
        ...f, negated: f.negated ?? 'neutral', weight: f.weight ?? 2.5, examples: f.examples ?? [], counterExamples: f.counterExamples ?? [],
      })),
      negation: { ...stance.negation, raising: stance.negation.raising ?? [] },
      background: stance.background ?? { phrases: [], weight: 1 },
      restriction: { ...stance.restriction, cancels: stance.restriction.cancels ?? [] },
    },
    limits: p.limits.map((l) => ({ ...l, cancels: l.cancels ?? [], window: l.window ?? 15 })),
  };
}
