// The HTML report without a browser: the data it embeds, the marks, the diff it computes in the
// page (checked against src/diff), escaping, and the size of a 2,000-article report.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fc, test as prop } from '@fast-check/vitest';
import { STANCES, type Claim, type Finding, type Stance } from '../src/schema.js';
import { diffArticles, statusOf } from '../src/diff/diff.js';
import { buildMatrix } from '../src/diff/matrix.js';
import { sideOf } from '../src/diff/summary.js';
import { loadPack } from '../src/packs/load.js';
import { countsText, diffRows, diffStatus, segmentsOf } from '../src/report/html/client.js';
import { escapeHtml, jsonForScript } from '../src/report/html/escape.js';
import { findWords, marksOf, MARK_CUE, MARK_LIMIT, MARK_MENTION, MARK_STANCE } from '../src/report/html/highlight.js';
import { buildReport, inDateOrder, safeUrl, summarize, type CellData, type ReportArticle, type ReportData } from '../src/report/html/model.js';
import { dataElement, PLAIN_JSON_LIMIT, renderPage } from '../src/report/html/page.js';
import { metaOf } from '../src/report/html/record-extras.js';
import { article, claim, goldArticle, pairA, pairB } from '../fixtures/diff/claims.js';

const pack = loadPack();
const noLimitWords = () => [];
const noMeta = (a: { article: string; file: string; claims: readonly Claim[] }): ReportArticle => ({ ...a, meta: null });
const dated = (a: ReportArticle, published: string | null): ReportArticle => ({ ...a, meta: { url: null, title: null, outlet: null, published } });
const report = (articles: ReportArticle[]) => buildReport({ title: 't', pack, limitWords: noLimitWords, articles, failed: [] });
const speaker = (data: ReportData, name: string) => {
  const s = data.speakers.find((x) => x.name === name);
  if (!s) throw new Error(`no speaker ${name}`);
  return s;
};

describe('escaping', () => {
  it('escapes the five HTML characters and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a> é`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt; é');
  });

  prop.prop([fc.jsonValue()])('JSON for a script element has no < and parses back to the same value', (value) => {
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/u);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(value)));
  });

  it('cannot be closed by </script> or opened by <!-- in the data', () => {
    const json = jsonForScript({ t: '</script><script>alert(1)</script><!--' });
    expect(json).not.toContain('</');
    expect(json).not.toContain('<!--');
    expect(JSON.parse(json)).toEqual({ t: '</script><script>alert(1)</script><!--' });
  });
});

