/**
 * Domain data: the festivals of the Chinese and the international calendar, the 24 solar
 * terms, and the four seasons. Names are Simplified (the reader sees normalized text, so
 * Traditional 聖誕節, 驚蟄, 臘八 arrive as 圣诞节, 惊蛰, 腊八).
 */

/** How a festival falls in a year. */
export type FestivalRule =
  /** A lunar month and day: 端午 = 五月初五. */
  | { kind: 'lunar'; month: number; day: number }
  /** The last day of the lunar year (除夕): 腊月二十九 or 三十. */
  | { kind: 'lunarEve' }
  /** A Gregorian month and day: 国庆 = 10-01. */
  | { kind: 'solar'; month: number; day: number }
  /** The n-th weekday (1 Monday … 7 Sunday) of a Gregorian month: 母亲节 = May's second Sunday. */
  | { kind: 'nthWeekday'; month: number; n: number; weekday: number }
  /** A solar term (清明节 = the 清明 term), by its index in SOLAR_TERMS. */
  | { kind: 'term'; index: number };

export interface Festival {
  rule: FestivalRule;
  /**
   * The word is also an everyday noun or phrase (中秋月饼, 吃元宵, 七一讲话, 五一广场): it is
   * a date only with a year, 节, a time or role word after it, or alone between boundaries.
   */
  strict?: boolean;
  /** The public holiday that 期间/假期/长假/黄金周 names: its first day (offset from the festival) and length. */
  holiday?: { offset: number; days: number };
}

const lunar = (month: number, day: number, strict = true): Festival => ({ rule: { kind: 'lunar', month, day }, strict });
const solar = (month: number, day: number, strict = false): Festival => ({ rule: { kind: 'solar', month, day }, strict });
const nth = (month: number, n: number, weekday: number): Festival => ({ rule: { kind: 'nthWeekday', month, n, weekday } });

/** Festival words (with their 节 forms where one exists). */
export const FESTIVALS: Record<string, Festival> = {
  春节: { rule: { kind: 'lunar', month: 1, day: 1 }, holiday: { offset: -1, days: 7 } },
  元宵节: lunar(1, 15, false),
  元宵: lunar(1, 15),
  上元节: lunar(1, 15, false),
  龙抬头: lunar(2, 2),
  上巳节: lunar(3, 3, false),
  端午节: lunar(5, 5, false),
  端午: lunar(5, 5),
  端阳节: lunar(5, 5, false),
  七夕节: lunar(7, 7, false),
  七夕: lunar(7, 7),
  中元节: lunar(7, 15, false),
  中元: lunar(7, 15),
  寒衣节: lunar(10, 1, false),
  下元节: lunar(10, 15, false),
  中秋节: lunar(8, 15, false),
  中秋: lunar(8, 15),
  重阳节: lunar(9, 9, false),
  重阳: lunar(9, 9),
  腊八节: lunar(12, 8, false),
  腊八: lunar(12, 8),
  小年: lunar(12, 23),
  除夕: { rule: { kind: 'lunarEve' } },
  大年三十: { rule: { kind: 'lunarEve' } },
  大年夜: { rule: { kind: 'lunarEve' } },
  元旦: solar(1, 1),
  情人节: solar(2, 14),
  三八妇女节: solar(3, 8),
  三八国际妇女节: solar(3, 8),
  妇女节: solar(3, 8),
  国际妇女节: solar(3, 8),
  植树节: solar(3, 12),
  愚人节: solar(4, 1),
  清明节: { rule: { kind: 'term', index: 4 } },
  五一国际劳动节: solar(5, 1),
  五一劳动节: solar(5, 1),
  国际劳动节: solar(5, 1),
  劳动节: solar(5, 1),
  五一: solar(5, 1, true),
  五四青年节: solar(5, 4),
  青年节: solar(5, 4),
  护士节: solar(5, 12),
  国际护士节: solar(5, 12),
  母亲节: nth(5, 2, 7),
  六一国际儿童节: solar(6, 1),
  六一儿童节: solar(6, 1),
  国际儿童节: solar(6, 1),
  儿童节: solar(6, 1),
  六一: solar(6, 1, true),
  父亲节: nth(6, 3, 7),
  建党节: solar(7, 1),
  七一: solar(7, 1, true),
  八一建军节: solar(8, 1),
  建军节: solar(8, 1),
  教师节: solar(9, 10),
  国庆节: { rule: { kind: 'solar', month: 10, day: 1 }, holiday: { offset: 0, days: 7 } },
  国庆: { rule: { kind: 'solar', month: 10, day: 1 }, holiday: { offset: 0, days: 7 } },
  万圣节: solar(10, 31),
  记者节: solar(11, 8),
  感恩节: nth(11, 4, 4),
  平安夜: solar(12, 24),
  圣诞节: solar(12, 25),
  圣诞: solar(12, 25, true),
};

/**
 * The 24 solar terms in their traditional order, from 立春 (about Feb 4) to 大寒 (about
 * Jan 20 of the next Gregorian year): a term year named N runs from 立春 of N, as a lunar
 * year named N starts in N.
 */
export const SOLAR_TERMS = [
  '立春',
  '雨水',
  '惊蛰',
  '春分',
  '清明',
  '谷雨',
  '立夏',
  '小满',
  '芒种',
  '夏至',
  '小暑',
  '大暑',
  '立秋',
  '处暑',
  '白露',
  '秋分',
  '寒露',
  '霜降',
  '立冬',
  '小雪',
  '大雪',
  '冬至',
  '小寒',
  '大寒',
] as const;

/** Terms that are also plain words (大雪 snow, 雨水 rainwater, 小满 a name, 清明 clear): strict like strict festivals. */
export const PLAIN_WORD_TERMS = new Set([
  '雨水',
  '清明',
  '谷雨',
  '小满',
  '白露',
  '寒露',
  '小雪',
  '大雪',
  '小寒',
  '大寒',
  '惊蛰',
  '芒种',
  '处暑',
  '霜降',
  '小暑',
  '大暑',
  '冬至',
  '夏至',
  '春分',
  '秋分',
]);

/** Season words: the season (0 spring … 3 winter). Single characters only after a year (2021年春) or 今/明/去 (今冬明春). */
export const SEASONS: Record<string, number> = {
  春天: 0,
  春季: 0,
  夏天: 1,
  夏季: 1,
  秋天: 2,
  秋季: 2,
  冬天: 3,
  冬季: 3,
  春: 0,
  夏: 1,
  秋: 2,
  冬: 3,
};
/** A season starts on 立春, 立夏, 立秋, 立冬 (indices in SOLAR_TERMS). */
export const SEASON_START_TERM = [0, 6, 12, 18] as const;
