// The report as one HTML file: the data as inert JSON, the style sheet and the script inline,
// and a Content-Security-Policy that lets only that one script and that one style sheet run and
// fetches nothing, so the file works offline and an article's text can never become script.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { STANCES } from '../../schema.js';
import { countsText, diffRows, diffStatus, readData, segmentsOf, startReport, DIFF_ORDER } from './client.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { MARK_CUE, MARK_LIMIT, MARK_MENTION, MARK_STANCE } from './highlight.js';
import type { ReportData } from './model.js';
import { STYLE } from './style.js';

/** The style class of each kind of mark below MARK_MENTION. */
const MARK_CLASSES = Object.fromEntries([[MARK_CUE, 'm-cue'], [MARK_LIMIT, 'm-limit'], [MARK_STANCE, 'm-stance']]);

/** The browser code: the client's functions by their source text, run once the page is parsed. */
export function clientScript(): string {
  const fns = [diffStatus, diffRows, segmentsOf, countsText, readData, startReport].map((f) => f.toString()).join('\n');
  const fail = `(err) => { const p = document.createElement('p'); p.className = 'failed'; p.textContent = 'The report could not be drawn: ' + err; document.querySelector('header').append(p); }`;
  const constants = `const DIFF_ORDER = ${JSON.stringify(DIFF_ORDER)};\nconst MARK_MENTION = ${MARK_MENTION};\nconst MARK_CLASSES = ${JSON.stringify(MARK_CLASSES)};\n`;
  return `(function () {\n'use strict';\n${constants}${fns}\nstartReport(document).catch(${fail});\n})();\n`;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function legend(): string {
  const stances = STANCES.map((s) => `<span><span class="sw s-${s}"></span>${s}</span>`).join('');
  return `<div class="legend">${stances}<span><span class="sw mixed"></span>mixed</span>`
    + '<span><span class="sw s-neutral limited-by"></span>limits</span><span>number: sentences</span></div>';
}

function summaryLine(data: ReportData): string {
  const dated = data.articles.map((a) => a[3]).filter((d): d is string => d !== null).sort();
  const span = dated.length > 0 ? `, ${dated[0]!.slice(0, 10)} to ${dated[dated.length - 1]!.slice(0, 10)}` : '';
  const failed = data.failed.length > 0 ? `; <span class="failed">${data.failed.length} input${data.failed.length === 1 ? '' : 's'} failed</span>` : '';
  return `${data.articles.length} articles${span}; ${data.speakers.length} speakers; ${data.sentences.length} sentences with a speaker${failed}. `
    + (dated.length > 0 ? 'Articles in order of publication.' : 'Articles in the order given.');
}

function failedList(data: ReportData): string {
  if (data.failed.length === 0) return '';
  const items = data.failed.map(([file, message]) => `<li><code>${escapeHtml(file)}</code>: ${escapeHtml(message)}</li>`).join('');
  return `<section><h2>Inputs that failed</h2><ul class="failed">${items}</ul></section>`;
}

/**
 * Above this many characters of JSON the data is embedded gzip'd in base64 (about 40% of the
 * size for news text, which keeps 2,000 articles under 10 MB); below it, as readable JSON.
 */
export const PLAIN_JSON_LIMIT = 2 * 1024 * 1024;

/** The data element: JSON with no `<` in it, or base64 (which has none either). */
export function dataElement(data: ReportData, plainLimit = PLAIN_JSON_LIMIT): string {
  const json = jsonForScript(data);
  if (json.length <= plainLimit) return `<script type="application/json" id="report-data">${json}</script>`;
  const packed = gzipSync(Buffer.from(JSON.stringify(data), 'utf8'), { level: 9 }).toString('base64');
  return `<script type="application/octet-stream" id="report-data" data-encoding="gzip-base64">${packed}</script>`;
}

export function renderPage(data: ReportData, plainLimit = PLAIN_JSON_LIMIT): string {
  const script = clientScript();
  const csp = `default-src 'none'; script-src ${sha256(script)}; style-src ${sha256(STYLE)}; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claims report">
<title>${escapeHtml(data.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(data.title)}</h1>
<p class="sub">Stance toward: “${escapeHtml(data.proposition)}”<br>${summaryLine(data)}</p>
<noscript><p>This report draws its grid with JavaScript; the data is in the page's <code>report-data</code> element.</p></noscript>
</header>
<main>
<div class="top">
<section id="grid-view">
<h2>Who says what, article by article</h2>
<div class="controls">
${legend()}
<label>Speaker <input id="filter" type="search" placeholder="filter by name" autocomplete="off"></label>
<label>Named in <select id="min-articles"></select></label>
</div>
<div id="grid" role="region" aria-label="stance of each speaker in each article"></div>
<div id="grid-more"></div>
</section>
<aside id="evidence-panel">
<p class="legend marks"><mark class="m-speaker">speaker</mark> <mark class="m-cue">cue</mark> <mark class="m-limit">limit words</mark> <mark class="m-stance">stance words</mark> <mark class="m-other">another speaker</mark></p>
<div id="evidence" aria-live="polite">
<h2>Evidence</h2>
<p class="empty">Click a cell to see the sentences behind it, with the speaker's mention, the cue and the limit words marked.
Click a speaker for their summary, an article's heading for its speakers.</p>
</div>
</aside>
</div>
<section id="summary-view">
<h2>Speakers</h2>
<table><thead><tr><th>speaker</th><th>kind</th><th>articles</th><th>stances</th><th>sentences</th><th>first</th><th>last</th><th>changes</th></tr></thead>
<tbody id="summary-body"></tbody></table>
<div id="summary-more"></div>
</section>
<section id="diff-view">
<h2>Two articles side by side</h2>
<div class="controls">
<label>A <select id="diff-a"></select></label>
<label>B <select id="diff-b"></select></label>
<label><input id="diff-same" type="checkbox"> show speakers that are the same</label>
</div>
<table><thead><tr><th>speaker</th><th>status</th><th>A</th><th>B</th></tr></thead><tbody id="diff-body"></tbody></table>
<p id="diff-note"></p>
</section>
${failedList(data)}
</main>
<footer>Made by <code>claims report</code>. Stances and speakers are read by rules and can be wrong: check the sentences.</footer>
${dataElement(data, plainLimit)}
<script>${script}</script>
</body>
</html>
`;
}
