/**
 * Ranges between two date candidates (5月9日至14日, 2021—2023年, 7:30-14:30, 2019年和2020年之间)
 * and bare left ends (2021—2023年: 2021 has no 年 of its own).
 */
import { compareDays, shiftDays, type Day, type Moment } from '../calendar.js';
import type { Candidate, Fields, Resolved } from '../fields.js';
import { small } from '../numerals.js';
import { resolveFields } from '../resolve/index.js';

/** Between the ends of a range: 至, 到, a dash; 起至 of 自…起至…止. */
const CONNECT_RE = /^ ?(?:起 ?)?(?:至|到|-|—{1,2}|–|~|～|－|−) ?$/;
const BETWEEN_RE = /^ ?(?:与|和|及|到) ?$/;
const BETWEEN_AFTER_RE = /^ ?(之间|间)/;
const BARE_LEFT_RE = /(?<![\d.零〇○一二两三四五六七八九十])(\d{1,4}|[零〇○一二三四五六七八九十]{1,4}) ?(?:至|到|-|—{1,2}|–|~|～|－) ?$/;

const coarse = (g: Resolved['gran']): boolean => g !== 'day' && g !== 'time';

const hasDayPart = (f: Fields): boolean =>
  f.weekday !== undefined ||
  f.year !== undefined ||
  f.yearRel !== undefined ||
  f.month !== undefined ||
  f.monthRel !== undefined ||
  f.day !== undefined ||
  f.dayRel !== undefined ||
  f.monthPart !== undefined ||
  f.yearPart !== undefined;

/** Right-hand fields of a range completed from the left: 5月9日至14日 → 14 is 5月14日. */
function inherit(a: Fields, b: Fields): Fields | undefined {
  const r: Fields = { ...b };
  if (!hasDayPart(b)) {
    // a time alone: the left's day
    if (b.hour === undefined && b.period === undefined) return undefined;
    for (const k of ['year', 'yearRel', 'month', 'monthRel', 'monthCn', 'day', 'dayRel', 'weekday', 'weekRel'] as const) {
      if (a[k] !== undefined) (r as Record<string, unknown>)[k] = a[k];
    }
    if (r.period === undefined && a.period !== undefined) r.period = a.period;
    return r;
  }
  if (b.year === undefined && b.yearRel === undefined) {
    // a relative right end stands on its own: 2014年11月到下个月9号
    if (b.weekday !== undefined && b.weekRel === undefined) r.weekRel = a.weekRel; // 下周三到周五
    if (b.dayRel !== undefined || b.weekday !== undefined || b.monthRel !== undefined) return r;
    r.year = a.year;
    r.yearRel = a.yearRel;
    if (b.month === undefined && b.monthRel === undefined && (b.day !== undefined || b.monthPart !== undefined)) {
      // 3日到5日: both days of the reference month; 5月至14日 names no range
      if (a.month === undefined && a.monthRel === undefined)
        return a.day !== undefined && a.year === undefined && a.yearRel === undefined ? r : undefined;
      r.month = a.month;
      r.monthRel = a.monthRel;
    }
  }
  return r;
}

/**
 * A yearless right end takes the year the left end resolved to: 2月29日-3月1日 in 2019 is
 * 2016-02-29..2016-03-01 (the left fell back to the latest leap year), not ..2019-03-01.
 */
function sameYear(bf: Fields, ra: Resolved | undefined): Fields {
  if (!ra?.from || bf.year !== undefined || bf.yearRel !== undefined || bf.monthRel !== undefined || bf.dayRel !== undefined) return bf;
  if (bf.month === undefined) return bf;
  return { ...bf, year: ra.from.year };
}

/** The right end of a range a..b: b's fields completed from a's, or b alone. */
function rightEnd(a: Candidate, b: Candidate, ra: Resolved | undefined, ref: Day | undefined): { rb?: Resolved; bf?: Fields; ok: boolean } {
  if (!a.fields || !b.fields) return { rb: (ra && b.after?.(ra)) || b.resolve(ref), ok: true };
  const inherited = inherit(a.fields, b.fields);
  if (!inherited) return { ok: false };
  const bf = sameYear(inherited, ra);
  return { rb: resolveFields(bf, ref), bf, ok: true };
}

