// Options that several commands share, and their checks.
import { Option } from 'commander';
import { UsageError } from '../errors.js';
import { compileTopic, type Topic } from '../extract/topic.js';
import { loadNamedPack, loadPack } from '../packs/load.js';
import { useColor, palette, type ColorMode } from '../report/color.js';
import type { Io } from '../io.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function colorOption(): Option {
  return new Option('--color <when>', 'colour: auto, always or never').choices(['auto', 'always', 'never']).default('auto');
}

export function packOption(): Option {
  return new Option('--pack <file|name>', "topic pack: a JSON file or a built-in pack's name (claims pack --list); default: ukraine-strikes");
}

export function maxBytesOption(): Option {
  return new Option('--max-bytes <n>', 'skip files larger than this (E_TOO_LARGE)').default(String(DEFAULT_MAX_BYTES));
}

export function parseMaxBytes(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--max-bytes must be a positive whole number of bytes, not "${v}"`);
  return n;
}

export function topicFrom(pack: string | undefined, cwd?: string): Topic {
  return compileTopic(pack ? loadNamedPack(pack, cwd) : loadPack());
}

/**
 * `--format`, the same on every command: the command's formats, and old spellings kept as
 * aliases (`eval --json`), checked here so a wrong one is one usage line.
 */
export function formatOption(formats: readonly string[], fallback: string): Option {
  return new Option('-f, --format <format>', 'output format').choices([...formats]).default(fallback);
}

/** Values of a repeatable option that also takes comma lists: `--stance oppose,limited --stance support`. */
export function collectList(value: string, previous: string[] | undefined): string[] {
  const items = value.split(',').map((v) => v.trim()).filter((v) => v !== '');
  return [...(previous ?? []), ...items];
}

/** Each value must be one of `allowed`; a wrong one is a usage error naming the choices. */
export function checkChoices(flag: string, values: readonly string[] | undefined, allowed: readonly string[]): void {
  for (const v of values ?? []) {
    if (!allowed.includes(v)) throw new UsageError(`${flag} "${v}" is not one of: ${allowed.join(', ')}`);
  }
}

export function colorFor(io: Io, mode: ColorMode) {
  const enabled = useColor(mode, io.env, io.stdout.isTTY);
  return { enabled, chalk: palette(enabled) };
}

/** Columns for a table: the terminal's width, else COLUMNS, else 100; never under 60. */
export function terminalWidth(io: Io): number {
  const fromEnv = Number(io.env.COLUMNS);
  const width = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_TABLE_WIDTH;
  return Math.max(MIN_TABLE_WIDTH, width);
}

const DEFAULT_TABLE_WIDTH = 100;
const MIN_TABLE_WIDTH = 60;
