/**
 * From candidates to mentions: pick non-overlapping candidates, join ranges (5月9日至14日,
 * 2021—2023年, 7:30-14:30), and read the words around them that make a deadline (到2023年,
 * 3月底前, 截止到5月15日) or a since (2018年以来, 从今年开始).
 */
import type { DateGranularity, DateRole } from '../types.js';
import { compareDays, shiftDays, type Day, type Moment } from './calendar.js';
import type { Fields } from './core.js';
import type { Candidate } from './forms.js';
import { resolveFields, type Resolved } from './resolve.js';

/** A mention in normalized coordinates. */
export interface Found {
  start: number;
  end: number;
  from?: Moment;
  to?: Moment;
  gran: DateGranularity;
  role: DateRole;
  relative: boolean;
  duration?: string;
}

const CONNECT_RE = /^ ?(?:至|到|-|—{1,2}|–|~|～|－|−) ?$/;
const BETWEEN_RE = /^ ?(?:与|和|及|到) ?$/;
const BETWEEN_AFTER_RE = /^ ?(之间|间)/;
const BARE_LEFT_RE = /(?<![\d.零〇○一二两三四五六七八九十])(\d{1,4}|[零〇○一二三四五六七八九十]{1,4}) ?(?:至|到|-|—{1,2}|–|~|～|－) ?$/;

const DEADLINE_PRE_RE = /(?:截止到|截止至|截止于|截至到|截至|截止|直到|直至|到|至)(?:目前|今年)?$/;
const SINCE_PRE_RE = /(?:自从|自|从|始于)$/;
const SINCE_POST_RE = /^ ?(?:以来|至今|起(?![草步点诉源飞码])|开始|伊始)/;
const AFTER_POST_RE = /^ ?(?:或之后|及以后|及之后|或以后|以后|之后|后(?![续期来面方台劲盾备发勤年天月周]))/;
const BEFORE_POST_RE =
  /^ ?(?:或之前|及以前|及之前|或以前|以前|之前|前(?![夕后列沿进景提期行面往所瞻端茅方台头线移置身\d零一二两三四五六七八九十几]))/;
const UNTIL_POST_RE = /^ ?为止/;

const coarse = (g: DateGranularity): boolean => g !== 'day' && g !== 'time';
const minus = (a: Moment): Day => shiftDays(a, -1);

/** Keep the earliest, then longest, of overlapping candidates. */
export function pickCandidates(all: Candidate[]): Candidate[] {
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  let last = -1;
  for (const c of all) {
    if (c.start >= last) {
      out.push(c);
      last = c.end;
    }
  }
  return out;
}

