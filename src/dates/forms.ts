/**
 * Date forms outside the core grammar: numeric dates (2021.5.13, 2021-05-13, 13.5.2015),
 * five-year plans (“十四五”末), decades (上世纪90年代), counted periods (近三年, 未来三年,
 * 用三年时间, 前1周, 5年前) and weeks (下周一, 上上周末). Each gives a candidate with its own resolver.
 */
import type { DateGranularity, DateRole } from '../types.js';
import { isValidDay, mondayOf, shiftDays, shiftMonths, shiftYears, type Day, type Moment } from './calendar.js';
import type { Fields } from './core.js';
import { small } from './numerals.js';
import type { Resolved } from './resolve.js';

/** A found expression: its normalized span and how to resolve it. */
export interface Candidate {
  start: number;
  end: number;
  /** Core fields, when the expression came from the core grammar (ranges inherit them). */
  fields?: Fields;
  /** Only usable as the right end of a range. */
  weak?: boolean;
  resolve: (ref: Day | undefined) => Resolved | undefined;
}

const abs = (from: Day, to: Day, gran: DateGranularity, role?: DateRole): Resolved => ({
  from: { ...from },
  to: { ...to },
  gran,
  relative: false,
  ...(role ? { role } : {}),
});
const years = (a: number, b: number, gran: DateGranularity, role?: DateRole): Resolved =>
  abs({ year: a, month: 1, day: 1 }, { year: b, month: 12, day: 31 }, gran, role);

// ---- numeric dates -------------------------------------------------------------------------

/** 2021-05-13, 2021.5.13, 2021/5/13 (year first). */
const YMD_RE = /(?<![\d.\/-])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?!\d|[.\/-]\d)/g;
/** 13.5.2015, 3-7-2017, 1/2/2020, 05/05/89, 27-7-3 (day first, or two-digit year first). */
const DMY_RE = /(?<![\d.\/:-])(\d{1,2})([-/])(\d{1,2})\2(\d{4}|\d{1,2})(?!\d|[.\/:-]\d)|(?<![\d.\/:-])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d|\.\d)/g;

const fold2 = (y: string): number => (y.length === 2 ? (Number(y) <= 50 ? 2000 + Number(y) : 1900 + Number(y)) : Number(y));

function dayCand(start: number, end: number, y: number, m: number, d: number): Candidate | undefined {
  if (!isValidDay(y, m, d)) return undefined;
  const day = { year: y, month: m, day: d };
  return { start, end, fields: { year: y, month: m, day: d }, resolve: () => abs(day, day, 'day') };
}

/**
 * Numeric dates.
 * @example numericDates('2021.5.13') // [{ start: 0, end: 9, … → 2021-05-13 }]
 */
export function numericDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(YMD_RE)) {
    const c = dayCand(m.index!, m.index! + m[0].length, Number(m[1]), Number(m[3]), Number(m[4]));
    if (c) out.push(c);
  }
  for (const m of text.matchAll(DMY_RE)) {
    const s = m.index!;
    const e = s + m[0].length;
    let c: Candidate | undefined;
    if (m[5] !== undefined) c = dayCand(s, e, Number(m[7]), Number(m[6]), Number(m[5]));
    else {
      const [a, b, z] = [m[1], m[3], m[4]];
      if (a.length === 2 && z.length <= 2 && !z.startsWith('0')) c = dayCand(s, e, fold2(a), Number(b), Number(z));
      if (!c && (z.length === 4 || z.length === 2)) c = dayCand(s, e, fold2(z), Number(b), Number(a));
    }
    if (c) out.push(c);
  }
  return out;
}

// ---- five-year plans -----------------------------------------------------------------------

/** First year of the n-th five-year plan: 1953, 1958, then 1966 onward after the 1963–65 adjustment. */
export const planStart = (n: number): number => (n <= 2 ? 1953 + 5 * (n - 1) : 1966 + 5 * (n - 3));

const PLAN_RE =
  /(?<![\d零〇一二两三四五六七八九十百第])([“"「『'‘]?)十([一二三四五六七八九])五([”"」』'’]?)(?:规划)?(时期|期间|规划期内|规划期|末期|末|初期|初|开局之年|开局年|开局|首年|第一年|收官之年|收官年|收官|最后一年|以来)?(?![\d%万亿个年])/g;
const PLAN_WORD_RE = /第([一二三四五六七八九十]{1,3})个五年(?:规划|计划)/g;

/**
 * Plan periods.
 * @example plans('“十四五”末') // → 2025-01-01..2025-12-31 (year)
 */
export function plans(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PLAN_RE)) {
    const y0 = planStart(10 + Number(small(m[2])));
    const part = m[4] ?? '';
    let start = m.index!;
    let end = start + m[0].length;
    if (m[1] && !m[3]) start += m[1].length; // an opening quote whose closing one is elsewhere
    let res: Resolved;
    if (/^(末|收官|最后)/.test(part)) res = years(y0 + 4, y0 + 4, 'year');
    else if (/^(初|开局|首年|第一年)/.test(part)) res = years(y0, y0, 'year');
    else if (part === '以来') {
      end -= 2; // 以来 is read as a suffix
      res = years(y0, y0 + 4, 'plan', 'span');
    } else res = years(y0, y0 + 4, 'plan', 'span');
    out.push({ start, end, resolve: () => res });
  }
  for (const m of text.matchAll(PLAN_WORD_RE)) {
    const n = small(m[1]);
    if (!n || n > 30) continue;
    const y0 = planStart(n);
    out.push({ start: m.index!, end: m.index! + m[0].length, resolve: () => years(y0, y0 + 4, 'plan', 'span') });
  }
  return out;
}

