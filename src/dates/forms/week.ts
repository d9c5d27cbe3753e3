/**
 * Weeks and weekdays (Monday-based weeks): 下周一, 上上周末, 本周, 这一周, 上个星期三, 礼拜天,
 * 上周星期三 (the week word twice);
 * halves of the week (上半周 Monday–Wednesday, 下半周 Thursday–Sunday).
 */
import { WEEKDAYS } from '../../text/index.js';
import type { DateGranularity } from '../../types.js';
import { mondayOf, shiftDays } from '../calendar.js';
import type { Candidate, Fields, Resolved } from '../fields.js';
import type { DateForm } from './types.js';

const WEEK_RE =
  /(上上|下下|上|下|本|这|这一|这个|上个|下个|上上个|下下个)?(?:个)?(周|週|星期|礼拜|禮拜)(?:(?:周|週|星期|礼拜|禮拜)?([一二三四五六日天末]))?(?![年岁刊报边期长转])/y;
const COUNTED_BEFORE_RE = /[\d零〇一二两三四五六七八九十每几多数第]/;

/** 上半周, 下半周 of the reference week. */
function halfWeek(start: number, end: number, which: string): Candidate {
  const first = which === '上';
  return {
    start,
    end,
    resolve: (ref): Resolved => {
      if (!ref) return { gran: 'week', relative: true };
      const mon = mondayOf(ref);
      return { from: first ? mon : shiftDays(mon, 3), to: shiftDays(mon, first ? 2 : 6), gran: 'week', relative: true };
    },
  };
}

/** Weeks from the reference week: 上上 -2, 上 -1, 本/这 0, 下 +1, 下下 +2. */
const offsetOf = (pre: string): number => (pre === '上上' ? -2 : pre === '下下' ? 2 : pre === '上' ? -1 : pre === '下' ? 1 : 0);

/** A week, weekend or weekday `which` of the week `off` weeks from the reference week. */
function weekCandidate(start: number, end: number, off: number, which: string | undefined, bare: boolean): Candidate {
  const weekday = which && which !== '末' ? WEEKDAYS[which] : undefined;
  // a weekday carries fields, so a time of day can attach to it (周一上午10点到12点)
  // a bare 周五 leaves weekRel out, so that a range's right end takes the left's week (下周三到周五)
  const fields: Fields | undefined = weekday ? (bare ? { weekday } : { weekday, weekRel: off }) : undefined;
  const gran: DateGranularity = weekday ? 'day' : 'week';
  return {
    start,
    end,
    ...(fields ? { fields } : {}),
    resolve: (ref): Resolved => {
      if (!ref) return { gran, relative: true };
      const mon = shiftDays(mondayOf(ref), 7 * off);
      if (!which) return { from: mon, to: shiftDays(mon, 6), gran, relative: true };
      if (which === '末') return { from: shiftDays(mon, 5), to: shiftDays(mon, 6), gran, relative: true };
      const d = shiftDays(mon, (weekday ?? 1) - 1);
      return { from: d, to: d, gran, relative: true };
    },
  };
}

export const week: DateForm = {
  name: 'week',
  re: WEEK_RE,
  first: '上下本这个周週星礼禮',
  near: { chars: '周週星礼禮', within: 4 },
  read: (m) => {
    const text = m.input;
    const pre = (m[1] ?? '').replace(/个$/, '');
    const which = m[3];
    const s = m.index;
    if (!pre && !which) {
      // 上半周, 下半周: the half is read from the two characters before the bare week word
      const half = s >= 2 && text[s - 1] === '半' ? text[s - 2] : '';
      return half === '上' || half === '下' ? halfWeek(s - 2, s + m[0].length, half) : undefined;
    }
    if (!pre && s > 0 && COUNTED_BEFORE_RE.test(text[s - 1])) return undefined;
    return weekCandidate(s, s + m[0].length, offsetOf(pre), which, !m[1]);
  },
  tail: 'time',
};
