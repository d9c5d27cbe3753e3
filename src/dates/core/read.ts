/**
 * Reading a match of the core grammar into Fields, in named steps. A step that finds the match
 * went too far (十日 with no month, 三点意见) trims the reading's end and drops what lay past it.
 */
import type { Fields } from '../fields.js';
import { small, yearOf } from '../numerals.js';
import { clockAlone, clockNext, clockWordBefore } from './clock.js';
import { G, GT, groupsOf, startOf, type GroupIndex, type Groups } from './grammar.js';
import { monthPart, yearPart } from './parts.js';
import { RELATIVE_YEARS } from '../../text/index.js';

/** A core match read into fields and trimmed. */
export interface CoreMatch {
  start: number;
  end: number;
  fields: Fields;
  /** Only counts as the right end of a range (十二日, 六点 alone). */
  weak?: boolean;
}

const REL_MONTH: Record<string, number> = {
  本月: 0,
  这个月: 0,
  当月: 0,
  上月: -1,
  上个月: -1,
  上上个月: -2,
  上一个月: -1,
  上一月: -1,
  下月: 1,
  下一个月: 1,
  下一月: 1,
  下个月: 1,
  下下个月: 2,
  次月: 1,
};
const REL_DAY: Record<string, number> = {
  大前天: -3,
  前天: -2,
  昨天: -1,
  昨日: -1,
  昨晚: -1,
  昨夜: -1,
  今天: 0,
  今日: 0,
  当天: 0,
  当日: 0,
  翌日: 1,
  今晚: 0,
  今晨: 0,
  今早: 0,
  明天: 1,
  明日: 1,
  次日: 1,
  明早: 1,
  明晚: 1,
  后天: 2,
  大后天: 3,
};
const DAY_PERIOD: Record<string, string> = {
  今晚: '晚上',
  昨晚: '晚上',
  明晚: '晚上',
  昨夜: '深夜',
  今晨: '清晨',
  今早: '早上',
  明早: '早上',
};
const MONTH_WORD: Record<string, number> = { 正: 1, 腊: 12, 冬: 11 };

/** A match being read: its groups (a copy), where it ends, and what the steps decided. */
interface Reading {
  m: RegExpExecArray;
  x: GroupIndex;
  g: Groups;
  end: number;
  weak: boolean;
  /** Characters of an approximation word (大约) taken in before the start. */
  lead: number;
}

/** End the reading where group `name` starts; what follows (the time of day) is dropped. */
function cutAt(r: Reading, name: keyof Groups): void {
  r.end = startOf(r.m, r.x, name)!;
  r.g.th = r.g.tmi = r.g.tm2 = r.g.tp = undefined;
}

/**
 * A day without 日: in Chinese right after a month written in Chinese (八月十五), or 初N; in
 * digits right after a month in digits (1月3, where the grammar saw the day end).
 */
function bareDayStep(r: Reading): void {
  const g = r.g;
  if (g.dl === undefined) return;
  const digitDay = /\d/.test(g.dl);
  const digitMonth = g.m !== undefined && /\d/.test(g.m);
  const mcn = g.m !== undefined && !digitMonth;
  if (digitDay ? !digitMonth : !mcn && !g.dl.startsWith('初')) {
    cutAt(r, 'dl');
    g.dl = undefined;
  }
}

/** A time with no date: a Chinese hour (三点意见) or one before a noun counts points, not hours. */
function timeStep(r: Reading, hasDate: boolean): void {
  const g = r.g;
  const text = r.m.input;
  if (g.th !== undefined) {
    if (hasDate || g.tp) return;
    const cnHour = !/\d/.test(g.th);
    if (cnHour) {
      r.lead = clockWordBefore(text, r.m.index);
      r.weak = !r.lead && text[r.end - 1] !== '钟' && !clockAlone(g, text, r.m.index, r.end);
    }
    // a bare hour before a noun counts points (提出3点意见, 3-5点建议, 大约十点多家企业), not hours
    const oclock = text[r.end - 1] === '钟'; // 八点钟: a clock time whatever follows
    if ((r.lead || !cnHour) && g.tmi === undefined && g.tm2 === undefined && !oclock && !clockNext(text, r.end)) {
      r.lead = 0;
      r.weak = true;
    }
  } else if (g.tp && !hasDate && (g.tp === '早' || g.tp === '晚')) {
    r.end = startOf(r.m, r.x, 'tp')!;
    g.tp = undefined;
  }
}

const CN_DIGITS = '零一二三四五六七八九';
/**
 * Chinese digits written one by one as a two-digit year (九七, 零六, 三三), not a vague count of
 * two neighbouring numbers (三四年 is three or four years).
 * @example isDigitYear('九七') // true; isDigitYear('三四') // false
 */
export function isDigitYear(s: string): boolean {
  if (!/^[零〇○一二三四五六七八九]{2}$/.test(s)) return false;
  const a = CN_DIGITS.indexOf(s[0].replace(/[〇○]/, '零'));
  const b = CN_DIGITS.indexOf(s[1].replace(/[〇○]/, '零'));
  return b !== a + 1;
}