// ---- decades -------------------------------------------------------------------------------

const DECADE_RE =
  /(?=[上本\d一二三四五六七八九十])(?<![\d零〇一二两三四五六七八九十])(?:(上|本)世纪|(\d{1,2}|[一二三四五六七八九十]{1,3})世纪)?(?:(\d)0|([一二三四五六七八九])十)年代/g;

/**
 * Decades.
 * @example decades('上世纪90年代') // → 1990-01-01..1999-12-31
 */
export function decades(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(DECADE_RE)) {
    const d = m[3] !== undefined ? Number(m[3]) * 10 : Number(small(m[4])) * 10;
    const explicit = m[2] !== undefined ? small(m[2]) : undefined;
    const rel = m[1];
    const s = m.index!;
    const e = s + m[0].length;
    const need = explicit === undefined && rel !== undefined;
    out.push({
      start: s,
      end: e,
      resolve: (ref) => {
        let c: number;
        if (explicit !== undefined) c = (explicit - 1) * 100;
        else if (rel) {
          if (!ref) return { gran: 'year', relative: true, role: 'span' };
          c = Math.floor((ref.year - 1) / 100) * 100 - (rel === '上' ? 100 : 0);
          if (ref.year % 100 === 0 && rel === '本') c = ref.year - 100;
        } else c = d <= (ref ? ref.year % 100 : 20) ? 2000 : 1900;
        if (explicit === undefined && !rel) c = d <= (ref ? ref.year % 100 : 20) ? 2000 : 1900;
        return { ...years(c + d, c + d + 9, 'year', 'span'), relative: need };
      },
    });
  }
  return out;
}

// ---- counted periods -----------------------------------------------------------------------

const NUM = '(\\d{1,3}|[一二两三四五六七八九十]{1,3}|半)';
const UNIT = '(个月|年|个星期|星期|周|天|日|个小时|小时|分钟)';
/** 近三年 未来三年 今后五年 过去十年 前1周 上2个月 后1年 未来两天 */
const COUNT_BEFORE_RE = new RegExp(`(?=近|最近|过去|未来|今后|此后|接下来|[前上后]的? ?[\\d一二两三四五六七八九十半])(?<![最然落背随往之以今马])(近|最近|过去|未来|今后|此后|前|上|后|接下来)(?:的)? ?${NUM} ?${UNIT}(?!以上|以下|左右|多|来|间|级|期|度)`, 'g');
/** 5年前 3天后 10分钟之前 */
const COUNT_AFTER_RE = new RegExp(`(?=[\\d一二两三四五六七八九十半])(?<![\\d.零〇一二两三四五六七八九十百千第])(?![0零〇])${NUM} ?${UNIT}(之前|以前|前|之后|以后|后)(?![续期来面方台劲盾备发勤夕列沿进景提行往所])`, 'g');
/** 用三年时间 三年内 */
const COUNT_SPAN_RE = new RegExp(`(?=用|[\\d一二两三四五六七八九十半])(?:用 ?${NUM} ?(?:年|到${NUM}年)(?:左右)?(?:的)?时间|(?<![\\d.零〇一二两三四五六七八九十百千第多几])${NUM} ?年(?:之内|以内|内))`, 'g');

const amount = (s: string): number | undefined => (s === '半' ? 0.5 : small(s));

type Unit = 'y' | 'm' | 'w' | 'd' | 'h' | 'min';
const unitOf = (u: string): Unit =>
  u === '年' ? 'y' : u === '个月' ? 'm' : /星期|周/.test(u) ? 'w' : /天|日/.test(u) ? 'd' : /小时/.test(u) ? 'h' : 'min';

function shift(r: Day, n: number, u: Unit): Day {
  if (u === 'y') return shiftYears(r, n);
  if (u === 'm') return shiftMonths(r, n);
  if (u === 'w') return shiftDays(r, 7 * n);
  return shiftDays(r, n);
}

/**
 * Periods counted from the reference date.
 * @example counted('未来三年') with ref 2021-05-13 // → 2021-01-01..2023-12-31 (span)
 * @example counted('近三年')   with ref 2017-03-22 // → 2014-03-22..2017-03-22
 */
