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

/** Compiles a rule's regex, or returns why it cannot be used. */
export function compileRuleRegex(source: string, ignoreCase: boolean): RegExp | string {
  if (hasNestedQuantifier(source)) {
    return `regex ${JSON.stringify(source)} repeats a group that holds a quantifier; rewrite it without nesting (e.g. [\\w ]{1,80} instead of (\\w+ )+)`;
  }
  try {
    return new RegExp(source, ignoreCase ? 'iu' : 'u');
  } catch (error) {
    return `regex ${JSON.stringify(source)} does not compile: ${(error as Error).message}`;
  }
}
