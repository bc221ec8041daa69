// Rules from data files may carry regexes; they run over every line of every article, so they
// must stay linear. The shape that backtracks exponentially is a quantified group that itself
// holds a quantifier, like (a+)+ or (?:\s\w+)*: such a pattern is refused when the data loads.

const QUANTIFIERS = new Set(['*', '+', '{']);

/** Whether `source` repeats (`*`, `+`, `{n,m}`) a group that contains a quantifier. */
export function hasNestedQuantifier(source: string): boolean {
  const groups: boolean[] = []; // one entry per open group: does it hold a quantifier yet?
  let inClass = false;
  let closedGroupQuantified = false; // the token just before is a group that holds a quantifier
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      closedGroupQuantified = false;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      closedGroupQuantified = false;
      continue;
    }
    if (c === '(') {
      groups.push(false);
      if (source[i + 1] === '?') i++; // group syntax, not a quantifier
      closedGroupQuantified = false;
      continue;
    }
    if (c === ')') {
      const quantified = groups.pop() ?? false;
      if (quantified && groups.length > 0) groups[groups.length - 1] = true;
      closedGroupQuantified = quantified;
      continue;
    }
    if (QUANTIFIERS.has(c) && closedGroupQuantified) return true;
    if (QUANTIFIERS.has(c) || c === '?') {
      if (groups.length > 0) groups[groups.length - 1] = true;
      if (c === '{') i = skipBraces(source, i);
      // a lazy or possessive marker belongs to this quantifier
      if (source[i + 1] === '?') i++;
    }
    closedGroupQuantified = false;
  }
  return false;
}

function skipBraces(source: string, open: number): number {
  const close = source.indexOf('}', open);
  return close === -1 ? open : close;
}

/**
 * An alternative that a repeated group lists twice, like `(?:am|pm|am)+`: each repetition can
 * then match it two ways, and a line that fails backtracks through 2^n of them.
 */
export function repeatedDuplicateAlternative(source: string, ignoreCase: boolean): string | undefined {
  const open: Array<{ start: number; alts: string[]; from: number }> = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') { inClass = true; continue; }
    if (c === '(') {
      const body = source.startsWith('(?:', i) ? i + 3 : i + 1;
      open.push({ start: i, alts: [], from: body });
      continue;
    }
    const top = open[open.length - 1];
    if (c === '|' && top) { top.alts.push(source.slice(top.from, i)); top.from = i + 1; continue; }
    if (c === ')' && top) {
      open.pop();
      top.alts.push(source.slice(top.from, i));
      if (!QUANTIFIERS.has(source[i + 1] ?? '')) continue;
      const seen = new Set<string>();
      for (const alt of top.alts) {
        const key = ignoreCase ? alt.toLowerCase() : alt;
        if (seen.has(key)) return alt;
        seen.add(key);
      }
    }
  }
  return undefined;
}

// A rule file's regexes are checked when it is validated and compiled again when it is built:
// each is compiled once. (The regexes have neither g nor y, so one object serves every caller.)
const compiled = new Map<string, RegExp | string>();
const MAX_COMPILED = 2000;

/**
 * A regex of a rule file that its schema has passed (the shipped files are checked by a test):
 * compiled without the checks of compileRuleRegex, which cost a tenth of a second at every start.
 */
export function checkedRuleRegex(source: string, ignoreCase: boolean): RegExp {
  return new RegExp(source, ignoreCase ? 'iu' : 'u');
}

/** Compiles a rule's regex, or returns why it cannot be used. */
export function compileRuleRegex(source: string, ignoreCase: boolean): RegExp | string {
  const key = `${ignoreCase ? 'i' : '-'}${source}`;
  let result = compiled.get(key);
  if (result === undefined) {
    result = compileUncached(source, ignoreCase);
    if (compiled.size < MAX_COMPILED) compiled.set(key, result);
  }
  return result;
}

function compileUncached(source: string, ignoreCase: boolean): RegExp | string {
  if (hasNestedQuantifier(source)) {
    return `regex ${JSON.stringify(source)} repeats a group that holds a quantifier; rewrite it without nesting (e.g. [\\w ]{1,80} instead of (\\w+ )+)`;
  }
  const twice = repeatedDuplicateAlternative(source, ignoreCase);
  if (twice !== undefined) {
    return `regex ${JSON.stringify(source.slice(0, 80))} repeats a group that lists ${JSON.stringify(twice)} twice; list each alternative once`;
  }
  try {
    return new RegExp(source, ignoreCase ? 'iu' : 'u');
  } catch (error) {
    return `regex ${JSON.stringify(source)} does not compile: ${(error as Error).message}`;
  }
}

