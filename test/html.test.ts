// HTML pages: Readability finds the article, the furniture rules run on what it leaves, and
// start/end index the text `claims text` prints.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claims, ROOT } from './helpers.js';
import { pageArticle } from '../src/input/html.js';
import { extractArticle } from '../src/extract/article.js';
import { compileTopic } from '../src/extract/topic.js';
import { loadPack } from '../src/packs/load.js';
// @ts-expect-error: a plain script, no types
import { pageFor } from '../scripts/bench-dom.mjs';

const topic = compileTopic(loadPack());
const template = fs.readFileSync(path.join(ROOT, 'fixtures/html/news-template.html'), 'utf8');
const corpusText = (id: string) => fs.readFileSync(path.join(ROOT, 'corpus', fs.readdirSync(path.join(ROOT, 'corpus')).find((f) => f.startsWith(id))!), 'utf8');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-html-'));
const write = (name: string, data: string | Buffer) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, data);
  return file;
};
const facts = (text: string) =>
  extractArticle({ id: 'a', file: 'a', text }, topic).claims.map((c) => ({ text: c.text, kind: c.kind, speakers: c.speakers.map((s) => s.name), stance: c.stance, limits: c.limits }));

describe('a corpus article inside a news-site page', () => {
  it.each(['002', '003'])('%s gives the same claims as its plain text', (id) => {
    const text = corpusText(id);
    const page = pageArticle(pageFor(text, template) as string);
    expect(page).toBeDefined();
    expect(facts(page!.text)).toEqual(facts(text));
  });

  it('leaves out the cookie banner, navigation, share bar, related links, comments and footer', () => {
    const page = pageArticle(pageFor(corpusText('003'), template) as string)!;
    for (const furniture of ['cookies', 'Accept all', 'Politics', 'Share on Facebook', 'Copy link', 'Related stories', 'Kremlin warns of response', 'morning briefing', 'Be the first to comment', 'All rights reserved', 'dataLayer', 'Tags:']) {
      expect(page.text, furniture).not.toContain(furniture);
    }
  });

  it('fills the metadata from the meta tags', () => {
    const page = pageArticle(pageFor(corpusText('003'), template) as string)!;
    expect(page.meta).toEqual({
      url: 'https://news.example.org/world/2024/05/31/ukraine-strikes',
      title: 'Biden Greenlights Use of US Weapons in Russia Amid Ukraine War',
      outlet: 'The Daily Example',
      published: '2024-05-31T10:57:00.000Z',
      byline: 'Jane Smith',
    });
    expect(page.text.startsWith('Biden Greenlights Use of US Weapons in Russia Amid Ukraine War\n\n')).toBe(true);
  });

  it('takes the date from JSON-LD, or a <time>, when no meta tag gives it', () => {
    const ld = '<html><head><title>T</title><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"Strikes allowed","datePublished":"2024-11-17T20:00:00Z","publisher":{"name":"Wire"}}]}</script></head><body><article><p>Officials said the ban was lifted on Sunday after weeks of talks with allies.</p></article></body></html>';
    expect(pageArticle(ld)!.meta).toMatchObject({ title: 'Strikes allowed', published: '2024-11-17T20:00:00.000Z', outlet: 'Wire' });
    const time = '<html><body><article><time datetime="2024-06-01">1 June</time><p>Officials said the ban was lifted on Sunday after weeks of talks with allies.</p></article></body></html>';
    expect(pageArticle(time)!.meta.published).toBe('2024-06-01T00:00:00.000Z');
  });

  it('takes the headline from the <h1> when <title> adds the site name, and has it once', () => {
    const page = pageArticle('<html><head><title>Kremlin warns of escalation | Example News</title></head><body><nav>Home</nav><article><h1>Kremlin warns of escalation</h1><p>Kremlin spokesman Dmitry Peskov said on Monday that the decision would escalate the war, and that Moscow would respond.</p><p>He did not say how.</p></article></body></html>')!;
    expect(page.meta.title).toBe('Kremlin warns of escalation');
    expect(page.text.split('\n\n')[0]).toBe('Kremlin warns of escalation');
    expect(page.text.match(/Kremlin warns of escalation/g)).toHaveLength(1);
  });

  it('marks list items, numbered ones with their number', () => {
    const page = pageArticle('<html><body><article><p>Officials listed what changes now that the ban on strikes is lifted.</p><ol start="2"><li>Strikes on bases</li><li>Strikes on depots</li></ol><ul><li>One more thing</li></ul></article></body></html>')!;
    expect(page.text).toContain('2. Strikes on bases\n\n3. Strikes on depots\n\n- One more thing');
  });
});

