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
