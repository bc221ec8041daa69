// Loads a topic pack and checks it; a broken pack is one line per problem, naming the field.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PackSchema, type Pack } from './schema.js';

export const DEFAULT_PACK_PATH = fileURLToPath(new URL('../../src/packs/ukraine-strikes.json', import.meta.url));

export class PackError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${file}: invalid topic pack`);
  }
}

export function parsePack(raw: unknown, file: string): Pack {
  const result = PackSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const at = issue.path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
    return `${at || '(root)'}: ${issue.message}`;
  });
  throw new PackError(file, problems);
}

export function loadPack(file: string = DEFAULT_PACK_PATH): Pack {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new PackError(file, [`cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new PackError(file, [`not valid JSON: ${(err as Error).message}`]);
  }
  return parsePack(raw, file);
}
