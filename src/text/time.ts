/**
 * Calendar vocabulary shared by dates, targets and tracking: weekdays, the two-digit-year
 * rule and the years a bare four-digit number may plausibly name.
 */

/** Weekday characters after 周/星期/礼拜, ISO numbered (1 Monday … 7 Sunday): `WEEKDAYS['日'] // 7` */
export const WEEKDAYS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 末: 6 };

/** Years named relative to the reference year: `RELATIVE_YEARS['去年'] // -1` */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  大前年: -3,
  前年: -2,
  去年: -1,
  上年: -1,
  上一年: -1,
  今年: 0,
  本年: 0,
  当年: 0,
  明年: 1,
  下一年: 1,
  来年: 1,
  后年: 2,
  大后年: 3,
};

/** Words for "week" (Simplified and Traditional). */
export const WEEK_WORDS = ['周', '週', '星期', '礼拜', '禮拜'] as const;

/** Years a four-digit number standing alone before 年 may name (`5000年` is a duration). */
export const PLAUSIBLE_YEARS = { min: 1800, max: 2199 } as const;

/** `isPlausibleYear(2021) // true`, `isPlausibleYear(5000) // false` */
export const isPlausibleYear = (y: number): boolean => Number.isInteger(y) && y >= PLAUSIBLE_YEARS.min && y <= PLAUSIBLE_YEARS.max;

/**
 * The century of a two-digit year: the one that puts it nearest the pivot year, at most 50
 * years ahead (the default pivot 2000 gives 1951–2050).
 *
 * @example fullYear(98) // 1998
 * @example fullYear(8) // 2008
 * @example fullYear(60, 2030) // 2060
 */
export function fullYear(yy: number, pivot = 2000): number {
  const base = pivot - (pivot % 100);
  const y = base + yy;
  if (y > pivot + 50) return y - 100;
  if (y <= pivot - 50) return y + 100;
  return y;
}
