/**
 * Expressions that are dates only when they are the whole input: the string given to
 * parseDate (or to extractDates) is known to be one time expression, so a bare year (2018), a
 * weak candidate (12号, 现在, 12/1), 白天/全天/整天, 第三天(起) or a minutes:seconds clock (35:37) can be
 * read as a date there, never in running text (提出2018项, 12号楼, 现在，我代表国务院…).
 */
import { isPlausibleYear } from '../text/index.js';
import type { Day } from './calendar.js';
import { combine, type Found } from './combine/index.js';
import { LIST_MARK } from './combine/shared.js';
import type { DateMention } from '../types.js';
import { shiftDays } from './calendar.js';
import type { Candidate, Resolved } from './fields.js';
import { small } from './numerals.js';
import { fieldsCandidate } from './resolve/index.js';

/** Longer inputs are running text, not one expression. */
const MAX_WHOLE = 24;
/** A bare year, a day word, minutes:seconds (the first field past 23), or a numeric year-month (2019-02, 2019.2). */
const WHOLE_RE =
  /^(?:(\d{4})|(白天|全天|整天)|([2-5]\d):([0-5]\d)|(\d{4})[-./](1[0-2]|0?[1-9])|第([一二两三四五六七八九十]{1,3}|\d{1,3})天(起|开始)?)$/;

/** 第三天(起): the n-th day counting the reference day as the first (from it on, with 起). */
function nthDay(start: number, end: number, count: string, onward: boolean): Candidate | undefined {
  const n = small(count.replace(/两/g, '二'));
  if (!n || n > 366) return undefined;
  return {
    start,
    end,
    resolve: (ref): Resolved => {
      const role = onward ? 'since' : undefined;
      if (!ref) return { gran: 'day', relative: true, role };
      const d = shiftDays(ref, n - 1);
      return onward ? { from: d, gran: 'day', relative: true, role } : { from: d, to: d, gran: 'day', relative: true };
    },
  };
}

/** A candidate that resolves the same at every reference (or from the reference day). */
function fixed(start: number, end: number, text: string): Candidate | undefined {
  const m = WHOLE_RE.exec(text);
  if (!m) return undefined;
  if (m[1] !== undefined) {
    const y = Number(m[1]);
    if (!isPlausibleYear(y)) return undefined;
    return fieldsCandidate(start, end, { year: y });
  }
  if (m[7] !== undefined) return nthDay(start, end, m[7], m[8] !== undefined);
  if (m[5] !== undefined) {
    const f = { year: Number(m[5]), month: Number(m[6]) };
    return isPlausibleYear(f.year) ? fieldsCandidate(start, end, f) : undefined;
  }
  if (m[2] !== undefined) {
    const f = m[2] === '白天' ? { dayRel: 0, period: '白天' } : { dayRel: 0 };
    return fieldsCandidate(start, end, f);
  }
  if (Number(m[3]) < 24) return undefined; // 12:30 is a clock time, read by the core grammar
  return {
    start,
    end,
    resolve: (ref) => (ref ? { from: { ...ref }, to: { ...ref }, gran: 'time', relative: true } : { gran: 'time', relative: true }),
  };
}

/**
 * The whole (trimmed) text read as one date expression when running-text rules found nothing:
 * its weak candidates taken as dates when they make one mention covering it, or one of the
 * forms above.
 * @example wholeOf('2018', [], ref) // [2018-01-01..2018-12-31]; wholeOf('12号', [weak 12号], ref 2021-06-14) // [2021-06-12]
 */
export function wholeOf(text: string, cands: readonly Candidate[], ref: Day | undefined): Found[] {
  let start = 0;
  let end = text.length;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end === start || end - start > MAX_WHOLE) return [];
  if (cands.length > 0) {
    // the weak candidates as dates: 12号, 现在, 12/1, 十二日至十五日
    const out = combine(
      text,
      cands.map((c) => (c.weak ? { ...c, weak: false, pairs: false } : c)),
      ref,
    );
    return out.length === 1 && out[0].start === start && out[0].end === end ? out : [];
  }
  const c = fixed(start, end, text.slice(start, end));
  return c ? combine(text, [c], ref) : [];
}

/** Between listed dates of one expression: a list mark, spaces around it. */
const LIST_GAP_RE = new RegExp(`^\\s*${LIST_MARK}\\s*$`);

/**
 * One expression that lists dates (9月10号，11号，12号): parseDate reports it as one mention
 * from the first to the last (role 'span'; extractDates keeps each date). Undefined unless the
 * mentions cover the whole input with only list words between them, in order, each resolved.
 * @example listHull('9月10号，11号', [9月10号, 11号]) // { text: '9月10号，11号', from: '…-09-10', to: '…-09-11', role: 'span' }
 */
export function listHull(input: string, list: readonly DateMention[]): DateMention | undefined {
  if (list.length < 2) return undefined;
  const first = list[0];
  const last = list[list.length - 1];
  if (input.slice(0, first.start).trim() || input.slice(last.end).trim()) return undefined;
  for (let k = 0; k < list.length; k++) {
    const d = list[k];
    if (!d.from || !d.to || d.granularity !== first.granularity || d.role !== 'point') return undefined;
    if (k > 0 && (!LIST_GAP_RE.test(input.slice(list[k - 1].end, d.start)) || d.from <= list[k - 1].to!)) return undefined;
  }
  const text = input.slice(first.start, last.end);
  const relative = list.some((d) => d.relative);
  return { text, start: first.start, end: last.end, from: first.from, to: last.to, granularity: first.granularity, role: 'span', relative };
}
