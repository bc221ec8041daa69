// ClaimJson writes a claim's NDJSON line key by key, keeping what an article's claims share: it
// must give the very bytes JSON.stringify gives, and say where each person's name stands.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Claim } from '../src/schema.js';
import { extractArticle } from '../src/extract/article.js';
import { compileTopic } from '../src/extract/topic.js';
import { loadPack } from '../src/packs/load.js';
import { ClaimJson, idsJson, jsonInner } from '../src/report/claims-ndjson.js';
import { personsOf, personSlots, renderLines } from '../src/report/ndjson-lines.js';
import { nameKeys } from '../src/workers/job.js';

const root = path.resolve(import.meta.dirname, '..');
const topic = compileTopic(loadPack());
// the development set, the corpus and the holdout sets' articles
const dirs = ['fixtures/dev', 'corpus', ...fs.readdirSync(path.join(root, 'fixtures')).filter((d) => d.startsWith('holdout')).sort().map((d) => `fixtures/${d}/articles`)];
const files = dirs.flatMap((dir) => fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(root, dir, f)));
const articles = files.map((file) => extractArticle({ id: path.parse(file).name, file, text: fs.readFileSync(file, 'utf8') }, topic).claims);

/** What ClaimJson gives for each claim in turn (one writer, as renderLines uses it for an article). */
function written(claims: Claim[], writer = new ClaimJson()): Array<{ line: string | null; persons: string[]; slots: number[] }> {
  return claims.map((c) => {
    const persons: string[] = [];
    const slots: number[] = [];
    return { line: writer.line(c, 0, persons, slots), persons, slots };
  });
}

function expectPlain(claims: Claim[], writer = new ClaimJson()): void {
  const got = written(claims, writer);
  claims.forEach((c, k) => {
    const { line, persons, slots } = got[k]!;
    expect(line).toBe(JSON.stringify(c));
    expect(persons).toEqual(personsOf(c));
    expect(slots).toEqual(personSlots(JSON.stringify(c), personsOf(c), c.via?.kind === 'person'));
  });
}

describe('a claim\'s JSON written key by key', () => {
  it('gives JSON.stringify\'s bytes and personSlots\' places for every claim of the corpus, the development set and the holdout sets', () => {
    const all = articles.flat();
    expect(all.length).toBeGreaterThan(800);
    expect(all.some((c) => c.via?.kind === 'person')).toBe(true);
    expect(all.some((c) => c.speakers.filter((s) => s.kind === 'person').length > 1)).toBe(true);
    for (const claims of articles) expectPlain(claims);
    // one writer over every article: what it kept from one article must not leak into the next
    expectPlain(all);
  });

  it('escapes what JSON escapes in every string, and writes what is not a plain number as JSON does', () => {
    const c = articles.flat().find((x) => x.speakers.length > 0)!;
    const odd = '😀 \u001f\u007f Hans "Jo" Müller \\ \t\n\u0001 \u2028 \ud800 lone \udfff “quoted” 日本';
    const strange: Claim[] = [
      { ...c, text: odd, cue: odd, quote: odd, id: `${odd}#1`, article: odd, file: `${odd}.txt`, topic: odd },
      { ...c, speakers: [{ name: odd, kind: 'person', mention: odd }, { name: 'group', kind: 'group', mention: '{"name":"A","kind":"person"' }], via: { name: odd, kind: 'person' } },
      { ...c, speakers: [], via: { name: 'The Times', kind: 'outlet' }, limits: [odd, 'kharkiv-only'], rules: [odd] },
      { ...c, confidence: NaN, start: Infinity, end: -0, n: 1e21, line: 0.1 + 0.2 },
      { ...c, confidence: 0.7200000000000001, onTopic: false, cue: null, quote: null, via: null },
      { ...c, meta: { url: odd, title: 'T', outlet: null, published: '2024-05-01T00:00:00.000Z', byline: odd } },
      // the same article with another meta, then the first again: nothing kept from the claim before may stay
      { ...c, meta: { ...c.meta } },
      c,
    ];
    expectPlain(strange);
    // and each alone, from a fresh writer
    for (const s of strange) expectPlain([s]);
  });

  it('writes every UTF-16 code unit, alone and in a text, and a surrogate pair, as JSON.stringify does', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      expect(`"${jsonInner(ch)}"`).toBe(JSON.stringify(ch));
      expect(`"${jsonInner(`Biden said ${ch} again`)}"`).toBe(JSON.stringify(`Biden said ${ch} again`));
    }
    for (const s of ['😀', 'a\ud83d\ude00b', '\ude00\ud83d', '', 'plain “quoted” ’s']) expect(`"${jsonInner(s)}"`).toBe(JSON.stringify(s));
  });

  it('writes a list of ids as JSON.stringify does, the first time and again', () => {
    const lists = [[], ['stance.support.urge'], ['a', 'b"c', 'd'], ['d\\e'], ['ünï', '\u2028', 'x\ud800'], ['', ''], ['a', 'b"c', 'd']];
    for (let round = 0; round < 2; round++) for (const ids of lists) expect(idsJson(ids)).toBe(JSON.stringify(ids));
    // what is not a string is written as JSON writes it
    expect(idsJson([1, null, 'a'] as unknown as string[])).toBe('[1,null,"a"]');
  });

  it('writes a kind or a stance it does not know as JSON.stringify does', () => {
    const c = articles.flat().find((x) => x.speakers.length > 0)!;
    const odd = { ...c, kind: 'odd "kind"' as Claim['kind'], stance: 'toString' as Claim['stance'], speakers: [{ ...c.speakers[0]!, kind: '__proto__' as 'person' }] };
    expectPlain([odd, { ...odd, quote: null, cue: null }, { ...odd, quote: 'words "quoted"', cue: 'said' }, { ...odd, via: { name: 'V', kind: 'x' as 'person' } }]);
    // and a record of another schema version
    expectPlain([{ ...c, schemaVersion: 3 as 2 }]);
  });

  it('leaves a claim with findings to JSON.stringify, and renderLines then still gives its bytes and places', () => {
    const c = articles.flat().find((x) => x.speakers.some((s) => s.kind === 'person'))!;
    const explained = { ...c, findings: [] } as Claim;
    expect(written([explained])[0]!.line).toBeNull();
    const lines = renderLines([c, explained, c], nameKeys);
    const plain = `${JSON.stringify(c)}\n${JSON.stringify(explained)}\n${JSON.stringify(c)}\n`;
    expect(lines.text).toBe(plain);
    expect(lines.persons).toEqual([...personsOf(c), ...personsOf(explained), ...personsOf(c)]);
    lines.persons.forEach((name, k) => expect(plain.startsWith(`${JSON.stringify(name).slice(1, -1)}"`, lines.slots[k]!)).toBe(true));
  });
});
