// lazy(): a value made once, on first use. Extract keeps no module-level mutable state: what it
// loads on first use (the lexicon) goes through lazy() and is read-only after.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lazy } from '../src/lazy.js';

describe('lazy', () => {
  it('makes its value on the first call only, and hands the same value after', () => {
    let made = 0;
    const get = lazy(() => ({ n: ++made }));
    expect(made).toBe(0);
    const first = get();
    expect(get()).toBe(first);
    expect(made).toBe(1);
  });

  it('makes a value that is undefined only once too', () => {
    let made = 0;
    const get = lazy(() => { made++; return undefined; });
    get();
    get();
    expect(made).toBe(1);
  });
});

describe('no module-level mutable state in src/extract', () => {
  it('no file declares a module-level let or var', () => {
    const dir = path.resolve(__dirname, '../src/extract');
    const found = fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/^(?:export )?(?:let|var) \w+/gm)].map((m) => `${f}: ${m[0]}`));
    expect(found).toEqual([]);
  });
});
