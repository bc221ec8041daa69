// Shared by the tests: run the built CLI as a child process, or main() in-process.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = path.join(ROOT, 'bin', 'claims.js');
/** ../shared beside the clone (the brief's material: real pages, seeds), or CLAIMS_SHARED. */
export const SHARED = process.env.CLAIMS_SHARED ?? path.join(ROOT, '..', 'shared');
/** The texts a fast path is held to its reference on: this repository's and ../shared's real pages. */
export const TEXT_SETS: Array<[name: string, dir: string]> = [
  ['corpus', path.join(ROOT, 'corpus')],
  ['fixtures', path.join(ROOT, 'fixtures')],
  ['real pages', path.join(SHARED, 'realnews', 'articles')],
];

export interface Run { code: number; stdout: string; stderr: string }

export function claims(args: string[], opts: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...opts.env } as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export interface GoldSentence { text: string; boilerplate: boolean }

/** The corpus articles with their gold sentences, in sorted order. */
export function corpusWithGold(): Array<{ id: string; text: string; gold: GoldSentence[] }> {
  return fs.readdirSync(path.join(ROOT, 'corpus')).filter((f) => f.endsWith('.txt')).sort().map((file) => {
    const id = file.replace(/\.txt$/, '');
    const gold = (JSON.parse(fs.readFileSync(path.join(ROOT, 'fixtures', 'gold', `${id}.json`), 'utf8')) as { sentences: GoldSentence[] }).sentences;
    return { id, text: fs.readFileSync(path.join(ROOT, 'corpus', file), 'utf8'), gold };
  });
}

/** Every .txt and .md file under a directory, walked in directory order. */
export function textFilesUnder(dir: string): string[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(e.name)) files.push(p);
    }
  };
  walk(dir);
  return files;
}

/** Every line of every .txt and .md file under a directory, walked in directory order. */
export function linesUnder(dir: string): string[] {
  return textFilesUnder(dir).flatMap((p) => fs.readFileSync(p, 'utf8').split(/\r\n?|\n/));
}
