// A few results remembered by the identity of the object they were computed from.
//
// Not a WeakMap: V8's minor collector keeps every young key of a WeakMap, and what it maps to,
// alive until the next full collection, so a WeakMap keyed by each sentence's tokens promoted
// about 90 KB an article to the old generation and tripled the collector's work (measured on
// the corpus repeated to 20 MB). Holding the last few strongly lets the rest die young.
export class Recent<K extends object, V> {
  private readonly keys: Array<K | undefined>;
  private readonly values: Array<V | undefined>;
  private next = 0;

  constructor(private readonly size: number) {
    this.keys = new Array<K | undefined>(size).fill(undefined);
    this.values = new Array<V | undefined>(size).fill(undefined);
  }

  get(key: K): V | undefined {
    for (let k = 0; k < this.size; k++) if (this.keys[k] === key) return this.values[k];
    return undefined;
  }

  set(key: K, value: V): void {
    for (let k = 0; k < this.size; k++) {
      if (this.keys[k] === key) { this.values[k] = value; return; }
    }
    this.keys[this.next] = key;
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.size;
  }
}