describe('claims text and the offsets', () => {
  it('prints the text that every claim of a page indexes: text === extracted.slice(start, end)', () => {
    const file = write('story.html', pageFor(corpusText('003'), template) as string);
    const text = claims(['text', file]);
    expect(text.code).toBe(0);
    const extract = claims(['extract', file, '--format', 'json']);
    expect(extract.code).toBe(0);
    const records = JSON.parse(extract.stdout) as Array<{ start: number; end: number; text: string; meta: unknown }>;
    expect(records.length).toBeGreaterThan(10);
    for (const r of records) expect(text.stdout.slice(r.start, r.end)).toBe(r.text);
    expect(records.every((r) => (r.meta as { outlet: string }).outlet === 'The Daily Example')).toBe(true);
  });

  it('prints a .txt file as it is, and --format json gives each article with its metadata', () => {
    const file = path.join(ROOT, 'corpus', fs.readdirSync(path.join(ROOT, 'corpus')).find((f) => f.startsWith('003'))!);
    expect(claims(['text', file]).stdout).toBe(fs.readFileSync(file, 'utf8'));
    const [one] = JSON.parse(claims(['text', file, '--format', 'json']).stdout);
    expect(one.meta).toEqual({ url: null, title: null, outlet: null, published: null, byline: null });
  });

  it('reads a page from standard input with --input html', () => {
    const r = claims(['extract', '-', '--input', 'html', '--format', 'json'], { input: pageFor(corpusText('003'), template) as string });
    expect(r.code).toBe(0);
    const records = JSON.parse(r.stdout);
    expect(records[0]).toMatchObject({ article: 'stdin', kind: 'headline', text: 'Biden Greenlights Use of US Weapons in Russia Amid Ukraine War' });
  });
});

describe('bad pages', () => {
  it('reads broken HTML (unclosed tags, a comment that never ends) without a stack trace', () => {
    const r = claims(['extract', path.join(ROOT, 'fixtures/html/broken.html'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const texts = (JSON.parse(r.stdout) as Array<{ text: string; speakers: Array<{ name: string }> }>);
    expect(texts.map((c) => c.text)).toContain('Kremlin spokesman Dmitry Peskov said on Monday that Western permission for Ukraine to strike inside Russia would escalate the war.');
    expect(texts.some((c) => c.speakers.some((s) => /Scholz/.test(s.name)))).toBe(true);
  });

  it('calls an .html file that is really binary what it is: one line, exit 1', () => {
    const file = write('photo.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const r = claims(['extract', file]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(`claims: ${file}: binary file (NUL byte at byte 8) (E_BINARY)`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('skips a page with no text, and a truncated page still gives what it holds', () => {
    const empty = write('empty.html', '<html><head><script>var a = 1;</script></head><body><nav><a href="/">Home</a></nav></body></html>');
    const r = claims(['extract', empty, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    const half = (pageFor(corpusText('003'), template) as string).slice(0, 5000);
    expect(pageArticle(half)).toBeDefined();
  });

  it('handles text that is no HTML at all', () => {
    const page = pageArticle('Kremlin spokesman Dmitry Peskov said the decision would escalate the war.');
    expect(page?.text).toContain('Dmitry Peskov said the decision would escalate the war.');
  });
});