/**
 * A run of ASCII letters, digits and single spaces that every match of the regex contains (the
 * longest such run written plainly at its top level), lower-cased, or undefined when there is none
 * of at least MIN_LITERAL characters. A text whose lower case lacks it cannot match, so the regex
 * need not run. Under the `iu` flags an ASCII letter matches only itself in either case, and
 * U+017F (long s) for "s": a caller checks for that letter before trusting the answer.
 */
export function requiredLiteral(source: string): string | undefined {
  if (hasTopLevelAlternation(source)) return undefined;
  let best = '';
  let run = '';
  const close = () => {
    const literal = run.trim();
    if (literal.length > best.length) best = literal;
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '?' || c === '*' || c === '+' || c === '{') {
      // the element before is optional or repeated: it leaves the run
      run = run.slice(0, -1);
      close();
      if (c === '{') i = skipBraces(source, i);
      continue;
    }
    if (c === '\\') {
      close();
      i = escapeEnd(source, i);
      continue;
    }
    if (c === '[') {
      close();
      i = classEnd(source, i);
      continue;
    }
    if (c === '(') {
      close();
      i = groupEnd(source, i);
      continue;
    }
    if (/^[A-Za-z0-9]$/.test(c) || (c === ' ' && run !== '' && !run.endsWith(' '))) {
      run += c.toLowerCase();
      continue;
    }
    close();
  }
  close();
  return best.length >= MIN_LITERAL ? best : undefined;
}

// shorter literals rule out too few texts to pay for the search
const MIN_LITERAL = 4;

function hasTopLevelAlternation(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i = escapeEnd(source, i);
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') i = groupEnd(source, i);
    else if (c === '|') return true;
  }
  return false;
}

/** The last index of the escape that starts at `at` (\p{L}, \u{…}, \uXXXX, \xHH, \k<name>, \cX, \b …). */
function escapeEnd(source: string, at: number): number {
  const c = source[at + 1];
  const braced = (open: string, close: string) => {
    const end = source.indexOf(close, at + 2);
    return source[at + 2] === open && end !== -1 ? end : at + 1;
  };
  if (c === 'p' || c === 'P') return braced('{', '}');
  if (c === 'k') return braced('<', '>');
  if (c === 'u') return source[at + 2] === '{' ? braced('{', '}') : at + 5;
  if (c === 'x') return at + 3;
  if (c === 'c') return at + 2;
  return at + 1;
}

function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i = escapeEnd(source, i);
    else if (source[i] === ']') return i;
  }
  return source.length;
}

function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i = escapeEnd(source, i);
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return source.length;
}

/**
 * The ASCII characters a match of a regex anchored at `^` can start with, one flag each (128);
 * undefined when the regex is not anchored or its start is not read here (a lookaround, an
 * optional first element, a construct this reader does not know). A text whose first character
 * is ASCII and not among them cannot match, so the regex need not run: most lines of an article
 * start with a capital letter, and a date or a separator rule starts otherwise. Under the `iu`
 * flags an ASCII character matches only ASCII ones but for K and S (KELVIN SIGN, LONG S), so a
 * text that starts with a character past ASCII is always left to the regex.
 */
export function firstChars(source: string, ignoreCase: boolean): Uint8Array | undefined {
  if (!source.startsWith('^') || hasTopLevelAlternation(source)) return undefined;
  return sequenceFirst(source, 1, source.length, ignoreCase);
}

const ASCII = 128;
const DIGITS = (c: number) => c >= 48 && c <= 57;
const UPPER = (c: number) => c >= 65 && c <= 90;
const LOWER = (c: number) => c >= 97 && c <= 122;
const WHITE = (c: number) => c === 32 || (c >= 9 && c <= 13);

function setOf(test: (c: number) => boolean): Uint8Array {
  const out = new Uint8Array(ASCII);
  for (let c = 0; c < ASCII; c++) if (test(c)) out[c] = 1;
  return out;
}

/** The set with each ASCII letter's other case added. */
function caseClosed(set: Uint8Array): Uint8Array {
  const out = set.slice();
  for (let c = 65; c <= 90; c++) if (set[c] || set[c + 32]) { out[c] = 1; out[c + 32] = 1; }
  return out;
}

/** A character of the pattern, as the ASCII characters it matches. */
function literalSet(code: number, ignoreCase: boolean): Uint8Array | undefined {
  const out = new Uint8Array(ASCII);
  if (code < ASCII) out[code] = 1;
  // KELVIN SIGN and LONG S match k and s under `iu`; other characters past ASCII match none
  else if (ignoreCase && code === 0x212a) out[107] = 1;
  else if (ignoreCase && code === 0x17f) out[115] = 1;
  return ignoreCase ? caseClosed(out) : out;
}

