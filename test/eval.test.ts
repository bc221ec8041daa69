// claims eval: its figures equal the team's reference scorer's, and the corpus meets the targets.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { claims, ROOT } from './helpers.js';

// ../shared beside the checkout (as in CI), or CLAIMS_SHARED where it lives elsewhere (a worktree)
const SHARED = process.env.CLAIMS_SHARED ?? path.join(ROOT, '..', 'shared');
const SCORER = path.join(SHARED, 'tools', 'score-claims.mjs');

describe('claims eval', () => {
  const out = claims(['eval', '--gold', 'fixtures/gold', 'corpus', '--json']);
  const { figures } = JSON.parse(out.stdout);

  it('meets the targets of the issues on the corpus gold', () => {
    expect(out.code).toBe(0);
    expect(figures.aligned).toBeGreaterThanOrEqual(0.98);
    expect(figures.boilerplate).toBe(1);
    expect(figures.speakers.f1).toBeGreaterThanOrEqual(0.92);
    expect(figures.stance).toBeGreaterThanOrEqual(0.88);
    expect(figures.stanceMacro).toBeGreaterThanOrEqual(0.85);
    for (const s of ['support', 'limited', 'oppose', 'neutral']) expect(figures.stanceF1[s]).toBeGreaterThanOrEqual(0.8);
    expect(figures.limits.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('text output has the figures and the confusion matrix; --errors lists wrong sentences', () => {
    const t = claims(['eval', '--gold', 'fixtures/gold', 'corpus', '--errors']);
    expect(t.stdout).toMatch(/speakers {2}P +[\d.]+% +R +[\d.]+% +F1 +[\d.]+%/);
    expect(t.stdout).toContain('stance confusion (rows gold, columns predicted):');
    const wrong = figures.stance < 1 || figures.speakers.f1 < 1;
    if (wrong) expect(t.stdout).toMatch(/(stance|speakers): gold .* predicted /);
  });

  it('a missing gold directory is a usage error', () => {
    const r = claims(['eval', '--gold', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope: cannot read gold directory');
  });

  // CI has ../shared beside the clone: a missing scorer is a failure, not a skip
  it('gives the same figures as ../shared/tools/score-claims.mjs', () => {
    expect(fs.existsSync(SCORER), `${SCORER} is missing: check out ../shared beside this clone, or set CLAIMS_SHARED`).toBe(true);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claims-eval-')), 'pred.json');
    fs.writeFileSync(file, claims(['extract', 'corpus', '--format', 'json']).stdout);
    const ref = spawnSync(process.execPath, [SCORER, '--gold', 'fixtures/gold', '--pred', file, '--json'], { cwd: ROOT, encoding: 'utf8' });
    const theirs = JSON.parse(ref.stdout);
    expect(figures).toEqual(theirs.figures);
  });
});

describe('claims eval checks what it is given (issue 14.8)', () => {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'claims-eval-'));
  const GOLD = (id: string) => path.join(ROOT, 'fixtures', 'gold', `${id}.json`);
  const A = '000_8134f3d1ee52e8fc';
  const B = '001_0bb1e9a035e83043';
  const json = (r: { stdout: string }) => JSON.parse(r.stdout) as { figures: Record<string, unknown> & { sentences: number; aligned: number | null } };

  it('gold for an article not among the inputs is a warning naming the file, and is not scored', () => {
    const r = claims(['eval', '--gold', 'fixtures/gold', `corpus/${A}.txt`, '--json']);
    expect(r.code).toBe(0);
    const warnings = r.stderr.trim().split('\n');
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toBe(`claims: warning: fixtures/gold/${B}.json: gold for article "${B}", which is not among the inputs; not scored`);
    const alone = json(claims(['eval', '--gold', 'fixtures/gold', 'corpus', '--json']));
    expect(json(r).figures.aligned).toBe(1);
    expect(json(r).figures.sentences).toBeLessThan(alone.figures.sentences);
  });

  it('a renamed article: both sides are warned of, and no figure pretends to measure it', () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'gold'));
    fs.copyFileSync(GOLD(B), path.join(dir, 'gold', `${B}.json`));
    fs.copyFileSync(path.join(ROOT, 'corpus', `${B}.txt`), path.join(dir, 'renamed.txt'));
    const r = claims(['eval', '--gold', 'gold', 'renamed.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe([
      `claims: warning: gold/${B}.json: gold for article "${B}", which is not among the inputs; not scored`,
      'claims: warning: renamed.txt: no gold file for article "renamed"; not scored',
      '',
    ].join('\n'));
    expect(r.stdout).toMatch(/aligned exactly +n\/a/);
    expect(r.stdout).toMatch(/speakers {2}P +n\/a +R +n\/a +F1 +n\/a/);
    expect(r.stdout).not.toMatch(/100\.0%/);
  });

  it('a second gold file for one article is a warning naming both, and counts once', () => {
    const dir = tmp();
    fs.copyFileSync(GOLD(A), path.join(dir, `${A}.json`));
    fs.copyFileSync(GOLD(A), path.join(dir, `${A}-copy.json`));
    const once = json(claims(['eval', '--gold', 'fixtures/gold', `corpus/${A}.txt`, '--json']));
    const r = claims(['eval', '--gold', dir, `corpus/${A}.txt`, '--json']);
    expect(r.stderr).toBe(`claims: warning: ${dir}/${A}.json: a second gold file for article "${A}" (the first is ${dir}/${A}-copy.json); not scored\n`);
    expect(json(r).figures).toEqual(once.figures);
  });

  it('an empty gold directory is a warning, and every figure is n/a', () => {
    const dir = tmp();
    const r = claims(['eval', '--gold', dir, `corpus/${A}.txt`]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`claims: warning: ${dir}: no gold *.json files; nothing to score\n`);
    expect(r.stdout).not.toMatch(/\d%/);
    expect(r.stdout.match(/n\/a/g)!.length).toBeGreaterThanOrEqual(10);
    const j = json(claims(['eval', '--gold', dir, `corpus/${A}.txt`, '--json']));
    expect(j.figures).toMatchObject({ sentences: 0, aligned: null, boilerplate: null, stance: null, stanceMacro: null, speakers: { p: null, r: null, f1: null }, limits: { p: null, r: null, f1: null } });
  });

  it('a limit id in the gold that the pack does not have is an error naming the file', () => {
    const dir = tmp();
    const gold = JSON.parse(fs.readFileSync(GOLD(A), 'utf8')) as { sentences: Array<{ limits: string[] }> };
    gold.sentences[0]!.limits = ['no-such-limit'];
    fs.writeFileSync(path.join(dir, `${A}.json`), JSON.stringify(gold));
    const r = claims(['eval', '--gold', dir, `corpus/${A}.txt`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^claims eval: ${dir}/${A}\\.json: limit "no-such-limit" is not in the pack \\(its limits: [a-z-]+(, [a-z-]+)*\\)\\nsee 'claims eval --help'\\n$`));
  });
});
