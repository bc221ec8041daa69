#!/usr/bin/env node
// linkedom or jsdom under Readability: speed, memory and the text found, on realistic pages
// (each corpus article inside fixtures/html/news-template.html, padded with the related-stories
// markup of a large news page). Run from a built checkout: `node scripts/bench-dom.mjs [rounds]`.
// Each DOM runs in its own child process, so one's heap does not colour the other's figures.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const which = process.argv[2];

export function pageFor(text, template, padding = 0) {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const [title, ...rest] = lines;
  let body = '';
  let inList = false;
  for (const l of rest) {
    if (l.startsWith('- ')) {
      if (!inList) { body += '<ul>\n'; inList = true; }
      body += `<li>${esc(l.slice(2))}</li>\n`;
      continue;
    }
    if (inList) { body += '</ul>\n'; inList = false; }
    body += /[.!?"”’]$/.test(l) ? `<p>${esc(l)}</p>\n` : `<h2>${esc(l)}</h2>\n`;
  }
  if (inList) body += '</ul>\n';
  const pad = Array.from({ length: padding }, (_, i) => `<div class="promo"><a href="/s/${i}"><img src="/i/${i}.jpg" alt=""><span>Promoted story number ${i} from our partners</span></a></div>`).join('\n');
  return template.replaceAll('{{TITLE}}', esc(title)).replace('{{BODY}}', body).replace('</main>', `${pad}</main>`);
}

function pages() {
  const template = fs.readFileSync(path.join(ROOT, 'fixtures/html/news-template.html'), 'utf8');
  const dir = path.join(ROOT, 'corpus');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => pageFor(fs.readFileSync(path.join(dir, f), 'utf8'), template, 400));
}

async function child(name, rounds) {
  const { pageArticle, linkedomDocument } = await import(path.join(ROOT, 'dist/input/html.js'));
  let parse = linkedomDocument;
  if (name === 'jsdom') {
    const { JSDOM } = await import('jsdom');
    parse = (html) => new JSDOM(html).window.document;
  }
  const all = pages();
  const texts = all.map((html) => pageArticle(html, parse)?.text ?? '');
  let peak = process.memoryUsage().rss;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const html of all) {
    pageArticle(html, parse);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const ms = (performance.now() - t0) / (rounds * all.length);
  const kb = all.reduce((a, h) => a + h.length, 0) / all.length / 1024;
  process.stdout.write(JSON.stringify({ name, ms, peakMb: peak / 1048576, pageKb: kb, texts }));
}

const direct = process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (!direct) {
  // imported for pageFor()
} else if (which === 'linkedom' || which === 'jsdom') {
  await child(which, Number(process.argv[3] ?? 5));
} else {
  const rounds = process.argv[2] ?? '5';
  const run = (name) => JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), name, rounds], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  const a = run('linkedom');
  const b = run('jsdom');
  const same = a.texts.filter((t, i) => t === b.texts[i]).length;
  for (const r of [a, b]) console.log(`${r.name.padEnd(9)} ${r.ms.toFixed(1).padStart(7)} ms a page (${r.pageKb.toFixed(0)} KB)   peak RSS ${r.peakMb.toFixed(0)} MB`);
  console.log(`same text from both on ${same} of ${a.texts.length} pages; linkedom ${(b.ms / a.ms).toFixed(1)}x faster`);
}
