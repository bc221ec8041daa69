// The development set (fixtures/dev/README.md): five articles in other outlets' styles with gold
// labels by the same guideline. Its figures must not fall back below what was measured.
import { describe, expect, it } from 'vitest';
import { claims } from './helpers.js';

describe('development set', () => {
  it('keeps speakers F1 >= 0.90, stance >= 0.82, limits F1 >= 0.95 and all furniture dropped', () => {
    const r = claims(['eval', '--gold', 'fixtures/dev/gold', 'fixtures/dev/articles', '--json']);
    expect(r.code).toBe(0);
    const { figures } = JSON.parse(r.stdout);
    expect(figures.boilerplate).toBe(1);
    expect(figures.aligned).toBeGreaterThanOrEqual(0.97);
    expect(figures.speakers.f1).toBeGreaterThanOrEqual(0.90);
    expect(figures.stance).toBeGreaterThanOrEqual(0.82);
    expect(figures.limits.f1).toBeGreaterThanOrEqual(0.95);
  });
});
