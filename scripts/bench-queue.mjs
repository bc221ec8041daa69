// npm run bench -- --queue [--mb N]: two workers through the queue (BullMQ on a redis-server
// started here, on 127.0.0.1, no persistence) against `claims extract --jobs 2` on this machine,
// over the same synthetic corpus; the collected output must be byte-identical to extract's.
// Also `npm run bench -- --startup`: one small article end to end, beside `node -e 0`.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'claims.js');
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');

function corpus(dir, bytesWanted) {
  const sources = readdirSync(path.join(root, 'corpus')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(root, 'corpus', f)));
  let bytes = 0;
  for (let n = 0; bytes < bytesWanted; n++) {
    const sub = path.join(dir, `d${String(Math.floor(n / 500)).padStart(4, '0')}`);
    if (n % 500 === 0) mkdirSync(sub, { recursive: true });
    const src = sources[n % sources.length];
    writeFileSync(path.join(sub, `a${String(n).padStart(6, '0')}.txt`), src);
    bytes += src.length;
  }
  return bytes;
}

/** node with args; resolves to wall seconds and the sha256 of stdout. */
function timed(args) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const hash = createHash('sha256');
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { hash.update(d); if (out.length < 1000) out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      const secs = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code !== 0) reject(new Error(`claims ${args.slice(1).join(' ')} exited ${code}\n${err}`));
      else resolve({ secs, sha: hash.digest('hex'), out, err });
    });
  });
}

const freePort = () => new Promise((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function benchQueue(mb, runs = 2) {
  if (spawnSync('redis-server', ['--version']).status !== 0) throw new Error('redis-server is not installed (apt-get install redis-server)');
  const dir = mkdtempSync(path.join(tmpdir(), 'claims-bench-queue-'));
  const port = await freePort();
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  const workers = [];
  try {
    const bytes = corpus(path.join(dir, 'corpus'), mb * 1e6);
    while (spawnSync('redis-cli', ['-p', String(port), 'ping']).stdout?.toString().trim() !== 'PONG') await sleep(50);
    const once = async (run) => {
      process.stderr.write(`claims extract --jobs 2 ...\n`);
      const extract = await timed([bin, 'extract', path.join(dir, 'corpus'), '--format', 'ndjson', '--jobs', '2']);
      process.stderr.write('queue: add, two workers (--concurrency 1 each), collect ...\n');
      const t0 = process.hrtime.bigint();
      const add = await timed([bin, 'queue', 'add', path.join(dir, 'corpus'), '--redis', url, '--run', run]);
      const tWork = process.hrtime.bigint();
      const started = [0, 1].map(() => spawn(process.execPath, [bin, 'worker', '--redis', url, '--concurrency', '1'], { cwd: root, stdio: 'ignore' }));
      workers.push(...started);
      // polled with redis-cli, which costs the workers next to nothing
      const cli = (...args) => spawnSync('redis-cli', ['-p', String(port), ...args]).stdout.toString().trim();
      const batches = Number(cli('hget', `claims:run:${run}`, 'batches'));
      while (Number(cli('hlen', `claims:run:${run}:done`)) < batches) await sleep(200);
      const workSecs = Number(process.hrtime.bigint() - tWork) / 1e9;
      for (const w of started) w.kill('SIGTERM');
      const collect = await timed([bin, 'queue', 'collect', '--run', run, '--redis', url, '--format', 'ndjson']);
      const total = Number(process.hrtime.bigint() - t0) / 1e9;
      await timed([bin, 'queue', 'remove', '--run', run, '--redis', url]);
      return { extract, add, workSecs, collect, total };
    };
    // taking turns, the fastest of each counted: the machine is shared
    const tries = [];
    for (let k = 0; k < runs; k++) tries.push(await once(`bench${k}`));
    const best = (f) => Math.min(...tries.map(f));
    const extract = { secs: best((t) => t.extract.secs) };
    const add = { secs: best((t) => t.add.secs) };
    const workSecs = best((t) => t.workSecs);
    const collect = { secs: best((t) => t.collect.secs) };
    const total = best((t) => t.total);
    const same = tries.every((t) => t.collect.sha === t.extract.sha);
    const rows = [
      ['claims extract --jobs 2', extract.secs, 'one process, two threads'],
      ['queue add', add.secs, 'read and enqueue'],
      ['two workers', workSecs, 'from start (incl. start-up) to the last batch done'],
      ['queue collect', collect.secs, 'ndjson in input order'],
      ['queue, end to end', total, 'add + workers + collect'],
    ];
    console.log(`queue bench: ${fmt(bytes / 1e6, 1)} MB; node ${process.version}; fastest of ${runs}; load average ${fmt(loadavg()[0])} on ${availableParallelism()} cores`);
    for (const [name, secs, note] of rows) console.log(`${name.padEnd(24)} ${fmt(secs).padStart(7)} s  ${fmt(bytes / 1e6 / secs).padStart(6)} MB/s  ${note}`);
    console.log(`workers / extract --jobs 2: ${fmt(extract.secs / workSecs)}x; end to end: ${fmt(extract.secs / total)}x`);
    console.log(`${same ? 'PASS' : 'FAIL'}  collected output byte-identical to claims extract --format ndjson`);
    return same;
  } finally {
    for (const w of workers) w.kill('SIGTERM');
    await sleep(500);
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One small article end to end (the fastest of `runs`), beside `node -e 0`; CPU seconds too, as a shared machine's wall times wander. */
export async function benchStartup(runs = 5) {
  const article = path.join(root, 'corpus', '000_8134f3d1ee52e8fc.txt');
  const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const once = (args) => {
    const t0 = process.hrtime.bigint();
    const r = TIME ? spawnSync(TIME, ['-f', 'BENCH_CPU %U %S', process.execPath, ...args], { cwd: root, encoding: 'utf8' })
      : spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    const m = /BENCH_CPU ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
    return { secs, cpu: m ? Number(m[1]) + Number(m[2]) : NaN };
  };
  const fastest = (args) => {
    const all = Array.from({ length: runs }, () => once(args));
    return { secs: Math.min(...all.map((t) => t.secs)), cpu: Math.min(...all.map((t) => t.cpu)) };
  };
  const bare = fastest(['-e', '0']);
  const one = fastest([bin, 'extract', article, '--format', 'ndjson']);
  console.log(`start-up (fastest of ${runs}; load average ${fmt(loadavg()[0])} on ${availableParallelism()} cores):`);
  console.log(`  node -e 0                                        ${fmt(bare.secs)} s wall, ${fmt(bare.cpu)} s CPU`);
  console.log(`  claims extract, one small article (${readFileSync(article).length} bytes)  ${fmt(one.secs)} s wall, ${fmt(one.cpu)} s CPU`);
  const ok = one.secs <= 0.35;
  console.log(`${ok ? 'PASS' : 'FAIL'}  one small article <= 0.35 s wall (${fmt(one.secs)} s)`);
  return ok;
}
