// Lines of a text, with UTF-16 offsets. A line ends at \n, \r\n or \r; the break is not part of it.

export interface LineRange {
  start: number;
  end: number;
}

const LINE_BREAK = /\r\n?|\n/g;

export function lineRanges(text: string): LineRange[] {
  const lines: LineRange[] = [];
  // most texts break lines with \n alone: a native search for it, with no regex match per line
  if (!text.includes('\r')) {
    let start = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', start)) {
      lines.push({ start, end: at });
      start = at + 1;
    }
    lines.push({ start, end: text.length });
    return lines;
  }
  const re = new RegExp(LINE_BREAK);
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** Same set as the `\s` class and String.prototype.trim. */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Whether the range holds anything but whitespace. */
export function hasContent(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
}
