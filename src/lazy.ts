// A value made on first use and the same value after: vocabularies that cost time or memory to
// build (compromise's lexicon) load only in a thread that extracts, so `claims --help`, `claims
// schema` and the main thread of `--jobs` never pay for them. The one place that holds such a
// value before it is made; modules keep no mutable state of their own.

/** `make` runs once, on the first call; every call returns its value. */
export function lazy<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
