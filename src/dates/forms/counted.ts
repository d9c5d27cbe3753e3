/**
 * Periods counted from the reference date (三年前, 一年半以后, 3个多月以来, 未来48小时, 近仨月,
 * 两年内, 用三年时间): the count-and-unit vocabulary their patterns share, and how a count and
 * a unit are read into an `Offset`. Resolution is offset.ts; the forms are count-before.ts,
 * count-after.ts, within.ts, use-span.ts.
 */
import { isPlausibleYear, RE } from '../../text/index.js';
import { small } from '../numerals.js';

/** A count: digits, Chinese numerals (两 俩 仨 included), 半, 几, 几十; then a vague mark (多 余 几 来). */
const COUNT = '(\\d{1,4}|[零〇一二两俩仨三四五六七八九十百千]{1,5}|几[十百千]?|半)(多|余|几|来)?';
/** A unit, 个 and a half before it, a half or a vague mark after it: 两个半月, 一个半小时, 一年半, 十三分半, 一年多. */
const UNIT = '(个)? ?(多|余)? ?(半)? ?(年|月|星期|礼拜|周|天|日|交易日|工作日|小时|钟头|刻钟|分钟|分|秒钟|秒) ?(半|多|余)?';
/** A count then its unit: groups count, mark, 个, mark, 半, unit, 半 (seven groups). */
export const COUNTED = `${COUNT} ?${UNIT}`;

/** Characters a count starts with. */
export const COUNT_CHARS = '0123456789零〇一二两俩仨三四五六七八九十百千半几';
/** Characters a unit ends near: 年 月 星 礼 周 天 日 时 头 钟 分 秒. */
export const UNIT_CHARS = '年月星拜周天日时头钟分秒';
/** Characters that, right before a count, make it part of a longer number or an ordinal. */
export const NOT_BEFORE_COUNT = '0123456789.零〇一二两俩仨三四五六七八九十百千第几多';

/**
 * 前/后 not opening a word (前夕 前列, 后续 后期), 内 not of 内容 内部, 来 not of 来看 来自;
 * the two-character words first.
 */
const WORD =
  '((?:以|之) ?(?:前|后|内)|以 ?来|前(?![期来面方台夕列沿进景提行往所瞻端途程后])|后(?![续期来面方台劲盾备发勤者世])|内(?![瓦部容外涵在])|来(?![看说讲自到源往回临]))';
/** 三年前 3 年 后 两个半月前 20多个月之后 两年内 3个多月以来 */
export const COUNT_AFTER_RE = new RegExp(`(?=[1-9一二两俩仨三四五六七八九十百千半])(?<![${NOT_BEFORE_COUNT}])${COUNTED} ?${WORD}`, 'y');

/**
 * The word (过 alone only where no Han character precedes it: 经过三年 is no offset), the
 * count, then 以来/来 (近三年来); not the first part of a longer length (还剩8天20小时).
 */
export const COUNT_BEFORE_RE = new RegExp(
  `(?<![最然落背随往之以今马将接靠附逼临亲])(近|最近|过去|未来|今后|此后|接下来|还剩|还有|再有|再过|(?<!${RE.han})过|前|上|后)(?:的)? ?${COUNTED}(以来|来(?![看说讲自到源往回临]))?(?!以上|以下|左右|多|间|级|期|度| ?[又零]?[\\d一二两三四五六七八九十]{1,3} ?(?:个|小时|钟头|分|秒|天|周|星期|月))`,
  'y',
);

/** 1至2年内, 三到五年以内 */
export const WITHIN_RE = new RegExp(
  `(?=[1-9一二两俩仨三四五六七八九十百千半])(?<![${NOT_BEFORE_COUNT}])(\\d{1,4}|[一二两俩仨三四五六七八九十百千]{1,5}) ?(?:至|到|-|~|－|—) ?${COUNTED} ?(?:之内|以内|内)(?![瓦部容外涵在])`,
  'y',
);

/** The unit of an offset: calendar units, business days, and units below a day. */
export type OffsetUnit = 'year' | 'month' | 'week' | 'day' | 'bday' | 'hour' | 'minute' | 'second';

/** A counted length: n units (n may end in .5). */
export interface Offset {
  n: number;
  unit: OffsetUnit;
}

