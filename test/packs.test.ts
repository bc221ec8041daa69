// Topic packs: a broken pack is one line per problem naming the field, on stderr, exit 2 and no
// stack trace; phrases are linear by construction (bounded steps and gaps), so a hostile pack is
// rejected or runs in time linear in the sentence; `claims pack` round-trips.
// A phrase with regex metacharacters ("(strike|hit)+.*") is rejected with a line that says why.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compilePhrase, findPhrases } from '../src/text/phrase.js';
import { findLimits } from '../src/extract/limits.js';
import { stanceOf } from '../src/extract/stance.js';
import { tokenize } from '../src/text/tokens.js';
import { compileTopic } from '../src/extract/topic.js';
import { loadPack, parsePack, PackError } from '../src/packs/load.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const fixture = (name: string) => join(root, 'fixtures/packs', name);

function problemsOf(file: string): string[] {
  try {
    loadPack(file);
  } catch (err) {
    if (err instanceof PackError) return err.problems;
    throw err;
  }
  throw new Error(`${file} loaded without a problem`);
}

function claims(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/claims.js'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const BROKEN_PROBLEMS = [
  'id: lower-case letters, digits, ".", "_" or "-"',
  'proposition: Too small: expected string to have >=1 characters',
  'stance.cues[0].stance: Invalid option: expected one of "support"|"limited"|"oppose"|"neutral"',
  'stance.cues[1].weight: Too big: expected number to be <=10',
  'stance.cues[1].phrases[0]: gap "~9" must be ~1 to ~8: "refus* ~9 strikes"',
  'limits[1].terms: Invalid input: expected array, received string',
];

describe('a broken pack is one line per problem, naming the field', () => {
  it('lists every problem of the pack with its path', () => {
    expect(problemsOf(fixture('broken.json'))).toEqual(BROKEN_PROBLEMS);
  });

  it('names a missing field', () => {
    const raw = JSON.parse(readFileSync(fixture('broken.json'), 'utf8'));
    delete raw.stance.negation;
    raw.limits[0].bounds = 'only';
    let problems: string[] = [];
    try { parsePack(raw, 'x.json'); } catch (err) { problems = (err as PackError).problems; }
    expect(problems).toContain('stance.negation: Invalid input: expected object, received undefined');
    expect(problems).toContain('limits[0].bounds: Invalid input: expected array, received string');
  });

  it('names a period that is not two days in order', () => {
    const raw = JSON.parse(readFileSync(fixture('broken.json'), 'utf8'));
    const problemsWith = (period: unknown) => {
      try { parsePack({ ...raw, period }, 'x.json'); } catch (err) { return (err as PackError).problems; }
      return [];
    };
    expect(problemsWith({ from: '2024-12-01', to: '2024-05-01' })).toContain('period: the period must end after it begins');
    expect(problemsWith({ from: 'May 2024', to: '2024-12-01' })).toContain('period.from: expected a day as YYYY-MM-DD');
    expect(problemsWith({ from: '2024-05-01', to: '2024-12-01', until: 'x' }).some((p) => p.startsWith('period: ') && p.includes('until'))).toBe(true);
  });

  it('reports a file that is not JSON, or missing, in one line', () => {
    expect(problemsOf(fixture('not-json.json'))).toHaveLength(1);
    expect(problemsOf(fixture('not-json.json'))[0]).toMatch(/^not valid JSON at line \d+, column \d+: /);
    expect(problemsOf(fixture('no-such-pack.json'))).toEqual(['cannot read: no such file or directory']);
  });

  it('rejects oversized phrases: too many steps, too many or too wide gaps, a leading gap', () => {
    expect(problemsOf(fixture('hostile-long.json'))).toEqual([
      'relevance.terms[15]: more than 12 steps: "a b c d e f g h i j k l m"',
      'stance.cues[0].phrases[3]: at most two gaps in a phrase: "urg* ~2 to ~2 allow ~2 strikes"',
      'limits[0].bounds[8]: a phrase cannot start or end with a gap: "~3 only"',
      'limits[0].bounds[9]: gap "~99" must be ~1 to ~8: "only ~99 kharkiv"',
    ]);
  });

  it('rejects a regex-like phrase rather than taking it as literal words that never match', () => {
    expect(problemsOf(fixture('regex-like.json')).length).toBeGreaterThan(0);
  });
});