describe('the report data', () => {
  it('orders dated articles by time, then the undated ones in input order', () => {
    const xs = [dated(noMeta(pairA), null), dated(noMeta(pairB), '2024-05-02'), dated({ ...noMeta(pairA), article: 'c' }, '2024-05-01T10:00:00Z'), { ...noMeta(pairB), article: 'd' }];
    expect(inDateOrder(xs).map((a) => a.article)).toEqual(['c', 'pair-b', 'pair-a', 'd']);
    expect(inDateOrder([dated(noMeta(pairA), 'not a date'), noMeta(pairB)]).map((a) => a.article)).toEqual(['pair-a', 'pair-b']);
  });

  it('has the cells of claims matrix, column for column', () => {
    const articles = [goldArticle('000'), goldArticle('001'), goldArticle('003')];
    const data = report(articles.map(noMeta));
    const matrix = buildMatrix(articles);
    expect(data.speakers.map((s) => s.name)).toEqual(matrix.rows.map((r) => r.speaker.name));
    matrix.rows.forEach((row, k) => {
      const cells = data.speakers[k]!.cells;
      expect(cells.map((c) => data.articles[c[0]]![0])).toEqual(Object.keys(row.cells));
      for (const c of cells) {
        const want = row.cells[data.articles[c[0]]![0]]!;
        expect([STANCES[c[1]], c.slice(2, 6), c[6] === 1, c[7].map((l) => data.limits[l]![0])])
          .toEqual([want.stance, STANCES.map((s) => want.counts[s]), want.mixed, want.limits]);
      }
    });
  });

  it('keeps each cell\'s sentences, once each, with their line and stance', () => {
    const data = report([noMeta(goldArticle('000'))]);
    const blinken = speaker(data, 'Antony Blinken').cells[0]!;
    const texts = blinken[8].map((k) => data.sentences[k]![3]);
    expect(texts).toEqual(sideOf(goldArticle('000').claims.filter((c) => c.speakers.some((s) => s.name.includes('Blinken')))).sentences.map((s) => s.text));
    const all = data.speakers.flatMap((s) => s.cells.flatMap((c) => c[8]));
    expect(new Set(all).size).toBe(data.sentences.length);
  });

  it('summarises a speaker: counts, first and last stance, and each change skipping neutral articles', () => {
    const [sup, lim, opp, neu] = [0, 1, 2, 3];
    const cell = (col: number, stance: number, n = 1): CellData => [col, stance, stance === sup ? n : 0, stance === lim ? n : 0, stance === opp ? n : 0, stance === neu ? n : 0, 0, [], []];
    expect(summarize([cell(0, neu), cell(1, sup, 2), cell(2, neu), cell(3, sup), cell(4, opp), cell(5, lim)])).toEqual({
      counts: [3, 1, 1, 2], first: sup, last: lim, changes: [[4, sup, opp], [5, opp, lim]],
    });
    expect(summarize([cell(0, neu)])).toEqual({ counts: [0, 0, 0, 1], first: neu, last: neu, changes: [] });
  });

  it('reads Biden\'s change of position across the gold corpus in date order', () => {
    const data = report([dated(noMeta(goldArticle('003')), '2024-05-31'), dated(noMeta(goldArticle('001')), '2024-05-20')]);
    expect(data.articles.map((a) => a[0].slice(0, 3))).toEqual(['001', '003']);
    const biden = speaker(data, 'Joe Biden').summary;
    expect([STANCES[biden.first], STANCES[biden.last], biden.changes.map(([col, a, b]) => [col, STANCES[a], STANCES[b]])])
      .toEqual(['oppose', 'support', [[1, 'oppose', 'support']]]);
  });

  it('keeps only http(s) links', () => {
    expect(safeUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', '/relative', 'vbscript:x', '']) {
      expect(safeUrl(bad)).toBeNull();
    }
    expect(metaOf({ meta: { url: 'javascript:alert(1)', title: 'T', outlet: null, published: '2024-01-01' } })).toEqual({ url: 'javascript:alert(1)', title: 'T', outlet: null, published: '2024-01-01' });
    const data = report([{ ...noMeta(pairA), meta: { url: 'javascript:alert(1)', title: 'T', outlet: null, published: null } }]);
    expect(data.articles[0]![4]).toBeNull();
  });
});

describe('the diff drawn in the page agrees with claims diff', () => {
  const stanceCell = (stance: Stance, limits: number[]): CellData => [STANCES.indexOf(stance), STANCES.indexOf(stance), 0, 0, 0, 0, 0, limits, []];
  const side = (stance: Stance, limits: string[]) => ({ stance, counts: { support: 0, limited: 0, oppose: 0, neutral: 0 }, mixed: false, limits, sentences: [] });
  const LIMITS = ['kharkiv-only', 'no-atacms'];

  prop.prop([fc.option(fc.tuple(fc.constantFrom(...STANCES), fc.subarray([0, 1]))), fc.option(fc.tuple(fc.constantFrom(...STANCES), fc.subarray([0, 1])))])(
    'status of every pair of sides', (a, b) => {
      fc.pre(a !== null || b !== null);
      const mine = diffStatus(a ? stanceCell(a[0], a[1]) : undefined, b ? stanceCell(b[0], b[1]) : undefined, STANCES);
      const theirs = statusOf(a ? side(a[0], a[1].map((l) => LIMITS[l]!)) : null, b ? side(b[0], b[1].map((l) => LIMITS[l]!)) : null);
      expect(mine).toBe(theirs);
    });

  it('rows and their order, on constructed and gold pairs', () => {
    for (const [x, y] of [[pairA, pairB], [goldArticle('001'), goldArticle('003')], [goldArticle('000'), goldArticle('004')]] as const) {
      const data = report([noMeta(x), noMeta(y)]);
      const want = diffArticles(x, y).rows.map((r) => [r.speaker.name, r.status]);
      expect(diffRows(data, 0, 1).map(([row, status]) => [data.speakers[row]!.name, status])).toEqual(want);
    }
  });
});

