/**
 * Aligning a series of items (split at 、 or ，) on what they share: a prefix, a suffix, or
 * characters in the same columns. This is the "form" of a parallel formulation: 热起来、活起来、
 * 火起来 share 起来; 看得见、摸得着、用得上 share 得 in the middle column.
 */
import { NOUN_LIST_ENDS, isClassifier, isNumeralChar, lcp, lcs } from './grammar.js';
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

/** What every alignment step reads: the raw items, the inner ones, their strings and length bounds. */
interface Series {
  text: string;
  min: number;
  first: Piece;
  last: Piece;
  inner: Piece[];
  innerStr: string[];
  fs: string;
  ls: string;
  /** The first inner item. */
  s: string;
  lo: number;
  hi: number;
}

const patterned = (text: string, items: Piece[]): Aligned => ({ items, ...patternOf(items.map((x) => strOf(text, x))) });

/** [first?, ...inner, last?] without spreading (inner may be very long). */
function withEnds(first: Piece | undefined, inner: Piece[], last: Piece | undefined): Piece[] {
  const items: Piece[] = [];
  if (first) items.push(first);
  for (const x of inner) items.push(x);
  if (last) items.push(last);
  return items;
}

/** Columns: every inner item the same length L; trim the ends to L. */
function columnCandidates(x: Series, out: Aligned[]): void {
  if (x.lo !== x.hi) return;
  const L = x.lo;
  const head = x.fs.length >= L ? { start: x.first.end - L, end: x.first.end } : undefined;
  const tail = x.ls.length >= L ? { start: x.last.start, end: x.last.start + L } : undefined;
  const tryItems = (a: Piece | undefined, b: Piece | undefined) => {
    const xs = withEnds(a, x.inner, b);
    if (xs.length < x.min) return;
    const p = patterned(x.text, xs);
    if (p.pattern) out.push(p);
  };
  tryItems(head, tail);
  if (head) tryItems(undefined, tail);
  if (tail) tryItems(head, undefined);
}

/** Suffix: the first item's end is fixed, so it votes; the last is cut after the suffix. */
function suffixCandidates(x: Series, out: Aligned[]): void {
  let q = x.s.length;
  for (const y of x.innerStr) q = Math.min(q, lcs(x.s, y));
  const qf = Math.min(q, lcs(x.s, x.fs));
  const tries: [boolean, number][] = [[false, q]];
  for (let k = qf; k >= 1; k--) tries.push([true, k]);
  for (const [withFirst, qq] of tries) {
    if (qq < 1 || qq >= x.lo) continue;
    const suf = x.s.slice(x.s.length - qq);
    const keep = x.fs.length > x.hi ? x.lo : x.fs.length;
    const head = withFirst ? { start: x.first.end - keep, end: x.first.end } : undefined;
    const k = x.ls.indexOf(suf, 1);
    const tail = k >= 1 && k + qq <= x.hi + 2 ? { start: x.last.start, end: x.last.start + k + qq } : undefined;
    const items = withEnds(head, x.inner, tail);
    if (items.length >= x.min) out.push(patterned(x.text, items));
  }
}

/** Prefix: the last item's start is fixed, so it votes; the first is cut before the prefix. */
function prefixCandidates(x: Series, out: Aligned[]): void {
  let p = x.s.length;
  for (const y of x.innerStr) p = Math.min(p, lcp(x.s, y));
  const pl = Math.min(p, lcp(x.s, x.ls));
  // a shorter shared prefix may take in a first item the longer one misses (一本…、一张…、一张…)
  const tries: [boolean, number][] = [[false, p]];
  for (let k = p; k >= 1; k--) tries.push([k <= pl, k]);
  for (const [withLast, pp] of tries) {
    if (pp < 1 || pp >= x.lo) continue;
    const k = x.fs.lastIndexOf(x.s.slice(0, pp));
    const head = k >= 0 && x.fs.length - k <= x.hi && x.fs.length - k > pp ? { start: x.first.start + k, end: x.first.end } : undefined;
    const tail = withLast && x.ls.length <= x.hi + 2 ? x.last : undefined;
    const items = withEnds(head, x.inner, tail);
    if (items.length >= x.min) out.push(patterned(x.text, items));
  }
}

