/**
 * Series without separators (热起来活起来火起来) and series of adjacent quotations
 * (“河长”“湖长”“林长”).
 */
import { nearEqual, numeralSlots, patternOf } from './align.js';
import type { Found, Piece } from './found.js';
import { isHanAt } from '../text/chars.js';
import { seriesFound } from './series.js';

const MAX_BLOCKS = 8;

/** Columns of period `p` at `i` that agree between block 0 and block 1 (a bit mask). */
function agreeMask(text: string, i: number, p: number): number {
  let mask = 0;
  for (let c = 0; c < p; c++) if (text.charCodeAt(i + c) === text.charCodeAt(i + p + c)) mask |= 1 << c;
  return mask;
}

/**
 * Series written without separators, as in headlines: 热起来活起来火起来 → '{}起来',
 * 清河清湖清渠 → '清{}', 比学习比干劲比作风 → '比{}'. Items of 2 or 3 characters repeat a
 * fixed column 3+ times; numeral columns are left to the formula reader (一村一品一基地).
 */
export function runOnSeries(text: string, isFormulaChar: (c: string) => boolean): Found[] {
  const out: Found[] = [];
  const n = text.length;
  let a = 0;
  while (a < n) {
    if (!isHanAt(text, a)) {
      a++;
      continue;
    }
    let b = a;
    while (b < n && isHanAt(text, b)) b++;
    let i = a;
    while (i < b) {
      // jump to the next place where some column repeats in two following blocks
      let h = i;
      const at = (x: number) => text.charCodeAt(x);
      while (
        h + 4 < b &&
        !(at(h) === at(h + 2) && at(h + 2) === at(h + 4)) &&
        !(h + 6 < b && at(h) === at(h + 3) && at(h + 3) === at(h + 6))
      )
        h++;
      if (h + 4 >= b) break;
      if (h - 5 > i) i = h - 5;
      let best: { start: number; p: number; k: number; mask: number; fixed: number; score: number } | undefined;
      for (const p of [2, 3]) {
        for (let s = i; s < i + 2 * p && s + 3 * p <= b; s++) {
          const mask = agreeMask(text, s, p);
          const full = (1 << p) - 1;
          if (mask === 0 || mask === full) continue;
          let k = 2;
          while (k < MAX_BLOCKS && s + (k + 1) * p <= b) {
            let ok = true;
            for (let c = 0; c < p; c++) if (mask & (1 << c) && at(s + k * p + c) !== at(s + c)) ok = false;
            if (!ok) break;
            k++;
          }
          if (k < 3) continue;
          let fixed = 0;
          let numeral = false;
          for (let c = 0; c < p; c++) {
            if (mask & (1 << c)) {
              fixed++;
              if (isFormulaChar(text[s + c])) numeral = true;
            }
          }
          if (numeral) continue;
          // more fixed characters first; then a series that fills its run of Han (比学习比干劲比作风)
          const edge = s === a || s + k * p === b ? 1 : 0;
          const score = k * fixed * 2 + edge;
          if (!best || score > best.score || (score === best.score && fixed > best.fixed)) {
            best = { start: s, p, k, mask, fixed, score };
          }
        }
      }
      if (!best) {
        i++;
        continue;
      }
      const items: Piece[] = [];
      for (let k = 0; k < best.k; k++) items.push({ start: best.start + k * best.p, end: best.start + (k + 1) * best.p });
      const strs = items.map((x) => text.slice(x.start, x.end));
      const pattern = patternOf(strs).pattern;
      if (new Set(strs).size === strs.length && !(pattern && numeralSlots(strs, pattern))) out.push(seriesFound(text, items, pattern));
      i = best.start + best.k * best.p;
    }
    a = b;
  }
  return out;
}

/**
 * A series of adjacent quotations: “河长”“湖长”“林长” → '{}长'.
 */
export function quoteSeries(text: string, quotes: Piece[]): Found[] {
  const out: Found[] = [];
  let group: Piece[] = [];
  const flush = () => {
    if (group.length >= 3) {
      const strs = group.map((q) => text.slice(q.start, q.end));
      const lens = strs.map((s) => s.length);
      const p = patternOf(strs);
      const avg = lens.reduce((x, y) => x + y, 0) / lens.length;
      if (p.pattern && p.fixed >= avg * 0.25 && nearEqual(lens, 1) && lens.every((l) => l >= 2 && l <= 8)) {
        out.push({ type: 'parallel', start: group[0].start, end: group[group.length - 1].end, parts: strs, pattern: p.pattern });
      }
    }
    group = [];
  };
  for (const q of quotes) {
    const prev = group[group.length - 1];
    const between = prev ? text.slice(prev.end + 1, q.start - 1) : '';
    if (!prev || !(between === '' || between === '、')) flush();
    group.push(q);
  }
  flush();
  return out;
}
