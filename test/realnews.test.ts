// Furniture on real pages: ../shared/realnews (24 pages as captured, 44 furniture lines). The
// texts belong to their publishers, so they are read from beside the checkout (as in CI), never
// copied here; CLAIMS_SHARED points elsewhere (a worktree). Missing, they are a failure.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claims, ROOT } from './helpers.js';

const SHARED = process.env.CLAIMS_SHARED ?? path.join(ROOT, '..', 'shared');
const REALNEWS = path.join(SHARED, 'realnews');

describe('real pages (../shared/realnews)', () => {
  it('drop at least 95% of the furniture and lose at most 1% of the prose', () => {
    expect(fs.existsSync(path.join(REALNEWS, 'gold')), `${REALNEWS} is missing: check out ../shared beside this clone, or set CLAIMS_SHARED`).toBe(true);
    const r = claims(['eval', '--gold', path.join(REALNEWS, 'gold'), path.join(REALNEWS, 'articles'), '--json']);
    expect(r.code).toBe(0);
    const { figures } = JSON.parse(r.stdout);
    expect(figures.boilerplate).toBeGreaterThanOrEqual(0.95);
    const missing = Object.values(figures.confusion as Record<string, { missing: number }>).reduce((a, row) => a + row.missing, 0);
    expect(missing).toBeLessThanOrEqual(Math.floor(0.01 * figures.sentences));
  });
});
