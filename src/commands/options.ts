// Options that several commands share, and their checks.
import { Option } from 'commander';
import { UsageError } from '../errors.js';
import { compileTopic, type Topic } from '../extract/topic.js';
import { defaultPack } from '../packs/builtin.js';
import type { ColorMode } from '../report/color.js';
import type { Io } from '../io.js';
import { parseBound, type DateRange } from '../input/dates.js';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function colorOption(): Option {
  return new Option('--color <when>', 'colour: auto, always or never').choices(['auto', 'always', 'never']).default('auto');
}

export function packOption(): Option {
  return new Option('--pack <file|name>', "topic pack: a JSON file or a built-in pack's name (claims pack --list); default: ukraine-strikes");
}

/** The largest --max-bytes: one article must fit in memory several times over while it is analysed. */
export const MAX_MAX_BYTES = 256 * 1024 * 1024;

export function maxBytesOption(): Option {
  return new Option('--max-bytes <size>', 'skip files larger than this (E_TOO_LARGE): bytes, or with a unit: 500k, 10M, 1MiB, 2MB').default('10M');
}

// GNU style, as `head -c` and `sort -S` read them: K, M, G and KiB, MiB, GiB count in 1024s;
// KB, MB, GB in 1000s.
const SIZE = /^([0-9]+)(?:([kKmMgG])(?:iB)?|([kKmMgG])B)?$/;
const UNIT_POWER = new Map([['k', 1], ['m', 2], ['g', 3]]);

/** A size such as `10M`; undefined when `v` is not one. */
export function parseSize(v: string): number | undefined {
  const m = SIZE.exec(v);
  if (!m || (m[1]!.length > 1 && m[1]!.startsWith('0'))) return undefined;
  const binary = m[2] !== undefined;
  const unit = (m[2] ?? m[3] ?? '').toLowerCase();
  const base = binary ? 1024 : 1000;
  return Number(m[1]) * base ** (UNIT_POWER.get(unit) ?? 0);
}

export function parseMaxBytes(v: string): number {
  const n = parseSize(v);
  if (n === undefined || n < 1) throw new UsageError(`--max-bytes must be a size such as 500000, 500k, 10M or 1MiB, not "${v}"`);
  if (n > MAX_MAX_BYTES) throw new UsageError(`--max-bytes can be at most 256M (${MAX_MAX_BYTES} bytes), not "${v}"`);
  return n;
}

/**
 * A whole number written plainly: digits only, no sign, no leading zero, no exponent, no hex, no
 * fraction (`0x2`, `1e3` and `1.0` are mistakes, not 2, 1000 and 1).
 */
export function parseCount(option: string, v: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = /^(0|[1-9][0-9]{0,14})$/.test(v) ? Number(v) : NaN;
  if (!(n >= min && n <= max)) throw new UsageError(`${option} must be a whole number of at least ${min}${max < Number.MAX_SAFE_INTEGER ? ` and at most ${max}` : ''}, not "${v}"`);
  return n;
}

/**
 * The topic of `--pack`: a pack the user names is checked in full (load.ts, with zod, loaded only
 * then); the default pack ships with the tool and is checked by a test (see builtin.ts).
 */
export async function topicFrom(pack: string | undefined, cwd?: string): Promise<Topic> {
  await checkOwnData();
  if (!pack) return compileTopic(defaultPack());
  const { loadNamedPack } = await import('../packs/load.js');
  return compileTopic(loadNamedPack(pack, cwd));
}

/**
 * The data a user adds to every extraction beside the pack, checked once before any article is
 * read, on every command that extracts (they all compile a topic here): a user's office-holder
 * table (CLAIMS_OFFICES) that does not fit its schema is one usage line and exit 2. The checks
 * and zod load only when such a file is named.
 */
async function checkOwnData(): Promise<void> {
  if (!process.env.CLAIMS_OFFICES) return;
  const { checkOwnOffices } = await import('../extract/offices-schema.js');
  try { checkOwnOffices(); } catch (err) { throw new UsageError(`CLAIMS_OFFICES=${(err as Error).message}`); }
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

/** Whether to colour, and the palette: chalk loads only for a format that colours (json and ndjson start without it). */
export async function colorFor(io: Io, mode: ColorMode) {
  const { useColor, palette } = await import('../report/color.js');
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

/** --redis, for `claims queue` and `claims worker`. */
export function redisOption(io: Io): Option {
  return new Option('--redis <url>', 'Redis to use (CLAIMS_REDIS)').default(io.env.CLAIMS_REDIS ?? 'redis://127.0.0.1:6379');
}

/** A known failure of a queue command as one line: Redis out of reach is exit 3, the rest as main() does. */
export async function guarded(io: Io, f: () => Promise<number>): Promise<number> {
  const { RedisUnavailable, EXIT_REDIS, isConnectionError, redisCause } = await import('../queue/redis.js');
  try {
    return await f();
  } catch (err) {
    if (err instanceof RedisUnavailable) {
      io.stderr.write(`claims: ${err.message}\n`);
      return EXIT_REDIS;
    }
    if (isConnectionError(err)) {
      io.stderr.write(`claims: lost Redis: ${redisCause(err)}\n`);
      return EXIT_REDIS;
    }
    throw err;
  }
}
