/**
 * The Chinese calendar in the date reader: lunar dates, festivals, solar terms and seasons as
 * date candidates (their DateForm descriptors are in forms/lunar-date.ts, forms/festival.ts
 * and forms/season.ts). The calendar library (engine.ts) is loaded only when one of them is
 * resolved.
 */
import { isNumeralAt } from '../../text/index.js';
import { TIME_AT } from '../core/grammar.js';
import { readTime } from '../core/read.js';
import type { Candidate } from '../fields.js';
import type { LunarMatch } from './read.js';
import { resolveAfter, resolveLunar } from './resolve.js';

export { useLunarCalendar } from './engine.js';

const MONTH_CHAR = /[正腊冬一二三四五六七八九十]/;

/**
 * Where the month before the 月 at `j` starts (十二月 → j − 2, 8月 → j − 1), or undefined.
 * @example monthStart('五月廿二', 1) // 0
 */
export function monthStart(text: string, j: number): number | undefined {
  const two = text.slice(Math.max(0, j - 2), j);
  const s = /^(?:十[一二]|1[0-2]|0[1-9])$/.test(two)
    ? j - 2
    : MONTH_CHAR.test(text[j - 1] ?? '') || /\d/.test(text[j - 1] ?? '')
      ? j - 1
      : undefined;
  if (s === undefined || isNumeralAt(text, s - 1)) return undefined;
  return s;
}

/** A time of day right after a lunar day (除夕晚上6点半, 七夕节半夜11点). */
function withClock(text: string, m: LunarMatch): LunarMatch {
  const f = m.fields;
  if (!f || (f.kind === 'lunarDate' && f.day === undefined) || f.kind === 'season') return m;
  if (f.kind === 'festival' && f.around !== 'day') return m;
  const midnight = text.startsWith('半夜', m.end);
  const at = midnight ? m.end + 2 : m.end;
  TIME_AT.lastIndex = at;
  const hit = TIME_AT.exec(text);
  const t = hit ? readTime(hit) : undefined;
  if (!t || t.start > at + 1) return m;
  if (midnight && t.fields.hour === undefined) return m;
  const clock = midnight ? { ...t.fields, period: t.fields.period ?? '深夜' } : t.fields;
  return { ...m, end: t.end, clock };
}

/**
 * A read expression as a date candidate (a time after it attached); a match without fields
 * is a veto: a lunar-looking word that is no date here (初一学生), kept from the Gregorian
 * reading by winning the tie.
 *
 * @example lunarCandidate('2022年春节前后', readWord('2022年春节前后', 5)) // { start: 0, end: 9 } → 2022-01-25..2022-02-08
 */
export function lunarCandidate(text: string, found: LunarMatch | undefined): Candidate | undefined {
  if (!found) return undefined;
  const m = withClock(text, found);
  return { start: m.start, end: m.end, resolve: (ref) => resolveLunar(m, ref), after: (left) => resolveAfter(m, left) };
}
