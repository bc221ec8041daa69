// Bounds on what a user controls (issue 14): numbers on the command line, the number of worker
// threads, very long articles. Timing and memory are measured by `npm run bench`, not here.
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCount, parseMaxBytes, parseSize } from '../src/commands/options.js';
import { parseJobs } from '../src/commands/extract.js';
import { UsageError } from '../src/errors.js';
import { loadPack } from '../src/packs/load.js';
import { claims, ROOT } from './helpers.js';

describe('numbers on the command line are parsed strictly', () => {
  it('a count is plain digits: 0x2, 1e3, 1.0, +2, 02 and " 2" are mistakes', () => {
    expect(parseCount('--jobs', '2', 1)).toBe(2);
    expect(parseCount('--jobs', '10', 1)).toBe(10);
    for (const bad of ['0x2', '1e3', '1.0', '+2', '02', ' 2', '2 ', '', '-1', '0', 'Infinity', '1_000', '99999999999999999999']) {
      expect(() => parseCount('--jobs', bad, 1), bad).toThrow(UsageError);
    }
  });

  it('--jobs is capped at the number of cores', () => {
    expect(parseJobs('1')).toBe(1);
    expect(parseJobs('99999')).toBe(availableParallelism());
    expect(parseJobs('64')).toBe(Math.min(64, availableParallelism()));
    expect(() => parseJobs('1e3')).toThrow(/--jobs must be a whole number/);
  });

  it('--max-bytes takes sizes: K, M, G and KiB, MiB count in 1024s; KB, MB in 1000s', () => {
    expect(parseSize('500')).toBe(500);
    expect(parseSize('500k')).toBe(500 * 1024);
    expect(parseSize('500K')).toBe(500 * 1024);
    expect(parseSize('10M')).toBe(10 * 1024 * 1024);
    expect(parseSize('1MiB')).toBe(1024 * 1024);
    expect(parseSize('2MB')).toBe(2_000_000);
    expect(parseSize('1kB')).toBe(1000);
    expect(parseMaxBytes('10M')).toBe(10 * 1024 * 1024);
    for (const bad of ['0x10', '1e6', '1.5M', '10 M', 'M', '10X', '-1', '0', '10MiBs', '012']) {
      expect(() => parseMaxBytes(bad), bad).toThrow(UsageError);
    }
    expect(() => parseMaxBytes('1G')).toThrow(/at most 256M/);
  });

  it('the CLI says so in one line with exit 2', () => {
    for (const [cmd, bad] of [['--jobs', '0x2'], ['--jobs', '1e3'], ['--jobs', '1.0'], ['--max-bytes', '1e6'], ['--max-bytes', '0x100']] as const) {
      const r = claims(['extract', 'corpus', cmd, bad]);
      expect(r.code, `${cmd} ${bad}`).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^claims: ${cmd} must be .*"${bad.replace('.', '\\.')}"`));
    }
    const m = claims(['matrix', 'corpus', '--min-articles', '1e0']);
    expect(m.code).toBe(2);
  });

  it('--max-bytes 1k skips a larger article as too large, and a size with a unit is honoured', () => {
    const small = claims(['extract', 'corpus/000_8134f3d1ee52e8fc.txt', '--max-bytes', '1k', '--format', 'ndjson']);
    expect(small.code).toBe(1);
    expect(small.stderr).toContain('(limit 1024)');
    const big = claims(['extract', 'corpus/000_8134f3d1ee52e8fc.txt', '--max-bytes', '1M', '--format', 'ndjson']);
    expect(big.code).toBe(0);
  });
});

describe('the worker pool', () => {
  it('starts no more workers than it has work for', async () => {
    const dist = path.join(ROOT, 'dist', 'workers', 'pool.js');
    const { ExtractPool, workerFile } = (await import(dist)) as typeof import('../src/workers/pool.js');
    const file = workerFile();
    expect(file).toBeDefined();
    const pool = new ExtractPool(file!, 8, loadPack(), 'claims');
    try {
      const result = await pool.run({ id: 'a', file: 'a.txt', text: 'Blinken said Ukraine may strike.' });
      expect('claims' in result && result.claims).toHaveLength(1);
      expect(pool.started).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('--jobs 99999 runs like --jobs 1', () => {
    const one = claims(['extract', 'corpus', '--format', 'ndjson', '--jobs', '1']);
    const many = claims(['extract', 'corpus', '--format', 'ndjson', '--jobs', '99999']);
    expect(many.code).toBe(0);
    expect(many.stdout).toBe(one.stdout);
  }, 60_000);
});
