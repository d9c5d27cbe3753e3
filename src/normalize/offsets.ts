/**
 * Offset bookkeeping for normalization: every pass rewrites a string and records, for each
 * output code unit, the index of the input code unit it came from.
 */

/** A rewritten string and, for each of its code units, the source index in the pass input. */
export interface Rewrite {
  text: string;
  /** map[i] = index in the pass input of output code unit i; length === text.length. */
  map: Int32Array;
}

/** Collects output pieces with their source indices. */
export class RewriteBuilder {
  private parts: string[] = [];
  private map: number[] = [];
  private changed = false;

  constructor(private readonly source: string) {}

  /** Copy source[from, to) unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(this.source.slice(from, to));
    for (let i = from; i < to; i++) this.map.push(i);
  }

  /** Emit `ch` (one or more code units) as coming from source index `at`. */
  emit(ch: string, at: number): void {
    this.parts.push(ch);
    for (let k = 0; k < ch.length; k++) this.map.push(at);
    this.changed = true;
  }

  /** Mark that source code units were dropped. */
  drop(): void {
    this.changed = true;
  }

  finish(): Rewrite | undefined {
    if (!this.changed) return undefined;
    return { text: this.parts.join(''), map: Int32Array.from(this.map) };
  }
}

/** Compose an outer map (indices into `inner`'s text) with the inner map. */
export function compose(inner: Int32Array | undefined, outer: Int32Array): Int32Array {
  if (!inner) return outer;
  const out = new Int32Array(outer.length);
  for (let i = 0; i < outer.length; i++) out[i] = inner[outer[i]];
  return out;
}
