// --jobs: the worker pool gives the same bytes in the same order as one thread, and a closed pipe
// ends the run quietly. Runs the built CLI (bin/claims.js -> dist/) as a child process, because
// the workers load dist/workers/extract-worker.js.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readAhead } from '../src/pipeline.js';
import type { InputItem } from '../src/input/read.js';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'claims.js');
let tmp: string;

// CLAIMS_POOL_MIN_BYTES=0: these sets are smaller than the run that starts worker threads (pipeline.ts)
function claims(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'buffer', maxBuffer: 1 << 28, env: { ...process.env, CLAIMS_POOL_MIN_BYTES: '0', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: root, stdio: 'pipe' });
  // A corpus larger than the window of articles in flight (2 x jobs), with a skipped binary file,
  // an empty file and a file that is not UTF-8 among the articles, so results must be reordered.
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-jobs-'));
  const sources = fs.readdirSync(path.join(root, 'corpus')).filter((f) => f.endsWith('.txt')).sort();
  for (let k = 0; k < 40; k++) {
    const src = sources[k % sources.length]!;
    fs.copyFileSync(path.join(root, 'corpus', src), path.join(tmp, `${String(k).padStart(3, '0')}-${src}`));
  }
  fs.writeFileSync(path.join(tmp, '005-binary.txt'), Buffer.from([0x41, 0, 0x42]));
  fs.writeFileSync(path.join(tmp, '011-empty.txt'), '  \n');
  fs.writeFileSync(path.join(tmp, '017-latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e]));
  fs.writeFileSync(path.join(tmp, '023-tiny.md'), 'Blinken said Ukraine may strike.\n');
}, 120_000);

afterAll(() => { if (tmp) fs.rmSync(tmp, { recursive: true, force: true }); });

describe('claims extract --jobs', () => {
  it('an article too large for a worker\'s heap is done in the main thread, with the same output', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-oom-'));
    const article = fs.readFileSync(path.join(root, 'corpus', '002_b82496bea885bc4b.txt'), 'utf8');
    fs.writeFileSync(path.join(dir, 'a-big.txt'), `${article}\n`.repeat(150));
    fs.copyFileSync(path.join(root, 'corpus', '004_ba566e3a9add87b6.txt'), path.join(dir, 'b-small.txt'));
    const one = claims(['extract', dir, '--format', 'ndjson', '--jobs', '1']);
    const two = claims(['extract', dir, '--format', 'ndjson', '--jobs', '2'], { CLAIMS_WORKER_HEAP_MB: '8' });
    expect(two.code).toBe(0);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stderr).not.toMatch(/Warning/); // large output waits for drain many times without leaking listeners
    expect(two.stdout.equals(one.stdout)).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const format of ['json', 'ndjson', 'table']) {
    it(`--jobs 2 is byte-identical to --jobs 1 on corpus/ (${format})`, () => {
      const one = claims(['extract', 'corpus', '--format', format, '--jobs', '1', '--color', 'never']);
      const two = claims(['extract', 'corpus', '--format', format, '--jobs', '2', '--color', 'never']);
      expect(one.code).toBe(0);
      expect(one.stdout.length).toBeGreaterThan(0);
      expect(two.code).toBe(one.code);
      expect(Buffer.compare(two.stdout, one.stdout)).toBe(0);
      expect(two.stderr).toBe(one.stderr);
    expect(one.stderr).not.toMatch(/Warning/); // large output waits for drain many times without leaking listeners
    }, 60_000);
  }

  it('keeps input order, errors included, with more articles than in flight', () => {
    const one = claims(['extract', tmp, '--format', 'ndjson', '--jobs', '1']);
    expect(one.code).toBe(1); // the Latin-1 file fails
    for (const jobs of ['2', '3']) {
      const many = claims(['extract', tmp, '--format', 'ndjson', '--jobs', jobs]);
      expect(many.code).toBe(one.code);
      expect(Buffer.compare(many.stdout, one.stdout)).toBe(0);
      expect(many.stderr).toBe(one.stderr);
    }
  }, 120_000);

  it('the default (number of cores) gives the same bytes', () => {
    const one = claims(['extract', 'corpus', '--format', 'ndjson', '--jobs', '1']);
    const dflt = claims(['extract', 'corpus', '--format', 'ndjson']);
    expect(Buffer.compare(dflt.stdout, one.stdout)).toBe(0);
  }, 60_000);

  it('rejects a bad --jobs with exit 2', () => {
    for (const bad of ['0', '-1', '1.5', 'x']) {
      const r = claims(['extract', 'corpus', '--jobs', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--jobs');
    }
  });

  it('`| head -1` exits 0, with only the summary on stderr', () => {
    for (const jobs of ['1', '2']) {
      const r = spawnSync('bash', ['-c', `node bin/claims.js extract corpus --format ndjson --jobs ${jobs} | head -1; echo "status=\${PIPESTATUS[0]}" >&2`],
        { cwd: root, encoding: 'utf8' });
      expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
      const lines = r.stderr.split('\n').filter(Boolean);
      expect(lines.at(-1)).toBe('status=0');
      expect(lines.slice(0, -1)).toHaveLength(1);
      expect(lines[0]).toMatch(/^claims: \d+ articles, \d+ sentences, \d+ shown, \d+ skipped, \d+ failed$/);
    }
  }, 60_000);
});

describe('whether a run starts worker threads (readAhead)', () => {
  const article = (bytes: number): InputItem => ({ kind: 'article', article: { id: 'a', file: 'a.txt', text: 'x', bytes, meta: { url: null, title: null, outlet: null, published: null, byline: null } } });
  const error: InputItem = { kind: 'error', error: { type: 'error', schemaVersion: 2, code: 'E_NOT_FOUND', file: 'b.txt', message: 'no such file or directory' } };
  /** the items, counting how many were read */
  function source(items: InputItem[]) {
    const counter = { read: 0 };
    const it = (async function* () { for (const item of items) { counter.read++; yield item; } })();
    return { it, counter };
  }

  it('a run smaller than the bound is read whole and done in one thread', async () => {
    const { it, counter } = source([article(1000), error, article(2000)]);
    const r = await readAhead(it, 2, 4000);
    expect(r.jobs).toBe(1);
    expect(r.ahead).toHaveLength(3);
    expect(counter.read).toBe(3);
  });

  it('a larger run gets the threads it asked for, and is read only until it passes the bound', async () => {
    const { it, counter } = source([article(3000), error, article(2000), article(5000), article(5000)]);
    const r = await readAhead(it, 2, 4000);
    expect(r.jobs).toBe(2);
    expect(r.ahead).toHaveLength(3);
    expect(counter.read).toBe(3);
    const rest: InputItem[] = [];
    for await (const item of it) rest.push(item);
    expect(rest).toHaveLength(2);
  });

  it('with no bound, two inputs are enough, and one is done in one thread', async () => {
    expect((await readAhead(source([article(10), article(10), article(10)]).it, 2, 0))).toMatchObject({ jobs: 2 });
    expect((await readAhead(source([article(10)]).it, 2, 0))).toMatchObject({ jobs: 1 });
  });
});
