#!/usr/bin/env node
// npm run bench [-- --mb N] [-- --runs N]: throughput and peak memory of `claims extract` against
// compromise. npm run bench -- --archive [--archive-mb N]: a JSONL archive read in constant memory
// (see archiveBench).
//
// Builds a synthetic corpus (corpus/*.txt repeated under distinct names) of 100 MB (--mb: at
// least 20) in a temp dir, then times, each in its own child process, end to end (start-up and
// reading included):
//   claims extract <dir> --format ndjson > /dev/null   with --jobs 1 and --jobs 2, taking turns,
//                                                      --runs times each (default 2), the
//                                                      fastest of each counted: the machine is shared
//   compromise bare splitting, nlp.tokenize(text).sentences(), over the same files
//   compromise full tagging, nlp(text), over a 1 MB sample only (it is slow), extrapolated
//   one long sentence: "Biden said " repeated to 800 KB on one line, against four files of 200 KB
//                      each (issue 14: extraction stays linear in the length of a sentence)
//   on the first 2,000 files (about 11 MB), with the default jobs:
//     claims extract --format table against --format ndjson (target: at most 1.5x)
//     claims extract --pack <the worst-case pack, scripts/worst-pack.mjs> against the default pack
//     (target: at most 3x)
// Peak RSS comes from /usr/bin/time -v when present, else from process.resourceUsage() in the child.
// 100 MB by default so that one run checks all three targets (the memory target is set at 100 MB).
// Then one article of 10 MiB of short sentences (the default --max-bytes) through ndjson, json and table:
// each of ndjson, json and table must peak under 600 MB. `-- --long-only` runs that case alone.
// --output-only: only the table and pack cases, on a corpus of 2,000 files.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync, mkdirSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';

const cpus = availableParallelism();
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { worstPack } from './worst-pack.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
function numberArg(name, fallback, min) {
  const k = process.argv.indexOf(name);
  if (k < 0) return fallback;
  const n = Number(process.argv[k + 1]);
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`bench: ${name} needs a whole number of at least ${min}\n`);
    process.exit(2);
  }
  return n;
}
const outputOnly = process.argv.includes('--output-only');
const targetMb = process.argv.includes('--queue') || process.argv.includes('--against') ? 0 : outputOnly ? 12 : numberArg('--mb', 100, 20);
const runs = numberArg('--runs', 2, 1);
const SAMPLE_BYTES = 1_000_000;
const LONG_BYTES = 800_000;
const TIME = !process.env.BENCH_NO_TIME && existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function buildCorpus(dir, bytesWanted) {
  const sources = readdirSync(path.join(root, 'corpus')).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => readFileSync(path.join(root, 'corpus', f)));
  let bytes = 0;
  let n = 0;
  const files = [];
  while (bytes < bytesWanted) {
    const src = sources[n % sources.length];
    // 500 files a folder keeps directory listings small
    const sub = path.join(dir, `d${String(Math.floor(n / 500)).padStart(4, '0')}`);
    if (n % 500 === 0) mkdirSync(sub, { recursive: true });
    const file = path.join(sub, `a${String(n).padStart(6, '0')}.txt`);
    writeFileSync(file, src);
    files.push(file);
    bytes += src.length;
    n++;
  }
  return { files, bytes };
}

const RSS_PRELOAD = 'data:text/javascript,' + encodeURIComponent(
  "import fs from 'node:fs'; process.on('exit', () => fs.writeSync(2, `\\nBENCH_MAXRSS_KB ${process.resourceUsage().maxRSS}\\nBENCH_CPU_US ${process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime}\\n`));");

/** Runs node with args, stdout to /dev/null; returns wall seconds, peak RSS in MB, stderr. */
function run(nodeArgs) {
  return new Promise((resolve, reject) => {
    const devnull = openSync('/dev/null', 'w');
    const [cmd, args] = TIME
      ? [TIME, ['-v', process.execPath, ...nodeArgs]]
      : [process.execPath, ['--import', RSS_PRELOAD, ...nodeArgs]];
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', devnull, 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      const secs = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code !== 0) return reject(new Error(`${nodeArgs.join(' ')} exited ${code}\n${err}`));
      const kb = TIME ? /Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1] : /BENCH_MAXRSS_KB (\d+)/.exec(err)?.[1];
      const cpu = TIME
        ? Number(/User time \(seconds\): ([\d.]+)/.exec(err)?.[1]) + Number(/System time \(seconds\): ([\d.]+)/.exec(err)?.[1])
        : Number(/BENCH_CPU_US (\d+)/.exec(err)?.[1]) / 1e6;
      resolve({ secs, cpuSecs: cpu, rssMb: kb ? Number(kb) / 1024 : NaN, stderr: err });
    });
  });
}

