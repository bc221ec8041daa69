// Terminal safety: text from articles and file names never reaches a terminal raw. Control
// characters (C0, DEL, C1: escape sequences, bells, a newline in a file name), bidi overrides and
// zero-width characters are shown as `\xNN` / `\uNNNN`, so a row cannot retitle the window,
// clear the screen, reorder what follows or misalign a column.
// A single character class of code points: linear.
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/gu;

function escaped(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  if (code === 0x1b) return '\\e';
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The string with every control, bidi and zero-width character written out as an escape. */
export function visible(text: string): string {
  return text.replace(HIDDEN, escaped);
}

/** Columns a string takes in a terminal: wide (East Asian, emoji) characters count two, marks none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0)!);
  return width;
}

// East Asian Wide and Fullwidth blocks, and the emoji planes; close enough to wcwidth for a table.
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60],
  [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];
const MARK = /^[\p{M}\u200b-\u200f\u2060-\u2064\ufeff]$/u;

export function charWidth(code: number): number {
  if (code < 0x300) return 1;
  if (MARK.test(String.fromCodePoint(code))) return 0;
  for (const [lo, hi] of WIDE) if (code >= lo && code <= hi) return 2;
  return 1;
}
