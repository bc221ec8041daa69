// NDJSON rendered where an article is extracted, then renamed and filtered in the main thread,
// gives the bytes that formatting the renamed, filtered claims gives.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Claim } from '../src/schema.js';
import { extractArticle } from '../src/extract/article.js';
import { NameBook } from '../src/names.js';
import { nameKeys } from '../src/workers/job.js';
import { givenNameOf, personKey } from '../src/extract/entities.js';
import { compileTopic } from '../src/extract/topic.js';
import { loadPack } from '../src/packs/load.js';
import { filterClaims, type ClaimFilter } from '../src/report/filter.js';
import { ndjsonFormatter } from '../src/report/claims-ndjson.js';
import { eachLine, finishLines, personSlots, renamedLine, renderLines } from '../src/report/ndjson-lines.js';

const root = path.resolve(import.meta.dirname, '..');
const topic = compileTopic(loadPack());
// the development set first, then the corpus: later articles give fuller names than earlier ones
const files = ['fixtures/dev', 'corpus'].flatMap((dir) => fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(root, dir, f)));
const texts = files.map((file) => ({ id: path.parse(file).name, file, text: fs.readFileSync(file, 'utf8') }));
// and one that names people by surname only, whom the articles before it name in full
texts.push({ id: 'surnames', file: 'surnames.txt', text: 'Blinken said Ukraine should be free to strike targets inside Russia.\n\nZelensky said the limits must go, while Scholz warned against escalation.\n' });
const articles = texts.map((t) => extractArticle(t, topic).claims);

function viaClaims(filter: ClaimFilter): string {
  const names = new NameBook();
  return articles.map((claims) => {
    names.learn(claims);
    return filterClaims(names.apply(claims), filter).map((c) => ndjsonFormatter.claim(c, 0)).join('');
  }).join('');
}

function viaLines(filter: ClaimFilter): { text: string; shown: number } {
  const names = new NameBook();
  let text = '';
  let shown = 0;
  for (const claims of articles) {
    const lines = renderLines(claims, nameKeys);
    names.learnKeyed(lines.persons, lines.keys);
    const done = finishLines(lines, names, filter);
    text += done.text;
    shown += done.shown;
  }
  return { text, shown };
}

