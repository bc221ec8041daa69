// Text from an article is data, never markup: everything the page shows from it is escaped here
// (server side) or set as textContent (in the browser).

const HTML_ESCAPES = new Map([['&', '&amp;'], ['<', '&lt;'], ['>', '&gt;'], ['"', '&quot;'], ["'", '&#39;']]);

/** Text for an HTML element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (ch) => HTML_ESCAPES.get(ch)!);
}

const SCRIPT_ESCAPES = new Map([['<', '\\u003c'], ['>', '\\u003e'], ['&', '\\u0026'], ['\u2028', '\\u2028'], ['\u2029', '\\u2029']]);

/**
 * JSON to embed in `<script type="application/json">`: no `<` survives, so neither `</script>`
 * nor `<!--` can end or change the element, whatever the articles say. JSON.parse reads the
 * escapes back to the same text.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/gu, (ch) => SCRIPT_ESCAPES.get(ch)!);
}