describe('marks in an evidence sentence', () => {
  const text = 'Secretary of State Antony Blinken said the weapons may only be used near Kharkiv, and the Kremlin objected.';
  const c = claim('m', { n: 0, stance: 'limited', by: ['Antony Blinken'], limits: ['kharkiv-only'], text });
  const withMention = { ...c, speakers: [{ name: 'Antony Blinken', kind: 'person' as const, mention: 'Secretary of State Antony Blinken' }], cue: 'said' };
  const kinds = (marks: number[][]) => marks.map(([s, e, k]) => [text.slice(s, e), k]);

  it('without findings, marks the mention and the cue as the record spells them, and the limit words it is given', () => {
    const marks = marksOf(withMention, { findings: [], rowOf: (n) => (n === 'Antony Blinken' ? 4 : undefined), limitWords: () => ['Kharkiv', 'only'] });
    expect(kinds(marks)).toEqual([
      ['Secretary of State Antony Blinken', MARK_MENTION + 4], ['said', MARK_CUE], ['only', MARK_LIMIT], ['Kharkiv', MARK_LIMIT],
    ]);
  });

  it('uses findings with offsets into the article, and their words when the offsets do not fit', () => {
    const at = c.start;
    const span = (words: string) => ({ start: at + text.indexOf(words), end: at + text.indexOf(words) + words.length, words });
    const findings: Finding[] = [
      { ruleId: 'speaker.subject', ...span('Antony Blinken'), contribution: { type: 'holder', name: 'Antony Blinken', kind: 'person', cue: 'said' } },
      { ruleId: 'stance.limited.restriction', ...span('may only'), contribution: { type: 'vote', stance: 'limited', weight: 3, negated: false } },
      { ruleId: 'stance.oppose.object', ...span('objected'), contribution: { type: 'vote', stance: 'oppose', weight: 1, negated: false } },
      { ruleId: 'limit.kharkiv-only', start: 99_999, end: 100_006, words: 'Kharkiv', contribution: { type: 'limit', limit: 'kharkiv-only', term: 'Kharkiv', bound: 'near' } },
    ];
    const marks = marksOf(withMention, { findings, rowOf: () => 0, limitWords: () => { throw new Error('findings have the limit words'); } });
    expect(kinds(marks)).toEqual([
      ['Antony Blinken', MARK_MENTION], ['said', MARK_CUE], ['may only', MARK_STANCE], ['near', MARK_LIMIT], ['Kharkiv', MARK_LIMIT],
    ]);
  });

  it('finds whole words only, as written first, then in any case', () => {
    expect(findWords('Hesaid he said', 'said')).toEqual([10, 14]);
    expect(findWords('KYIV said', 'Kyiv')).toEqual([0, 4]);
    expect(findWords('nothing here', 'Kyiv')).toBeNull();
    expect(findWords('İİİ Kyiv', 'kyiv')).toBeNull(); // lower-casing would shift the offsets
  });

  it('cuts the text at the marks for the page', () => {
    expect(segmentsOf('Kyiv urged allies.', [0, 4, 3, 5, 10, 0])).toEqual([['Kyiv', 3], [' ', -1], ['urged', 0], [' allies.', -1]]);
    expect(segmentsOf('abc', [1, 99, 1, 0, 2, 0])).toEqual([['a', -1], ['bc', 1]]);
    expect(countsText([2, 0, 1, 0], STANCES)).toBe('2 support · 1 oppose');
  });
});