const hasDayPart = (f: Fields): boolean =>
  f.weekday !== undefined ||
  f.year !== undefined || f.yearRel !== undefined || f.month !== undefined || f.monthRel !== undefined || f.day !== undefined || f.dayRel !== undefined || f.yearPart !== undefined;

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
    if (b.dayRel !== undefined || b.weekday !== undefined) return r;
    r.year = a.year;
    r.yearRel = a.yearRel;
    if (b.month === undefined && b.monthRel === undefined && b.day !== undefined) {
      if (a.month === undefined && a.monthRel === undefined) return undefined;
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

/** Resolve a range a..b; its `to` is b's. */
function rangeOf(a: Candidate, b: Candidate, ref: Day | undefined): Resolved | undefined {
  const ra = a.resolve(ref);
  let rb: Resolved | undefined;
  let bf: Fields | undefined;
  if (a.fields && b.fields) {
    bf = inherit(a.fields, b.fields);
    if (!bf) return undefined;
    bf = sameYear(bf, ra);
    rb = resolveFields(bf, ref);
  } else rb = (ra && b.after?.(ra)) || b.resolve(ref);
  if (!ra || !rb) return undefined;
  const relative = ra.relative || rb.relative;
  if (!ra.from || !rb.to) return { gran: ra.gran, relative, role: 'span' };
  let to: Moment = rb.to;
  if (compareDays(to, ra.from) < 0 && bf && b.fields && b.fields.year === undefined && b.fields.yearRel === undefined && b.fields.month !== undefined) {
    to = { ...to, year: to.year + 1 }; // 8月至2月: into the next year
  }
  if (to.minutes !== undefined && ra.from.minutes !== undefined && compareDays(to, ra.from) === 0 && to.minutes < ra.from.minutes) {
    const bh = b.fields?.hour;
    if (bh !== undefined && bh < 12 && to.minutes + 720 >= ra.from.minutes) to = { ...to, minutes: to.minutes + 720 };
  }
  if (compareDays(to, ra.from) < 0) return undefined;
  return { from: ra.from, to, gran: ra.gran, relative, role: 'span' };
}

/** A year, month or day written bare before a range dash: 2021—2023年, 1—5月. */
function bareLeft(text: string, b: Candidate, floor: number): { start: number; fields: Fields } | undefined {
  const f = b.fields;
  if (!f) return undefined;
  const lo = Math.max(floor, b.start - 8);
  const m = BARE_LEFT_RE.exec(text.slice(lo, b.start));
  if (!m) return undefined;
  const v = /^\d+$/.test(m[1]) ? Number(m[1]) : undefined;
  const n = v ?? smallCn(m[1]);
  if (n === undefined) return undefined;
  const start = lo + m.index;
  if (f.year !== undefined && f.month === undefined && f.day === undefined && f.hour === undefined) {
    if (m[1].length !== 4 || n < 1000) return undefined;
    return { start, fields: { year: n, yearPart: f.yearPart === 'whole' ? undefined : undefined } };
  }
  if (f.month !== undefined && f.day === undefined && f.year === undefined && f.yearRel === undefined) {
    if (n < 1 || n > 12) return undefined;
    return { start, fields: { month: n } };
  }
  if (f.day !== undefined && f.month !== undefined && f.year === undefined && f.yearRel === undefined && v !== undefined) {
    return undefined;
  }
  return undefined;
}

function smallCn(s: string): number | undefined {
  const d = '零一二三四五六七八九';
  if (/^十$/.test(s)) return 10;
  if (/^十[一二]$/.test(s)) return 10 + d.indexOf(s[1]);
  if (s.length === 1 && d.includes(s)) return d.indexOf(s);
  return undefined;
}

/**
 * Turn picked candidates into mentions with roles.
 */
export function combine(text: string, cands: Candidate[], ref: Day | undefined): Found[] {
  const out: Found[] = [];
  let floor = 0;
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i];
    if (a.weak) continue;
    let start = a.start;
    let end = a.end;
    let res: Resolved | undefined;
    let isRange = false;
    const b = cands[i + 1];
    if (b) {
      const gap = text.slice(a.end, b.start);
      if (CONNECT_RE.test(gap)) {
        res = rangeOf(a, b, ref);
        if (res) {
          end = b.end;
          isRange = true;
          i++;
        }
      } else if (BETWEEN_RE.test(gap)) {
        const after = BETWEEN_AFTER_RE.exec(text.slice(b.end, b.end + 3));
        if (after) {
          res = rangeOf(a, b, ref);
          if (res) {
            end = b.end + after[0].length;
            isRange = true;
            i++;
            if (res.to && coarse(res.gran)) {
              const rb = b.resolve(ref);
              if (rb?.from) res.to = minus(rb.from); // between A and B: up to B
            }
          }
        }
      }
    }
    if (!isRange) {
      const left = bareLeft(text, a, floor);
      if (left) {
        const la: Candidate = { start: left.start, end: a.start, fields: left.fields, resolve: (r) => resolveFields(left.fields, r) };
        const r = rangeOf(la, a, ref);
        if (r) {
          res = r;
          start = left.start;
          isRange = true;
        }
      }
    }
    if (!res) res = a.resolve(ref);
    if (!res) continue;
    if (res.gran === 'duration') {
      out.push({ start, end, gran: res.gran, role: 'span', relative: false, duration: res.duration });
      floor = end;
      continue;
    }
    if (res.invalid) {
      out.push({ start, end, gran: res.gran, role: 'point', relative: false });
      floor = end;
      continue;
    }
    let role: DateRole = res.role ?? 'point';
    let from = res.from;
    let to = res.to;
    const before = text.slice(Math.max(floor, start - 5), start);
    const after = text.slice(end, end + 4);
    let m: RegExpExecArray | null;
    const pre = DEADLINE_PRE_RE.exec(before);
    const spre = SINCE_PRE_RE.exec(before);
    if (!isRange && (m = SINCE_POST_RE.exec(after))) {
      end += m[0].length;
      if (spre) start -= spre[0].length;
      role = 'since';
    } else if (!isRange && (m = AFTER_POST_RE.exec(after))) {
      end += m[0].length;
      role = 'since';
      if (from && to && coarse(res.gran) && !m[0].includes('或') && !m[0].includes('及')) from = shiftDays(to, 1);
    } else if ((m = BEFORE_POST_RE.exec(after)) && !isRange) {
      end += m[0].length;
      role = 'deadline';
      if (pre) start -= pre[0].length;
      if (from && coarse(res.gran) && /以前|之前/.test(m[0]) && !/或|及/.test(m[0])) to = minus(from);
    } else if (pre && !isRange) {
      start -= pre[0].length;
      role = 'deadline';
      const u = UNTIL_POST_RE.exec(after);
      if (u) end += u[0].length;
    } else if (spre) {
      start -= spre[0].length;
      if (!isRange && res.role !== 'span') role = 'since'; // 从2018/1/10-2018/7/10 stays a span
    }
    if (role === 'deadline') {
      from = ref && to && compareDays(ref, to) <= 0 ? { ...ref } : role === res.role ? from : undefined;
      if (from && to && compareDays(from, to) > 0) from = undefined;
    } else if (role === 'since') {
      to = ref && from && compareDays(ref, from) >= 0 ? { ...ref } : undefined;
    } else if (isRange) role = 'span';
    out.push({ start, end, from, to, gran: res.gran, role, relative: res.relative });
    floor = end;
  }
  return out;
}
