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

/**
 * A finished offset map, run-length coded: runs of output units whose sources are consecutive
 * (map[i] = i + delta) are one entry, so a document with few edits keeps a few bytes per edit
 * instead of 4 per code unit. A map with too many runs stays a plain Int32Array.
 */
export type FinalMap =
  | { kind: 'identity' }
  | { kind: 'dense'; map: Int32Array }
  | { kind: 'runs'; starts: Int32Array; deltas: Int32Array };

/** Run-length code `map` when that saves memory (one run per 4 units or fewer). */
export function finalMapOf(map: Int32Array | undefined): FinalMap {
  if (!map) return { kind: 'identity' };
  let runs = map.length ? 1 : 0;
  for (let i = 1; i < map.length; i++) if (map[i] !== map[i - 1] + 1) runs++;
  if (runs * 4 > map.length) return { kind: 'dense', map };
  const starts = new Int32Array(runs);
  const deltas = new Int32Array(runs);
  let r = -1;
  for (let i = 0; i < map.length; i++) {
    if (i === 0 || map[i] !== map[i - 1] + 1) {
      starts[++r] = i;
      deltas[r] = map[i] - i;
    }
  }
  return { kind: 'runs', starts, deltas };
}

/** The run holding output index i (0 ≤ i < length): the last run starting at or before i. */
function runOf(starts: Int32Array, i: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * map[i] for an output index 0 ≤ i < length.
 *
 * @example sourceOf(finalMapOf(Int32Array.of(0, 1, 5, 6, 7, 8, 9, 10, 11)), 3) // 6
 */
export function sourceOf(m: FinalMap, i: number): number {
  switch (m.kind) {
    case 'identity':
      return i;
    case 'dense':
      return m.map[i];
    case 'runs':
      return i + m.deltas[runOf(m.starts, i)];
  }
}

/**
 * The first output index whose source is at or after `index` (maps are non-decreasing), or
 * `length` when there is none.
 *
 * @example firstAtOrAfter(finalMapOf(Int32Array.of(0, 1, 5, 6, 7, 8, 9, 10, 11)), 9, 3) // 2
 */
export function firstAtOrAfter(m: FinalMap, length: number, index: number): number {
  if (m.kind === 'identity') return Math.max(0, Math.min(Math.trunc(index), length));
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sourceOf(m, mid) < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
