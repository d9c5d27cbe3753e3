/**
 * Every date form, one line each. The prefilter (scan.ts), the candidate list (dates/index.ts)
 * and the prefilter's equivalence test are derived from this array. Order matters only on a
 * tie: of two candidates with the same span, the one listed first is kept.
 *
 * To add a form: write src/dates/forms/<name>.ts exporting a DateForm, add one line here
 * (see docs/dates.md, "How to add a date form").
 */
import { century } from './century.js';
import { core } from './core.js';
import { countAfter } from './count-after.js';
import { countBefore } from './count-before.js';
import { decade } from './decade.js';
import { dmy } from './dmy.js';
import { duration } from './duration.js';
import { era } from './era.js';
import { festival } from './festival.js';
import { lunarDay, lunarMarked, lunarMonthDay } from './lunar-date.js';
import { monthDay } from './month-day.js';
import { monthPart } from './month-part.js';
import { now } from './now.js';
import { numericMore } from './numeric-more.js';
import { ordinalDay } from './ordinal-day.js';
import { planWord } from './plan-word.js';
import { plan } from './plan.js';
import { quarter } from './quarter.js';
import { relPair } from './rel-pair.js';
import { relYear } from './rel-year.js';
import { season } from './season.js';
import type { DateForm } from './types.js';
import { useSpan } from './use-span.js';
import { week } from './week.js';
import { within } from './within.js';
import { ymd } from './ymd.js';

export const FORMS: readonly DateForm[] = [
  plan, // “十四五”末, 十三五时期
  planWord, // 第十四个五年规划
  decade, // 上世纪90年代
  century, // 18世纪, 11世纪初, 上世纪
  relYear, // 上一年, 下一年 (before countBefore: the calendar year wins the tie)
  relPair, // 今明两年, 明后两天
  countBefore, // 近三年, 未来五年, 前1周
  countAfter, // 5年前, 一年半以后, 两年内, 3个多月以来
  useSpan, // 用三年时间
  within, // 1至2年内
  ordinalDay, // 第三天起
  monthPart, // 这个月前两天, 4月前4天, 当月, 2005年首月, 二零二一年后三月
  quarter, // 上季度末, 下个季度, 2021年前两个季度, 1季度
  week, // 下周一, 上上周末
  era, // 民国三年, 康熙二十年
  numericMore, // 20240307, 1999.08-2002.02, 2019.05.29 15:20-2020.01.12 12:10
  ymd, // 2021-05-13, 2021.5.13
  dmy, // 13.5.2015, 05/05/89
  monthDay, // 09-01 20:01, 09-01至12-01 (weak alone)
  now, // 现在, 目前 (weak: 去年到现在)
  // Chinese-calendar forms before core: on an equal span the lunar reading wins (正月初一)
  lunarMarked, // 农历正月十五, 闰四月, 腊月二十三
  lunarMonthDay, // 五月廿二, 八月十五
  lunarDay, // 初五, 廿一, 大年初三
  festival, // 2022年春节, 中秋节前后, 2024年冬至, 今年夏季
  season, // 今冬明春, 2021年春
  core, // 2021年5月13日下午, 今年一季度, 明天
  // after core: on an equal span a date wins (一九九八年十月 is October 1998, not 1998 years and 10 months)
  duration, // 三年, 一年半 (a length)
];

export type { DateForm, ScanPoint } from './types.js';
