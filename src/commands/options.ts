// Options that several commands share, and their checks.
import { Option } from 'commander';
import { UsageError } from '../errors.js';
import { compileTopic, type Topic } from '../extract/topic.js';
import { loadPack } from '../packs/load.js';
import { useColor, palette, type ColorMode } from '../report/color.js';
import type { Io } from '../io.js';
import { parseBound, type DateRange } from '../input/dates.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function colorOption(): Option {
  return new Option('--color <when>', 'colour: auto, always or never').choices(['auto', 'always', 'never']).default('auto');
}

export function packOption(): Option {
  return new Option('--pack <file>', 'topic pack (JSON); default: the Ukraine strikes pack');
}

export function maxBytesOption(): Option {
  return new Option('--max-bytes <n>', 'skip files larger than this (E_TOO_LARGE)').default(String(DEFAULT_MAX_BYTES));
}

export function parseMaxBytes(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--max-bytes must be a positive whole number of bytes, not "${v}"`);
  return n;
}

export function topicFrom(pack: string | undefined): Topic {
  return compileTopic(pack ? loadPack(pack) : loadPack());
}

export function colorFor(io: Io, mode: ColorMode) {
  const enabled = useColor(mode, io.env, io.stdout.isTTY);
  return { enabled, chalk: palette(enabled) };
}

export function inputOption(): Option {
  return new Option('--input <format>', 'how to read standard input, and files whose extension says nothing').choices(['text', 'html', 'ndjson']);
}

export function sinceOption(): Option {
  return new Option('--since <date>', 'only articles published on or after this date (YYYY-MM-DD or ISO 8601)');
}

export function untilOption(): Option {
  return new Option('--until <date>', 'only articles published on or before this date (a day includes all of it)');
}

/** The --since/--until range, or undefined when neither is given. */
export function parseDateRange(since: string | undefined, until: string | undefined): DateRange | undefined {
  if (since === undefined && until === undefined) return undefined;
  const bound = (flag: string, v: string | undefined, end: boolean): number | null => {
    if (v === undefined) return null;
    const ms = parseBound(v, end);
    if (ms === undefined) throw new UsageError(`${flag} must be a date (YYYY-MM-DD or ISO 8601), not "${v}"`);
    return ms;
  };
  const range = { since: bound('--since', since, false), until: bound('--until', until, true) };
  if (range.since !== null && range.until !== null && range.since > range.until) throw new UsageError('--since is after --until');
  return range;
}