const HOSTILE = '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"><!--';

describe('the page', () => {
  const hostileArticle: ReportArticle = {
    ...article(`evil${HOSTILE}`, [{ n: 0, stance: 'oppose', by: [[`Mr ${HOSTILE}`, 'group']], text: `He said ${HOSTILE} no.` }]),
    meta: { url: 'javascript:window.__pwned=3', title: `<b>${HOSTILE}</b>`, outlet: null, published: '2024-01-01' },
  };
  const data = buildReport({ title: `Report ${HOSTILE}`, pack, limitWords: noLimitWords, articles: [hostileArticle, noMeta(pairA)], failed: [{ type: 'error', schemaVersion: 1, code: 'E_READ', file: `bad${HOSTILE}.txt`, message: HOSTILE }] });
  const page = renderPage(data);

  it('has exactly its own two scripts, and nothing from an article outside the data', () => {
    expect(page.match(/<script/giu)).toHaveLength(2);
    expect(page.match(/<\/script/giu)).toHaveLength(2);
    expect(page).not.toContain('onerror="');
    expect(page).not.toContain('javascript:');
    expect(page).toContain('<title>Report &lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(page).toContain('<code>bad&lt;/script&gt;');
  });

  it('embeds data that reads back to the report', () => {
    const json = /<script type="application\/json" id="report-data">([^<]*)<\/script>/u.exec(page)![1]!;
    expect(JSON.parse(json)).toEqual(data);
  });

  it('allows only its own script and style, and no network', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/u.exec(page)![1]!;
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-[A-Za-z0-9+/=]+';/u);
    expect(page).not.toMatch(/(?:src|href)="https?:/u);
  });

  it('packs large data as gzip in base64, which reads back the same', () => {
    const data = report([noMeta(pairA), noMeta(pairB)]);
    const packed = dataElement(data, 10);
    const b64 = /data-encoding="gzip-base64">([A-Za-z0-9+/=]+)<\/script>/u.exec(packed)![1]!;
    expect(JSON.parse(gunzipSync(Buffer.from(b64, 'base64')).toString('utf8'))).toEqual(data);
    expect(dataElement(data)).toContain('type="application/json"');
  });
});

// 2,000 articles of about 7 kB each (the corpus's claims, every sentence's words shuffled anew for
// each copy so that compression gains nothing from the repetition): more than the 12 MB archive
// the issue measured.
describe('a report of 2,000 articles', () => {
  const corpus = ['000', '001', '002', '003', '004'].map(goldArticle);
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const shuffled = (text: string) => text.split(' ').map((w) => [random(), w] as const).sort((x, y) => x[0] - y[0]).map(([, w]) => w).join(' ');
  const articles: ReportArticle[] = [];
  for (let copy = 0; articles.length < 2000; copy++) {
    for (const a of corpus) {
      const id = `${a.article.slice(0, 3)}-${copy}`;
      const claims = [...a.claims, ...a.claims.map((c) => ({ ...c, n: c.n + 1000 }))].map((c) => ({ ...c, article: id, id: `${id}#${c.n}`, file: `gen/${id}.txt`, text: shuffled(c.text) }));
      articles.push({ article: id, file: `gen/${id}.txt`, claims, meta: { url: null, title: null, outlet: null, published: new Date(Date.UTC(2024, 0, 1) + articles.length * 3_600_000).toISOString() } });
    }
  }
  const input = articles.reduce((n, a) => n + a.claims.reduce((m, c) => m + c.text.length + 1, 0), 0);
  const data = report(articles);
  const page = renderPage(data);

  it('stays under 10 MB', () => {
    expect(articles).toHaveLength(2000);
    expect(input).toBeGreaterThan(12_000_000);
    expect(JSON.stringify(data).length).toBeGreaterThan(PLAIN_JSON_LIMIT);
    expect(Buffer.byteLength(page, 'utf8')).toBeLessThan(10 * 1024 * 1024);
  });
});
