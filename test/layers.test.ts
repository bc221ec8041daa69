// The layers of src/ (issue 10.5): the phrase language sits below packs and extract, the report
// reads only record types, and commands do not import each other. Read from the import lines of
// every source file, so a new file is checked as soon as it exists.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..', 'src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Each import of a file (static or dynamic), resolved to a path under src/, with whether it is type-only. */
function importsOf(file: string): Array<{ target: string; typeOnly: boolean }> {
  const text = fs.readFileSync(file, 'utf8');
  const out: Array<{ target: string; typeOnly: boolean }> = [];
  for (const m of text.matchAll(/^\s*(import|export)(\s+type)?\s[^;]*?from\s+'(\.[^']+)'/gmu)) out.push({ target: m[3]!, typeOnly: Boolean(m[2]) });
  for (const m of text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/gu)) out.push({ target: m[1]!, typeOnly: false });
  return out.map((i) => ({ ...i, target: path.relative(SRC, path.resolve(path.dirname(file), i.target)).replace(/\.js$/u, '.ts') }));
}

const files = sources(SRC).map((f) => ({ name: path.relative(SRC, f), imports: importsOf(f) }));

describe('layers', () => {
  it('finds the imports it checks', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.find((f) => f.name === 'cli.ts')!.imports.length).toBeGreaterThan(5);
  });

  it('packs/ and report/ import nothing from extract/, but record types', () => {
    const bad = files.filter((f) => /^(packs|report)\//u.test(f.name))
      .flatMap((f) => f.imports.filter((i) => i.target.startsWith('extract/') && !i.typeOnly).map((i) => `${f.name} -> ${i.target}`));
    expect(bad).toEqual([]);
  });

  it('text/ (tokens and the phrase language) imports neither packs/ nor extract/', () => {
    const bad = files.filter((f) => f.name.startsWith('text/'))
      .flatMap((f) => f.imports.filter((i) => /^(packs|extract)\//u.test(i.target)).map((i) => `${f.name} -> ${i.target}`));
    expect(bad).toEqual([]);
  });

  it('a command imports no other command (options.ts is shared by all)', () => {
    const bad = files.filter((f) => f.name.startsWith('commands/'))
      .flatMap((f) => f.imports.filter((i) => i.target.startsWith('commands/') && i.target !== 'commands/options.ts').map((i) => `${f.name} -> ${i.target}`));
    expect(bad).toEqual([]);
  });
});
