// The Redis behind a queued run: one connection per process, checked up front, and one typed
// error for "Redis cannot be reached", which the CLI shows as one line with exit code 3.
import { Redis, type RedisOptions } from 'ioredis';

/** Exit code when Redis cannot be reached or went away: nothing is lost, run the command again. */
export const EXIT_REDIS = 3;

export const DEFAULT_REDIS = 'redis://127.0.0.1:6379';

export class RedisUnavailable extends Error {
  constructor(readonly url: string, cause: string) {
    super(`cannot reach Redis at ${url}: ${cause}`);
  }
}

/** The URL without its password, for messages. */
export function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}

export function checkUrl(url: string): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new RedisUnavailable(url, 'not a URL (expected redis://host:port)');
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new RedisUnavailable(url, `not a redis:// URL (${u.protocol})`);
}

/** One line for what went wrong with the socket: "connection refused", not a stack. */
export function redisCause(err: unknown): string {
  const e = err as NodeJS.ErrnoException & { errors?: NodeJS.ErrnoException[] };
  const code = e?.code ?? e?.errors?.[0]?.code;
  const known: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'unknown host',
    EAI_AGAIN: 'unknown host',
    ETIMEDOUT: 'timed out',
    ECONNRESET: 'connection reset',
    EHOSTUNREACH: 'host unreachable',
  };
  if (code && known[code]) return known[code]!;
  const msg = e instanceof Error ? e.message : String(err);
  return msg.split('\n')[0]!.replace(/^Error: /, '') || 'unknown error';
}

/**
 * A connection for commands that run and end (add, status, collect): it gives up after a few
 * seconds instead of retrying forever, so a wrong URL is an error, not a hang.
 */
export async function connectOnce(url: string, timeoutMs = 5000): Promise<Redis> {
  checkUrl(url);
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 2,
    enableOfflineQueue: false,
    retryStrategy: (times) => (times > 3 ? null : 200 * times),
  });
  // the socket's own error says why ("connection refused"); the command's only that it closed
  let first: unknown;
  redis.on('error', (err) => { first ??= err; });
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    redis.disconnect();
    throw new RedisUnavailable(shownUrl(url), redisCause(first ?? err));
  }
  return redis;
}

/** Options for BullMQ's long-lived connections (workers): retry forever, as BullMQ requires. */
export function lastingOptions(): RedisOptions {
  return { maxRetriesPerRequest: null, retryStrategy: (times) => Math.min(times * 500, 5000) };
}

/** Runs `f`, turning a lost connection into RedisUnavailable. */
export async function withRedis<T>(url: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (err) {
    if (err instanceof RedisUnavailable) throw err;
    if (isConnectionError(err)) throw new RedisUnavailable(shownUrl(url), redisCause(err));
    throw err;
  }
}

export function isConnectionError(err: unknown): boolean {
  const e = err as NodeJS.ErrnoException;
  if (e?.code && /^E[A-Z]+$/.test(e.code)) return true;
  const msg = e instanceof Error ? e.message : '';
  return /Connection is closed|Stream isn't writeable|enableOfflineQueue|Reached the max retries|connect ECONN/i.test(msg);
}
