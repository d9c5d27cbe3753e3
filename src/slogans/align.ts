/**
 * Aligning a series of items (split at 、 or ，) on what they share: a prefix, a suffix, or
 * characters in the same columns. This is the "form" of a parallel formulation: 热起来、活起来、
 * 火起来 share 起来; 看得见、摸得着、用得上 share 得 in the middle column.
 */
import { isClassifier, isNumeralChar, lcp, lcs } from './grammar.js';
import type { Piece } from './found.js';

/**
 * The shared template of equal-shaped strings, '{}' for what varies, and how many characters
 * are fixed. Equal lengths are compared column by column; otherwise by common prefix/suffix.
 *
 * @example patternOf(['热起来', '活起来', '火起来'])   // { pattern: '{}起来', fixed: 2 }
 * @example patternOf(['看得见', '摸得着', '用得上'])   // { pattern: '{}得{}', fixed: 1 }
 * @example patternOf(['清河道', '清湖面', '清渠沟']) // { pattern: '清{}', fixed: 1 }
 */
export function patternOf(strs: string[]): { pattern?: string; fixed: number } {
  if (strs.length < 2) return { fixed: 0 };
  const len = strs[0].length;
  if (strs.every((s) => s.length === len)) {
    let pattern = '';
    let fixed = 0;
    let inSlot = false;
    for (let c = 0; c < len; c++) {
      const ch = strs[0][c];
      if (strs.every((s) => s[c] === ch)) {
        pattern += ch;
        fixed++;
        inSlot = false;
      } else if (!inSlot) {
        pattern += '{}';
        inSlot = true;
      }
    }
    return fixed > 0 && fixed < len ? { pattern, fixed } : { fixed: 0 };
  }
  let p = strs[0].length;
  let q = strs[0].length;
  let min = strs[0].length;
  for (const s of strs) {
    p = Math.min(p, lcp(strs[0], s));
    q = Math.min(q, lcs(strs[0], s));
    min = Math.min(min, s.length);
  }
  if (p + q >= min) q = Math.max(0, min - 1 - p);
  if (p + q === 0) return { fixed: 0 };
  return { pattern: strs[0].slice(0, p) + '{}' + strs[0].slice(strs[0].length - q), fixed: p + q };
}

/** Particles and conjunctions that may follow the last item of a series. */
const RUN_ON = '的地之等和与及或都也';

/**
 * True when what varies between items is only numerals (一季度、二季度、三季度; 第一、第二):
 * an ordinal or counted list, not a formulation.
 */
export function numeralSlots(parts: string[], pattern: string): boolean {
  const pre = pattern.slice(0, pattern.indexOf('{}'));
  const suf = pattern.slice(pattern.lastIndexOf('{}') + 2);
  return parts.every((x) => {
    const mid = x.slice(pre.length, x.length - suf.length);
    return mid.length > 0 && Array.from(mid).every(isNumeralChar);
  });
}

const strOf = (text: string, x: Piece) => text.slice(x.start, x.end);

/** Lengths near enough to be one series: 7 and 8, 3 and 5, not 11 and 7. */
export function nearEqual(lengths: number[], slack = 2): boolean {
  let lo = Infinity;
  let hi = 0;
  for (const n of lengths) {
    lo = Math.min(lo, n);
    hi = Math.max(hi, n);
  }
  return hi - lo <= Math.max(slack, Math.floor(hi * 0.3));
}

export interface Aligned {
  items: Piece[];
  pattern?: string;
  fixed: number;
}

/**
 * Align raw items of an unquoted series whose first item may carry a lead-in (让夜经济热起来) and
 * whose last may run on (火起来的消费场景): the inner items fix the shape, the ends are
 * trimmed to it, or dropped when they do not share it. Undefined when fewer than `min`
 * items share a frame.
 *
 * @example '让夜经济热起来、活起来、火起来的消费场景' → items 热起来 / 活起来 / 火起来, pattern '{}起来'
 */
