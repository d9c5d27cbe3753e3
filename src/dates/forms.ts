/**
 * Date forms outside the core grammar: numeric dates (2021.5.13, 2021-05-13, 13.5.2015),
 * five-year plans (“十四五”末), decades (上世纪90年代), counted periods (近三年, 未来三年,
 * 用三年时间, 前1周, 5年前) and weeks (下周一, 上上周末). Each gives a candidate with its own resolver.
 */
import type { DateGranularity, DateRole } from '../types.js';
import { compareDays, isValidDay, mondayOf, shiftDays, shiftMonths, shiftYears, type Day, type Moment } from './calendar.js';
import type { Fields } from './core.js';
import { small } from './numerals.js';
import type { Resolved } from './resolve.js';
import { matchesAt, type Starts } from './scan.js';

/** A found expression: its normalized span and how to resolve it. */
export interface Candidate {
  start: number;
  end: number;
  /** Core fields, when the expression came from the core grammar (ranges inherit them). */
  fields?: Fields;
  /** Only usable as the right end of a range. */
  weak?: boolean;
  resolve: (ref: Day | undefined) => Resolved | undefined;
  /**
   * Resolve as the right end of a range whose left end resolved to `left`, when the form has
   * its own way to inherit (a yearless 元宵节 after 去年春节 takes that year).
   */
  after?: (left: Resolved) => Resolved | undefined;
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

/** A dash or word joining the two ends of a numeric range. */
const NUM_DASH = '(?:-|—|–|~|～|至|到)';
/**
 * 2021-05-13, 2021.5.13, 2021/5/13 (year first); OCR-spaced 2010 01 29 (two-digit month and
 * day); ranges 2018/1/10-2018/7/10 and 2021.5.10-6.30 (the right end may leave out the year).
 */
const YMD_SRC =
  `(?<![\\d.\\/-])(\\d{4})(?:([-./])(\\d{1,2})\\2(\\d{1,2})(?:${NUM_DASH}(?:(\\d{4})\\2)?(\\d{1,2})\\2(\\d{1,2}))?` +
  `| (0[1-9]|1[0-2]) ([0-3]\\d)(?! ?\\d))(?!\\d|[.\\/-]\\d)`;
const YMD_RE = new RegExp(YMD_SRC, 'y');
/**
 * 13.5.2015, 3-7-2017, 1/2/2020, 05/05/89, 27-7-3 (day first, or two-digit year first); ranges
 * 10/1/2018-10/7/2018 (both ends day first with a four-digit year).
 */
const DMY_RE =
  /(?<![\d.\/:-])(\d{1,2})([-/])(\d{1,2})\2(\d{4}|\d{1,2})(?:-(\d{1,2})\2(\d{1,2})\2(\d{4}))?(?!\d|[.\/:-]\d)|(?<![\d.\/:-])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d|\.\d)/y;

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
export function numericDates(text: string, at?: Starts): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesAt(YMD_RE, text, at?.ymd)) {
    const s = m.index;
    const y = Number(m[1]);
    if (m[8] !== undefined) {
      const c = dayCand(s, s + m[0].length, y, Number(m[8]), Number(m[9]));
      if (c) out.push(c);
      continue;
    }
    const leftEnd = s + m[1].length + 2 + m[3].length + m[4].length;
    const left = dayCand(s, leftEnd, y, Number(m[3]), Number(m[4]));
    if (!left) continue;
    const right = m[7] !== undefined ? rangeCand(left, s + m[0].length, m[5] ? Number(m[5]) : y, Number(m[6]), Number(m[7])) : undefined;
    out.push(right ?? left);
  }
  for (const m of matchesAt(DMY_RE, text, at?.dmy)) {
    const s = m.index;
    const e = s + m[0].length;
    let c: Candidate | undefined;
    if (m[8] !== undefined) c = dayCand(s, e, Number(m[10]), Number(m[9]), Number(m[8]));
    else {
      const [a, b, z] = [m[1], m[3], m[4]];
      const leftEnd = s + a.length + b.length + z.length + 2;
      if (a.length === 2 && z.length <= 2 && !z.startsWith('0')) c = dayCand(s, leftEnd, fold2(a), Number(b), Number(z));
      if (!c && (z.length === 4 || z.length === 2)) {
        c = dayCand(s, leftEnd, fold2(z), Number(b), Number(a));
        if (c && z.length === 4 && m[7] !== undefined) c = rangeCand(c, e, Number(m[7]), Number(m[6]), Number(m[5])) ?? c;
      }
    }
    if (c) out.push(c);
  }
  return out;
}

