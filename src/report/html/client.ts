// The report's script, run by the browser. The page embeds these functions by their source text
// (page.ts), so they must not use anything from outside this file at run time: only `import type`
// here. Text from articles is only ever set as textContent or an attribute value, never parsed as
// HTML, and links are only made to http(s) addresses.
import type { CellData, ReportData, SpeakerData } from './model.js';

// From highlight.ts, defined in the page's script by page.ts: the first mark kind that is a
// speaker's mention, and the style class of each kind below it.
declare const MARK_MENTION: number;
declare const MARK_CLASSES: Record<number, string>;

export type DiffStatus = 'conflict' | 'changed' | 'only-a' | 'only-b' | 'same';
export const DIFF_ORDER: DiffStatus[] = ['conflict', 'changed', 'only-a', 'only-b', 'same'];

/**
 * A speaker's row in the diff of two articles, as `claims diff` gives it (src/diff/diff.ts
 * statusOf; test/report-html.test.ts checks that the two agree): support against oppose is a
 * conflict, any other difference of stance or limits a change.
 */
export function diffStatus(a: CellData | undefined, b: CellData | undefined, stances: readonly string[]): DiffStatus {
  if (a === undefined) return 'only-b';
  if (b === undefined) return 'only-a';
  const pair = [stances[a[1]], stances[b[1]]];
  if (pair.includes('support') && pair.includes('oppose')) return 'conflict';
  const sameLimits = a[7].length === b[7].length && a[7].every((l, k) => l === b[7][k]);
  return a[1] === b[1] && sameLimits ? 'same' : 'changed';
}

/** The speakers of either article as [speaker row, status, cell in a, cell in b], in `claims diff` order. */
export function diffRows(data: ReportData, colA: number, colB: number): Array<[number, DiffStatus, CellData | undefined, CellData | undefined]> {
  const rows: Array<[number, DiffStatus, CellData | undefined, CellData | undefined]> = [];
  data.speakers.forEach((s, k) => {
    const a = s.cells.find((c) => c[0] === colA);
    const b = s.cells.find((c) => c[0] === colB);
    if (a !== undefined || b !== undefined) rows.push([k, diffStatus(a, b, data.stances), a, b]);
  });
  const byName = (x: string, y: string) => {
    const kx = x.toLowerCase();
    const ky = y.toLowerCase();
    if (kx !== ky) return kx < ky ? -1 : 1;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  return rows.sort((x, y) => DIFF_ORDER.indexOf(x[1]) - DIFF_ORDER.indexOf(y[1]) || byName(data.speakers[x[0]]!.name, data.speakers[y[0]]!.name));
}

/** The text cut at the marks: [words, kind], kind -1 for unmarked text. Marks are sorted and disjoint. */
export function segmentsOf(text: string, marks: readonly number[]): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  let at = 0;
  for (let k = 0; k + 2 < marks.length; k += 3) {
    const start = Math.max(at, marks[k]!);
    const end = Math.min(text.length, marks[k + 1]!);
    if (end <= start) continue;
    if (start > at) out.push([text.slice(at, start), -1]);
    out.push([text.slice(start, end), marks[k + 2]!]);
    at = end;
  }
  if (at < text.length) out.push([text.slice(at), -1]);
  return out;
}