export function alignSeries(text: string, raw: Piece[], min = 3): Aligned | undefined {
  if (raw.length < min || raw.length < 3) return undefined;
  const inner = raw.slice(1, -1);
  const innerStr = inner.map((x) => strOf(text, x));
  const first = raw[0];
  const last = raw[raw.length - 1];
  const fs = strOf(text, first);
  const ls = strOf(text, last);
  const s = innerStr[0];
  const lens = innerStr.map((x) => x.length);
  const lo = Math.min(...lens);
  const hi = Math.max(...lens);
  if (hi - lo > 2) return undefined;
  const candidates: Aligned[] = [];
  let innerSuffix = '';
  if (innerStr.length >= 2) {
    let q = s.length;
    for (const x of innerStr) q = Math.min(q, lcs(s, x));
    innerSuffix = s.slice(s.length - q);
  }

  // Columns: every inner item the same length L; trim the ends to L.
  if (lo === hi) {
    const L = lo;
    const items: Piece[] = [];
    if (fs.length >= L) items.push({ start: first.end - L, end: first.end });
    items.push(...inner);
    if (ls.length >= L) items.push({ start: last.start, end: last.start + L });
    const tryItems = (xs: Piece[]) => {
      if (xs.length < min) return;
      const p = patternOf(xs.map((x) => strOf(text, x)));
      if (p.pattern) candidates.push({ items: xs, ...p });
    };
    tryItems(items);
    const hasFirst = fs.length >= L;
    const hasLast = ls.length >= L;
    if (hasFirst) tryItems(items.slice(1));
    if (hasLast) tryItems(items.slice(0, -1));
  }

  // Suffix: first item's end is fixed, so it votes; the last is cut after the suffix.
  {
    let q = s.length;
    for (const x of innerStr) q = Math.min(q, lcs(s, x));
    const qf = Math.min(q, lcs(s, fs));
    const tries: [boolean, number][] = [[false, q]];
    for (let k = qf; k >= 1; k--) tries.push([true, k]);
    for (const [withFirst, qq] of tries) {
      if (qq < 1 || qq >= lo) continue;
      const suf = s.slice(s.length - qq);
      const items: Piece[] = [];
      if (withFirst) {
        const keep = fs.length > hi ? lo : fs.length;
        items.push({ start: first.end - keep, end: first.end });
      }
      items.push(...inner);
      const k = ls.indexOf(suf, 1);
      if (k >= 1 && k + qq <= hi + 2) items.push({ start: last.start, end: last.start + k + qq });
      if (items.length >= min) candidates.push({ items, ...patternOf(items.map((x) => strOf(text, x))) });
    }
  }

  // Prefix: last item's start is fixed, so it votes; the first is cut before the prefix.
  {
    let p = s.length;
    for (const x of innerStr) p = Math.min(p, lcp(s, x));
    const pl = Math.min(p, lcp(s, ls));
    // a shorter shared prefix may take in a first item the longer one misses (一本…、一张…、一张…)
    const tries: [boolean, number][] = [[false, p]];
    for (let k = p; k >= 1; k--) tries.push([k <= pl, k]);
    for (const [withLast, pp] of tries) {
      if (pp < 1 || pp >= lo) continue;
      const pre = s.slice(0, pp);
      const items: Piece[] = [];
      const k = fs.lastIndexOf(pre);
      if (k >= 0 && fs.length - k <= hi && fs.length - k > pp) items.push({ start: first.start + k, end: first.end });
      items.push(...inner);
      if (withLast && ls.length <= hi + 2) items.push(last);
      if (items.length >= min) candidates.push({ items, ...patternOf(items.map((x) => strOf(text, x))) });
    }
  }

  let best: Aligned | undefined;
  for (const c of candidates) {
    if (!c.pattern || c.fixed < 1) continue;
    const lensC = c.items.map((x) => x.end - x.start);
    const avg = lensC.reduce((a, b) => a + b, 0) / lensC.length;
    // a one-character frame over long items is chance (区发改局局长某某、区财政局副局长某某…)
    if (!nearEqual(lensC) || c.fixed < avg * 0.2) continue;
    // an end item left out must not carry the frame too (…中日产业园、中德新材料产业园: a noun list)
    const pre = c.pattern.slice(0, c.pattern.indexOf('{}'));
    const suf = c.pattern.slice(c.pattern.lastIndexOf('{}') + 2);
    // a measure word as the only frame makes a noun list (市级、县级、乡级; 东部、中部、西部)
    if (c.pattern === '{}' + suf && suf.length === 1 && isClassifier(suf) && lensC.every((n) => n === 2)) continue;
    if (numeralSlots(c.items.map((x) => strOf(text, x)), c.pattern)) continue;
    const carries = (x: string) => (pre !== '' && x.includes(pre)) || (suf !== '' && x.includes(suf));
    if (c.items[0].end !== first.end && carries(fs)) continue;
    const tail = c.items[c.items.length - 1];
    if (tail.start !== last.start && carries(ls)) continue;
    if (tail.start === last.start && tail.end < last.end) {
      // a last item cut short: not where the inner items' shared ending comes later (…产业园、中德新材料产业园)
      const shared = innerSuffix === '' ? -1 : ls.indexOf(innerSuffix, tail.end - last.start - innerSuffix.length + 1);
      if (shared >= 0) continue;
      // and with no fixed end, only before a particle (看得见的成效), not mid-word
      if (suf === '' && pre === '' && !RUN_ON.includes(text[tail.end])) continue;
    }
    const longer = (a: Aligned, b: Aligned) => a.items[a.items.length - 1].end > b.items[b.items.length - 1].end;
    if (
      !best ||
      c.items.length > best.items.length ||
      (c.items.length === best.items.length && (c.fixed > best.fixed || (c.fixed === best.fixed && longer(c, best))))
    ) {
      best = c;
    }
  }
  return best;
}