describe('the CLI on a broken pack', () => {
  it('extract --pack exits 2 with the problems on stderr and no stack trace', () => {
    const r = claims('extract', 'corpus', '--pack', 'fixtures/packs/broken.json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('claims: fixtures/packs/broken.json: invalid topic pack');
    expect(lines.slice(1).map((l) => l.trim())).toEqual(BROKEN_PROBLEMS);
    expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
  });

  it('pack --check exits 2 on a broken pack and 0 on a good one', () => {
    const bad = claims('pack', '--check', 'fixtures/packs/hostile-long.json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('limits[0].bounds[9]: gap "~99" must be ~1 to ~8');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const good = claims('pack', '--check', 'src/packs/ukraine-strikes.json');
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/^src\/packs\/ukraine-strikes\.json: ok \(ukraine-strikes-2024: \d+ cues, 2 limits\)\n$/);
  });
});

describe('claims pack round trip', () => {
  it('prints a pack that loads back to the same pack and passes --check', () => {
    const r = claims('pack');
    expect(r.code).toBe(0);
    expect(parsePack(JSON.parse(r.stdout), 'stdout')).toEqual(loadPack());
    const file = join(mkdtempSync(join(tmpdir(), 'claims-pack-')), 'copy.json');
    writeFileSync(file, r.stdout);
    const check = claims('pack', '--check', file);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain(': ok (ukraine-strikes-2024');
  });

  it('the second topic pack is valid too', () => {
    expect(claims('pack', '--check', 'src/packs/congestion-charge.json').code).toBe(0);
  });
});

describe('phrases are linear on long sentences', () => {
  const sentence = (n: number) => `${Array.from({ length: n }, (_, i) => ['Officials', 'said', 'strikes', 'inside', 'Russia', 'only', 'near', 'Kharkiv', 'were', 'not', 'allowed'][i % 11]).join(' ')}.`;

  it('stance and limits of the default pack on a 50,000-word sentence', () => {
    const topic = compileTopic(loadPack());
    const text = sentence(50_000);
    const tokens = tokenize(text);
    const t = performance.now();
    stanceOf(tokens, text, topic, { hasSpeaker: true, hasLimit: false, inherited: null });
    findLimits(tokens, text, topic);
    expect(performance.now() - t).toBeLessThan(5_000);
  });

  it('the worst phrase a pack may hold (12 steps, two ~8 gaps, every word matching) grows linearly', () => {
    // the largest phrase phraseProblem accepts, built to fail only at its last step
    const any = 'abcdefghijklmnopqrstuvwxyz'.split('').map((c) => `${c}*`).join('|');
    const hostile = [any, '~8', any, any, any, any, '~8', any, any, any, any, 'zzzq'].join(' ');
    // the phrase alone is well formed; what it costs a word is more than a whole pack may (bounds.ts)
    let problems: string[] = [];
    try { parsePack({ ...JSON.parse(readFileSync(join(root, 'src/packs/ukraine-strikes.json'), 'utf8')), relevance: { terms: [hostile] } }, 'h'); } catch (err) { problems = (err as PackError).problems; }
    expect(problems).toEqual([expect.stringMatching(/^\(root\): the phrases cost \d+ comparisons a word at worst, at most 8000/)]);
    const time = (n: number) => {
      const tokens = tokenize(sentence(n));
      const t = performance.now();
      expect(findPhrases(tokens, [compilePhrase(hostile)])).toEqual([]);
      return performance.now() - t;
    };
    const small = time(5_000);
    const big = time(50_000);
    expect(big).toBeLessThan(15_000);
    expect(big / small).toBeLessThan(20); // ten times the words: about ten times the time, not a hundred
  }, 30_000);
});
