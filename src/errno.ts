// What an operating-system error code means, in words: users read "permission denied", not EACCES.
const CAUSES = new Map<string, string>([
  ['ENOENT', 'no such file or directory'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'operation not permitted'],
  ['ENOTDIR', 'not a directory'],
  ['EISDIR', 'is a directory'],
  ['ELOOP', 'too many levels of symbolic links'],
  ['EMFILE', 'too many open files'],
  ['ENFILE', 'too many open files in system'],
  ['ENAMETOOLONG', 'file name too long'],
  ['EIO', 'input/output error'],
  ['EBUSY', 'resource busy or locked'],
  ['ENOSPC', 'no space left on device'],
  ['EDQUOT', 'disk quota exceeded'],
  ['EFBIG', 'file too large'],
  ['EROFS', 'read-only file system'],
  ['EBADF', 'bad file descriptor'],
  ['EPIPE', 'broken pipe'],
  ['ECONNRESET', 'connection reset'],
  ['EAGAIN', 'resource temporarily unavailable'],
  ['ENXIO', 'no such device or address'],
]);

export function errnoCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('code' in err)) return undefined;
  return typeof err.code === 'string' ? err.code : undefined;
}

/** "permission denied" for EACCES; for a code we do not know, Node's message without code and path. */
export function errnoWords(err: unknown): string {
  const known = CAUSES.get(errnoCode(err) ?? '');
  if (known) return known;
  const raw = err instanceof Error ? err.message : String(err);
  const cause = raw.replace(/^[A-Z][A-Z0-9_]*: /u, '').replace(/, \w+ '[^]*$/u, '').replace(/\s+/gu, ' ').trim();
  return cause === '' ? 'unknown error' : cause.charAt(0).toLowerCase() + cause.slice(1);
}
