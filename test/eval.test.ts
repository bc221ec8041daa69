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
