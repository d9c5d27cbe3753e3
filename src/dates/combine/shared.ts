/**
 * Neighbours that share what one of them writes out: days listed after a month
 * (9月10号，11号，12号 → each day of September) and a year written once before a bare range
 * (2019年1-5月 → January to May 2019).
 */
import type { Day } from '../calendar.js';
import { onlyKeys, TIME_FIELDS, type Candidate, type Fields, type Resolved } from '../fields.js';
import { small } from '../numerals.js';
import { fieldsCandidate } from '../resolve/index.js';
import { bareLeft, rangeOf } from './ranges.js';

/** What stands between listed dates: 、 ， , 和 及 与 (one regex class). */
export const LIST_MARK = '[、，,和及与]';
/** Between listed days: a list mark, a space at most on either side. */
const LIST_GAP_RE = new RegExp(`^ ?${LIST_MARK} ?$`);
/** What may follow a weak listed day in another unit than the day before it: a boundary, not 号楼. */
const LIST_NEXT_RE = /^(?:$|[\s、，,。；;！？!?）)和及与或至到起前后])/;

/** Before a weekday that restates a date: nothing, a space or an opening bracket. */
const WEEKDAY_GAP_RE = /^ ?[（(]? ?$/;
const CLOSE_RE = /^ ?[）)]/;
const YEAR_KEYS = new Set(['year', 'yearRel']);
const DAY_KEYS = new Set(['day']);

const withFields = (c: { start: number; end: number }, f: Fields): Candidate => fieldsCandidate(c.start, c.end, f);

/**
 * A day written alone after a listed day of a month takes that month (and year): in
 * 9月10号，11号, `11号` is September 11 (alone it is weak, or the reference month's 11th).
 * Undefined when `c` does not continue such a list.
 * @example listedDay('9月10号，11号', {end: 5, fields: {month: 9, day: 10}}, candidate of 11号) // fields { month: 9, day: 11 }
 */
export function listedDay(text: string, prev: { end: number; fields: Fields } | undefined, c: Candidate): Candidate | undefined {
  const f = c.fields;
  const p = prev?.fields;
  if (!p || !f || f.day === undefined || !onlyKeys(f, DAY_KEYS)) return undefined;
  if (p.day === undefined || (p.month === undefined && p.monthRel === undefined)) return undefined;
  if (!LIST_GAP_RE.test(text.slice(prev.end, c.start))) return undefined;
  // a weak day (11号, 十二日) in the unit of the day before it is listed (10月8号、9号、10号举行);
  // in another unit it must end there (5月12日，13号楼)
  const sameUnit = text[prev.end - 1] === text[c.end - 1];
  if (c.weak && !sameUnit && !LIST_NEXT_RE.test(text.slice(c.end, c.end + 1))) return undefined;
  const shared: Fields = { day: f.day };
  for (const k of ['year', 'yearRel', 'month', 'monthRel', 'monthCn'] as const)
    if (p[k] !== undefined) (shared as Record<string, unknown>)[k] = p[k];
  return withFields(c, shared);
}

/** Bare day numbers listed between two days: 、6、 of 6月5、6、7日. */
const BARE_DAYS_RE = /^(?:[、，,和及与](?:[12]\d|3[01]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]))+[、，,和及与]$/;
const BARE_DAY_RE = /[12]\d|3[01]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]/g;

/**
 * Day numbers written bare between a day with a month and a day with its unit, all sharing
 * them: the 6 of 6月5、6、7日. Candidates of day fields (listedDay gives them the month).
 * @example bareListedDays('6月5、6、7日', 6月5, 7日) // [candidate of 6 at 5..6, fields { day: 6 }]
 */
export function bareListedDays(text: string, a: Candidate, b: Candidate | undefined): Candidate[] {
  const af = a.fields;
  const bf = b?.fields;
  if (!b || !af || !bf || af.day === undefined || bf.day === undefined || !onlyKeys(bf, DAY_KEYS)) return [];
  if (af.month === undefined && af.monthRel === undefined) return [];
  const gap = text.slice(a.end, b.start);
  if (gap.length > 40 || !BARE_DAYS_RE.test(gap)) return [];
  const out: Candidate[] = [];
  for (const m of gap.matchAll(BARE_DAY_RE)) {
    const day = small(m[0]);
    if (day === undefined) return [];
    out.push(withFields({ start: a.end + m.index, end: a.end + m.index + m[0].length }, { day }));
  }
  return out;
}

/**
 * A date followed by the weekday it falls on, and a time after that: 2021年5月13日（星期四）上午9:00,
 * 2月18日周一 — the weekday restates the day, so it joins the date (alone it would name a day of
 * the reference week). Returns the merged candidate and how many candidates it replaces.
 * @example withWeekday('2月18日（周一）上午', [2月18日, 周一, 上午], 0) // { cand: 2月18日（周一）上午, used: 3 }
 */
export function withWeekday(text: string, cands: Candidate[], i: number): { cand: Candidate; used: number } | undefined {
  const a = cands[i];
  const b = cands[i + 1];
  const af = a.fields;
  const bf = b?.fields;
  if (!af || !bf || bf.weekday === undefined || bf.weekRel !== undefined || (af.day === undefined && af.dayRel === undefined))
    return undefined;
  if (af.hour !== undefined || af.period !== undefined) return undefined;
  const gap = text.slice(a.end, b.start);
  if (!WEEKDAY_GAP_RE.test(gap)) return undefined;
  let end = b.end;
  if (/[（(]/.test(gap)) {
    const close = CLOSE_RE.exec(text.slice(end, end + 2));
    if (!close) return undefined;
    end += close[0].length;
  }
  const { weekday: _w, ...time } = bf;
  let f: Fields = { ...af, ...time };
  let used = 2;
  const t = cands[i + 2];
  if (t?.fields && onlyKeys(t.fields, TIME_FIELDS) && /^ ?$/.test(text.slice(end, t.start)) && Object.keys(time).length === 0) {
    f = { ...f, ...t.fields };
    end = t.end;
    used = 3;
  }
  return { cand: { ...withFields({ start: a.start, end }, f) }, used };
}

/**
 * A year written once before a range whose left end is bare: 2019年1-5月, 今年3-五月.
 * Returns the range and where it ends, or undefined.
 * @example yearBeforeRange('2019年1-5月', 2019年, 5月, ref) // { end: 9, res: 2019-01-01..2019-05-31 }
 */
export function yearBeforeRange(
  text: string,
  a: Candidate,
  b: Candidate | undefined,
  ref: Day | undefined,
): { end: number; res: Resolved } | undefined {
  const af = a.fields;
  const bf = b?.fields;
  if (!b || !af || !bf || !onlyKeys(af, YEAR_KEYS)) return undefined;
  if (bf.month === undefined || bf.year !== undefined || bf.yearRel !== undefined || bf.day !== undefined) return undefined;
  const left = bareLeft(text, b, a.end);
  if (!left?.fields || left.start !== a.end) return undefined;
  const res = rangeOf(withFields(left, { ...af, ...left.fields }), withFields(b, { ...af, ...bf }), ref);
  return res && { end: b.end, res };
}