/**
 * Resolve a range a..b; its `to` is b's.
 * @example rangeOf(5月9日, 14日) // 05-09..05-14 (span)
 */
export function rangeOf(a: Candidate, b: Candidate, ref: Day | undefined): Resolved | undefined {
  const ra = a.resolve(ref);
  const { rb, bf, ok } = rightEnd(a, b, ra, ref);
  if (!ok || !ra || !rb) return undefined;
  const relative = ra.relative || rb.relative;
  if (!ra.from || !rb.to) return { gran: ra.gran, relative, role: 'span' };
  let to: Moment = rb.to;
  if (
    compareDays(to, ra.from) < 0 &&
    bf &&
    b.fields &&
    b.fields.year === undefined &&
    b.fields.yearRel === undefined &&
    b.fields.month !== undefined
  ) {
    to = { ...to, year: to.year + 1 }; // 8月至2月: into the next year
  }
  if (to.minutes !== undefined && ra.from.minutes !== undefined && compareDays(to, ra.from) === 0 && to.minutes < ra.from.minutes) {
    const bh = b.fields?.hour;
    if (bh !== undefined && bh < 12 && to.minutes + 720 >= ra.from.minutes) to = { ...to, minutes: to.minutes + 720 };
  }
  if (compareDays(to, ra.from) < 0) return undefined;
  return { from: ra.from, to, gran: ra.gran, relative, role: 'span' };
}

/** A range joined from a and the next candidate b, with its end; undefined when they are none. */
export interface Joined {
  res: Resolved;
  end: number;
}

/**
 * a and b as one range: joined by a dash or 至/到 (5月9日至14日), or by 与/和/及 before 之间
 * (2019年和2020年之间: up to the start of b for coarse ends).
 */
export function joinRange(text: string, a: Candidate, b: Candidate | undefined, ref: Day | undefined): Joined | undefined {
  if (!b) return undefined;
  const gap = text.slice(a.end, b.start);
  if (CONNECT_RE.test(gap)) {
    const res = rangeOf(a, b, ref);
    return res && { res, end: b.end };
  }
  if (!BETWEEN_RE.test(gap)) return undefined;
  const after = BETWEEN_AFTER_RE.exec(text.slice(b.end, b.end + 3));
  if (!after) return undefined;
  const res = rangeOf(a, b, ref);
  if (!res) return undefined;
  if (res.to && coarse(res.gran)) {
    const rb = b.resolve(ref);
    if (rb?.from) res.to = shiftDays(rb.from, -1); // between A and B: up to B
  }
  return { res, end: b.end + after[0].length };
}

/** A bare Chinese month or year digit before a dash: 十, 十一, 三. */
function smallCn(s: string): number | undefined {
  return /^(?:十[一二]?|[零一二三四五六七八九])$/.test(s) ? small(s) : undefined;
}

/**
 * A year or month written bare before a range dash, as the left end of a range with `b`:
 * 2021—2023年, 1—5月.
 * @example bareLeft('2021—2023年', candidate of 2023年, 0) // { start: 0, fields: { year: 2021 } }
 */
export function bareLeft(text: string, b: Candidate, floor: number): Candidate | undefined {
  const f = b.fields;
  if (!f) return undefined;
  const lo = Math.max(floor, b.start - 8);
  const m = BARE_LEFT_RE.exec(text.slice(lo, b.start));
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : smallCn(m[1]);
  if (n === undefined) return undefined;
  const start = lo + m.index;
  let fields: Fields;
  if (f.year !== undefined && f.month === undefined && f.day === undefined && f.hour === undefined) {
    if (m[1].length !== 4 || n < 1000) return undefined;
    fields = { year: n };
  } else if (f.month !== undefined && f.day === undefined && f.year === undefined && f.yearRel === undefined) {
    if (n < 1 || n > 12) return undefined;
    fields = { month: n };
  } else return undefined;
  return { start, end: b.start, fields, resolve: (r) => resolveFields(fields, r) };
}
