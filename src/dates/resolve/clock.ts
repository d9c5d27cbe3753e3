/**
 * Times of day: period words (上午, 晚上) and clock minutes, applied to resolved days.
 */
import { shiftDays, type Day, type Moment } from '../calendar.js';
import type { Fields, Resolved } from '../fields.js';

/** Minutes of the day each period word covers (start inclusive, end as a clock time). */
const PERIODS: Record<string, [number, number]> = {
  上午: [480, 720],
  早上: [480, 720],
  早晨: [480, 720],
  早间: [480, 720],
  清晨: [360, 480],
  早: [480, 720],
  中午: [660, 780],
  下午: [720, 960],
  午后: [720, 960],
  傍晚: [1020, 1140],
  晚上: [960, 1200],
  晚间: [960, 1200],
  晚: [960, 1200],
  凌晨: [0, 360],
  白天: [360, 1139],
  深夜: [1260, 1439],
  夜间: [1200, 1439],
  夜里: [1200, 1439],
};
const AFTERNOON = new Set(['下午', '午后', '傍晚', '晚上', '晚间', '晚', '深夜', '夜间', '夜里']);

/**
 * Clock minutes of an hour/minute read with its period word.
 * @example clockMinutes(5, 0, '下午') // 1020 (17:00)
 */
export function clockMinutes(hour: number, minute: number, period?: string): number {
  let h = hour;
  if (period && AFTERNOON.has(period) && h < 12) h += 12;
  if (period === '中午' && h < 6) h += 12;
  return Math.min(h * 60 + minute, 1439);
}

/** A day, with a time of day when given. */
export const at = (d: Day, minutes?: number): Moment =>
  minutes === undefined ? { year: d.year, month: d.month, day: d.day } : { year: d.year, month: d.month, day: d.day, minutes };

/**
 * The days from..to with the fields' time of day applied: an hour range (五到六点, 晚上十一到一点
 * ends the next day), an hour, or a period word. Undefined when the fields state no time.
 * @example withTime({ hour: 5, minute: 0, period: '下午' }, d, d, base) // 17:00..17:00
 */
export function withTime(f: Fields, from: Day, to: Day, base: Resolved): Resolved | undefined {
  if (f.hour !== undefined && f.hourTo !== undefined) {
    if (f.hour >= 24) return { gran: base.gran, relative: false, invalid: true };
    const a = clockMinutes(f.hour, 0, f.period);
    let b = clockMinutes(f.hourTo, f.minute ?? 0, f.period);
    if (b <= a && f.hourTo < 12 && b + 720 > a && b + 720 < 1440) b += 720; // 上午十到二点: 10:00..14:00
    let end = to;
    if (b <= a) {
      // 晚上十一到一点 ends at 01:00 the next day
      b = (f.hourTo % 24) * 60 + (f.minute ?? 0);
      end = shiftDays(to, 1);
    }
    return { from: at(from, a), to: at(end, b), gran: base.gran, relative: base.relative, role: base.role ?? 'span' };
  }
  if (f.hour !== undefined) {
    const t = clockMinutes(f.hour, f.minute ?? 0, f.period);
    return { from: at(from, t), to: at(to, t), gran: base.gran, relative: base.relative, role: base.role };
  }
  if (f.period !== undefined && PERIODS[f.period]) {
    const [a, b] = PERIODS[f.period];
    return { from: at(from, a), to: at(to, b), gran: base.gran, relative: base.relative, role: base.role };
  }
  return undefined;
}