/** An escape (`\d`, `\p{Lu}`, `\.`) at `at` as a set, undefined when not read here. */
function escapeSet(source: string, at: number, ignoreCase: boolean): Uint8Array | undefined {
  const c = source[at + 1];
  if (c === undefined) return undefined;
  if (c === 'd') return setOf(DIGITS);
  if (c === 's') return setOf(WHITE);
  if (c === 'w') return caseClosed(setOf((x) => DIGITS(x) || UPPER(x) || LOWER(x) || x === 95));
  if (c === 'p') {
    const name = source.slice(at + 3, source.indexOf('}', at + 3));
    const set = name === 'L' ? setOf((x) => UPPER(x) || LOWER(x)) : name === 'Lu' ? setOf(UPPER) : name === 'Ll' ? setOf(LOWER) : name === 'N' ? setOf(DIGITS) : undefined;
    return set && ignoreCase ? caseClosed(set) : set;
  }
  if (c === 'u' && /^[0-9A-Fa-f]{4}$/.test(source.slice(at + 2, at + 6))) return literalSet(Number.parseInt(source.slice(at + 2, at + 6), 16), ignoreCase);
  // an escaped mark stands for itself; letters and digits are classes or assertions not read here
  if (!/^[A-Za-z0-9]$/.test(c)) return literalSet(c.charCodeAt(0), ignoreCase);
  return undefined;
}

/** A class `[...]` that opens at `open` and closes at `close` as a set. */
function classSet(source: string, open: number, close: number, ignoreCase: boolean): Uint8Array | undefined {
  const negated = source[open + 1] === '^';
  const out = new Uint8Array(ASCII);
  let i = negated ? open + 2 : open + 1;
  while (i < close) {
    let item: Uint8Array | undefined;
    let code: number | undefined;
    let end = i;
    if (source[i] === '\\') {
      end = escapeEnd(source, i);
      item = escapeSet(source, i, false);
      if (item === undefined) return undefined;
      // a single escaped character can start a range
      if (item.reduce((a, b) => a + b, 0) === 1 && !/^[dswp]$/.test(source[i + 1]!)) code = item.indexOf(1);
    } else {
      code = source.codePointAt(i)!;
      if (code > 0xffff) end = i + 1;
    }
    if (source[end + 1] === '-' && end + 2 < close && code !== undefined) {
      // a range: both ends plain characters
      if (source[end + 2] === '\\') return undefined;
      const hi = source.codePointAt(end + 2)!;
      for (let c = code; c <= Math.min(hi, ASCII - 1); c++) out[c] = 1;
      // a range past ASCII may hold KELVIN SIGN or LONG S
      if (ignoreCase && hi >= 0x17f) return undefined;
      i = end + 3 + (hi > 0xffff ? 1 : 0);
      continue;
    }
    if (item === undefined) item = literalSet(code!, false);
    if (ignoreCase && code !== undefined && (code === 0x212a || code === 0x17f)) return undefined;
    for (let c = 0; c < ASCII; c++) if (item![c]) out[c] = 1;
    i = end + 1;
  }
  const closed = ignoreCase ? caseClosed(out) : out;
  return negated ? closed.map((v) => 1 - v) : closed;
}

/** The first characters of the sequence source[from, to); undefined if it can be empty or is not read here. */
function sequenceFirst(source: string, from: number, to: number, ignoreCase: boolean): Uint8Array | undefined {
  if (from >= to) return undefined;
  const c = source[from]!;
  let set: Uint8Array | undefined;
  let end: number;
  if (c === '(') {
    if (source[from + 1] === '?' && source[from + 2] !== ':') return undefined;
    end = groupEnd(source, from);
    if (end >= to) return undefined;
    const body = source[from + 1] === '?' ? from + 3 : from + 1;
    set = new Uint8Array(ASCII);
    let start = body;
    for (const bar of [...topLevelBars(source, body, end), end]) {
      const alt = sequenceFirst(source, start, bar, ignoreCase);
      if (alt === undefined) return undefined;
      for (let k = 0; k < ASCII; k++) if (alt[k]) set[k] = 1;
      start = bar + 1;
    }
  } else if (c === '[') {
    end = classEnd(source, from);
    if (end >= to) return undefined;
    set = classSet(source, from, end, ignoreCase);
  } else if (c === '\\') {
    end = escapeEnd(source, from);
    set = escapeSet(source, from, ignoreCase);
  } else if (c === '.') {
    end = from;
    set = setOf((x) => x !== 10 && x !== 13);
  } else if ('^$|)?*+{'.includes(c)) {
    return undefined;
  } else {
    const code = source.codePointAt(from)!;
    end = code > 0xffff ? from + 1 : from;
    set = literalSet(code, ignoreCase);
  }
  // an element that may be left out (?, *, {0,...}) lets the next one start the match
  const q = source[end + 1];
  if (q === '?' || q === '*' || (q === '{' && source[end + 2] === '0')) return undefined;
  return set;
}

