/**
 * Periods counted from the reference date (近三年, 5年前, 用三年时间, 三年内): their patterns
 * (which share the count and unit vocabulary, so they live in one file) and what they share
 * when resolved. The forms are count-before.ts, count-after.ts, use-span.ts, within.ts.
 */
import type { DateGranularity } from '../../types.js';
import { shiftDays, shiftMonths, shiftYears, type Day } from '../calendar.js';
import { small } from '../numerals.js';

const NUM = '(\\d{1,3}|[一二两三四五六七八九十]{1,3}|半)';
const UNIT = '(个月|年|个星期|星期|周|天|日|个小时|小时|分钟)';
/** 近三年 未来三年 今后五年 过去十年 前1周 上2个月 后1年 未来两天 */
export const COUNT_BEFORE_RE = new RegExp(
  `(?=近|最近|过去|未来|今后|此后|接下来|[前上后]的? ?[\\d一二两三四五六七八九十半])(?<![最然落背随往之以今马])(近|最近|过去|未来|今后|此后|前|上|后|接下来)(?:的)? ?${NUM} ?${UNIT}(?!以上|以下|左右|多|来|间|级|期|度)`,
  'y',
);
/** 5年前 3天后 10分钟之前 */
export const COUNT_AFTER_RE = new RegExp(
  `(?=[\\d一二两三四五六七八九十半])(?<![\\d.零〇一二两三四五六七八九十百千第])(?![0零〇])${NUM} ?${UNIT}(之前|以前|前|之后|以后|后)(?![续期来面方台劲盾备发勤夕列沿进景提行往所])`,
  'y',
);
/** 用三年时间, 用2到3年的时间 */
export const USE_SPAN_RE = new RegExp(`用 ?${NUM} ?(?:年|到${NUM}年)(?:左右)?(?:的)? ?时间`, 'y');
/** 三年内, 1至2年内, 两周内, 30天内, 3个月内 */
export const WITHIN_RE = new RegExp(
  `(?=[\\d一二两三四五六七八九十半])(?<![\\d.零〇一二两三四五六七八九十百千第多几])${NUM}(?: ?(?:至|到|-|~) ?${NUM})? ?(年|个月|个?星期|周|天|日)(?:之内|以内|内)(?!瓦)`,
  'y',
);

/** A count: a small number or 半 (0.5). */
export const amount = (s: string): number | undefined => (s === '半' ? 0.5 : small(s));

/** The unit of a counted period. */
export type Unit = 'y' | 'm' | 'w' | 'd' | 'h' | 'min';
export const unitOf = (u: string): Unit =>
  u === '年' ? 'y' : u === '个月' ? 'm' : /星期|周/.test(u) ? 'w' : /天|日/.test(u) ? 'd' : /小时/.test(u) ? 'h' : 'min';

/** The granularity a counted unit gives. */
export const unitGranularity = (u: Unit): DateGranularity => (u === 'y' ? 'year' : u === 'm' ? 'month' : u === 'w' ? 'week' : 'day');

/** r shifted by n units (days for hours and minutes are not shifted here). */
export function shift(r: Day, n: number, u: Unit): Day {
  if (u === 'y') return shiftYears(r, n);
  if (u === 'm') return shiftMonths(r, n);
  if (u === 'w') return shiftDays(r, 7 * n);
  return shiftDays(r, n);
}

/** Characters of a count (digits, Chinese numerals, 半). */
export const COUNT_CHARS = '0123456789一二两三四五六七八九十半';
/** Characters a counted unit can end near: 月 星 周 钟 时 年 天 分 秒 日. */
export const UNIT_CHARS = '月星周钟时年天分秒日';
