// The text the rules read, and the way back to the text the user gave.
//
// Invisible differences must not change the claims: the same words in NFC and NFD ("Vītola"),
// with soft hyphens inside long words, zero-width spaces, doubled spaces or two spaces after a
// full stop. So the article is analysed in a normalised view: each character cluster (a character
// and its combining marks) in NFC, soft hyphens and zero-width characters removed, and every run
// of two or more spaces (tabs and other horizontal spaces included) as one space. Line breaks are
// kept, so lines and paragraphs are those of the source.
//
// Offsets into the view map back to the source, so records still index the original text.

/** Removed from the view: soft hyphen, zero-width space, non-joiner, joiner, word joiner, BOM / zero-width no-break space, Mongolian vowel separator. */
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x180e]);

/** Horizontal spaces: `\s` without the line breaks (\n, \r, \v, \f, U+2028, U+2029). */
function isHorizontalSpace(code: number): boolean {
  if (code <= 32) return code === 32 || code === 9;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

const MARK = /\p{M}/u;
/** Hangul conjoining vowels and final consonants compose with what comes before them, as marks do. */
const isJamoTail = (code: number) => code >= 0x1160 && code <= 0x11ff;

/** Whether a combining mark (or a jamo tail) is at `j`; nothing below U+0300 is one. */
function isMarkAt(source: string, j: number): boolean {
  const code = source.charCodeAt(j);
  if (code < 0x300) return false;
  return isJamoTail(code) || MARK.test(String.fromCodePoint(source.codePointAt(j)!));
}

export interface TextView {
  /** The normalised text. */
  text: string;
  /** Source offset of the character at view offset `i` (for a start: removed characters before it are skipped). */
  sourceStart(i: number): number;
  /** Source offset just after the character at view offset `e - 1` (for an end: removed characters after it stay out). */
  sourceEnd(e: number): number;
  /** Whether the view differs from the source at all. */
  changed: boolean;
}

/**
 * A cluster of the source that the view changed: source [from, to) became view [at, at + length).
 * Clusters the view keeps as they are are not listed: between two changed clusters, view and
 * source advance together.
 */
interface Change { at: number; length: number; from: number; to: number }

const IDENTITY = (i: number) => i;

export function normalizedView(source: string): TextView {
  // pure ASCII with no tab and no two spaces in a row needs nothing
  const first = nextInteresting(source, 0);
  if (first < 0) return { text: source, sourceStart: IDENTITY, sourceEnd: IDENTITY, changed: false };
  const changes: Change[] = [];
  const out: string[] = [];
  let viewLength = 0;
  let kept = 0; // source offset up to which the source is copied into the view unchanged
  const change = (from: number, to: number, replacement: string) => {
    if (kept < from) { out.push(source.slice(kept, from)); viewLength += from - kept; }
    changes.push({ at: viewLength, length: replacement.length, from, to });
    out.push(replacement);
    viewLength += replacement.length;
    kept = to;
  };
  // Only what is not plain ASCII, and spaces in twos and tabs, can change: the scan skips the rest.
  let i = 0;
  for (let at = first; at >= 0; at = nextInteresting(source, i)) {
    let p = at;
    // a run of spaces may start with the space before ("a \u200b b"), a cluster with the letter before its mark
    if (p > i && source.charCodeAt(p - 1) === 32) p--;
    else if (p > i && isMarkAt(source, p)) p -= p - 1 > i && isLowSurrogate(source.charCodeAt(p - 1)) ? 2 : 1;
    i = step(source, p, change);
  }
  if (changes.length === 0) return { text: source, sourceStart: IDENTITY, sourceEnd: IDENTITY, changed: false };
  if (kept < source.length) out.push(source.slice(kept));
  return viewOf(out.join(''), changes);
}

/**
 * A run of units the view keeps as they are: printable ASCII and line breaks, and spaces each
 * followed by something else than a space. Read as a match from where the scan stands (sticky),
 * not searched for what is not in it: a search tries its alternatives at every unit, and was twice
 * as slow. At most so many words a match, as each holds a place on the regex's backtracking stack
 * (unbounded, a long text overflowed it); the scan goes on where a match stops short.
 */
const PLAIN_RUN = /[\n\r\x21-\x7e]*(?: (?! )[\n\r\x21-\x7e]*){0,256}/y;

/**
 * The first offset from `from` on where the view may differ (a unit that is not printable ASCII,
 * a line break or a space, a tab, or the first of two spaces), -1 when there is none.
 */
export function nextInteresting(source: string, from: number): number {
  let at = from;
  for (;;) {
    PLAIN_RUN.lastIndex = at;
    PLAIN_RUN.test(source);
    at = PLAIN_RUN.lastIndex;
    if (at >= source.length) return -1;
    const c = source.charCodeAt(at);
    // the run stops at such a unit, or short of one after its words
    if (c === 32 ? source.charCodeAt(at + 1) === 32 : !(c === 10 || c === 13 || (c > 32 && c < 127))) return at;
  }
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Per UTF-16 unit standing alone: 0 not yet asked, 1 its own NFC, 2 not. */
const LONE_NFC = new Uint8Array(0x10000);

/** Changes what starts at `i` if the view differs there; returns where the next step starts. */
function step(source: string, i: number, change: (from: number, to: number, replacement: string) => void): number {
  const code = source.charCodeAt(i);
  if (INVISIBLE.has(code)) {
    change(i, i + 1, '');
    return i + 1;
  }
  if (isHorizontalSpace(code)) {
    // the run, invisible characters inside it included: "a \u200b b" is "a b"
    let j = i + 1;
    while (j < source.length && (isHorizontalSpace(source.charCodeAt(j)) || INVISIBLE.has(source.charCodeAt(j)))) j++;
    if (j - i > 1) change(i, j, ' ');
    return j;
  }
  let j = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < source.length ? 2 : 1);
  while (j < source.length && isMarkAt(source, j)) j += source.codePointAt(j)! > 0xffff ? 2 : 1;
  // a cluster of one unit (a curly quote, a dash, an accented letter) is its own NFC or not
  // whatever stands around it: asked once per unit
  if (j === i + 1) {
    let known = LONE_NFC[code]!;
    if (known === 0) LONE_NFC[code] = known = String.fromCharCode(code).normalize('NFC') === String.fromCharCode(code) ? 1 : 2;
    if (known === 1) return j;
  }
  const cluster = source.slice(i, j);
  const nfc = cluster.normalize('NFC');
  if (nfc !== cluster) change(i, j, nfc);
  return j;
}

function viewOf(text: string, changes: Change[]): TextView {
  /** The last change that starts at or before view offset i (-1 if none). */
  const lastAtOrBefore = (i: number): number => {
    let lo = 0;
    let hi = changes.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (changes[mid]!.at <= i) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  };
  /** Where view offset i falls: inside a changed cluster, or past the last change before it. */
  const locate = (i: number): { c: Change | undefined; inside: boolean } => {
    const k = lastAtOrBefore(i);
    const c = k >= 0 ? changes[k] : undefined;
    return { c, inside: c !== undefined && i < c.at + c.length };
  };
  const sourceStart = (i: number): number => {
    const { c, inside } = locate(i);
    if (!c) return i;
    if (inside) return c.from;
    return c.to + (i - (c.at + c.length));
  };
  const sourceEnd = (e: number): number => {
    if (e <= 0) return 0;
    const i = e - 1;
    const { c, inside } = locate(i);
    if (!c) return e;
    if (inside) return c.to;
    return c.to + (i - (c.at + c.length)) + 1;
  };
  return { text, sourceStart, sourceEnd, changed: true };
}