/** The offsets of the `|` at the top level of source[from, to). */
function topLevelBars(source: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const c = source[i]!;
    if (c === '\\') i = escapeEnd(source, i);
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') i = groupEnd(source, i);
    else if (c === '|') out.push(i);
  }
  return out;
}

/**
 * Words one of which every match of the regex contains: the alternatives of a group written at
 * its top level, each a plain run of ASCII letters, digits and single inner spaces, lower-cased
 * (`\bwe (?:rely|depend) on` needs "rely" or "depend"). Of several such groups, the one whose
 * shortest word is longest; undefined when none has words of at least MIN_LITERAL characters.
 * The same caveat as requiredLiteral's holds: a long s matches "s" under `iu`.
 */
export function requiredAlternatives(source: string): string[] | undefined {
  if (hasTopLevelAlternation(source)) return undefined;
  let best: string[] | undefined;
  let bestShortest = MIN_LITERAL - 1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i = escapeEnd(source, i);
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') {
      const end = groupEnd(source, i);
      const words = plainAlternatives(source, i, end);
      i = end;
      if (words === undefined || isQuantifier(source[end + 1])) continue;
      const shortest = words.reduce((min, w) => Math.min(min, w.length), Infinity);
      if (shortest > bestShortest) {
        best = words;
        bestShortest = shortest;
      }
    }
  }
  return best;
}

function isQuantifier(c: string | undefined): boolean {
  return c === '?' || c === '*' || c === '+' || c === '{';
}

/** The alternatives of the group source[open, close] when each is a plain word (see requiredAlternatives). */
function plainAlternatives(source: string, open: number, close: number): string[] | undefined {
  let body = open + 1;
  if (source[body] === '?') {
    if (source[body + 1] !== ':') return undefined;
    body += 2;
  }
  const words = source.slice(body, close).split('|');
  return words.every((w) => /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/.test(w)) ? words.map((w) => w.toLowerCase()) : undefined;
}

/**
 * A mark (an ASCII character other than a letter, a digit or a space) written at the regex's
 * top level and not repeated or optional, which every match therefore contains: `/` in
 * `\s/\s?(?:photo|video)`. Under `iu` such a mark matches only itself. Undefined when there is none.
 */
export function requiredMark(source: string): string | undefined {
  if (hasTopLevelAlternation(source)) return undefined;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    let mark: string | undefined;
    let end = i;
    if (c === '\\') {
      end = escapeEnd(source, i);
      const e = source[i + 1];
      if (end === i + 1 && e !== undefined && /^[!-/:-@[-`{-~]$/.test(e)) mark = e;
    } else if (c === '[') end = classEnd(source, i);
    else if (c === '(') end = groupEnd(source, i);
    else if (c === '{') end = skipBraces(source, i);
    else if (/^[!-/:-@[-`{-~]$/.test(c) && !'^$.|)]}?*+'.includes(c)) mark = c;
    i = end;
    if (mark !== undefined && !isQuantifier(source[end + 1])) return mark;
  }
  return undefined;
}

/**
 * The ASCII characters a match of a regex anchored at `$` can end with, one flag each (128),
 * read from its last element when that is one character or a class; undefined otherwise. A text
 * whose last character is ASCII and not among them cannot match (see firstChars for why a text
 * that ends past ASCII is always left to the regex).
 */
export function lastChars(source: string, ignoreCase: boolean): Uint8Array | undefined {
  if (!source.endsWith('$') || hasTopLevelAlternation(source)) return undefined;
  const stop = source.length - 1;
  let last = -1;
  let lastEnd = -1;
  for (let i = 0; i < stop; i++) {
    const start = i;
    const c = source[i]!;
    if (c === '\\') i = escapeEnd(source, i);
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') i = groupEnd(source, i);
    else if (c === '{') i = skipBraces(source, i);
    last = start;
    lastEnd = i;
  }
  // the `$` itself escaped, or the element before it repeated or optional: not read here
  if (last < 0 || lastEnd !== stop - 1) return undefined;
  const c = source[last]!;
  if (c === '[') return classSet(source, last, lastEnd, ignoreCase);
  if (c === '\\') return lastEnd === last + 1 && source[last + 1] === '$' ? undefined : escapeSet(source, last, ignoreCase);
  if ('^$.|()[]{}?*+'.includes(c)) return undefined;
  const code = source.codePointAt(last)!;
  return code > 0xffff ? undefined : literalSet(code, ignoreCase);
}
