// The launcher (bin/claims.js) sets two V8 settings before any of our code compiles, for speed
// (README, "Speed"). They may change how the code is compiled, never what it does: the same run
// without them, through the same CLI entry, must print the same bytes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claims, ROOT } from './helpers.js';

/** `claims …` through dist/cli.js directly, by a launcher of its own, in a Node with V8's default settings. */
function claimsWithoutSettings(args: string[]): { status: number | null; stdout: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-launcher-'));
  try {
    const script = path.join(dir, 'plain.mjs');
    fs.writeFileSync(script, `import { main } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/cli.js')).href)};
import { processIo } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/io.js')).href)};
process.exitCode = await main(process.argv, processIo());
`);
    const r = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
    return { status: r.status, stdout: r.stdout };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the launcher', () => {
  it('prints the same bytes as a run with V8\'s defaults (corpus and a fixture set, --explain)', () => {
    for (const dir of ['corpus', 'fixtures/dev/articles']) {
      const args = ['extract', dir, '--format', 'ndjson', '--explain', '-q'];
      const withSettings = claims(args);
      const without = claimsWithoutSettings(args);
      expect(without.status).toBe(0);
      expect(withSettings.code).toBe(0);
      expect(withSettings.stdout.length).toBeGreaterThan(1000);
      expect(withSettings.stdout).toBe(without.stdout);
    }
  });
});
