// The report in a real browser: Debian's chromium, headless, driven by playwright-core. The page is
// opened from disk with no network; its cells are checked against the data, a click must show the
// sentences behind a cell, and hostile article text must stay text. A screenshot is left in
// test-artifacts/ (git-ignored). Without chromium the tests are skipped, except in CI (CI=true),
// where .ci/run installs it and its absence is a failure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { claims, ROOT } from './helpers.js';
import { dataOf } from './report-data.js';
import type { ReportData } from '../src/report/html/model.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = fs.existsSync(CHROMIUM);
const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
const ARTIFACTS = path.join(ROOT, 'test-artifacts');

it.runIf(IN_CI)('chromium is installed (CI runs the browser tests; .ci/run installs it)', () => {
  expect(HAVE_CHROMIUM, `${CHROMIUM} is missing`).toBe(true);
});

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claims-browser-'));

async function launch(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(fs.mkdtempSync(path.join(tmp, 'profile-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

interface Opened { page: Page; problems: string[]; requests: string[] }

/** Opens a report from disk and records every script error, console error, dialog and request beyond the file. */
async function open(context: BrowserContext, file: string): Promise<Opened> {
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
  page.on('request', (r) => { if (r.url() !== `file://${file}`) requests.push(r.url()); });
  await page.goto(`file://${file}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  return { page, problems, requests };
}

const HOSTILE_QUOTE = '</script><script>window.__pwned=1</script>';

/** The corpus and one hostile article (in its text, its file name, its speaker and its metadata), as claims NDJSON. */
function hostileClaims(): string {
  const dir = path.join(tmp, 'articles');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'evil<script>x<img src=x onerror=alert(1)>.txt'), [
    'Officials weigh strikes inside Russia <script>alert(1)</script>',
    '',
    `Secretary of State Antony Blinken said the ban on strikes inside Russia with American weapons must stay, calling it "${HOSTILE_QUOTE}" in a statement.`,
    '',
    'The Kremlin warned that <img src=x onerror="window.__pwned=2"> any strike inside Russia with Western weapons would be an escalation.',
    '',
    '"javascript:window.__pwned=3" was what Senator Jim Risch wrote, urging the administration to allow Ukraine to strike military targets inside Russia.',
    '',
  ].join('\n'));
  const run = claims(['extract', 'corpus', dir, '--format', 'ndjson']);
  expect(run.code).toBe(0);
  return run.stdout.trim().split('\n').map((line) => {
    const c = JSON.parse(line) as { article: string; speakers: Array<{ name: string }> };
    const evil = c.article.startsWith('evil');
    const speakers = c.speakers.map((s) => (s.name === 'Jim Risch' ? { ...s, name: '<img src=x onerror=window.__pwned=4>' } : s));
    const meta = evil
      ? { url: 'javascript:window.__pwned=5', title: '<b onmouseover=window.__pwned=6>Evil</b>', outlet: null, published: '2024-06-10T00:00:00Z' }
      : { url: `https://example.org/${c.article}`, title: null, outlet: null, published: null };
    return JSON.stringify({ ...c, speakers, meta });
  }).join('\n');
}

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('the report in Chromium', () => {
  let context: BrowserContext;
  let opened: Opened;
  let data: ReportData;

  beforeAll(async () => {
    const input = path.join(tmp, 'claims.ndjson');
    fs.writeFileSync(input, hostileClaims());
    const file = path.join(tmp, 'report.html');
    const run = claims(['report', '--claims', input, '-o', file, '--title', 'Strikes inside Russia <script>window.__pwned=7</script>']);
    expect(run.code).toBe(0);
    data = dataOf(fs.readFileSync(file, 'utf8'));
    context = await launch();
    opened = await open(context, file);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('draws without a script error, a CSP violation, a dialog or a request', () => {
    expect(opened.problems).toEqual([]);
    expect(opened.requests).toEqual([]);
  });

  it('draws one row per speaker and one cell per speaker and article, coloured by stance', async () => {
    const { page } = opened;
    expect(data.speakers.length).toBeLessThanOrEqual(60);
    expect(await page.locator('.g-row').count()).toBe(data.speakers.length);
    expect(await page.locator('.g-cell').count()).toBe(data.speakers.reduce((n, s) => n + s.cells.length, 0));
    const drawn = await page.locator('.g-cell').evaluateAll((cells) => cells.map((c) => [Number((c as HTMLElement).dataset.row), Number((c as HTMLElement).dataset.col), c.className, c.textContent]));
    const want = data.speakers.flatMap((s, row) => s.cells.map((c) => [row, c[0], data.stances[c[1]], String(c[2] + c[3] + c[4] + c[5]), c[6] === 1, c[7].length > 0]));
    expect(drawn.map(([row, col, cls, text]) => [row, col, /s-(\w+)/u.exec(cls as string)![1], text, (cls as string).includes('mixed'), (cls as string).includes('limited-by')])).toEqual(want);
    expect(await page.locator('.g-col').count()).toBe(data.articles.length);
  });

  it('shows the sentences behind a cell when it is clicked, with the mention, the cue and the limit words marked', async () => {
    const { page } = opened;
    const row = data.speakers.findIndex((s) => s.name === 'Joe Biden');
    const cell = data.speakers[row]!.cells.find((c) => c[7].length > 0) ?? data.speakers[row]!.cells[0]!;
    await page.locator(`.g-cell[data-row="${row}"][data-col="${cell[0]}"]`).click();
    await expect.poll(() => page.locator('#evidence .sentence').count()).toBe(cell[8].length);
    expect(await page.locator('#evidence h2').textContent()).toBe('Joe Biden person');
    const texts = await page.locator('#evidence .sentence .text').allTextContents();
    expect(texts).toEqual(cell[8].map((k) => data.sentences[k]![3]));
    expect(await page.locator('#evidence mark.m-speaker').count()).toBeGreaterThan(0);
    expect(await page.locator('#evidence mark.m-cue').count()).toBeGreaterThan(0);
    if (cell[7].length > 0) expect(await page.locator('#evidence mark.m-limit').count()).toBeGreaterThan(0);
    expect(page.url()).toMatch(new RegExp(`#cell-${row}-${cell[0]}$`, 'u'));
  });

  it('keeps hostile text as text: nothing from an article runs or becomes an element', async () => {
    const { page } = opened;
    const evil = data.articles.findIndex((a) => a[0].startsWith('evil'));
    const row = data.speakers.findIndex((s) => s.name === 'Antony Blinken');
    await page.locator(`.g-cell[data-row="${row}"][data-col="${evil}"]`).click();
    await expect.poll(() => page.locator('#evidence .sentence .text').allTextContents()).toEqual([expect.stringContaining(HOSTILE_QUOTE)]);
    expect(await page.locator('#evidence .article strong').textContent()).toBe('<b onmouseover=window.__pwned=6>Evil</b>');
    expect(await page.locator('#evidence a').count()).toBe(0); // the javascript: address is no link
    const odd = data.speakers.findIndex((s) => s.name.startsWith('<img'));
    await page.locator(`.g-name[data-row="${odd}"]`).click();
    await expect.poll(() => page.locator('#evidence h2').textContent()).toBe('<img src=x onerror=window.__pwned=4> person');
    await page.locator('#grid-view .g-col').nth(evil).click();
    await page.locator('#evidence').getByRole('button', { name: 'The Kremlin' }).or(page.locator('#evidence').getByRole('button', { name: 'Kremlin' })).first().click();
    await expect.poll(() => page.locator('#evidence .sentence .text').first().textContent()).toContain('<img src=x onerror="window.__pwned=2">');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img, b, script:not([id="report-data"])').count()).toBe(1); // only the page's own script
    expect(await page.title()).toBe('Strikes inside Russia <script>window.__pwned=7</script>');
    expect(opened.problems).toEqual([]);
  });

  it('links a dated web article, and shows the diff of two articles as claims diff does', async () => {
    const { page } = opened;
    const [a, b] = ['001', '003'].map((p) => data.articles.findIndex((x) => x[0].startsWith(p)));
    await page.locator('#diff-a').selectOption(String(a));
    await page.locator('#diff-b').selectOption(String(b));
    const rows = await page.locator('#diff-body tr').evaluateAll((trs) => trs.map((tr) => [tr.children[0]!.textContent, tr.children[1]!.textContent]));
    const diff = JSON.parse(claims(['diff', data.articles[a]![1], data.articles[b]![1], '--format', 'json']).stdout) as { rows: Array<{ speaker: { name: string }; status: string }> };
    // the report joins names over all its articles, claims diff over the two: compare on what both name alike
    const shown = new Map(rows as Array<[string, string]>);
    const common = diff.rows.filter((r) => r.status !== 'same' && shown.has(r.speaker.name));
    expect(common.length).toBeGreaterThan(3);
    for (const r of common) expect([r.speaker.name, shown.get(r.speaker.name)]).toEqual([r.speaker.name, r.status]);
    expect(rows.map(([, status]) => status)).not.toContain('same');
    await page.locator('#diff-body tr').first().locator('button').first().click();
    await expect.poll(() => page.locator('#evidence .sentence').count()).toBeGreaterThan(0);
    expect(await page.locator('#evidence .article a').getAttribute('href')).toMatch(/^https:\/\/example\.org\//u);
  });

  it('summarises each speaker, and opens their articles from the summary', async () => {
    const { page } = opened;
    expect(await page.locator('#summary-body tr').count()).toBe(data.speakers.length);
    const row = data.speakers.findIndex((s) => s.name === 'Joe Biden');
    const biden = data.speakers[row]!;
    const cells = await page.locator('#summary-body tr').nth(row).locator('td').allTextContents();
    expect(cells.slice(0, 3)).toEqual(['Joe Biden', 'person', String(biden.cells.length)]);
    expect(cells.slice(5)).toEqual([data.stances[biden.summary.first], data.stances[biden.summary.last], String(biden.summary.changes.length)]);
    await page.locator('#summary-body').getByRole('button', { name: 'Joe Biden', exact: true }).click();
    await expect.poll(() => page.locator('#evidence ol.cells li').count()).toBe(biden.cells.length);
    expect(await page.locator('#evidence').textContent()).toContain(`First stance ${data.stances[biden.summary.first]}, last ${data.stances[biden.summary.last]}`);
    await page.locator('#evidence ol.cells button').last().click();
    await expect.poll(() => page.locator('#evidence .sentence').count()).toBe(biden.cells.at(-1)![8].length);
  });

  it('leaves a screenshot in test-artifacts/', async () => {
    const { page } = opened;
    const row = data.speakers.findIndex((s) => s.name === 'Antony Blinken');
    await page.locator(`.g-cell[data-row="${row}"]`).first().click();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const shot = path.join(ARTIFACTS, 'report.png');
    await page.screenshot({ path: shot });
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
  });
});

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('a report of 2,000 articles in Chromium', () => {
  let context: BrowserContext;
  let opened: Opened;
  let data: ReportData;

  // The corpus's claims 400 times over, each copy with speakers of its own beside the shared
  // ones, so the grid is 2,000 columns wide and has far more speakers than it first shows.
  beforeAll(async () => {
    const records = claims(['extract', 'corpus', '--format', 'ndjson']).stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown> & { article: string; n: number; speakers: Array<{ name: string; kind: string; mention: string }> });
    const lines: string[] = [];
    for (let copy = 0; copy < 400; copy++) {
      for (const c of records) {
        const id = `${c.article.slice(0, 3)}-${String(copy).padStart(3, '0')}`;
        const speakers = c.n === 2 && c.speakers.length > 0 ? [...c.speakers, { name: `Spokesperson ${id}`, kind: 'anonymous', mention: c.speakers[0]!.mention }] : c.speakers;
        const published = new Date(Date.UTC(2024, 0, 1) + (copy * 5 + Number(c.article.slice(0, 3))) * 3_600_000).toISOString();
        lines.push(JSON.stringify({ ...c, article: id, id: `${id}#${c.n}`, file: `gen/${id}.txt`, speakers, meta: { url: null, title: null, outlet: null, published } }));
      }
    }
    const input = path.join(tmp, 'many.ndjson');
    fs.writeFileSync(input, `${lines.join('\n')}\n`);
    const file = path.join(tmp, 'many.html');
    const run = claims(['report', '--claims', input, '-o', file]);
    expect(run.code).toBe(0);
    expect(fs.statSync(file).size).toBeLessThan(10 * 1024 * 1024);
    data = dataOf(fs.readFileSync(file, 'utf8'));
    context = await launch();
    opened = await open(context, file);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('scrolls across 2,000 columns and collapses the speakers of one article', async () => {
    const { page } = opened;
    expect(opened.problems).toEqual([]);
    expect(await page.locator('.g-col').count()).toBe(2000);
    expect(await page.locator('#grid').evaluate((g) => g.scrollWidth > 10 * g.clientWidth)).toBe(true);
    expect(await page.locator('#min-articles').inputValue()).toBe('2');
    const shared = data.speakers.filter((s) => s.cells.length >= 2).length;
    expect(await page.locator('.g-row').count()).toBe(Math.min(60, shared));
    await page.locator('#min-articles').selectOption('1');
    expect(await page.locator('.g-row').count()).toBe(60);
    await page.locator('#grid-more button').click();
    expect(await page.locator('.g-row').count()).toBe(300);
    await page.locator('#filter').fill('Spokesperson 004-399');
    expect(await page.locator('.g-row').count()).toBe(1);
    await page.locator('.g-cell').first().click();
    await expect.poll(() => page.locator('#evidence .sentence').count()).toBe(1);
  });
});
