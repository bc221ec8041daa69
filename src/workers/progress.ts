// "claims: 1234 articles, 12.3 MB/s" on one stderr line while a long run goes on, only on a
// terminal, after the first second, redrawn at most four times a second and wiped before anything
// else is written.
import type { OutStream } from '../io.js';

export interface Progress { tick(bytes: number): void; clear(): void }

const EVERY_MS = 250;
// A run that is over within a second shows nothing.
const AFTER_MS = 1000;
const QUIET: Progress = { tick() {}, clear() {} };

export function progressOn(stderr: OutStream | undefined, now: () => number = Date.now): Progress {
  if (!stderr?.isTTY) return QUIET;
  const start = now();
  let last = start;
  let articles = 0;
  let bytes = 0;
  let shown = false;
  return {
    tick(b) {
      articles++;
      bytes += b;
      const t = now();
      if (t - start < AFTER_MS || t - last < EVERY_MS) return;
      last = t;
      const mbps = bytes / 1e6 / Math.max((t - start) / 1000, 1e-3);
      stderr.write(`\rclaims: ${articles} articles, ${mbps.toFixed(1)} MB/s\x1b[K`);
      shown = true;
    },
    clear() {
      if (shown) stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}
