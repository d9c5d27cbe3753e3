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

/** Collects output pieces with their source indices (as runs, expanded once at the end). */
export class RewriteBuilder {
  private parts: string[] = [];
  /** Per part: the source index of its first unit, and whether it is a copy (consecutive) or an emit (one index). */
  private from: number[] = [];
  private copied: boolean[] = [];
  private length = 0;
  private changed = false;

  constructor(private readonly source: string) {}

  /** Copy source[from, to) unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(this.source.slice(from, to));
    this.from.push(from);
    this.copied.push(true);
    this.length += to - from;
  }

  /** Emit `ch` (one or more code units) as coming from source index `at`. */
  emit(ch: string, at: number): void {
    this.parts.push(ch);
    this.from.push(at);
    this.copied.push(false);
    this.length += ch.length;
    this.changed = true;
  }

  /** Mark that source code units were dropped. */
  drop(): void {
    this.changed = true;
  }

  finish(): Rewrite | undefined {
    if (!this.changed) return undefined;
    const map = new Int32Array(this.length);
    let k = 0;
    for (let p = 0; p < this.parts.length; p++) {
      const n = this.parts[p].length;
      const f = this.from[p];
      if (this.copied[p]) for (let i = 0; i < n; i++) map[k++] = f + i;
      else for (let i = 0; i < n; i++) map[k++] = f;
    }
    return { text: this.parts.join(''), map };
  }
}

/**
 * Compose an outer map (indices into `inner`'s text) with the inner map, in place: `outer` is
 * the fresh map of the pass that just ran, so no third array is allocated per pass.
 *
 * @example compose(Int32Array.of(0, 2, 3), Int32Array.of(0, 2)) // Int32Array [0, 3]
 */
export function compose(inner: Int32Array | undefined, outer: Int32Array): Int32Array {
  if (!inner) return outer;
  for (let i = 0; i < outer.length; i++) outer[i] = inner[outer[i]];
  return outer;
}
