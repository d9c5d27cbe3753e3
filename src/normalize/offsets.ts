/**
 * Offset bookkeeping for normalization: every pass rewrites a string and records, for each
 * output code unit, the index of the input code unit it came from — as runs: output units
 * whose sources are consecutive (source = index + delta) share one entry, so a pass that
 * changes a few characters costs a few entries, not 4 bytes per code unit.
 */

/**
 * An offset map as runs: output units [starts[r], starts[r + 1]) (the last run ends at
 * `length`) come from source units index + deltas[r]. Runs are in output order.
 */
export interface Runs {
  count: number;
  starts: Int32Array;
  deltas: Int32Array;
  /** The number of output code units mapped. */
  length: number;
}

/** A rewritten string and the runs mapping it to the pass input. */
export interface Rewrite {
  text: string;
  map: Runs;
}

/** Builds Runs in output order, merging a run into the one before when it continues it. */
function runsBuilder(): { add(start: number, delta: number): void; done(length: number): Runs } {
  let starts = new Int32Array(16);
  let deltas = new Int32Array(16);
  let count = 0;
  return {
    add(start, delta) {
      if (count > 0 && deltas[count - 1] === delta) return;
      if (count > 0 && starts[count - 1] === start) {
        deltas[count - 1] = delta; // an empty run before: replace it
        if (count > 1 && deltas[count - 2] === delta) count--;
        return;
      }
      if (count === starts.length) {
        const s2 = new Int32Array(count * 2);
        const d2 = new Int32Array(count * 2);
        s2.set(starts);
        d2.set(deltas);
        starts = s2;
        deltas = d2;
      }
      starts[count] = start;
      deltas[count] = delta;
      count++;
    },
    done: (length) => ({ count, starts, deltas, length }),
  };
}

/** Collects output pieces with their source indices, as runs. */
export class RewriteBuilder {
  private parts: string[] = [];
  private runs = runsBuilder();
  private length = 0;
  private changed = false;

  constructor(private readonly source: string) {}

  /** Copy source[from, to) unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(this.source.slice(from, to));
    this.runs.add(this.length, from - this.length);
    this.length += to - from;
  }

  /** Emit `ch` (one or more code units) as coming from source index `at`. */
  emit(ch: string, at: number): void {
    this.parts.push(ch);
    for (let k = 0; k < ch.length; k++) this.runs.add(this.length + k, at - (this.length + k));
    this.length += ch.length;
    this.changed = true;
  }

  /** Mark that source code units were dropped. */
  drop(): void {
    this.changed = true;
  }

  finish(): Rewrite | undefined {
    if (!this.changed) return undefined;
    return { text: this.parts.join(''), map: this.runs.done(this.length) };
  }
}

/** The run holding output index i (0 ≤ i < length): the last run starting at or before i. */
function runOf(starts: Int32Array, count: number, i: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Compose the runs of a later pass (`outer`, indices into `inner`'s output) with the runs
 * before it: the result maps the later pass's output to the first pass's input.
 *
 * @example compose(runs 0→0, 2→+1 over 4 units, runs 0→0, 1→+1 over 3 units) // runs 0→0, 1→+2 over 3 units
 */
export function compose(inner: Runs | undefined, outer: Runs): Runs {
  if (!inner) return outer;
  const out = runsBuilder();
  for (let r = 0; r < outer.count; r++) {
    const d = outer.deltas[r];
    const end = r + 1 < outer.count ? outer.starts[r + 1] : outer.length;
    let at = outer.starts[r];
    while (at < end) {
      const j = runOf(inner.starts, inner.count, at + d);
      const innerEnd = j + 1 < inner.count ? inner.starts[j + 1] : inner.length;
      out.add(at, d + inner.deltas[j]);
      at = Math.min(end, innerEnd - d);
    }
  }
  return out.done(outer.length);
}

/**
 * A finished offset map, run-length coded: runs of output units whose sources are consecutive
 * (map[i] = i + delta) are one entry, so a document with few edits keeps a few bytes per edit
 * instead of 4 per code unit. A map with too many runs stays a plain Int32Array.
 */
export type FinalMap = { kind: 'identity' } | { kind: 'dense'; map: Int32Array } | { kind: 'runs'; starts: Int32Array; deltas: Int32Array };

/**
 * The map normalize keeps: the runs trimmed to size, or a plain Int32Array when runs would
 * cost more (more than one run per 2 units: spaced digits everywhere).
 *
 * @example finalMapOf(undefined) // { kind: 'identity' }
 */
export function finalMapOf(runs: Runs | undefined): FinalMap {
  if (!runs) return { kind: 'identity' };
  if (runs.count * 2 <= runs.length) {
    return { kind: 'runs', starts: runs.starts.slice(0, runs.count), deltas: runs.deltas.slice(0, runs.count) };
  }
  const map = new Int32Array(runs.length);
  for (let r = 0; r < runs.count; r++) {
    const end = r + 1 < runs.count ? runs.starts[r + 1] : runs.length;
    for (let i = runs.starts[r]; i < end; i++) map[i] = i + runs.deltas[r];
  }
  return { kind: 'dense', map };
}

/**
 * map[i] for an output index 0 ≤ i < length.
 *
 * @example sourceOf({ kind: 'runs', starts: Int32Array.of(0, 2), deltas: Int32Array.of(0, 3) }, 3) // 6
 */
export function sourceOf(m: FinalMap, i: number): number {
  switch (m.kind) {
    case 'identity':
      return i;
    case 'dense':
      return m.map[i];
    case 'runs':
      return i + m.deltas[runOf(m.starts, m.starts.length, i)];
  }
}

/**
 * The first output index whose source is at or after `index` (maps are non-decreasing), or
 * `length` when there is none.
 *
 * @example firstAtOrAfter({ kind: 'runs', starts: Int32Array.of(0, 2), deltas: Int32Array.of(0, 3) }, 9, 3) // 2
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
