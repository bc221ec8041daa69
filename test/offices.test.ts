// The office-holder table (src/extract/offices.ts, lexicon/offices.json): a reference to an office
// that the article never pairs with a name is the holder of the article's time. Passages written
// for this test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/article.js';
import { buildOffices, holderIn, intersect } from '../src/extract/offices.js';
import { OfficeFile, parseOffices } from '../src/extract/offices-schema.js';
import { compileTopic } from '../src/extract/topic.js';
import { loadPack } from '../src/packs/load.js';
import { NO_META } from '../src/schema.js';
import { claims, ROOT } from './helpers.js';

const topic = compileTopic(loadPack());
const builtIn = parseOffices('offices.json', fs.readFileSync(path.join(ROOT, 'src/extract/lexicon/offices.json'), 'utf8'));
const table = buildOffices([builtIn]);

function speakersOf(text: string, published: string | null = null): string[][] {
  const meta = { ...NO_META, published };
  return extractArticle({ id: 't', file: 't.txt', text: `${text}\n`, meta }, topic).claims.map((c) => c.speakers.map((s) => s.name));
}

describe('the built-in table', () => {
  it('has one term after another in each office, none empty', () => {
    expect(OfficeFile.safeParse(builtIn).success).toBe(true);
    for (const o of builtIn.offices) {
      for (let k = 1; k < o.holders.length; k++) expect(o.holders[k - 1]!.to, `${o.country} ${o.titles[0]}`).toBe(o.holders[k]!.from);
      expect(o.holders[o.holders.length - 1]!.to, `${o.country} ${o.titles[0]} has a holder now`).toBeNull();
    }
  });

  it('gives the holder of a day, and nobody for a span over a change', () => {
    expect(holderIn(table, 'United States', 'top diplomat', ['2024-06-01', '2024-06-02'])).toBe('Antony Blinken');
    expect(holderIn(table, 'United States', 'secretary of state', ['2025-06-01', '2025-06-02'])).toBe('Marco Rubio');
    expect(holderIn(table, 'United States', 'top diplomat', ['2024-06-01', '2025-06-02'])).toBeNull();
    expect(holderIn(table, 'United States', 'chief diplomat of the moon', ['2024-06-01', '2024-06-02'])).toBeNull();
    expect(holderIn(table, 'Atlantis', 'top diplomat', ['2024-06-01', '2024-06-02'])).toBeNull();
  });

  it('intersects spans', () => {
    expect(intersect([['2000-01-01', '2008-01-01'], ['2012-01-01', '9999-99-99']], [['2021-01-26', '2025-01-21']])).toEqual([['2021-01-26', '2025-01-21']]);
    expect(intersect([['2000-01-01', '2001-01-01']], [['2002-01-01', '2003-01-01']])).toEqual([]);
  });
});

describe('a reference the article never pairs with a name', () => {
  it('is the holder of the time of the office-holders the article names with their titles', () => {
    const earlier = 'Prime Minister Mario Draghi opened the summit in Rome.\n\nItaly\'s foreign minister said the embargo would stay.';
    const later = 'Prime Minister Giorgia Meloni opened the summit in Rome.\n\nItaly\'s foreign minister said the embargo would stay.';
    expect(speakersOf(earlier)[1]).toEqual(['Luigi Di Maio']);
    expect(speakersOf(later)[1]).toEqual(['Antonio Tajani']);
  });

  it('is the holder on the day the article was published, when its date is known', () => {
    const text = 'The British foreign secretary said the talks would resume.';
    expect(speakersOf(text, '2019-03-01T09:00:00Z')).toEqual([['Jeremy Hunt']]);
    expect(speakersOf(text, '2024-09-01T09:00:00Z')).toEqual([['David Lammy']]);
  });

  it('stays unnamed when the names the article gives held office at no common time', () => {
    const text = 'Chancellor Angela Merkel and Foreign Secretary David Lammy were both quoted.\n\nThe Italian foreign minister said the embargo would stay.';
    expect(speakersOf(text)[1]).toEqual(['minister']);
  });

  it('is the person the article names with the title and nationality, before the table', () => {
    const text = 'Italian Foreign Minister Marta Ferri arrived on Monday.\n\nThe Italian foreign minister said the embargo would stay.';
    expect(speakersOf(text)[1]).toEqual(['Marta Ferri']);
  });

  it('is, in an undated article, the holder during the pack\'s period; the table\'s own date only for a pack without one', () => {
    const text = 'The US president said the embargo would stay.\n\nThe British prime minister said the same.';
    // the default pack's debate ran from May to November 2024: one US president, two British prime ministers
    expect(loadPack().period).toEqual({ from: '2024-05-01', to: '2024-12-01' });
    expect(speakersOf(text)).toEqual([['Joe Biden'], ['minister']]);
    const undated = compileTopic({ ...loadPack(), period: undefined });
    const asOf = extractArticle({ id: 't', file: 't.txt', text: `${text}\n`, meta: NO_META }, undated).claims.map((c) => c.speakers.map((x) => x.name));
    expect(builtIn.asOf >= '2025-01-20').toBe(true);
    expect(asOf).toEqual([['Donald Trump'], ['Keir Starmer']]);
  });

  it('is not made of a former holder', () => {
    const text = 'Former Prime Minister Mario Draghi spoke at the university.\n\nItaly\'s foreign minister said the embargo would stay.';
    // (no date from Draghi: the table's own date, whose foreign minister is Tajani)
    expect(speakersOf(text)[1]).toEqual(['Antonio Tajani']);
  });
});

describe('a table of ones own (CLAIMS_OFFICES)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-offices-'));
  const article = path.join(dir, 'a.txt');
  fs.writeFileSync(article, "Spain's foreign minister said the embargo would stay.\n");

  it('adds offices, and comes before the built-in table', () => {
    const own = path.join(dir, 'own.json');
    fs.writeFileSync(own, JSON.stringify({ asOf: '2025-01-01', offices: [
      { country: 'Spain', titles: ['foreign minister'], holders: [{ name: 'Lucia Arregui', from: '2020-01-01', to: null }] },
      { country: 'Italy', titles: ['foreign minister'], holders: [{ name: 'Paola Serra', from: '2020-01-01', to: null }] },
    ] }));
    const r = claims(['extract', article, '--format', 'json', '-q'], { env: { CLAIMS_OFFICES: own } });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Array<{ speakers: Array<{ name: string }> }>)[0]!.speakers.map((s) => s.name)).toEqual(['Lucia Arregui']);
    const merged = buildOffices([parseOffices('own.json', fs.readFileSync(own, 'utf8')), builtIn]);
    expect(holderIn(merged, 'Italy', 'foreign minister', ['2024-01-01', '2024-01-02'])).toBe('Paola Serra');
    expect(holderIn(merged, 'Italy', 'top diplomat', ['2024-01-01', '2024-01-02'])).toBe('Antonio Tajani');
  });

  it('is one line naming the file and the problem when it is bad, exit 2', () => {
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ asOf: '2025-01-01', offices: [{ country: 'Spain', titles: ['foreign minister'], holders: [{ name: 'X', from: '2020-13-01x', to: null }] }] }));
    const r = claims(['extract', article], { env: { CLAIMS_OFFICES: bad } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`CLAIMS_OFFICES=${bad}: expected a day as YYYY-MM-DD (at: offices.0.holders.0.from)`);
    expect(r.stderr).not.toContain('    at ');
    const missing = claims(['extract', article], { env: { CLAIMS_OFFICES: path.join(dir, 'none.json') } });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read the office table (ENOENT)');
  });
});
