// A saved web page -> the article's text and metadata. Mozilla's Readability (Firefox Reader
// View) finds the article and drops scripts, navigation and ads; the page's title becomes the
// first line (the headline) and each block of the article (paragraph, heading, list item,
// quotation, caption) one line, blocks parted by a blank line. The furniture rules then run on
// that text as on any other, and start/end index it (`claims text` prints it).
//
// The DOM is linkedom's: on pages of 50-300 KB it builds and reads a page several times faster
// than jsdom with a fraction of its memory, and Readability gives the same text over both
// (`node scripts/bench-dom.mjs`).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleMeta } from '../schema.js';
import { isoDate } from './dates.js';

export interface PageArticle {
  text: string;
  meta: ArticleMeta;
}

export type ParseDocument = (html: string) => Document;

export const linkedomDocument: ParseDocument = (html) => {
  const { document } = parseHTML(html);
  // a fragment, or text with no markup at all, has no <html> root: give it one
  if (document.documentElement?.tagName.toLowerCase() === 'html') return document as unknown as Document;
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
};

// Blocks that end a line. Inline elements (a, em, span ...) stay inside their block's line.
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'figure', 'figcaption',
  'table', 'thead', 'tbody', 'tr', 'td', 'th', 'caption', 'address', 'hr', 'br', 'details', 'summary', 'form', 'fieldset',
]);
// Never text: dropped with everything inside them when Readability cannot find an article.
const NEVER_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'head', 'button', 'select', 'input', 'textarea']);
const FURNITURE = new Set(['nav', 'header', 'footer', 'aside', 'form', 'dialog', 'menu']);

/** The article in a page, or undefined when the page has no text at all. */
export function pageArticle(html: string, parse: ParseDocument = linkedomDocument): PageArticle | undefined {
  const document = parse(html);
  // Readability changes the document it reads: the metadata is read first.
  const meta = pageMeta(document);
  const h1 = clean(document.querySelector('h1')?.textContent ?? '');
  let blocks: string[] = [];
  let title = meta.title;
  let byline: string | null = null;
  try {
    const found = new Readability<Node>(document, { serializer: (node) => node }).parse();
    if (found?.content) blocks = blockLines(found.content);
    title ??= clean(found?.title ?? '') || null;
    byline = clean(found?.byline ?? '') || null;
    meta.outlet ??= clean(found?.siteName ?? '') || null;
    meta.published ??= isoDate(found?.publishedTime ?? '');
  } catch {
    // a page Readability cannot read: its body's text, furniture elements left out, below
  }
  if (blocks.length === 0) {
    const again = parse(html);
    title ??= clean(again.querySelector('title')?.textContent ?? '') || null;
    blocks = bodyLines(again);
  }
  // "Headline | Site" in <title>, "Headline" in the page's <h1>: the headline is the <h1>
  if (title !== null && h1 && title !== h1 && title.startsWith(h1)) title = h1;
  if (title !== null && blocks[0] === title) blocks.shift();
  const lines = title !== null ? [title, ...blocks] : blocks;
  const text = lines.join('\n\n');
  if (text.trim() === '') return undefined;
  return { text: `${text}\n`, meta: { ...meta, title, byline: meta.byline ?? byline } };
}

/** Title, address, site name and date of publication from the page's meta tags and JSON-LD. */
export function pageMeta(document: Document): ArticleMeta {
  const metaContent = (...keys: string[]): string | null => {
    for (const key of keys) {
      for (const attr of ['property', 'name', 'itemprop']) {
        const el = document.querySelector(`meta[${attr}="${key}"]`);
        const v = clean(el?.getAttribute('content') ?? '');
        if (v) return v;
      }
    }
    return null;
  };
  const ld = jsonLd(document);
  // <title> often ends in the site's name: Readability's title, which trims it, comes before it
  const title = metaContent('og:title', 'twitter:title', 'headline') ?? ld.headline;
  const canonical = clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '') || null;
  const published =
    isoDate(metaContent('article:published_time', 'datePublished', 'date', 'pubdate', 'publish-date', 'dc.date', 'DC.date.issued', 'parsely-pub-date', 'sailthru.date') ?? '') ??
    isoDate(ld.datePublished ?? '') ??
    isoDate(document.querySelector('time[datetime]')?.getAttribute('datetime') ?? '');
  return {
    url: canonical ?? metaContent('og:url') ?? ld.url,
    title,
    outlet: metaContent('og:site_name', 'application-name') ?? ld.publisher,
    published,
    byline: metaContent('author', 'article:author', 'byl', 'parsely-author') ?? ld.author,
  };
}

interface LdFacts { headline: string | null; datePublished: string | null; url: string | null; publisher: string | null; author: string | null }

/** The first NewsArticle-like object in the page's JSON-LD; pages often carry one. */
function jsonLd(document: Document): LdFacts {
  const facts: LdFacts = { headline: null, datePublished: null, url: null, publisher: null, author: null };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const items = Array.isArray(data) ? data : [data];
    const graph = items.flatMap((d) => (d && typeof d === 'object' && Array.isArray((d as { '@graph'?: unknown[] })['@graph']) ? (d as { '@graph': unknown[] })['@graph'] : [d]));
    for (const item of graph) {
      if (!item || typeof item !== 'object') continue;
      const o = item as Record<string, unknown>;
      if (typeof o.datePublished !== 'string' && typeof o.headline !== 'string') continue;
      const str = (v: unknown) => (typeof v === 'string' ? clean(v) || null : null);
      const name = (v: unknown): string | null => (Array.isArray(v) ? name(v[0]) : v && typeof v === 'object' ? str((v as Record<string, unknown>).name) : str(v));
      return { headline: str(o.headline), datePublished: str(o.datePublished), url: str(o.url), publisher: name(o.publisher), author: name(o.author) };
    }
  }
  return facts;
}

/** Each block of the article as one line of text, in document order. */
function blockLines(root: Node): string[] {
  const lines: string[] = [];
  let run = '';
  const flush = () => {
    const line = clean(run);
    if (line) lines.push(line);
    run = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        run += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName.toLowerCase();
      if (NEVER_TEXT.has(tag)) continue;
      if (BLOCKS.has(tag)) {
        flush();
        // a list item keeps its marker, so that the parser knows it for a bullet
        if (tag === 'li') run = itemMarker(child as Element);
        walk(child);
        flush();
      } else walk(child);
    }
  };
  walk(root);
  flush();
  return lines;
}

/** `- ` in a list, `3. ` as the third item of a numbered one. */
function itemMarker(li: Element): string {
  const list = li.parentElement;
  if (list?.tagName.toLowerCase() !== 'ol') return '- ';
  let n = Number(list.getAttribute('start') ?? '1') || 1;
  for (let sib = li.previousElementSibling; sib; sib = sib.previousElementSibling) if (sib.tagName.toLowerCase() === 'li') n++;
  return `${n}. `;
}

/** A page Readability could not read: the body's blocks, furniture elements left out. */
function bodyLines(document: Document): string[] {
  const body = document.body ?? document.documentElement;
  if (!body) return [];
  for (const el of [...body.querySelectorAll([...FURNITURE, ...NEVER_TEXT].join(','))]) el.remove();
  return blockLines(body);
}

/** Text as one line: runs of white space (a page's line breaks too) as one space. */
function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
