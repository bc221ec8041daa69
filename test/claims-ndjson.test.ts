// Reduce anywhere: matrix and diff read claims NDJSON (a file or stdin) and give what they give
// when they extract the articles themselves.
import { beforeAll, describe, expect, it } from 'vitest';
import { claims } from './helpers.js';

let ndjson = '';
beforeAll(() => {
  const r = claims(['extract', 'corpus', 'fixtures/holdout', '--format', 'ndjson']);
  expect(r.code).toBe(0);
  ndjson = r.stdout;
});

describe('claims matrix --claims', () => {
  for (const format of ['table', 'json', 'csv']) {
    it(`gives what matrix over the articles gives (${format})`, () => {
      const direct = claims(['matrix', 'corpus', 'fixtures/holdout', '--format', format]);
      const fromStdin = claims(['matrix', '--claims', '-', '--format', format], { input: ndjson });
      expect(fromStdin.code).toBe(0);
      expect(fromStdin.stdout).toBe(direct.stdout);
    });
  }

  it('reports the error records of the file and exits 1, as matrix over the articles does', () => {
    const error = { type: 'error', schemaVersion: 1, code: 'E_ENCODING', file: 'x/latin1.txt', message: 'not valid UTF-8 at byte 3' };
    const r = claims(['matrix', '--claims', '-', '--format', 'json'], { input: `${ndjson}${JSON.stringify(error)}\n` });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('claims: x/latin1.txt: not valid UTF-8 at byte 3 (E_ENCODING)\n');
  });

  it('a line that is not a claim record is one line naming it, counted as a failed input (exit 1)', () => {
    const lines = ndjson.split('\n');
    lines.splice(3, 0, '{"schemaVersion":1,"id":"x"}');
    const r = claims(['matrix', '--claims', '-', '--format', 'json'], { input: lines.join('\n') });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^claims: -:4: not a claim record: .+ \(at: \w+\)\n$/);
    expect(r.stdout).toBe(claims(['matrix', '--claims', '-', '--format', 'json'], { input: ndjson }).stdout);
    expect(claims(['matrix', '--claims', '-'], { input: 'not json\n' }).stderr).toBe('claims: -:1: not JSON\n');
  });

  it('a file that cannot be read, or both articles and --claims, is a usage error (exit 2)', () => {
    const missing = claims(['matrix', '--claims', 'no/such.ndjson']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("claims matrix: --claims no/such.ndjson: no such file\nsee 'claims matrix --help'\n");
    expect(claims(['matrix', 'corpus', '--claims', '-']).code).toBe(2);
    expect(claims(['matrix']).stderr).toBe("claims matrix: give article paths, or --claims FILE\nsee 'claims matrix --help'\n");
  });
});

describe('claims diff --claims', () => {
  for (const format of ['table', 'json', 'ndjson']) {
    it(`gives what diff over the two articles gives (${format})`, () => {
      const direct = claims(['diff', '--corpus', 'corpus', '001', '003', '--format', format, '--all']);
      const fromFile = claims(['diff', '--claims', '-', '001', 'corpus/003_85b5e2748be9e748.txt', '--format', format, '--all'], { input: ndjson });
      expect(fromFile.code).toBe(direct.code);
      expect(fromFile.stdout).toBe(direct.stdout);
    });
  }

  it('an article the file does not have, or a prefix several have, is a usage error', () => {
    expect(claims(['diff', '--claims', '-', '001', 'nope'], { input: ndjson }).stderr).toBe(`claims diff: no article "nope" in --claims standard input\nsee 'claims diff --help'\n`);
    const r = claims(['diff', '--claims', '-', '00', '001'], { input: ndjson });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^claims diff: "00" names 5 articles in --claims standard input: corpus\/000_/);
  });
});