function compromiseScript(mode, listFile, limit) {
  return `
import fs from 'node:fs';
import nlp from 'compromise';
const files = fs.readFileSync(${JSON.stringify(listFile)}, 'utf8').split('\\n').filter(Boolean);
let bytes = 0, n = 0;
const t0 = performance.now();
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8');
  ${mode === 'split' ? 'n += nlp.tokenize(text).sentences().length;' : 'n += nlp(text).sentences().length;'}
  bytes += Buffer.byteLength(text);
  if (bytes >= ${limit}) break;
}
process.stderr.write('BENCH_WORK ' + JSON.stringify({ bytes, secs: (performance.now() - t0) / 1000, sentences: n }) + '\\n');
`;
}

async function runCompromise(mode, listFile, limit) {
  const r = await run(['--input-type=module', '-e', compromiseScript(mode, listFile, limit)]);
  const work = JSON.parse(/BENCH_WORK (.*)/.exec(r.stderr)[1]);
  return { ...r, bytes: work.bytes, workSecs: work.secs };
}

const mbps = (bytes, secs) => bytes / 1e6 / secs;
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');

/**
 * One article at the default --max-bytes (10 MiB) of short sentences, 20 a line, in paragraphs:
 * about 950,000 sentences. Before extraction went in parts this peaked at gigabytes.
 */
function buildLongArticle(file) {
  const words = ['Yes.', 'No!', 'He said so.', 'Biden agreed.', 'Kyiv waits.', 'Why?', 'Officials said it.', 'Mr. Smith spoke.'];
  const limit = 10 * 1024 * 1024;
  const parts = [];
  let bytes = 0;
  for (let i = 0; ; i++) {
    const piece = `${words[i % words.length]}${(i + 1) % 20 === 0 ? ((i + 1) % 100 === 0 ? '\n\n' : '\n') : ' '}`;
    if (bytes + piece.length > limit) break;
    parts.push(piece);
    bytes += piece.length;
  }
  writeFileSync(file, parts.join(''));
  return bytes;
}

/** The long article through ndjson and table (which stream it part by part) and json (which keeps every claim in a temporary file until the run's names are known). */
async function longArticle(dir) {
  const file = path.join(dir, 'long.txt');
  const bytes = buildLongArticle(file);
  process.stderr.write(`long article: ${fmt(bytes / 1e6)} MB; running ...\n`);
  const rows = [];
  for (const format of ['ndjson', 'json', 'table']) {
    const r = await run([path.join(root, 'bin', 'claims.js'), 'extract', file, '--format', format]);
    const sentences = /claims: 1 articles, (\d+) sentences/.exec(r.stderr)?.[1] ?? '?';
    rows.push({ name: `claims extract long.txt --format ${format}`, bytes, secs: r.secs, cpuSecs: r.cpuSecs, rssMb: r.rssMb, mbps: mbps(bytes, r.secs), note: `one article, ${sentences} sentences` });
  }
  return rows;
}

function printRows(rows) {
  const w = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'run'.padEnd(w)}  ${'MB'.padStart(7)}  ${'secs'.padStart(7)}  ${'cpu s'.padStart(7)}  ${'MB/s'.padStart(7)}  ${'RSS MB'.padStart(7)}  note`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(w)}  ${fmt(r.bytes / 1e6).padStart(7)}  ${fmt(r.secs, 2).padStart(7)}  ${fmt(r.cpuSecs, 2).padStart(7)}  ${fmt(r.mbps, 2).padStart(7)}  ${fmt(r.rssMb, 0).padStart(7)}  ${r.note}`);
  }
}

