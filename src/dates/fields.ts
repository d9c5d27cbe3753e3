/**
 * What a date expression states before it is resolved: plain typed fields. Parts of a year and
 * of a month are discriminated unions, read by exhaustive `switch`es in resolve/.
 */
import type { DateGranularity, DateRole } from '../types.js';
import type { Day, Moment } from './calendar.js';

/** School holidays, by season. */
export type Vacation = 'summer' | 'winter';

/** A unit a first/last/n-th part of a period counts in. */
export type PartUnit = 'month' | 'week' | 'day';

/**
 * A part of a year.
 * @example 上半年 → { kind: 'half', half: 1 }; 三季度末 → { kind: 'quarterEnd', q: 3 };
 *   前4个月 → { kind: 'first', unit: 'month', n: 4 }; 的第一周 → { kind: 'nth', unit: 'week', n: 1 }
 */
export type YearPart =
  | { kind: 'half'; half: 1 | 2 }
  /** 上个半年 (-1), 下个半年 (+1): the half-year before or after the reference day's. */
  | { kind: 'relHalf'; step: -1 | 1 }
  | { kind: 'quarter'; q: number }
  /** 三季度末: the quarter's last month. */
  | { kind: 'quarterEnd'; q: number }
  | { kind: 'first' | 'last'; unit: PartUnit; n: number }
  /** 第三个月, 第二周, 第一天 (of the year). */
  | { kind: 'nth'; unit: PartUnit; n: number }
  /** 年初 (Jan–Feb), 年中 (Jun–Jul), 年底/年终/岁末 (Nov–Dec); 年末 ('close'): December 31, the year-end of stock figures. */
  | { kind: 'edge'; at: 'start' | 'mid' | 'end' | 'close' }
  /** 2022年伊始: January. */
  | { kind: 'opening' }
  /** 暑假 / 暑期, 寒假: the school holidays (src/dates/resolve/vacations.ts). */
  | { kind: 'vacation'; which: Vacation }
  /** 年内: a deadline at the year's end. */
  | { kind: 'within' }
  | { kind: 'whole' }
  /** 2021年度 */
  | { kind: 'fiscal' }
  /** 新春伊始: 01-21..02-20. */
  | { kind: 'spring' };

/**
 * A part of a month.
 * @example 上旬 → { kind: 'days', from: 1, to: 10 }; 下旬 → { kind: 'days', from: 21, to: 'last' };
 *   的第一周 → { kind: 'week', n: 1 }; 的最后一周 → { kind: 'week', n: -1 };
 *   的最后一个星期一 → { kind: 'weekday', n: -1, weekday: 1 }
 */
export type MonthPart =
  | { kind: 'days'; from: number; to: number | 'last' }
  /** 月末: the month's last day (the month-end of stock figures: 6月末 = as of June 30). */
  | { kind: 'close' }
  | { kind: 'week'; n: number }
  | { kind: 'weekday'; n: number; weekday: number };

/** What a core expression states, before it is resolved against a reference date. */
export interface Fields {
  year?: number; // absolute
  yearRel?: number; // 今年 0, 去年 -1, 明年 +1
  yearPart?: YearPart;
  month?: number;
  monthRel?: number;
  monthCn?: boolean;
  monthPart?: MonthPart;
  day?: number;
  dayRel?: number;
  /** Time of day: hour/minute, or a period word alone. */
  hour?: number;
  minute?: number;
  /** The end hour of an hour range sharing one 点 (五到六点); the minute is the end's (五到六点半). */
  hourTo?: number;
  period?: string;
  /** A weekday (1 Monday … 7 Sunday) of the reference week shifted by weekRel weeks (下周一). */
  weekday?: number;
  weekRel?: number;
}

/** A resolved expression; from/to are absent when it needed a reference date and had none. */
export interface Resolved {
  from?: Moment;
  to?: Moment;
  gran: DateGranularity;
  relative: boolean;
  role?: DateRole;
  /** Date-shaped but no real day (2月30日): reported without from/to. */
  invalid?: boolean;
  /** Durations only: ISO 8601 length. */
  duration?: string;
}

/** A found expression: its normalized span and how to resolve it. */
export interface Candidate {
  start: number;
  end: number;
  /** Core fields, when the expression has them (ranges and attached times inherit them). */
  fields?: Fields;
  /** Only usable as the right end of a range (or as the whole input). */
  weak?: boolean;
  /** Weak, yet may also open a range with another date (09-01至12-01). */
  pairs?: boolean;
  resolve: (ref: Day | undefined) => Resolved | undefined;
  /**
   * Resolve as the right end of a range whose left end resolved to `left`, when the form has
   * its own way to inherit (a yearless 元宵节 after 去年春节 takes that year).
   */
  after?: (left: Resolved) => Resolved | undefined;
}

/** The fields of a time of day: what a time tail or a time word after a date may add. */
export const TIME_FIELDS: ReadonlySet<string> = new Set(['hour', 'minute', 'hourTo', 'period']);

/** Does f set only keys of `keys`? onlyKeys({ hour: 8 }, TIME_FIELDS) // true */
export const onlyKeys = (f: Fields, keys: ReadonlySet<string>): boolean => Object.keys(f).every((k) => keys.has(k));