const UNITS: Record<string, OffsetUnit> = {
  年: 'year',
  月: 'month',
  星期: 'week',
  礼拜: 'week',
  周: 'week',
  天: 'day',
  日: 'day',
  交易日: 'bday',
  工作日: 'bday',
  小时: 'hour',
  钟头: 'hour',
  刻钟: 'minute',
  分钟: 'minute',
  分: 'minute',
  秒钟: 'second',
  秒: 'second',
};
/** Units written with 个 before them (3个月, 5个交易日); the others never take it. */
const WITH_GE = new Set(['月', '星期', '礼拜', '交易日', '工作日', '小时', '钟头', '刻钟']);

const DIGIT = '一二三四五六七八九';
const PAIR_RE = /^[一二两三四五六七八九]{2}$/;

/**
 * The upper count of two neighbouring numerals (一两 → 2, 三五 → 5, 七八 → 8), or of any count;
 * undefined for two numerals that are no such pair (九七).
 */
function upperOfPair(s: string): number | undefined {
  if (!PAIR_RE.test(s)) return countValue(s);
  const a = DIGIT.indexOf(s[0].replace('两', '二')) + 1;
  const b = DIGIT.indexOf(s[1].replace('两', '二')) + 1;
  return b > a ? b : undefined;
}

/** The value of a count: 20 for 20, 仨 3, 俩 2; undefined for 几, 几十. */
function countValue(s: string): number | undefined {
  if (s === '半') return 0.5;
  // 几 alone, and two numerals side by side (两三个月, 三五年), state no single number
  if (s.startsWith('几') || PAIR_RE.test(s)) return undefined;
  return small(s.replace(/俩/g, '两').replace(/仨/g, '三'));
}

/**
 * A count and its unit read from the seven groups of COUNTED (starting at `g[k]`), or undefined
 * when they are no offset: a bare 月 after a month's number (3月 is March), a bare 分 without a half
 * (5分 is a score), 个 before a unit that never takes it, a four-digit year count (2018年前).
 * A vague count keeps its stated base (20多 → 20, 十几 → 10); 几 alone (几天前, 几十年来) and
 * two numerals side by side (两三年前) state no single number and are no offset, except for a
 * deadline that takes the upper one (`pairs: 'upper'`: 三五年内 → 5 years).
 *
 * @example readOffset(['两', undefined, '个', undefined, '半', '月', undefined], 0) // { n: 2.5, unit: 'month' }
 * @example readOffset(['一', undefined, undefined, undefined, undefined, '刻钟', undefined], 0) // { n: 15, unit: 'minute' }
 */
export function readOffset(g: readonly (string | undefined)[], k: number, pairs: 'upper' | 'none' = 'none'): Offset | undefined {
  const [num, mark0, ge, mark1, halfBefore, unitText, after] = g.slice(k, k + 7);
  // a mark after the unit: 一年多以前, 三年多来
  const mark2 = after === '多' || after === '余' ? after : undefined;
  const halfAfter = mark2 ? undefined : after;
  const mark = mark0 ?? mark1 ?? mark2;
  if (!num || !unitText) return undefined;
  const unit = UNITS[unitText];
  const halves = (halfBefore ? 1 : 0) + (halfAfter ? 1 : 0);
  if (!unit || halves > 1 || (num === '半' && (halves || mark))) return undefined;
  if ((ge && !WITH_GE.has(unitText)) || (mark1 && !ge) || [mark0, mark1, mark2].filter(Boolean).length > 1) return undefined;
  // a bare 月 follows only 半 and the numbers no month is named with (两月 俩月 仨月, 3多月)
  if (unitText === '月' && !ge && !halfBefore && !mark && !/^[半两俩仨]$/.test(num)) return undefined;
  if (unitText === '分' && !halfAfter) return undefined;
  if (halfBefore && !ge && unitText !== '月') return undefined;
  // 2018年前 is before 2018 (a year the core grammar reads); 1000年前 a thousand years ago
  if (/^\d{4}$/.test(num) && unit === 'year' && !mark && isPlausibleYear(Number(num))) return undefined;
  if (/^[零〇]/.test(num) || /^0\d/.test(num)) return undefined;
  const v = pairs === 'upper' ? upperOfPair(num) : countValue(num);
  if (v === undefined || v === 0 || v > 9999) return undefined;
  const n = v + (halves ? 0.5 : 0);
  // 一刻钟 is a quarter of an hour: counted in minutes
  if (unitText === '刻钟') return { n: n * 15, unit: 'minute' };
  return { n, unit };
}
