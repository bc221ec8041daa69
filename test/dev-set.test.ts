// The development sets: articles in other outlets' styles with gold labels by the same guideline.
// fixtures/dev was tuned on from the start; fixtures/holdout and holdout2 to holdout7 were each
// measured once as held-out sets and tuned on after (their READMEs say when). Their figures must
// not fall back below what was measured.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claims, ROOT } from './helpers.js';

// ../shared beside the checkout (as in CI), or CLAIMS_SHARED where it lives elsewhere (a worktree)
const SHARED = process.env.CLAIMS_SHARED ?? path.join(ROOT, '..', 'shared');

interface Floors { speakers: number; stance: number; limits: number; boilerplate: number }

const sets: Array<[string, Floors]> = [
  ['fixtures/dev', { speakers: 0.90, stance: 0.86, limits: 0.95, boilerplate: 1 }],
  // speakers 0.857 -> 0.850 with issue 16's third round: "the West had already made its decision"
  // in a spokesman's words now names the West too, as ANNOTATION.md §2 has a decision's owner
  // (and the real pages label "the US is taking a risk with its decision"); this set's label
  // keeps the spokesman alone
  ['fixtures/holdout', { speakers: 0.845, stance: 0.76, limits: 0.80, boilerplate: 1 }],
  ['fixtures/holdout2', { speakers: 0.89, stance: 0.77, limits: 0.80, boilerplate: 0.90 }],
  ['fixtures/holdout3', { speakers: 0.81, stance: 0.60, limits: 0.75, boilerplate: 1 }],
  ['fixtures/holdout4', { speakers: 0.75, stance: 0.72, limits: 0.85, boilerplate: 0.85 }],
  // stance 0.712 -> 0.692 with issue 16's second round: two sentences now have their speakers
  // ("X and Y ended talks without announcing whether …", "the communique … but said nothing about
  // where …"), and stance reads the permission in the unasserted question as support
  ['fixtures/holdout5', { speakers: 0.73, stance: 0.69, limits: 0.87, boilerplate: 0.90 }],
  ['fixtures/holdout6', { speakers: 0.77, stance: 0.63, limits: 0.72, boilerplate: 1 }],
  ['fixtures/holdout7', { speakers: 0.79, stance: 0.71, limits: 0.84, boilerplate: 0.80 }],
];

describe('development sets', () => {
  it.each(sets)('%s keeps its figures', (dir, floor) => {
    const r = claims(['eval', '--gold', `${dir}/gold`, `${dir}/articles`, '--json']);
    expect(r.code).toBe(0);
    const { figures } = JSON.parse(r.stdout);
    expect(figures.boilerplate).toBeGreaterThanOrEqual(floor.boilerplate);
    expect(figures.aligned).toBeGreaterThanOrEqual(0.97);
    expect(figures.speakers.f1).toBeGreaterThanOrEqual(floor.speakers);
    expect(figures.stance).toBeGreaterThanOrEqual(floor.stance);
    expect(figures.limits.f1).toBeGreaterThanOrEqual(floor.limits);
  });
});

// The real pages of ../shared/realnews (issue 16): speakers as `claims eval` scores them (86.8
// after the fourth round, 81.9 after the third, 75.5 after the second, 69.9 before it; the shared
// scorer gives 87.8, 82.9, 76.5 after the second round, 70.9 before it and 66.2 before issue 16's
// rules). The floor stays a point and a half below, room for merging other rounds.
describe('real pages', () => {
  it('../shared/realnews keeps its speakers figure', () => {
    const dir = path.join(SHARED, 'realnews');
    const r = claims(['eval', '--gold', path.join(dir, 'gold'), path.join(dir, 'articles'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).figures.speakers.f1).toBeGreaterThanOrEqual(0.85);
  });
});