/** The year: false when a bare number before 年 is no year (40年, 123年, 5000年 without a month). */
function yearStep(g: Groups, f: Fields, hasMonth: boolean): boolean {
  if (g.y !== undefined) {
    const y = yearOf(g.y);
    const thousand = /千/.test(g.y);
    const digits = g.y.length;
    if (y === undefined) return false;
    if (!hasMonth) {
      if (thousand) return false;
      // a bare two-digit year: with a leading zero, before a part of the year (98年一季度), or
      // written digit by digit in Chinese (九七年, 三三年; not a vague count 三四年)
      if (digits === 2 && !/^[0零〇○]/.test(g.y) && g.yp === undefined && !isDigitYear(g.y)) return false;
      if (digits === 3) return false;
      if (digits === 4 && (y < 1800 || y > 2199)) return false;
    }
    f.year = y;
  }
  if (g.yr !== undefined) f.yearRel = RELATIVE_YEARS[g.yr];
  const part = g.yp ?? g.sp;
  if (part !== undefined) {
    f.yearPart = yearPart(part);
    if (!f.yearPart) return false;
  }
  return true;
}

/** The month and its part; a week part (十月的第一周) ends the expression. */
function monthStep(r: Reading, f: Fields): boolean {
  const g = r.g;
  if (g.m !== undefined) {
    f.month = MONTH_WORD[g.m] ?? small(g.m);
    f.monthCn = !/\d/.test(g.m);
  }
  if (g.mr !== undefined) f.monthRel = REL_MONTH[g.mr];
  if (g.mp === undefined) return true;
  f.monthPart = monthPart(g.mp);
  if (!f.monthPart) return false;
  const weekPart = f.monthPart.kind === 'week' || f.monthPart.kind === 'weekday';
  if (weekPart && (g.d !== undefined || g.dl !== undefined || g.dr !== undefined)) {
    cutAt(r, g.d !== undefined ? 'd' : g.dl !== undefined ? 'dl' : 'dr');
    g.d = g.dl = g.dr = undefined;
  }
  return true;
}

/** The day: absolute, bare (初五), relative (明天) or a New Year word (大年初一). */
function dayStep(r: Reading, f: Fields, hasMonth: boolean): void {
  const g = r.g;
  if (g.d !== undefined) {
    if (!hasMonth && (!/^\d+$/.test(g.d) || g.dm === '号')) {
      if (g.y || g.yr || g.sp) cutAt(r, 'd');
      else {
        r.weak = true;
        f.day = small(g.d);
      }
    } else f.day = small(g.d);
  }
  if (g.dl !== undefined) f.day = small(g.dl.replace(/^初/, ''));
  if (g.dr === undefined) return;
  if (g.dr.startsWith('大年')) {
    f.month = 1;
    f.day = g.dr === '大年三十' ? 30 : small(g.dr.slice(3));
    f.monthCn = true;
  } else {
    f.dayRel = REL_DAY[g.dr];
    if (DAY_PERIOD[g.dr]) f.period = DAY_PERIOD[g.dr];
  }
}

/** The time of day: false when the hour or minute is out of range. */
function clockStep(g: Groups, f: Fields): boolean {
  if (g.tp !== undefined) f.period = g.tp;
  if (g.th === undefined) return true;
  f.hour = small(g.th);
  const mi = g.tmi ?? g.tm2;
  f.minute = mi === undefined ? 0 : mi === '半' ? 30 : mi === '一刻' ? 15 : mi === '三刻' ? 45 : small(mi);
  if (f.hour === undefined || f.hour > 24 || f.minute === undefined || f.minute > 59) return false;
  if (g.ampm && /[pP]/.test(g.ampm) && f.hour < 12) f.hour += 12;
  if (g.th2 !== undefined) {
    f.hourTo = small(g.th2);
    if (f.hourTo === undefined || f.hourTo > 24 || f.hourTo === f.hour) return false;
  }
  return true;
}

/**
 * Read one CORE_AT match. Rejects forms that only look like dates (a bare 40年, 十日 without a
 * month, 3点 of 三点意见 without a date or period word).
 *
 * @example readCore(CORE_AT match of '2021年5月13日下午') // fields { year: 2021, month: 5, day: 13, period: '下午' }
 */
export function readCore(m: RegExpExecArray, x: GroupIndex = G): CoreMatch | undefined {
  const r: Reading = { m, x, g: groupsOf(m, x), end: m.index + m[0].length, weak: false, lead: 0 };
  const g = r.g;
  if (g.mh?.startsWith('月')) g.mp = g.mh.slice(1);
  else if (g.mh !== undefined) {
    g.mr = '本月';
    g.mp = g.mh;
  }
  const hasMonth = Boolean(g.m || g.mr);
  bareDayStep(r);
  timeStep(r, Boolean(g.y || g.yr || g.sp || hasMonth || g.d || g.dr || g.dl));
  const f: Fields = {};
  if (!yearStep(g, f, hasMonth) || !monthStep(r, f)) return undefined;
  dayStep(r, f, hasMonth);
  if (!clockStep(g, f)) return undefined;
  const text = m.input;
  let start = m.index - r.lead;
  let end = r.end;
  while (end > start && /\s/.test(text[end - 1])) end--;
  while (start < end && /\s/.test(text[start])) start++;
  if (end <= start || Object.keys(f).length === 0) return undefined;
  return r.weak ? { start, end, fields: f, weak: true } : { start, end, fields: f };
}

/** Read a TIME_AT match (a time of day alone; see readCore). */
export const readTime = (m: RegExpExecArray): CoreMatch | undefined => readCore(m, GT);
