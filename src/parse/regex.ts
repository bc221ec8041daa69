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