export function counted(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(COUNT_BEFORE_RE)) {
    const n = amount(m[2]);
    const u = unitOf(m[3]);
    if (!n || !Number.isInteger(n) || u === 'h' || u === 'min') continue;
    const w = m[1];
    // 前N个月 / 前N年 of a year are read by the core grammar (今年前4个月); here only weeks and days
    if (w === '前' && (u === 'm' || u === 'y')) continue;
    const s = m.index!;
    const e = s + m[0].length;
    const future = /未来|今后|此后|后|接下来/.test(w);
    out.push({
      start: s,
      end: e,
      resolve: (ref) => {
        if (!ref) return { gran: u === 'y' ? 'year' : u === 'm' ? 'month' : u === 'w' ? 'week' : 'day', relative: true, role: 'span' };
        if (future && u === 'y' && w !== '后') return { ...years(ref.year, ref.year + n - 1, 'year', 'span'), relative: true };
        if (future) {
          const a = shiftDays(ref, 1);
          return { from: a, to: shift(ref, n, u), gran: u === 'y' ? 'year' : u === 'm' ? 'month' : u === 'w' ? 'week' : 'day', relative: true, role: 'span' };
        }
        return { from: shift(ref, -n, u), to: { ...ref }, gran: u === 'y' ? 'year' : u === 'm' ? 'month' : u === 'w' ? 'week' : 'day', relative: true, role: 'span' };
      },
    });
  }
  for (const m of text.matchAll(COUNT_AFTER_RE)) {
    const n = amount(m[1]);
    const u = unitOf(m[2]);
    if (!n || !Number.isInteger(n) || u === 'h' || u === 'min') continue;
    const sign = /前/.test(m[3]) ? -1 : 1;
    const s = m.index!;
    out.push({
      start: s,
      end: s + m[0].length,
      resolve: (ref) => {
        if (!ref) return { gran: 'day', relative: true };
        const d = shift(ref, sign * n, u);
        return { from: d, to: d, gran: 'day', relative: true };
      },
    });
  }
  for (const m of text.matchAll(COUNT_SPAN_RE)) {
    const n = amount(m[2] ?? m[1] ?? m[3]);
    if (!n || !Number.isInteger(n) || n > 30) continue;
    const within = m[0].endsWith('内');
    const s = m.index!;
    out.push({
      start: s,
      end: s + m[0].length,
      resolve: (ref) => {
        if (!ref) return { gran: 'year', relative: true, role: within ? 'deadline' : 'span' };
        if (within) return { from: { ...ref }, to: { year: ref.year + n - 1, month: 12, day: 31 }, gran: 'year', relative: true, role: 'deadline' };
        return { ...years(ref.year, ref.year + n - 1, 'year', 'span'), relative: true };
      },
    });
  }
  return out;
}

// ---- eras -----------------------------------------------------------------------------------

const MINGUO_RE = /民国(\d{1,2}|[一二三四五六七八九十]{1,3})年/g;

/**
 * Years of the Republic era.
 * @example eras('民国三年') // → 1914
 */
export function eras(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(MINGUO_RE)) {
    const n = small(m[1]);
    if (!n) continue;
    const y = 1911 + n;
    out.push({ start: m.index!, end: m.index! + m[0].length, fields: { year: y }, resolve: () => years(y, y, 'year') });
  }
  return out;
}

// ---- weeks ---------------------------------------------------------------------------------

const WEEK_RE =
  /(上上|下下|上|下|本|这|这一|这个|上个|下个|上上个|下下个)?(?:个)?(周|週|星期|礼拜|禮拜)([一二三四五六日天末])?(?![年岁刊报边期长转])/g;
const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

/**
 * Weeks and weekdays (Monday-based weeks).
 * @example weeks('下周一') with ref 2017-03-22 // → 2017-03-27
 */
export function weeks(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(WEEK_RE)) {
    const pre = (m[1] ?? '').replace(/个$/, '');
    const which = m[3];
    const s = m.index!;
    if (!pre && !which) continue;
    if (!pre && s > 0 && /[\d零〇一二两三四五六七八九十每几多数第]/.test(text[s - 1])) continue;
    const off = pre === '上上' ? -2 : pre === '下下' ? 2 : pre === '上' ? -1 : pre === '下' ? 1 : 0;
    out.push({
      start: s,
      end: s + m[0].length,
      resolve: (ref) => {
        const gran: DateGranularity = which && which !== '末' ? 'day' : 'week';
        if (!ref) return { gran, relative: true };
        const mon = shiftDays(mondayOf(ref), 7 * off);
        if (!which) return { from: mon, to: shiftDays(mon, 6), gran, relative: true };
        if (which === '末') return { from: shiftDays(mon, 5), to: shiftDays(mon, 6), gran, relative: true };
        const d = shiftDays(mon, WEEKDAY[which] - 1);
        return { from: d, to: d, gran, relative: true };
      },
    });
  }
  return out;
}

export type { Moment };