const verdict = (ok, what) => { console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}`); return ok; };

/**
 * npm run bench -- --archive [--archive-mb N]: a generated JSONL archive of N MB (default 1024,
 * the corpus's articles with ids, addresses and dates) and one of N/8 MB, each read by
 * `claims text` (the streaming reader alone) and `claims extract --format ndjson --jobs 2`.
 * Memory must not grow with the archive: the large run's peak RSS within 1.5x of the small one's.
 */
async function archiveBench() {
  const totalMb = numberArg('--archive-mb', 1024, 8);
  const dir = mkdtempSync(path.join(tmpdir(), 'claims-archive-'));
  try {
    const sources = readdirSync(path.join(root, 'corpus')).filter((f) => f.endsWith('.txt')).sort()
      .map((f) => readFileSync(path.join(root, 'corpus', f), 'utf8'));
    const build = (file, mb) => {
      const fd = openSync(file, 'w');
      let bytes = 0;
      let chunk = '';
      for (let n = 0; bytes < mb * 1e6; n++) {
        const day = String(1 + (n % 28)).padStart(2, '0');
        const rec = JSON.stringify({ id: `a${n}`, url: `https://example.org/${n}`, outlet: 'Example', published: `2024-06-${day}T12:00:00Z`, text: sources[n % sources.length] }) + '\n';
        chunk += rec;
        bytes += Buffer.byteLength(rec);
        if (chunk.length > 1 << 20) { writeSync(fd, chunk); chunk = ''; }
      }
      writeSync(fd, chunk);
      closeSync(fd);
      return bytes;
    };
    const rows = [];
    for (const mb of [Math.max(8, Math.round(totalMb / 8)), totalMb]) {
      const file = path.join(dir, `archive-${mb}.jsonl`);
      const bytes = build(file, mb);
      for (const [name, args] of [['claims text', ['text', file]], ['claims extract --jobs 2', ['extract', file, '--format', 'ndjson', '--jobs', '2']]]) {
        const r = await run([path.join(root, 'bin', 'claims.js'), ...args]);
        rows.push({ name, mb: bytes / 1e6, secs: r.secs, rssMb: r.rssMb });
        console.log(`${name.padEnd(24)} ${fmt(bytes / 1e6, 0).padStart(6)} MB  ${fmt(r.secs, 1).padStart(7)} s  ${fmt(mbps(bytes, r.secs), 2).padStart(6)} MB/s  peak RSS ${fmt(r.rssMb, 0)} MB`);
      }
      rmSync(file, { force: true });
    }
    let ok = true;
    for (const name of ['claims text', 'claims extract --jobs 2']) {
      const [small, large] = rows.filter((r) => r.name === name);
      const grew = large.rssMb / small.rssMb;
      console.log(`${grew <= 1.5 ? 'PASS' : 'FAIL'}  ${name}: peak RSS on ${fmt(large.mb, 0)} MB within 1.5x of ${fmt(small.mb, 0)} MB (${fmt(grew, 2)}x)`);
      ok &&= grew <= 1.5;
    }
    process.exitCode = ok ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  if (!existsSync(path.join(root, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run npm run build first');
  if (process.argv.includes('--archive')) return archiveBench();
  const dir = mkdtempSync(path.join(tmpdir(), 'claims-bench-'));
  try {
    // -- --long-only: the long-article case alone
    if (process.argv.includes('--long-only')) {
      process.exitCode = (await longCase(dir)) ? 0 : 1;
      return;
    }
    process.stderr.write(`building a ${targetMb} MB corpus in ${dir} ...\n`);
    const { files, bytes } = buildCorpus(path.join(dir, 'corpus'), targetMb * 1e6);
    const listFile = path.join(dir, 'files.txt');
    writeFileSync(listFile, files.join('\n'));
    const corpusDir = path.join(dir, 'corpus');
    process.stderr.write(`${files.length} files, ${fmt(bytes / 1e6)} MB; running ...\n`);

    const verdict = (ok, what) => { console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}`); return ok; };
    let ok = await outputCases(dir, corpusDir, verdict);
    if (outputOnly) { process.exitCode = ok ? 0 : 1; return; }

    const rows = [];
    const claims = async (jobs) => {
      const r = await run([path.join(root, 'bin', 'claims.js'), 'extract', corpusDir, '--format', 'ndjson', '--jobs', String(jobs)]);
      return { name: `claims extract --jobs ${jobs}`, bytes, secs: r.secs, cpuSecs: r.cpuSecs, rssMb: r.rssMb, mbps: mbps(bytes, r.secs), note: 'end to end' };
    };
    const tries = { 1: [], 2: [] };
    for (let r = 0; r < runs; r++) for (const jobs of [1, 2]) tries[jobs].push(await claims(jobs));
    const fastest = (list) => list.reduce((a, b) => (b.secs < a.secs ? b : a));
    const spread = (list) => (list.length > 1 ? `; ${list.map((t) => fmt(t.mbps, 2)).join(', ')} MB/s over ${list.length} runs` : '');
    // RSS: the highest of every run, not only of the fastest
    const peakOf = (list) => Math.max(...list.map((t) => t.rssMb));
    const j1 = { ...fastest(tries[1]), rssMb: peakOf(tries[1]), note: `end to end${spread(tries[1])}` }; rows.push(j1);
    const j2 = { ...fastest(tries[2]), rssMb: peakOf(tries[2]), note: `end to end${spread(tries[2])}` }; rows.push(j2);
    const split = await runCompromise('split', listFile, Infinity);
    split.mbps = mbps(split.bytes, split.secs);
    rows.push({ name: 'compromise tokenize().sentences()', bytes: split.bytes, secs: split.secs, cpuSecs: split.cpuSecs, rssMb: split.rssMb, mbps: mbps(split.bytes, split.secs),
      note: `end to end; ${fmt(mbps(split.bytes, split.workSecs))} MB/s excluding start-up` });
    const tag = await runCompromise('tag', listFile, SAMPLE_BYTES);
    rows.push({ name: 'compromise nlp(text) (full tagging)', bytes: tag.bytes, secs: tag.secs, cpuSecs: tag.cpuSecs, rssMb: tag.rssMb, mbps: mbps(tag.bytes, tag.workSecs),
      note: `${fmt(tag.bytes / 1e6, 2)} MB sample, work time only; ~${fmt((bytes / tag.bytes) * tag.workSecs, 0)} s extrapolated to ${fmt(bytes / 1e6, 0)} MB` });

    // one 800 KB sentence against four of 200 KB: linear means about the same time
    const longDir = path.join(dir, 'long');
    const quarterDir = path.join(dir, 'quarters');
    mkdirSync(longDir); mkdirSync(quarterDir);
    const unit = 'Biden said ';
    writeFileSync(path.join(longDir, 'long.txt'), unit.repeat(Math.ceil(LONG_BYTES / unit.length)));
    for (let q = 0; q < 4; q++) writeFileSync(path.join(quarterDir, `q${q}.txt`), unit.repeat(Math.ceil(LONG_BYTES / 4 / unit.length)));
    const extractOnce = (d) => run([path.join(root, 'bin', 'claims.js'), 'extract', d, '--format', 'ndjson', '--jobs', '1']);
    const long = await extractOnce(longDir);
    const quarters = await extractOnce(quarterDir);
    rows.push({ name: 'one 800 KB sentence', bytes: LONG_BYTES, secs: long.secs, cpuSecs: long.cpuSecs, rssMb: long.rssMb, mbps: mbps(LONG_BYTES, long.secs), note: '"Biden said " repeated, one line, --jobs 1' });
    rows.push({ name: 'four 200 KB sentences', bytes: LONG_BYTES, secs: quarters.secs, cpuSecs: quarters.cpuSecs, rssMb: quarters.rssMb, mbps: mbps(LONG_BYTES, quarters.secs), note: 'the same text in four files, --jobs 1' });

    const load = loadavg()[0];
    if (load > cpus) console.log(`note: load average ${fmt(load, 2)} on ${cpus} cores when done; other work on this machine skews wall times`);
    console.log(`corpus: ${files.length} files, ${fmt(bytes / 1e6)} MB; node ${process.version}; peak RSS from ${TIME ? '/usr/bin/time -v' : 'process.resourceUsage()'}; claims runs: fastest of ${runs}`);
    printRows(rows);
    ok = verdict(j1.mbps >= 2.0 * split.mbps, `one job >= 2.0x compromise bare splitting (issue 15) (${fmt(j1.mbps / split.mbps, 2)}x)`) && ok;
    ok = verdict(j2.mbps >= 1.7 * j1.mbps, `two jobs >= 1.7x one job (${fmt(j2.mbps / j1.mbps, 2)}x)`) && ok;
    ok = verdict(long.cpuSecs <= 2.5 * quarters.cpuSecs, `one 800 KB sentence <= 2.5x four of 200 KB, CPU (${fmt(long.cpuSecs / quarters.cpuSecs, 2)}x)`) && ok;
    const peak = Math.max(j1.rssMb, j2.rssMb);
    if (targetMb >= 100) ok = verdict(peak < 300, `peak RSS < 300 MB on a ${fmt(bytes / 1e6, 0)} MB corpus (${fmt(peak, 0)} MB)`) && ok;
    else console.log(`SKIP  peak RSS < 300 MB on a 100 MB corpus: run without --mb (here ${fmt(peak, 0)} MB on ${fmt(bytes / 1e6, 0)} MB)`);
    ok = (await longCase(dir)) && ok;
    process.exitCode = ok ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function longCase(dir) {
  const rows = await longArticle(dir);
  printRows(rows);
  let ok = true;
  for (const r of rows) {
    const format = r.name.split(' ').pop();
    ok = verdict(r.rssMb < 600, `peak RSS < 600 MB on one article of 10 MiB of short sentences, ${format} (${fmt(r.rssMb, 0)} MB)`) && ok;
  }
  return ok;
}

/**
 * The table against NDJSON, and the worst-case pack against the default one, on the first 2,000
 * files: runs take turns, `runs` times each, and the fastest of each counts. Compared by CPU
 * seconds (all threads), which other work on a shared machine skews less than wall time.
 */
async function outputCases(dir, corpusDir, verdict) {
  const folders = readdirSync(corpusDir).sort().slice(0, 4).map((d) => path.join(corpusDir, d));
  const files = folders.reduce((n, d) => n + readdirSync(d).length, 0);
  const packFile = path.join(dir, 'worst-pack.json');
  writeFileSync(packFile, JSON.stringify(worstPack()));
  const extract = (...args) => run([path.join(root, 'bin', 'claims.js'), 'extract', ...folders, '--quiet', ...args]);
  const cases = {
    ndjson: () => extract('--format', 'ndjson'),
    table: () => extract('--format', 'table'),
    'default pack': () => extract('--format', 'ndjson', '--jobs', '1'),
    'worst-case pack': () => extract('--format', 'ndjson', '--jobs', '1', '--pack', packFile),
  };
  const best = {};
  const wall = {};
  for (let r = 0; r < runs; r++) {
    for (const [name, go] of Object.entries(cases)) {
      const t = await go();
      best[name] = Math.min(best[name] ?? Infinity, t.cpuSecs);
      wall[name] = Math.min(wall[name] ?? Infinity, t.secs);
    }
  }
  console.log(`output cases on ${files} files (fastest of ${runs}; CPU s, wall s): ${Object.keys(best).map((k) => `${k} ${fmt(best[k], 2)}, ${fmt(wall[k], 2)}`).join('; ')}`);
  let ok = verdict(best.table <= 1.5 * best.ndjson, `table <= 1.5x ndjson on ${files} files (${fmt(best.table / best.ndjson, 2)}x)`);
  ok = verdict(best['worst-case pack'] <= 3 * best['default pack'], `worst-case pack <= 3x the default pack, one job (${fmt(best['worst-case pack'] / best['default pack'], 2)}x)`) && ok;
  return ok;
}

// --against <commit>: extraction against an earlier commit's (bench-against.mjs); --queue: the queue
// against --jobs 2; --startup: start-up only; otherwise everything above, then start-up
const extra = () => import('./bench-queue.mjs');
const pass = (ok) => { if (!ok) process.exitCode = 1; };
const against = process.argv.indexOf('--against');
const chosen = against > 0 ? import('./bench-against.mjs').then((m) => m.benchAgainst(process.argv[against + 1] ?? 'HEAD', numberArg('--runs', 3, 1), numberArg('--max-slower', 5, 0))).then(pass)
  : process.argv.includes('--queue') ? extra().then((m) => m.benchQueue(numberArg('--mb', 20, 1), numberArg('--runs', 2, 1))).then(pass)
  : process.argv.includes('--startup') ? extra().then((m) => m.benchStartup()).then(pass)
  : main().then(() => extra()).then((m) => m.benchStartup()).then(pass);
chosen.catch((err) => { process.stderr.write(`bench: ${err.stack ?? err}\n`); process.exitCode = 2; });
