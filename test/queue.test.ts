// claims queue / claims worker against a real redis-server, started here on 127.0.0.1 on a free
// port without persistence. Two workers share a run, one is killed with SIGKILL in the middle of
// a batch, and the collected output must be byte-identical to `claims extract` on one machine.
// In CI (CI=true) a missing redis-server is a failure, not a skip: .ci/run installs it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, execFileSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Redis } from 'ioredis';
import { processBatch, type Extractor } from '../src/queue/work.js';
import { keys, pack, unpack, type QueueItem, type ResultItem } from '../src/queue/run.js';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'claims.js');
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedis && process.env.CI) throw new Error('redis-server is not installed: .ci/run installs it (apt-get install redis-server)');

let server: ChildProcess | undefined;
let url = '';
let redis: Redis;
let tmp = '';
const workers: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const ping = (port: number) => spawnSync('redis-cli', ['-p', String(port), 'ping']).stdout?.toString().trim() === 'PONG';

function claims(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'buffer', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

interface Started { proc: ChildProcess; stderr: () => string; exited: Promise<number | null> }

function startWorker(args: string[] = []): Started {
  const proc = spawn(process.execPath, [bin, 'worker', '--redis', url, '--concurrency', '1', '--stalled-seconds', '2', ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  proc.stderr!.on('data', (d: Buffer) => { err += d.toString('utf8'); });
  workers.push(proc);
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return { proc, stderr: () => err, exited };
}

async function until(what: string, test: () => Promise<boolean> | boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function runFinished(run: string): Promise<boolean> {
  const k = keys(run);
  const [added, batches] = await redis.hmget(k.run, 'added', 'batches');
  return added === '1' && (await redis.hlen(k.done)) + (await redis.hlen(k.failed)) >= Number(batches);
}

beforeAll(async () => {
  if (!hasRedis) return;
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: root, stdio: 'pipe' });
  const port = await freePort();
  server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  url = `redis://127.0.0.1:${port}`;
  await until('redis-server answers', () => ping(port), 20_000);
  redis = new Redis(url, { maxRetriesPerRequest: 1 });
  // The corpus and the fixture sets, with inputs that are not articles among them: a binary file
  // (skipped), an empty one and one that is not UTF-8 (error records in their place).
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-queue-'));
  fs.writeFileSync(path.join(tmp, 'a-binary.txt'), Buffer.from([0x41, 0, 0x42]));
  fs.writeFileSync(path.join(tmp, 'b-empty.txt'), '  \n');
  fs.writeFileSync(path.join(tmp, 'c-latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e]));
}, 120_000);

// a test that fails half-way must not leave a worker to take the next test's batches
afterEach(() => {
  for (const w of workers.splice(0)) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
});

afterAll(async () => {
  for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
  redis?.disconnect();
  server?.kill('SIGTERM');
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const INPUTS = ['corpus', 'fixtures', 'TMP', 'corpus', 'fixtures'];
const inputs = () => INPUTS.map((p) => (p === 'TMP' ? tmp : p));

describe.skipIf(!hasRedis)('claims queue and claims worker', () => {
  it('two workers, one killed with SIGKILL in the middle of a batch: nothing lost, output byte-identical to one machine', async () => {
    const one = claims(['extract', ...inputs(), '--format', 'ndjson', '--jobs', '1']);
    expect(one.code).toBe(1); // the file that is not UTF-8
    const add = claims(['queue', 'add', ...inputs(), '--redis', url, '--run', 'kill', '--batch', '2']);
    expect(add.stderr).toMatch(/run kill: \d+ articles in \d+ batches/);
    expect(add.code).toBe(0);
    expect(add.stdout.toString()).toBe('kill\n');

    const a = startWorker();
    const b = startWorker();
    // both workers hold a batch (each takes one at a time), some batches are done and more are
    // waiting, so the killed worker holds one whichever moment the signal lands: kill one
    await until('both workers hold a batch', async () => (await redis.llen('claims:extract:active')) === 2
      && (await redis.hlen(keys('kill').done)) > 0 && (await redis.llen('claims:extract:wait')) >= 2);
    a.proc.kill('SIGKILL');
    await a.exited;
    await until('the run is finished', () => runFinished('kill'), 120_000);
    // The killed worker may have stored its batch's results just before the signal, and the run
    // counts stored results: its lock still runs out and the other worker takes the batch over
    // (storing the same results again), at its next stalled-job check (--stalled-seconds 2).
    await until('the other worker took over the killed one\'s batch', () => /batch kill-\d+ stalled/.test(b.stderr()), 30_000);

    const ndjson = claims(['queue', 'collect', '--run', 'kill', '--redis', url, '--format', 'ndjson']);
    expect(ndjson.code).toBe(one.code);
    expect(ndjson.stdout.length).toBeGreaterThan(100_000);
    expect(Buffer.compare(ndjson.stdout, one.stdout)).toBe(0);
    expect(ndjson.stderr).toBe(one.stderr);

    const jsonOne = claims(['extract', ...inputs(), '--format', 'json']);
    const json = claims(['queue', 'collect', '--run', 'kill', '--redis', url, '--format', 'json']);
    expect(Buffer.compare(json.stdout, jsonOne.stdout)).toBe(0);

    const status = JSON.parse(claims(['queue', 'status', '--run', 'kill', '--redis', url, '--format', 'json']).stdout.toString()) as Record<string, number>;
    const articles = one.stderr.match(/claims: (\d+) articles/)![1];
    expect(status).toMatchObject({ articles: Number(articles), done: Number(articles), failed: 0, waiting: 0 });

    b.proc.kill('SIGTERM');
    expect(await b.exited).toBe(0);
  }, 180_000);

  it('collect on an unfinished run says which batches are missing and exits 1', () => {
    const add = claims(['queue', 'add', 'corpus', '--redis', url, '--run', 'unfinished', '--batch', '2']);
    expect(add.code).toBe(0);
    const r = claims(['queue', 'collect', '--run', 'unfinished', '--redis', url]);
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBe(0);
    expect(r.stderr).toMatch(/run unfinished is not finished: 3 of 3 batches have no results yet/);
    expect(r.stderr).toContain('corpus/000_8134f3d1ee52e8fc.txt');
    const status = claims(['queue', 'status', '--run', 'unfinished', '--redis', url]);
    expect(status.stdout.toString()).toMatch(/done +0\nfailed +0\nwaiting +5\n/);
  });

  it('a run added twice, or a run that does not exist, is a usage error', () => {
    const again = claims(['queue', 'add', 'corpus', '--redis', url, '--run', 'unfinished']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^claims queue add: run unfinished was already added.*\nsee 'claims queue add --help'\n$/);
    const none = claims(['queue', 'collect', '--run', 'nosuchrun', '--redis', url]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(`claims queue collect: no run "nosuchrun" in this Redis; see 'claims queue add --help'\nsee 'claims queue collect --help'\n`);
    expect(claims(['queue', 'status', '--run', 'bad id!', '--redis', url]).code).toBe(2);
  });

  it('a wrong Redis URL is one line and exit 3, for every command', async () => {
    const port = await freePort(); // nothing listens there
    const wrong = `redis://127.0.0.1:${port}`;
    for (const args of [['queue', 'add', 'corpus'], ['queue', 'status', '--run', 'x'], ['queue', 'collect', '--run', 'x'], ['worker']]) {
      const r = claims([...args, '--redis', wrong]);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr).toBe(`claims: cannot reach Redis at ${wrong}: connection refused\n`);
    }
    expect(claims(['queue', 'status', '--run', 'x', '--redis', 'http://x']).stderr).toMatch(/^claims: cannot reach Redis at http:\/\/x: not a redis:\/\/ URL/);
  });

  it('a worker whose connections are cut says so in one line, reconnects, and the run completes', async () => {
    const add = claims(['queue', 'add', 'corpus', 'fixtures', '--redis', url, '--run', 'cut', '--batch', '2']);
    expect(add.code).toBe(0);
    const w = startWorker();
    await until('a batch is done', async () => (await redis.hlen(keys('cut').done)) > 0);
    // every client but this one loses its connection, as when Redis restarts or the network drops
    await redis.client('KILL', 'TYPE', 'normal', 'SKIPME', 'yes');
    await until('the run is finished', () => runFinished('cut'), 120_000);
    const one = claims(['extract', 'corpus', 'fixtures', '--format', 'ndjson']);
    const got = claims(['queue', 'collect', '--run', 'cut', '--redis', url]);
    expect(Buffer.compare(got.stdout, one.stdout)).toBe(0);
    w.proc.kill('SIGTERM');
    expect(await w.exited).toBe(0);
    const said = w.stderr().split('\n');
    expect(said.filter((l) => /^claims: worker: lost Redis at redis:\/\/127\.0\.0\.1:\d+ \(.+\); waiting up to 600 s for it to return$/.test(l))).toHaveLength(1);
    expect(said.filter((l) => /^claims: worker: Redis is back/.test(l))).toHaveLength(1);
  }, 180_000);

  it('a worker gives up with exit 3 when Redis stays away longer than --wait', async () => {
    const port = await freePort();
    const other = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const otherUrl = `redis://127.0.0.1:${port}`;
    await until('the second redis-server answers', () => ping(port), 20_000);
    const proc = spawn(process.execPath, [bin, 'worker', '--redis', otherUrl, '--wait', '2'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    workers.push(proc);
    let err = '';
    proc.stderr!.on('data', (d: Buffer) => { err += d.toString('utf8'); });
    const exited = new Promise<number | null>((resolve) => proc.once('exit', resolve));
    await until('the worker waits for batches', () => /waiting for batches/.test(err));
    other.kill('SIGTERM');
    expect(await exited).toBe(3);
    const lines = err.trim().split('\n');
    expect(lines[1]).toMatch(/^claims: worker: lost Redis at redis:\/\/127\.0\.0\.1:\d+ \(.+\); waiting up to 2 s for it to return$/);
    expect(lines[2]).toMatch(/^claims: cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+: away for more than 2 s/);
    expect(lines).toHaveLength(3);
  }, 60_000);
});

describe.skipIf(!hasRedis)('a batch in a worker', () => {
  const article = (file: string): QueueItem => ({ kind: 'article', id: file, file, text: `Text of ${file}.`, bytes: 10 });
  const fine: Extractor = { lines: async (a) => ({ lines: [`${a.file}\n`], persons: [[]] }), close: async () => {} };

  async function batch(run: string, items: QueueItem[], extractor: Extractor): Promise<ResultItem[]> {
    const k = keys(run);
    await redis.hset(k.run, { pack: '{}', created: '1' });
    await redis.hset(k.input, '0', pack(items));
    await processBatch(redis, { run, index: 0 }, { get: async () => extractor });
    return unpack<ResultItem[]>((await redis.hgetBuffer(k.output, '0'))!);
  }

  it('an article that stopped its workers three times becomes an error record; the others are extracted', async () => {
    await redis.hset(keys('tries').tries, '0:1', '3'); // three workers died on it
    const out = await batch('tries', [article('a.txt'), article('b.txt'), article('c.txt')], fine);
    expect(out.map((r) => r.kind)).toEqual(['lines', 'error', 'lines']);
    expect(out[1]).toMatchObject({ error: { code: 'E_EXTRACT', file: 'b.txt', message: 'gave up after 3 attempts: the workers stopped while extracting it' } });
    expect(await redis.hexists(keys('tries').input, '0')).toBe(0);
    expect(await redis.hget(keys('tries').done, '0')).toBe('3 30 1');
  });

  it('an article whose extraction throws is an error record at once, not a retry', async () => {
    const throwsOnB: Extractor = { lines: async (a) => { if (a.file === 'b.txt') throw new Error('boom\nstack'); return fine.lines(a); }, close: async () => {} };
    const out = await batch('throws', [article('a.txt'), article('b.txt')], throwsOnB);
    expect(out[1]).toMatchObject({ kind: 'error', error: { code: 'E_EXTRACT', file: 'b.txt', message: 'could not extract: boom' } });
  });

  it('a batch already done is not done again (a worker whose word to BullMQ was lost)', async () => {
    await batch('twice', [article('a.txt')], fine);
    let calls = 0;
    const counting: Extractor = { lines: async (a) => { calls++; return fine.lines(a); }, close: async () => {} };
    await processBatch(redis, { run: 'twice', index: 0 }, { get: async () => counting });
    expect(calls).toBe(0);
  });
});