/** `2 support · 1 oppose`: the non-zero counts of a cell or a summary, in stance order. */
export function countsText(counts: readonly number[], stances: readonly string[]): string {
  return stances.map((s, k) => [s, counts[k] ?? 0] as const).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`).join(' · ');
}

/** The embedded data: JSON, or for a large report gzip'd JSON in base64 (see page.ts). */
export async function readData(source: HTMLElement): Promise<ReportData> {
  const text = source.textContent ?? '';
  if (source.dataset.encoding !== 'gzip-base64') return JSON.parse(text) as ReportData;
  const bytes = Uint8Array.from(atob(text.trim()), (ch) => ch.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return JSON.parse(await new Response(stream).text()) as ReportData;
}

/** Draws the report into the page and wires its controls. */
export async function startReport(doc: Document): Promise<void> {
  const source = doc.getElementById('report-data');
  if (!source) return;
  const data = await readData(source);
  const many = data.articles.length > 40;
  const CELL = many ? 18 : 30;
  const NAME = 220;
  const PAGE = 60;
  const state = { filter: '', minArticles: data.speakers.length > 60 ? 2 : 1, shown: PAGE, summaryShown: 100, showSame: false };

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const byId = (id: string) => doc.getElementById(id)!;
  const stanceName = (k: number) => data.stances[k] ?? 'neutral';
  const badge = (k: number) => el('span', `badge s-${stanceName(k)}`, stanceName(k));
  const articleLabel = (col: number) => {
    const [id, , title, published] = data.articles[col]!;
    return `${published ? `${published.slice(0, 10)} ` : ''}${title ?? id}`;
  };
  const safeHref = (url: string | null) => {
    if (!url) return null;
    try {
      const u = new URL(url);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch {
      return null;
    }
  };
  const visible = () => {
    const f = state.filter.toLowerCase();
    const rows: number[] = [];
    data.speakers.forEach((s, k) => {
      if (s.cells.length >= state.minArticles && (f === '' || s.name.toLowerCase().includes(f))) rows.push(k);
    });
    return rows;
  };

  // ---- the grid ------------------------------------------------------------------------------
  const cellButton = (row: number, cell: CellData) => {
    const s = data.speakers[row]!;
    const b = el('button', `g-cell s-${stanceName(cell[1])}`);
    b.type = 'button';
    b.dataset.row = String(row);
    b.dataset.col = String(cell[0]);
    b.style.left = `${NAME + cell[0] * CELL}px`;
    const total = cell[2] + cell[3] + cell[4] + cell[5];
    b.textContent = String(total);
    if (cell[6]) b.classList.add('mixed');
    if (cell[7].length > 0) b.classList.add('limited-by');
    const limits = cell[7].map((l) => data.limits[l]![0]).join(', ');
    b.title = `${s.name} in ${articleLabel(cell[0])}: ${stanceName(cell[1])}${cell[6] ? ' (mixed)' : ''}; ${countsText(cell.slice(2, 6) as number[], data.stances)}${limits ? `; limits: ${limits}` : ''}`;
    b.setAttribute('aria-label', b.title);
    return b;
  };
  const drawGrid = () => {
    const grid = byId('grid');
    grid.replaceChildren();
    grid.classList.toggle('many', many);
    const width = NAME + data.articles.length * CELL;
    const head = el('div', 'g-head');
    head.style.width = `${width}px`;
    const labels = data.articles.map((a, col) => (many ? `${col + 1}${a[3] ? ` · ${a[3].slice(0, 10)}` : ''}` : articleLabel(col)));
    // as tall as the longest heading needs (about 7 px a character), within 48 to 160 px
    const height = `${Math.round(Math.min(160, Math.max(48, 12 + 7 * labels.reduce((m, l) => Math.max(m, l.length), 0))))}px`;
    head.style.height = height;
    const corner = el('div', 'g-corner', `${data.speakers.length} speakers × ${data.articles.length} articles`);
    corner.style.height = height;
    head.append(corner);
    data.articles.forEach((a, col) => {
      const h = el('button', 'g-col', labels[col]);
      h.type = 'button';
      h.style.left = `${NAME + col * CELL}px`;
      h.style.width = `${CELL}px`;
      h.style.height = height;
      h.title = `${col + 1}. ${articleLabel(col)} (${a[1]})`;
      h.dataset.col = String(col);
      head.append(h);
    });
    grid.append(head);
    const rows = visible();
    for (const row of rows.slice(0, state.shown)) {
      const s = data.speakers[row]!;
      const r = el('div', 'g-row');
      r.style.width = `${width}px`;
      const name = el('button', 'g-name');
      name.type = 'button';
      name.dataset.row = String(row);
      name.append(el('span', 'g-who', s.name), el('span', 'g-n', String(s.cells.length)));
      name.title = `${s.name} (${s.kind}), named in ${s.cells.length} articles`;
      r.append(name);
      for (const cell of s.cells) r.append(cellButton(row, cell));
      grid.append(r);
    }
    const more = byId('grid-more');
    more.replaceChildren();
    const hidden = rows.length - Math.min(rows.length, state.shown);
    more.append(el('span', '', `${Math.min(rows.length, state.shown)} of ${rows.length} speakers shown${state.minArticles > 1 ? ` (named in at least ${state.minArticles} articles)` : ''}. `));
    if (hidden > 0) {
      const b = el('button', 'more', `show ${Math.min(hidden, PAGE * 4)} more`);
      b.type = 'button';
      b.onclick = () => { state.shown += PAGE * 4; drawGrid(); };
      more.append(b);
    }
  };

  // ---- evidence ------------------------------------------------------------------------------
  // a click far below (the summary, the diff) brings the panel into view; from the grid it is already there
  const reveal = () => byId('evidence-panel').scrollIntoView({ block: 'nearest' });
  const sentenceItem = (k: number, row: number) => {
    const [col, line, stance, text, marks] = data.sentences[k]!;
    const li = el('li', 'sentence');
    li.append(el('span', 'where', `${data.articles[col]![1]}:${line}`), badge(stance), el('span', 'gap', ' '));
    const q = el('span', 'text');
    for (const [words, kind] of segmentsOf(text, marks)) {
      if (kind < 0) { q.append(doc.createTextNode(words)); continue; }
      const cls = kind >= MARK_MENTION ? (kind - MARK_MENTION === row ? 'm-speaker' : 'm-other') : MARK_CLASSES[kind]!;
      q.append(el('mark', cls, words));
    }
    li.append(q);
    return li;
  };
  const articleLine = (col: number) => {
    const [id, file, title, published, url] = data.articles[col]!;
    const p = el('p', 'article');
    const href = safeHref(url);
    const name = href ? el('a', '', title ?? id) : el('strong', '', title ?? id);
    if (href && name instanceof HTMLAnchorElement) {
      name.href = href;
      name.rel = 'noopener noreferrer';
      name.target = '_blank';
    }
    p.append(name, el('span', 'meta', ` ${published ? `${published} · ` : ''}${file}`));
    return p;
  };
  const showCell = (row: number, col: number) => {
    const s = data.speakers[row]!;
    const cell = s.cells.find((c) => c[0] === col);
    const panel = byId('evidence');
    panel.replaceChildren();
    reveal();
    const h = el('h2', '', s.name);
    h.append(el('span', 'kind', ` ${s.kind}`));
    panel.append(h, articleLine(col));
    if (!cell) {
      panel.append(el('p', 'empty', 'This article does not name the speaker.'));
      return;
    }
    const p = el('p', 'verdict');
    p.append(badge(cell[1]), el('span', '', ` ${countsText(cell.slice(2, 6) as number[], data.stances)}${cell[6] ? ' · mixed' : ''}`));
    panel.append(p);
    if (cell[7].length > 0) {
      const ul = el('ul', 'limits');
      for (const l of cell[7]) ul.append(el('li', '', `${data.limits[l]![0]}: ${data.limits[l]![1]}`));
      panel.append(el('h3', '', 'Limits'), ul);
    }
    const ol = el('ol', 'sentences');
    for (const k of cell[8]) ol.append(sentenceItem(k, row));
    panel.append(el('h3', '', `${cell[8].length} sentence${cell[8].length === 1 ? '' : 's'}`), ol);
    for (const b of doc.querySelectorAll('.g-cell.selected')) b.classList.remove('selected');
    doc.querySelector(`.g-cell[data-row="${row}"][data-col="${col}"]`)?.classList.add('selected');
    if (doc.location.hash !== `#cell-${row}-${col}`) history.replaceState(null, '', `#cell-${row}-${col}`);
  };
  const showSpeaker = (row: number) => {
    const s = data.speakers[row]!;
    const panel = byId('evidence');
    panel.replaceChildren();
    reveal();
    const h = el('h2', '', s.name);
    h.append(el('span', 'kind', ` ${s.kind}`));
    const sum = s.summary;
    panel.append(h,
      el('p', '', `Named in ${s.cells.length} article${s.cells.length === 1 ? '' : 's'}; ${countsText(sum.counts, data.stances)}.`),
      el('p', '', `First stance ${stanceName(sum.first)}, last ${stanceName(sum.last)}, ${sum.changes.length} change${sum.changes.length === 1 ? '' : 's'}.`));
    const ol = el('ol', 'cells');
    for (const cell of s.cells) {
      const li = el('li');
      const b = el('button', 'link', articleLabel(cell[0]));
      b.type = 'button';
      b.onclick = () => showCell(row, cell[0]);
      li.append(badge(cell[1]), el('span', 'gap', ' '), b);
      ol.append(li);
    }
    panel.append(el('h3', '', 'Articles'), ol);
  };
  const showArticle = (col: number) => {
    const panel = byId('evidence');
    panel.replaceChildren();
    reveal();
    panel.append(el('h2', '', `Article ${col + 1}`), articleLine(col));
    const ol = el('ol', 'cells');
    data.speakers.forEach((s, row) => {
      const cell = s.cells.find((c) => c[0] === col);
      if (!cell) return;
      const li = el('li');
      const b = el('button', 'link', s.name);
      b.type = 'button';
      b.onclick = () => showCell(row, col);
      li.append(badge(cell[1]), el('span', 'gap', ' '), b);
      ol.append(li);
    });
    panel.append(el('h3', '', `${ol.children.length} speakers`), ol);
  };

  // ---- per-speaker summary -------------------------------------------------------------------
  const drawSummary = () => {
    const body = byId('summary-body');
    body.replaceChildren();
    const rows = visible();
    for (const row of rows.slice(0, state.summaryShown)) {
      const s: SpeakerData = data.speakers[row]!;
      const tr = el('tr');
      const name = el('button', 'link', s.name);
      name.type = 'button';
      name.onclick = () => showSpeaker(row);
      const who = el('td');
      who.append(name);
      const bar = el('td', 'bar');
      const total = s.summary.counts.reduce((x, y) => x + y, 0) || 1;
      s.summary.counts.forEach((n, k) => {
        if (n === 0) return;
        const seg = el('span', `seg s-${stanceName(k)}`);
        seg.style.width = `${Math.max(2, Math.round((n / total) * 120))}px`;
        seg.title = `${n} ${stanceName(k)}`;
        bar.append(seg);
      });
      const changes = el('td', 'num', String(s.summary.changes.length));
      changes.title = s.summary.changes.map(([col, from, to]) => `${stanceName(from)} → ${stanceName(to)} in ${articleLabel(col)}`).join('\n');
      const first = el('td');
      first.append(badge(s.summary.first));
      const last = el('td');
      last.append(badge(s.summary.last));
      tr.append(who, el('td', '', s.kind), el('td', 'num', String(s.cells.length)), bar,
        el('td', '', countsText(s.summary.counts, data.stances)), first, last, changes);
      body.append(tr);
    }
    const more = byId('summary-more');
    more.replaceChildren();
    if (rows.length > state.summaryShown) {
      const b = el('button', 'more', `show all ${rows.length} speakers`);
      b.type = 'button';
      b.onclick = () => { state.summaryShown = rows.length; drawSummary(); };
      more.append(b);
    }
  };

  // ---- two-article diff ----------------------------------------------------------------------
  const sideText = (cell: CellData | undefined) => {
    if (!cell) return '—';
    const limits = cell[7].map((l) => data.limits[l]![0]).join(', ');
    return `${countsText(cell.slice(2, 6) as number[], data.stances)}${cell[6] ? ' · mixed' : ''}${limits ? ` · limits: ${limits}` : ''}`;
  };
  const sideCell = (row: number, cell: CellData | undefined) => {
    const td = el('td');
    if (!cell) { td.textContent = '—'; return td; }
    const b = el('button', 'link');
    b.type = 'button';
    b.append(badge(cell[1]), el('span', '', ` ${sideText(cell)}`));
    b.onclick = () => showCell(row, cell[0]);
    td.append(b);
    return td;
  };
  const drawDiff = () => {
    const a = Number((byId('diff-a') as HTMLSelectElement).value);
    const b = Number((byId('diff-b') as HTMLSelectElement).value);
    const body = byId('diff-body');
    body.replaceChildren();
    let same = 0;
    for (const [row, status, ca, cb] of diffRows(data, a, b)) {
      if (status === 'same' && !state.showSame) { same++; continue; }
      const tr = el('tr', `d-${status}`);
      tr.append(el('td', '', data.speakers[row]!.name), el('td', 'status', status), sideCell(row, ca), sideCell(row, cb));
      body.append(tr);
    }
    byId('diff-note').textContent = same > 0 ? `${same} speakers the same in both are hidden.` : '';
  };
  const setUpDiff = () => {
    for (const id of ['diff-a', 'diff-b']) {
      const select = byId(id) as HTMLSelectElement;
      data.articles.forEach((_, col) => {
        const o = el('option', '', `${col + 1}. ${articleLabel(col)}`);
        o.value = String(col);
        select.append(o);
      });
      select.onchange = drawDiff;
    }
    (byId('diff-a') as HTMLSelectElement).value = '0';
    (byId('diff-b') as HTMLSelectElement).value = String(Math.max(0, data.articles.length - 1));
    (byId('diff-same') as HTMLInputElement).onchange = (e) => { state.showSame = (e.target as HTMLInputElement).checked; drawDiff(); };
  };

  // ---- controls ------------------------------------------------------------------------------
  const filter = byId('filter') as HTMLInputElement;
  filter.oninput = () => { state.filter = filter.value; state.shown = PAGE; drawGrid(); drawSummary(); };
  const min = byId('min-articles') as HTMLSelectElement;
  for (const n of [1, 2, 3, 5, 10, 20]) {
    const o = el('option', '', n === 1 ? 'any number of articles' : `at least ${n} articles`);
    o.value = String(n);
    min.append(o);
  }
  min.value = String(state.minArticles);
  min.onchange = () => { state.minArticles = Number(min.value); state.shown = PAGE; drawGrid(); drawSummary(); };
  byId('grid').addEventListener('click', (e) => {
    const target = (e.target as HTMLElement).closest('button');
    if (!target) return;
    if (target.classList.contains('g-cell')) showCell(Number(target.dataset.row), Number(target.dataset.col));
    else if (target.classList.contains('g-name')) showSpeaker(Number(target.dataset.row));
    else if (target.classList.contains('g-col')) showArticle(Number(target.dataset.col));
  });

  drawGrid();
  drawSummary();
  setUpDiff();
  drawDiff();
  const m = /^#cell-(\d+)-(\d+)$/u.exec(doc.location.hash);
  if (m && data.speakers[Number(m[1])]) showCell(Number(m[1]), Number(m[2]));
  doc.body.dataset.ready = 'true';
}
