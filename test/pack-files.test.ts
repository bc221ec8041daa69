// Packs as files from strangers: a bounded read that refuses FIFOs and devices, UTF-8 only (a BOM
// is fine), JSON errors with line and column, strict keys, duplicate ids, regex-like words, a
// cost bound per word; built-in packs by name, `pack --list` and `pack new`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack, PackError, parsePack } from '../src/packs/load.js';
import { PACK_BOUNDS, packPhrases, phraseCost } from '../src/packs/bounds.js';
import { claims, ROOT } from './helpers.js';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'claims-packs-'));
const defaultPack = () => JSON.parse(fs.readFileSync(path.join(ROOT, 'src/packs/ukraine-strikes.json'), 'utf8'));

function problemsOf(load: () => unknown): string[] {
  try { load(); } catch (err) { if (err instanceof PackError) return err.problems; throw err; }
  throw new Error('loaded without a problem');
}

describe('reading a pack', () => {
  it('refuses a device, a FIFO and a directory in one line, without reading or waiting', () => {
    const dir = tmp();
    const fifo = path.join(dir, 'pack.fifo');
    spawnSync('mkfifo', [fifo]);
    for (const [file, cause] of [['/dev/zero', 'not a regular file (a device)'], [fifo, 'not a regular file (a pipe)'], [dir, 'is a directory']] as const) {
      const r = claims(['pack', '--check', file]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`claims: ${file}: invalid topic pack: cannot read: ${cause}\n`);
    }
  });

  it('refuses a file over 1 MB', () => {
    const file = path.join(tmp(), 'big.json');
    fs.writeFileSync(file, `${JSON.stringify(defaultPack())}${' '.repeat(1024 * 1024)}`);
    expect(problemsOf(() => loadPack(file))).toEqual([expect.stringMatching(/^too large: \d+ bytes \(a pack may have at most 1048576\)$/u)]);
  });

  it('accepts a UTF-8 BOM; UTF-16 and Latin-1 are one clean line', () => {
    const dir = tmp();
    const text = fs.readFileSync(path.join(ROOT, 'src/packs/congestion-charge.json'), 'utf8');
    fs.writeFileSync(path.join(dir, 'bom.json'), `\ufeff${text}`);
    expect(loadPack(path.join(dir, 'bom.json'))).toEqual(loadPack(path.join(ROOT, 'src/packs/congestion-charge.json')));
    fs.writeFileSync(path.join(dir, 'u16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    fs.writeFileSync(path.join(dir, 'u16-nobom.json'), Buffer.from(text, 'utf16le'));
    fs.writeFileSync(path.join(dir, 'latin1.json'), Buffer.from(text.replace('centre', 'centré'), 'latin1'));
    for (const [name, says] of [['u16.json', /UTF-16/u], ['u16-nobom.json', /NUL bytes/u], ['latin1.json', /not valid UTF-8 \(byte \d+; Latin-1/u]] as const) {
      const r = claims(['pack', '--check', path.join(dir, name)]);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')).toHaveLength(2);
      expect(r.stderr).toMatch(says);
      expect(r.stderr).not.toMatch(/[\u0000\ufffd]/u);
    }
  });

  it('says errno codes in words', () => {
    expect(problemsOf(() => loadPack(path.join(tmp(), 'none.json')))).toEqual(['cannot read: no such file or directory']);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file is "permission denied"', () => {
    const file = path.join(tmp(), 'locked.json');
    fs.writeFileSync(file, '{}');
    fs.chmodSync(file, 0);
    expect(problemsOf(() => loadPack(file))).toEqual(['cannot read: permission denied']);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const file = path.join(tmp(), 'syntax.json');
    fs.writeFileSync(file, '{\n  "schemaVersion": 1,\n  "id" "x"\n}\n');
    expect(problemsOf(() => loadPack(file))).toEqual([expect.stringMatching(/^not valid JSON at line 3, column 8: /u)]);
  });
});

describe('pack --check', () => {
  it('names unknown keys, and takes `//` keys as comments', () => {
    const pack = defaultPack();
    pack.colour = 'red';
    pack.stance.cues[0].wieght = 2;
    pack['//'] = 'a comment';
    expect(problemsOf(() => parsePack(pack, 'x')).sort()).toEqual(['(root): Unrecognized key: "colour"', 'stance.cues[0]: Unrecognized key: "wieght"']);
  });

  it('rejects duplicate cue and limit ids', () => {
    const pack = defaultPack();
    pack.stance.cues.push({ ...pack.stance.cues[0] });
    pack.limits.push({ ...pack.limits[1] });
    const n = pack.stance.cues.length - 1;
    expect(problemsOf(() => parsePack(pack, 'x'))).toEqual([
      `stance.cues[${n}].id: duplicate id "${pack.stance.cues[0].id}" (also stance.cues[0])`,
      `limits[2].id: duplicate id "${pack.limits[1].id}" (also limits[1])`,
    ]);
  });

  it('rejects words with no letter or digit, such as `.*`', () => {
    for (const phrase of ['.*', 'strikes .* russia', 'hit|.*', '...']) {
      const pack = defaultPack();
      pack.relevance.terms = [phrase];
      expect(problemsOf(() => parsePack(pack, 'x'))).toEqual([`relevance.terms[0]: a word needs a letter or a digit (patterns are phrases, not regular expressions): "${phrase}"`]);
    }
    const plus = defaultPack();
    plus.relevance.terms = ['hit|.+'];
    expect(problemsOf(() => parsePack(plus, 'x'))).toEqual([expect.stringContaining('(patterns are phrases, not regular expressions)')]);
    const ok = defaultPack();
    ok.relevance.terms = ['U.S. officials', 'kyiv’s', 'f-16*'];
    expect(parsePack(ok, 'x').relevance.terms).toEqual(ok.relevance.terms);
  });

  it('bounds the cost per word: cues, limits, phrases and the sum of their comparisons', () => {
    expect(phraseCost('a|b ~2 c')).toBe(9);
    const any = 'abcdefghijklmnopqrstuvwxyz'.split('').map((c) => `${c}*`).join('|');
    const pack = defaultPack();
    const spare = PACK_BOUNDS.cost - packPhrases(parsePack(defaultPack(), 'x')).reduce((a, p) => a + phraseCost(p), 0);
    pack.relevance.terms.push(...Array.from({ length: Math.ceil((spare + 1) / 27) }, () => `${any} zzzq`));
    expect(problemsOf(() => parsePack(pack, 'x'))).toEqual([expect.stringMatching(/^\(root\): the phrases cost \d+ comparisons a word at worst, at most 8000 /u)]);
    const many = defaultPack();
    many.stance.cues = Array.from({ length: PACK_BOUNDS.cues + 1 }, (_, k) => ({ ...defaultPack().stance.cues[0], id: `c${k}`, phrases: ['backs'] }));
    expect(problemsOf(() => parsePack(many, 'x'))).toContain(`stance.cues: ${PACK_BOUNDS.cues + 1} cues, at most ${PACK_BOUNDS.cues}`);
  });

  it("the bench's worst-case pack is a valid pack that spends the whole budget", async () => {
    // @ts-expect-error: a plain .mjs script
    const { worstPack } = await import('../scripts/worst-pack.mjs');
    const pack = parsePack(worstPack(), 'worst');
    const cost = packPhrases(pack).reduce((a, p) => a + phraseCost(p), 0);
    expect(cost).toBeLessThanOrEqual(PACK_BOUNDS.cost);
    expect(cost).toBeGreaterThan(PACK_BOUNDS.cost - 27);
  });

  it('passes every built-in pack', () => {
    for (const name of ['ukraine-strikes', 'congestion-charge']) expect(claims(['pack', '--check', name]).code).toBe(0);
  });
});

describe('built-in packs and new ones', () => {
  it('--pack takes a built-in name; an unknown one lists the names', () => {
    const byName = claims(['extract', 'fixtures/congestion', '--pack', 'congestion-charge', '--format', 'json', '-q']);
    const byFile = claims(['extract', 'fixtures/congestion', '--pack', 'src/packs/congestion-charge.json', '--format', 'json', '-q']);
    expect(byName.code).toBe(0);
    expect(byName.stdout).toBe(byFile.stdout);
    const bad = claims(['extract', 'corpus', '--pack', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('claims: nope: invalid topic pack: no such file, and no built-in pack of that name (built-in packs: congestion-charge, ukraine-strikes)\n');
  });

  it('pack --list names the built-in packs and marks the default', () => {
    const r = claims(['pack', '--list']);
    expect(r.stdout.split('\n').filter(Boolean).map((l) => l.split(' ')[0])).toEqual(['congestion-charge', 'ukraine-strikes']);
    expect(r.stdout).toMatch(/^ukraine-strikes .*\[default\]$/mu);
    expect(claims(['pack', 'congestion-charge']).stdout).toBe(fs.readFileSync(path.join(ROOT, 'src/packs/congestion-charge.json'), 'utf8'));
  });

  it('pack new writes a small pack that passes --check, explains each field, and never overwrites', () => {
    const dir = tmp();
    const r = claims(['pack', 'new', 'school-phones'], { cwd: dir });
    expect(r.code).toBe(0);
    const file = path.join(dir, 'school-phones.json');
    const text = fs.readFileSync(file, 'utf8');
    expect(text.split('\n').length).toBeLessThan(120);
    expect(claims(['pack', '--check', file]).code).toBe(0);
    const raw = JSON.parse(text);
    // every field the pack sets has a `//` note beside it or in its parent
    for (const key of ['id', 'label', 'proposition']) expect(raw).toHaveProperty(`//${key}`);
    for (const key of ['terms', 'anaphora']) expect(raw.relevance).toHaveProperty(`//${key}`);
    expect(raw.stance.negation).toHaveProperty('//flip');
    expect(raw.stance.restriction).toHaveProperty('//near');
    expect(raw.stance.cues.some((c: Record<string, unknown>) => '//relevant' in c && '//speakerless' in c)).toBe(true);
    const again = claims(['pack', 'new', 'school-phones'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect(claims(['pack', 'new', 'Bad Id'], { cwd: dir }).code).toBe(2);
  });
});
