/**
 * Qualifiers around a number: words before it (约 超过 不低于 …) and after it (左右 以上 余 …),
 * each with the `approx` it gives the quantity. Data tables plus two longest-match readers.
 */
import type { Approx } from '../types.js';

/** Words before a number. Longest match wins (不超过 before 超过 before 超). */
const BEFORE: Record<string, Approx> = {
  约: 'about',
  约占: 'about',
  大约: 'about',
  大概: 'about',
  约为: 'about',
  约合: 'about',
  大致: 'about',
  不少于: 'atLeast',
  不低于: 'atLeast',
  不小于: 'atLeast',
  不下于: 'atLeast',
  至少: 'atLeast',
  最少: 'atLeast',
  大于等于: 'atLeast',
  大于或等于: 'atLeast',
  大于或者等于: 'atLeast',
  '≥': 'atLeast',
  '>=': 'atLeast',
  超过: 'over',
  超: 'over',
  逾: 'over',
  突破: 'over',
  过: 'over',
  高于: 'over',
  多于: 'over',
  大于: 'over',
  '>': 'over',
  不超过: 'atMost',
  不高于: 'atMost',
  不多于: 'atMost',
  不大于: 'atMost',
  最多: 'atMost',
  至多: 'atMost',
  最高: 'atMost',
  小于等于: 'atMost',
  小于或等于: 'atMost',
  小于或者等于: 'atMost',
  '≤': 'atMost',
  '<=': 'atMost',
  不到: 'under',
  不足: 'under',
  低于: 'under',
  少于: 'under',
  小于: 'under',
  '<': 'under',
  近: 'nearly',
  接近: 'nearly',
  将近: 'nearly',
  逼近: 'nearly',
  近乎: 'nearly',
};
const MAX_BEFORE = 6;
/** Last characters of the words above: a cheap first test. */
const BEFORE_LAST = new Set(Object.keys(BEFORE).map((w) => w[w.length - 1]));

/** Characters that make the one-character words above part of another word (通过, 最近, 赶超). */
const NOT_BEFORE: Record<string, string> = {
  过: '通经超不越度路错难改透胜做去闯跨见听说有没未跳穿跑走渡放熬挺闪掠',
  近: '最接将逼附邻亲靠就贴',
  超: '赶高',
};

/** Filler between a qualifier and the number: 超过了80, 至少有10, 最多为5. */
const GAP = '了有是为达';

export interface Qualifier {
  approx: Approx;
  /** Index in the text where the qualifier starts. */
  start: number;
}

/**
 * The qualifier ending at index `end` of `t` (the number starts at `end`), or undefined.
 *
 * @example qualifierBefore('产值过10亿元', 3) // { approx: 'over', start: 2 }
 */
export function qualifierBefore(t: string, end: number): Qualifier | undefined {
  const tryAt = (e: number, allowShort: boolean): Qualifier | undefined => {
    let j = e;
    while (j > 0 && t[j - 1] === ' ') j--; // '小于 或 等于100', '< = 100'
    if (!BEFORE_LAST.has(t[j - 1])) return undefined;
    for (let n = Math.min(MAX_BEFORE, j); n > 0; n--) {
      const w = t.slice(j - n, j);
      const a = BEFORE[w];
      if (!a || (!allowShort && n < 2)) continue;
      const bad = NOT_BEFORE[w];
      if (bad && j - n > 0 && bad.includes(t[j - n - 1])) continue;
      return { approx: a, start: j - n };
    }
    return undefined;
  };
  const q = tryAt(end, true);
  if (q) return q;
  if (end > 1 && GAP.includes(t[end - 1])) return tryAt(end - 1, false);
  return undefined;
}

/** Words after a number (and its unit). */
const AFTER: Record<string, Approx> = {
  左右: 'about',
  上下: 'about',
  前后: 'about',
  以上: 'atLeast',
  及以上: 'atLeast',
  或以上: 'atLeast',
  或者以上: 'atLeast',
  之上: 'atLeast',
  以下: 'atMost',
  及以下: 'atMost',
  以内: 'atMost',
  之内: 'atMost',
  之下: 'atMost',
  或以下: 'atMost',
  有余: 'more',
  多: 'more',
  余: 'more',
  开外: 'more',
};
const MAX_AFTER = 4;
const AFTER_FIRST = new Set(Object.keys(AFTER).map((w) => w[0]));

/**
 * The qualifier starting at `i` of `t`: its approx and end, or undefined. `afterUnit` excludes
 * the one-character 多/余, which only qualify a bare number (40多年, 1000余家).
 *
 * @example qualifierAfter('25%左右', 3, true) // { approx: 'about', end: 5 }
 */
export function qualifierAfter(t: string, i: number, afterUnit: boolean): { approx: Approx; end: number } | undefined {
  if (!AFTER_FIRST.has(t[i])) return undefined;
  for (let n = Math.min(MAX_AFTER, t.length - i); n > 0; n--) {
    const w = t.slice(i, i + n);
    const a = AFTER[w];
    if (!a || (afterUnit && n === 1)) continue;
    return { approx: a, end: i + n };
  }
  return undefined;
}
