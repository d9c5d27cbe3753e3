/**
 * When a bare hour (3点, 十点, 8-10点) with no date or period word is a clock time rather than
 * a count of points (提出3点意见, 三点意见).
 */
import type { Groups } from './grammar.js';

/** Words of approximation before a clock time: 大约十点. */
const ABOUT_RE = /(?:大约|大概)$/;
/** What may not come before a bare Chinese-numeral hour read with 之后/以前: 这三点之后, 以上三点之后. */
const COUNTED_BEFORE_RE = /[这那上述下几每第前]$/;

/**
 * How many characters of an approximation word (大约, 大概) stand right before a clock time.
 * @example clockWordBefore('大约十点', 2) // 2
 */
export function clockWordBefore(text: string, at: number): number {
  const m = ABOUT_RE.exec(text.slice(Math.max(0, at - 2), at));
  return m ? m[0].length : 0;
}

/**
 * What may follow a bare hour (3点, 8-10点, no date, period word or minutes) for it to read as a
 * clock time: 钟/整/半, before/after/about words, a range dash, punctuation or the end.
 */
const CLOCK_NEXT_RE = /^(?:$|[钟整半前后许起至到\-—~～，。、；;,.!?！？）)\s]|以[前后]|之[前后]|左右|开始)/;

/**
 * Does a clock time read at `end`? 十点多 too, but not 十点多家企业.
 * @example clockNext('3点开会', 2) // false; clockNext('3点前', 2) // true
 */
export function clockNext(text: string, end: number): boolean {
  const next = text.slice(end, end + 3);
  return CLOCK_NEXT_RE.test(next) || (next[0] === '多' && CLOCK_NEXT_RE.test(next.slice(1)));
}

/**
 * Is a Chinese-numeral hour with no date or period word still a clock time? 零点 (not 零点几,
 * 零点五), and an hour before 之后/以后/之前/以前 (十二点之后, but not 这三点之后).
 * @example clockAlone(groups of '十二点', '十二点之后', 0, 3) // true
 */
export function clockAlone(g: Groups, text: string, start: number, end: number): boolean {
  const next = text.slice(end, end + 2);
  if (g.th === '零' && g.tm2 === undefined) return !/^[几\d零〇一二两三四五六七八九十]/.test(next);
  if (/^(?:之|以)[前后]/.test(next) && g.tm2 === undefined) {
    return !COUNTED_BEFORE_RE.test(text.slice(Math.max(0, start - 2), start));
  }
  return false;
}