describe('NDJSON lines', () => {
  it('rename people to the fullest name seen so far, as the claims would be', () => {
    const { text } = viaLines({});
    expect(text).toBe(viaClaims({}));
    // the check means something only if some line was renamed
    const renamed = articles.flat().filter((c: Claim) => c.speakers.some((s) => s.kind === 'person'));
    expect(renamed.length).toBeGreaterThan(0);
    expect(text).not.toBe(articles.flat().map((c) => ndjsonFormatter.claim(c, 0)).join(''));
  });

  for (const filter of [{ speaker: ['Blinken'] }, { stance: ['oppose' as const] }, { limit: ['kharkiv-only'] }, { claimsOnly: true }, { kind: ['headline', 'person'] }, { minConfidence: 0.8 }]) {
    it(`filter ${JSON.stringify(filter)} keeps the lines the claims filter keeps`, () => {
      const { text, shown } = viaLines(filter);
      expect(text).toBe(viaClaims(filter));
      expect(shown).toBe(text.split('\n').length - 1);
      expect(shown).toBeGreaterThan(0);
    });
  }

  it('gives each person\'s keys, so the book that learns them needs no lexicon, and names people as learnNames does', () => {
    const all = articles.map((claims) => renderLines(claims, nameKeys));
    const keyed = new NameBook();
    const plain = new NameBook();
    for (const lines of all) {
      expect(lines.keys).toHaveLength(2 * lines.persons.length);
      lines.persons.forEach((name, k) => {
        expect(lines.keys[2 * k]).toBe(personKey(name));
        expect(lines.keys[2 * k + 1]).toBe(givenNameOf(name));
      });
      keyed.learnKeyed(lines.persons, lines.keys);
      plain.learnNames(lines.persons);
    }
    const persons = all.flatMap((l) => l.persons);
    expect(persons.length).toBeGreaterThan(40);
    expect(persons.map((n) => keyed.fullest(n))).toEqual(persons.map((n) => plain.fullest(n)));
    expect(persons.some((n) => keyed.fullest(n) !== n)).toBe(true);
  });

  it('each line is one record with its newline, and lists the people it names', () => {
    const claims = articles[articles.length - 1]!;
    const lines = [...eachLine(renderLines(claims, nameKeys))];
    expect(lines).toHaveLength(claims.length);
    for (const { line, persons } of lines) {
      expect(line.endsWith('\n')).toBe(true);
      expect(line.indexOf('\n')).toBe(line.length - 1);
      const c = JSON.parse(line) as Claim;
      expect(persons).toEqual([...c.speakers.filter((s) => s.kind === 'person').map((s) => s.name), ...(c.via?.kind === 'person' ? [c.via.name] : [])]);
    }
  });

  it('splices any new name in where each person stands, giving the bytes the renamed claim would, without parsing', () => {
    // names a JSON string must escape, and a person named like a key of the record
    const odd = ['Hans "Jo" Müller', 'A\\B', 'kind', 'person', 'Ēriks\tTab'];
    let spliced = 0;
    for (const c of articles.flat()) {
      const [{ line, persons, slots }] = [...eachLine(renderLines([c], nameKeys))];
      expect(slots).toHaveLength(persons.length);
      persons.forEach((name, k) => expect(line.startsWith(JSON.stringify(name).slice(1, -1), slots[k]!)).toBe(true));
      for (const newName of odd) {
        const rename = (n: string) => (n === persons[0] ? newName : `${n} Jr`);
        const expected = {
          ...c,
          speakers: c.speakers.map((s) => (s.kind === 'person' ? { ...s, name: rename(s.name) } : s)),
          via: c.via && c.via.kind === 'person' ? { ...c.via, name: rename(c.via.name) } : c.via,
        };
        expect(renamedLine(line, persons, slots, rename)).toBe(ndjsonFormatter.claim(expected, 0));
        if (persons.length) spliced++;
      }
    }
    expect(spliced).toBeGreaterThan(100);
  });

  it('finds a speaker whose name or words look like the record\'s keys, and a carrier after them', () => {
    const c = articles.flat().find((x) => x.speakers.some((s) => s.kind === 'person'))!;
    const tricky: Claim = {
      ...c,
      text: 'He said ,"speakers":[{"name":"X","kind":"person"} and ,"via":{"name":"Y"',
      speakers: [{ name: 'group', kind: 'group', mention: '{"name":"A","kind":"person"' }, { name: 'A', kind: 'person', mention: 'A' }, { name: 'A', kind: 'person', mention: 'A again' }],
      via: { name: '"via"', kind: 'person' },
    };
    const json = JSON.stringify(tricky);
    const slots = personSlots(json, ['A', 'A', '"via"'], true);
    const renamed = renamedLine(json, ['A', 'A', '"via"'], slots, (n) => `<${n}>`);
    expect(JSON.parse(renamed)).toEqual({ ...tricky, speakers: [tricky.speakers[0], { ...tricky.speakers[1], name: '<A>' }, { ...tricky.speakers[2], name: '<A>' }], via: { name: '<"via">', kind: 'person' } });
  });
});

describe('an article in parts, made into one result', () => {
  it('counts the sentences on the topic in every part, not only the first', async () => {
    const { runJob, jobParts } = await import('../src/workers/job.js');
    // the first part (2,000 sentences and more) off the topic, the last on it
    const offTopic = 'The council met on Tuesday to discuss the parking rules.\n\n'.repeat(2100);
    const onTopic = 'Blinken said Ukraine should be allowed to strike targets inside Russia with American weapons.\n';
    const article = { id: 'parts', file: 'parts.txt', text: offTopic + onTopic };
    const parts = [...jobParts(article, topic, 'lines')].map((p) => ('lines' in p ? p.lines.onTopic : NaN));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0]).toBe(0);
    const whole = runJob(article, topic, 'lines');
    expect('lines' in whole && whole.lines.onTopic).toBe(parts.reduce((a, b) => a + b, 0));
    expect('lines' in whole && whole.lines.onTopic).toBeGreaterThan(0);
  });

  it('joins the parts\' lines, with each person\'s place moved to where the part now stands', async () => {
    const { runJob, jobParts } = await import('../src/workers/job.js');
    const article = { id: 'parts', file: 'parts.txt', text: 'The council met on Tuesday to discuss the parking rules.\n\n'.repeat(2100) + 'Antony Blinken said Ukraine should be allowed to strike targets inside Russia.\n' };
    const parts = [...jobParts(article, topic, 'lines')].flatMap((p) => ('lines' in p ? [p.lines] : []));
    const whole = runJob(article, topic, 'lines');
    if (!('lines' in whole)) throw new Error('no lines');
    expect(whole.lines.text).toBe(parts.map((p) => p.text).join(''));
    expect(whole.lines.ends).toHaveLength(parts.reduce((n, p) => n + p.ends.length, 0));
    expect(whole.lines.ends.at(-1)).toBe(whole.lines.text.length);
    expect(whole.lines.persons).toContain('Antony Blinken');
    whole.lines.persons.forEach((name, k) => expect(whole.lines.text.startsWith(`${JSON.stringify(name).slice(1, -1)}"`, whole.lines.slots[k]!)).toBe(true));
  });
});
