// Arrays of one kind whichever tier of V8 built them.
//
// V8's optimising compiler inlines Array.prototype.map and builds the result as an array that may
// have holes (HOLEY_ELEMENTS), while the interpreter's map builds a packed one (PACKED_ELEMENTS).
// The same line thus yields arrays of two hidden classes depending on whether its function has
// been optimised yet, and every optimised function that has seen only one of them is thrown away
// ("wrong map") when it meets the other, then recompiled. On the corpus repeated to 20 MB that
// recompiled the hot functions of extraction a dozen times each. An array filled by push keeps
// the kind its literal started with, in both tiers; filter and slice keep their input's kind.

/** `xs.map(f)` as a packed array. */
export function mapped<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!, i));
  return out;
}

/**
 * `xs.filter(f)` as an array of the kind its callers' other arrays have: filter builds its result
 * with no allocation site to learn from, so an empty result has another hidden class than a full
 * one, and the code that reads both is thrown away ("wrong map") when it first meets the second.
 */
export function filtered<T>(xs: readonly T[], f: (x: T) => boolean): T[] {
  const out: T[] = [];
  for (let i = 0; i < xs.length; i++) if (f(xs[i]!)) out.push(xs[i]!);
  return out;
}

/**
 * An empty array of objects, of the kind arrays filled with objects have (an empty literal is an
 * array of small integers until an object is pushed): a constant that stands for "none" among
 * filled arrays does not make the code that reads them see two hidden classes.
 */
export function noObjects<T extends object>(): T[] {
  const out = [{}] as T[];
  out.length = 0;
  return out;
}
