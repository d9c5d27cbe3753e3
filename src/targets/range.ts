/** Bounded look-ups in start-sorted lists. */

/**
 * The items of a start-sorted list that start in [lo, hi) (binary search, then a slice).
 *
 * @example inRange([{ start: 1 }, { start: 5 }, { start: 9 }], 2, 9) // → [{ start: 5 }]
 */
export function inRange<T extends { start: number }>(list: T[], lo: number, hi: number): T[] {
  const first = (x: number) => {
    let a = 0;
    let b = list.length;
    while (a < b) {
      const m = (a + b) >>> 1;
      if (list[m].start < x) a = m + 1;
      else b = m;
    }
    return a;
  };
  return list.slice(first(lo), first(hi));
}