/** Does candidate `c` hold as a series (frame strong enough, ends not cut mid-frame)? */
function acceptable(x: Series, c: Aligned, innerSuffix: string): boolean {
  if (!c.pattern || c.fixed < 1) return false;
  const lensC = c.items.map((y) => y.end - y.start);
  let sum = 0;
  for (const n of lensC) sum += n;
  // a one-character frame over long items is chance (区发改局局长某某、区财政局副局长某某…)
  if (!nearEqual(lensC) || c.fixed < (sum / lensC.length) * 0.2) return false;
  const pre = c.pattern.slice(0, c.pattern.indexOf('{}'));
  const suf = c.pattern.slice(c.pattern.lastIndexOf('{}') + 2);
  // a measure word as the only frame makes a noun list (市级、县级、乡级; 东部、中部、西部)
  if (c.pattern === '{}' + suf && suf.length === 1 && isClassifier(suf) && lensC.every((n) => n === 2)) return false;
  // a shared noun ending as the only frame makes a list of things (畜牧业、渔业、林业)
  if (c.pattern === '{}' + suf && NOUN_LIST_ENDS.includes(suf[suf.length - 1])) return false;
  if (
    numeralSlots(
      c.items.map((y) => strOf(x.text, y)),
      c.pattern,
    )
  )
    return false;
  // an end item left out must not carry the frame too (…中日产业园、中德新材料产业园: a noun list)
  const carries = (y: string) => (pre !== '' && y.includes(pre)) || (suf !== '' && y.includes(suf));
  if (c.items[0].end !== x.first.end && carries(x.fs)) return false;
  const tail = c.items[c.items.length - 1];
  if (tail.start !== x.last.start && carries(x.ls)) return false;
  if (tail.start === x.last.start && tail.end < x.last.end) {
    // a last item cut short: not where the inner items' shared ending comes later (…产业园、中德新材料产业园)
    const shared = innerSuffix === '' ? -1 : x.ls.indexOf(innerSuffix, tail.end - x.last.start - innerSuffix.length + 1);
    if (shared >= 0) return false;
    // and with no fixed end, only before a particle (看得见的成效), not mid-word
    if (suf === '' && pre === '' && !RUN_ON.includes(x.text[tail.end])) return false;
  }
  return true;
}

/** Of acceptable candidates: more items, then more fixed characters, then the one reaching further. */
function pickBest(x: Series, candidates: Aligned[]): Aligned | undefined {
  let innerSuffix = '';
  if (x.innerStr.length >= 2) {
    let q = x.s.length;
    for (const y of x.innerStr) q = Math.min(q, lcs(x.s, y));
    innerSuffix = x.s.slice(x.s.length - q);
  }
  const reach = (a: Aligned) => a.items[a.items.length - 1].end;
  let best: Aligned | undefined;
  for (const c of candidates) {
    if (!acceptable(x, c, innerSuffix)) continue;
    if (
      !best ||
      c.items.length > best.items.length ||
      (c.items.length === best.items.length && (c.fixed > best.fixed || (c.fixed === best.fixed && reach(c) > reach(best))))
    ) {
      best = c;
    }
  }
  return best;
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
  const innerStr = inner.map((y) => strOf(text, y));
  let lo = Infinity;
  let hi = 0;
  for (const y of innerStr) {
    lo = Math.min(lo, y.length);
    hi = Math.max(hi, y.length);
  }
  if (hi - lo > 2) return undefined;
  const first = raw[0];
  const last = raw[raw.length - 1];
  const x: Series = { text, min, first, last, inner, innerStr, fs: strOf(text, first), ls: strOf(text, last), s: innerStr[0], lo, hi };
  const candidates: Aligned[] = [];
  columnCandidates(x, candidates);
  suffixCandidates(x, candidates);
  prefixCandidates(x, candidates);
  return pickBest(x, candidates);
}