/**
 * A numeric day range: the left day candidate extended to a right end; undefined when the
 * right end is no real day or comes before the left.
 * @example '2018/1/10-2018/7/10' → 2018-01-10..2018-07-10 (day, span)
 */
function rangeCand(left: Candidate, end: number, y: number, m: number, d: number): Candidate | undefined {
  const f = left.fields;
  if (!f || f.year === undefined || f.month === undefined || f.day === undefined || !isValidDay(y, m, d)) return undefined;
  const from = { year: f.year, month: f.month, day: f.day };
  const to = { year: y, month: m, day: d };
  if (compareDays(to, from) < 0) return undefined;
  return { start: left.start, end, resolve: () => ({ ...abs(from, to, 'day'), role: 'span' }) };
}

// ---- five-year plans -----------------------------------------------------------------------

/** First year of the n-th five-year plan: 1953, 1958, then 1966 onward after the 1963–65 adjustment. */
export const planStart = (n: number): number => (n <= 2 ? 1953 + 5 * (n - 1) : 1966 + 5 * (n - 3));

const PLAN_RE =
  /(?<![\d零〇一二两三四五六七八九十百第])([“"「『'‘]?)十([一二三四五六七八九])五([”"」』'’]?)(?:规划)?(时期|期间|规划期内|规划期|末期|末|初期|初|开局之年|开局年|开局|首年|第一年|收官之年|收官年|收官|最后一年|以来)?(?![\d%万亿个年])/y;
const PLAN_WORD_RE = /第([一二三四五六七八九十]{1,3})个五年(?:规划|计划)/y;

/**
 * Plan periods.
 * @example plans('“十四五”末') // → 2025-01-01..2025-12-31 (year)
 */
export function plans(text: string, at?: Starts): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesAt(PLAN_RE, text, at?.plan)) {
    const y0 = planStart(10 + Number(small(m[2])));
    const part = m[4] ?? '';
    let start = m.index;
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
  for (const m of matchesAt(PLAN_WORD_RE, text, at?.planWord)) {
    const n = small(m[1]);
    if (!n || n > 30) continue;
    const y0 = planStart(n);
    out.push({ start: m.index, end: m.index + m[0].length, resolve: () => years(y0, y0 + 4, 'plan', 'span') });
  }
  return out;
}

// ---- decades -------------------------------------------------------------------------------

const DECADE_RE =
  /(?=[上本\d一二三四五六七八九十])(?<![\d零〇一二两三四五六七八九十])(?:(上|本)世纪|(\d{1,2}|[一二三四五六七八九十]{1,3})世纪)?(?:(\d)0|([一二三四五六七八九])十)年代/y;

/**
 * Decades.
 * @example decades('上世纪90年代') // → 1990-01-01..1999-12-31
 */
export function decades(text: string, at?: Starts): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesAt(DECADE_RE, text, at?.decade)) {
    const d = m[3] !== undefined ? Number(m[3]) * 10 : Number(small(m[4])) * 10;
    const explicit = m[2] !== undefined ? small(m[2]) : undefined;
    const rel = m[1];
    const s = m.index;
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
const COUNT_BEFORE_RE = new RegExp(`(?=近|最近|过去|未来|今后|此后|接下来|[前上后]的? ?[\\d一二两三四五六七八九十半])(?<![最然落背随往之以今马])(近|最近|过去|未来|今后|此后|前|上|后|接下来)(?:的)? ?${NUM} ?${UNIT}(?!以上|以下|左右|多|来|间|级|期|度)`, 'y');
/** 5年前 3天后 10分钟之前 */
const COUNT_AFTER_RE = new RegExp(`(?=[\\d一二两三四五六七八九十半])(?<![\\d.零〇一二两三四五六七八九十百千第])(?![0零〇])${NUM} ?${UNIT}(之前|以前|前|之后|以后|后)(?![续期来面方台劲盾备发勤夕列沿进景提行往所])`, 'y');
/** 用三年时间; 三年内, 1至2年内, 两周内, 30天内, 3个月内 */
const COUNT_SPAN_RE = new RegExp(`(?=用|[\\d一二两三四五六七八九十半])(?:用 ?${NUM} ?(?:年|到${NUM}年)(?:左右)?(?:的)?时间|(?<![\\d.零〇一二两三四五六七八九十百千第多几])${NUM}(?: ?(?:至|到|-|~) ?${NUM})? ?(年|个月|个?星期|周|天|日)(?:之内|以内|内)(?!瓦))`, 'y');

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
export function counted(text: string, at?: Starts): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesAt(COUNT_BEFORE_RE, text, at?.countBefore)) {
    const n = amount(m[2]);
    const u = unitOf(m[3]);
    if (!n || !Number.isInteger(n) || u === 'h' || u === 'min') continue;
    const w = m[1];
    // 前N个月 / 前N年 of a year are read by the core grammar (今年前4个月); here only weeks and days
    if (w === '前' && (u === 'm' || u === 'y')) continue;
    const s = m.index;
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
  for (const m of matchesAt(COUNT_AFTER_RE, text, at?.countAfter)) {
    const n = amount(m[1]);
    const u = unitOf(m[2]);
    if (!n || !Number.isInteger(n) || u === 'h' || u === 'min') continue;
    const sign = /前/.test(m[3]) ? -1 : 1;
    const s = m.index;
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
  for (const m of matchesAt(COUNT_SPAN_RE, text, at?.countSpan)) {
    // the upper end of a range counts: 1至2年内 is within two years
    const n = amount(m[2] ?? m[1] ?? m[4] ?? m[3]);
    const u = m[5] === undefined ? 'y' : unitOf(m[5]);
    if (!n || !Number.isInteger(n) || n > (u === 'y' ? 30 : 400)) continue;
    const within = m[0].endsWith('内');
    const s = m.index;
    const gran: DateGranularity = u === 'y' ? 'year' : 'day';
    out.push({
      start: s,
      end: s + m[0].length,
      resolve: (ref) => {
        if (!ref) return { gran, relative: true, role: within ? 'deadline' : 'span' };
        if (within && u === 'y') return { from: { ...ref }, to: { year: ref.year + n - 1, month: 12, day: 31 }, gran, relative: true, role: 'deadline' };
        // 两周内, 30天内, 3个月内: from the reference day to n units later
        if (within) return { from: { ...ref }, to: shift(ref, n, u), gran, relative: true, role: 'deadline' };
        return { ...years(ref.year, ref.year + n - 1, 'year', 'span'), relative: true };
      },
    });
  }
  return out;
}

// ---- eras -----------------------------------------------------------------------------------

/**
 * Era names with the Gregorian year of their first year (元年): 民国 and the reign eras of the
 * Tang, Song, Yuan, Ming and Qing most often cited. A calendar table, like month names. Eras
 * that are also modern place names (嘉定, 绍兴, 庆元, 宝庆, 崇德) are left out: 绍兴10年来 is Shaoxing.
 */
export const ERA_FIRST_YEAR: Readonly<Record<string, number>> = {
  民国: 1912,
  武德: 618, 贞观: 627, 永徽: 650, 显庆: 656, 麟德: 664, 神龙: 705, 景龙: 707, 开元: 713, 天宝: 742, 至德: 756,
  乾元: 758, 大历: 766, 贞元: 785, 元和: 806, 长庆: 821, 宝历: 825, 开成: 836, 会昌: 841, 咸通: 860, 乾符: 874,
  建隆: 960, 乾德: 963, 开宝: 968, 太平兴国: 976, 雍熙: 984, 端拱: 988, 淳化: 990, 至道: 995, 咸平: 998,
  景德: 1004, 大中祥符: 1008, 天禧: 1017, 乾兴: 1022, 天圣: 1023, 明道: 1032, 景祐: 1034, 宝元: 1038, 康定: 1040,
  庆历: 1041, 皇祐: 1049, 至和: 1054, 嘉祐: 1056, 治平: 1064, 熙宁: 1068, 元丰: 1078, 元祐: 1086, 绍圣: 1094,
  元符: 1098, 建中靖国: 1101, 崇宁: 1102, 大观: 1107, 政和: 1111, 重和: 1118, 宣和: 1119, 靖康: 1126, 建炎: 1127,
  隆兴: 1163, 乾道: 1165, 淳熙: 1174, 绍熙: 1190, 嘉泰: 1201, 开禧: 1205, 绍定: 1228, 端平: 1234, 嘉熙: 1237,
  淳祐: 1241, 宝祐: 1253, 开庆: 1259, 景定: 1260, 咸淳: 1265, 德祐: 1275,
  中统: 1260, 至元: 1264, 元贞: 1295, 大德: 1297, 至大: 1308, 皇庆: 1312, 延祐: 1314, 至治: 1321, 泰定: 1324,
  天历: 1328, 至顺: 1330, 元统: 1333, 至正: 1341,
  洪武: 1368, 建文: 1399, 永乐: 1403, 洪熙: 1425, 宣德: 1426, 正统: 1436, 景泰: 1450, 天顺: 1457, 成化: 1465,
  弘治: 1488, 正德: 1506, 嘉靖: 1522, 隆庆: 1567, 万历: 1573, 泰昌: 1620, 天启: 1621, 崇祯: 1628,
  天命: 1616, 天聪: 1627, 顺治: 1644, 康熙: 1662, 雍正: 1723, 乾隆: 1736, 嘉庆: 1796, 道光: 1821, 咸丰: 1851,
  同治: 1862, 光绪: 1875, 宣统: 1909,
};
const ERA_SET = new Set(Object.keys(ERA_FIRST_YEAR));
/** The count of years in an era: 元, up to two digits, or a Chinese numeral 一…九十九 written as counted (not 一三). */
const ERA_COUNT_RE = /^(?:元|\d{1,2}|[一二三四五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)$/;
/**
 * What may stand right before a reign name: the start, a space or punctuation, a dynasty
 * (唐宋元明清, 朝, 代) or a preposition. Otherwise the name is most likely the end of one word
 * and the start of another: 3亿元和5年 (元和), 财政和三年 (政和), 新开元三年计划 (开元).
 */
const ERA_BEFORE_RE = /[唐宋元明清朝代于在至到自从是为即及与的]/;
/** A letter or digit: anything else (space, punctuation) is a boundary. */
const ERA_WORD_RE = /[\p{L}\p{N}]/u;
const eraBoundary = (text: string, start: number): boolean =>
  start === 0 || ERA_BEFORE_RE.test(text[start - 1]) || !ERA_WORD_RE.test(text[start - 1]);

/**
 * Years counted in an era (民国, reign names). The count is taken at its word, past the end of
 * the reign too (雍正十六年 → 1738), as Recognizers-Text does. A month, day or time after it is
 * attached in index.ts (康熙三年五月).
 * @example eras('民国三年') // → 1914
 * @example eras('康熙二十年') // → 1681
 */
export function eras(text: string): Candidate[] {
  const out: Candidate[] = [];
  // every match holds 年 right after its count: find 年 by indexOf (fast), then look back
  for (let p = text.indexOf('年'); p !== -1; p = text.indexOf('年', p + 1)) {
    if (text[p + 1] === '代') continue;
    for (let q = p - 1; q >= p - 3 && q >= 2; q--) {
      const count = text.slice(q, p);
      if (!ERA_COUNT_RE.test(count)) break;
      const name = ERA_SET.has(text.slice(q - 2, q)) ? text.slice(q - 2, q) : q >= 4 && ERA_SET.has(text.slice(q - 4, q)) ? text.slice(q - 4, q) : '';
      if (!name) continue;
      if (name !== '民国' && !eraBoundary(text, q - name.length)) break;
      const n = count === '元' ? 1 : small(count);
      if (n && n <= 99) {
        const y = ERA_FIRST_YEAR[name] + n - 1;
        out.push({ start: q - name.length, end: p + 1, fields: { year: y }, resolve: () => years(y, y, 'year') });
      }
      break;
    }
  }
  return out;
}

// ---- weeks ---------------------------------------------------------------------------------

const WEEK_RE =
  /(上上|下下|上|下|本|这|这一|这个|上个|下个|上上个|下下个)?(?:个)?(周|週|星期|礼拜|禮拜)([一二三四五六日天末])?(?![年岁刊报边期长转])/y;
const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

/**
 * 上半周 (Monday–Wednesday) and 下半周 (Thursday–Sunday) of the reference week.
 * @example halfWeek(2, '下', 2019-09-03) // 2019-09-05..2019-09-08
 */
function halfWeek(start: number, end: number, which: string): Candidate {
  const first = which === '上';
  return {
    start,
    end,
    resolve: (ref) => {
      if (!ref) return { gran: 'week', relative: true };
      const mon = mondayOf(ref);
      return { from: first ? mon : shiftDays(mon, 3), to: shiftDays(mon, first ? 2 : 6), gran: 'week', relative: true };
    },
  };
}

/**
 * Weeks and weekdays (Monday-based weeks), and halves of the week (下半周).
 * @example weeks('下周一') with ref 2017-03-22 // → 2017-03-27
 */
export function weeks(text: string, at?: Starts): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matchesAt(WEEK_RE, text, at?.week)) {
    const pre = (m[1] ?? '').replace(/个$/, '');
    const which = m[3];
    const s = m.index;
    if (!pre && !which) {
      // 上半周, 下半周: the half is read from the two characters before the bare week word
      const half = s >= 2 && text[s - 1] === '半' ? text[s - 2] : '';
      if (half === '上' || half === '下') out.push(halfWeek(s - 2, s + m[0].length, half));
      continue;
    }
    if (!pre && s > 0 && /[\d零〇一二两三四五六七八九十每几多数第]/.test(text[s - 1])) continue;
    const off = pre === '上上' ? -2 : pre === '下下' ? 2 : pre === '上' ? -1 : pre === '下' ? 1 : 0;
    // a weekday carries fields, so a time of day can attach to it (周一上午10点到12点)
    const fields: Fields | undefined = which && which !== '末' ? { weekday: WEEKDAY[which], weekRel: off } : undefined;
    out.push({
      start: s,
      end: s + m[0].length,
      ...(fields ? { fields } : {}),
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

/** The regexes of these forms by scan.ts form name (for the prefilter's equivalence test). */
export const FORM_RES = {
  ymd: YMD_RE,
  dmy: DMY_RE,
  plan: PLAN_RE,
  planWord: PLAN_WORD_RE,
  decade: DECADE_RE,
  countBefore: COUNT_BEFORE_RE,
  countAfter: COUNT_AFTER_RE,
  countSpan: COUNT_SPAN_RE,
  week: WEEK_RE,
};

export type { Moment };
