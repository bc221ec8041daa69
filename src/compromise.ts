// compromise, loaded on first use: a process that only reads files and writes results (the
// main thread when workers extract) never pays its memory.
import { createRequire } from 'node:module';

interface Nlp { world(): unknown }

let nlp: Nlp | null = null;

export function compromiseWorld(): unknown {
  nlp ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlp.world();
}
