// npm run bench -- --against <commit> [--runs N] [--max-slower P]: this checkout's `claims extract`
// against an earlier commit's, in the same run, on the same machine. The issues bound how much
// slower a change may make extraction ("no more than 5% slower"); a figure from another day or a
// busy machine cannot say that, so both builds run here, taking turns.
//
// The earlier commit is checked out in a temporary git worktree and built there (`npm ci`, which
// compiles through `prepare`). Each build then extracts, with --jobs 1 and --format ndjson, two
// sets, each run N times (default 3) in turn, A B A B …, the fastest of each counted:
//   corpus    the corpus articles repeated to 10 MB (what `npm run bench` times)
//   labelled  every labelled article of fixtures/ and, when ../shared is beside the checkout, the
//             real pages: copy full of the topic, where the frames, the discourse and the speaker
//             rules do most of their work
// CPU time (user + system) is compared, which a shared machine disturbs less than wall time.
// Exits 1 when this checkout is more than P% (default 5) slower on either set.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function git(args, cwd = root) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr.trim()}`);
  return r.stdout.trim();
}

/** CPU and wall seconds of one `claims extract` by the build in `checkout`. */
function extract(checkout, dir) {
  return new Promise((resolve, reject) => {
    const args = [path.join(checkout, 'bin', 'claims.js'), 'extract', dir, '--jobs', '1', '--format', 'ndjson'];
    const [cmd, argv] = TIME ? [TIME, ['-v', process.execPath, ...args]] : [process.execPath, args];
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd: checkout, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      const secs = Number(process.hrtime.bigint() - t0) / 1e9;
      // 1 is a run with a failed input (a labelled set may hold one on purpose); more is a failure
      if (code !== 0 && code !== 1) return reject(new Error(`${args.join(' ')} exited ${code}\n${err.slice(-2000)}`));
      const cpu = TIME
        ? Number(/User time \(seconds\): ([\d.]+)/.exec(err)?.[1]) + Number(/System time \(seconds\): ([\d.]+)/.exec(err)?.[1])
        : NaN;
      resolve({ secs, cpu });
    });
  });
}

/** The corpus articles repeated to about `bytes`, and the labelled articles, each in a folder of its own. */
function buildSets(dir, bytes) {
  const corpus = path.join(dir, 'corpus');
  mkdirSync(corpus);
  const sources = readdirSync(path.join(root, 'corpus')).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => readFileSync(path.join(root, 'corpus', f)));
  for (let n = 0, total = 0; total < bytes; n++) {
    const src = sources[n % sources.length];
    writeFileSync(path.join(corpus, `a${String(n).padStart(5, '0')}.txt`), src);
    total += src.length;
  }
  const labelled = path.join(dir, 'labelled');
  mkdirSync(labelled);
  const sets = readdirSync(path.join(root, 'fixtures'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^(dev|holdout\d*)$/u.test(e.name)).map((e) => path.join(root, 'fixtures', e.name, 'articles'));
  const shared = path.resolve(root, process.env.CLAIMS_SHARED ?? '../shared', 'realnews', 'articles');
  if (existsSync(shared)) sets.push(shared);
  // eight copies, so that each run is long enough to time beyond start-up
  for (const set of sets) {
    if (!existsSync(set)) continue;
    for (let copy = 0; copy < 8; copy++) cpSync(set, path.join(labelled, `${path.basename(path.dirname(set))}-${copy}`), { recursive: true });
  }
  return { corpus, labelled, realPages: existsSync(shared) };
}

export async function benchAgainst(ref, runs, maxSlower) {
  const commit = git(['rev-parse', '--verify', `${ref}^{commit}`]);
  const dir = mkdtempSync(path.join(tmpdir(), 'claims-bench-against-'));
  const old = path.join(dir, 'old');
  try {
    process.stderr.write(`building ${ref} (${commit.slice(0, 7)}) in ${old} ...\n`);
    git(['worktree', 'add', '--detach', old, commit]);
    const built = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: old, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`npm ci in ${old} failed:\n${(built.stderr || built.stdout).slice(-2000)}`);
    const sets = buildSets(dir, 10e6);
    process.stderr.write(`timing, --jobs 1, ${runs} turns each${sets.realPages ? '' : ' (no ../shared: the real pages are left out)'} ...\n`);
    const best = {};
    for (let r = 0; r < runs; r++) {
      for (const [set, folder] of [['corpus', sets.corpus], ['labelled', sets.labelled]]) {
        for (const [who, checkout] of [['before', old], ['now', root]]) {
          const t = await extract(checkout, folder);
          const key = `${set} ${who}`;
          best[key] = { cpu: Math.min(best[key]?.cpu ?? Infinity, t.cpu), secs: Math.min(best[key]?.secs ?? Infinity, t.secs) };
        }
      }
    }
    let ok = true;
    for (const set of ['corpus', 'labelled']) {
      const a = best[`${set} before`];
      const b = best[`${set} now`];
      const slower = (b.cpu / a.cpu - 1) * 100;
      console.log(`${set.padEnd(9)} ${ref}: ${a.cpu.toFixed(2)} s CPU (${a.secs.toFixed(2)} s wall); now: ${b.cpu.toFixed(2)} s CPU (${b.secs.toFixed(2)} s wall); ${slower >= 0 ? `${slower.toFixed(1)}% slower` : `${(-slower).toFixed(1)}% faster`}`);
      const pass = slower <= maxSlower;
      console.log(`${pass ? 'PASS' : 'FAIL'}  ${set}: at most ${maxSlower}% slower than ${ref}, CPU, fastest of ${runs}`);
      ok &&= pass;
    }
    return ok;
  } finally {
    spawnSync('git', ['worktree', 'remove', '--force', old], { cwd: root });
    rmSync(dir, { recursive: true, force: true });
  }
}
