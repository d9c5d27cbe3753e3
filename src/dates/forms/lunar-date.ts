/**
 * Lunar dates (农历正月十五, 闰四月, 腊月二十三, 五月廿二, 初五): three descriptors by what marks
 * the date as lunar — a marker (农历/阴历, 闰, 正月/腊月/冬月), a lunar-looking day after 月
 * (初X, 廿X, or a Chinese day without 日), or a lunar day alone. Reading and resolution are in
 * dates/lunar/.
 */
import { lunarCandidate, monthStart } from '../lunar/index.js';
import { readLunar } from '../lunar/read.js';
import type { DateForm } from './types.js';

const MARKED_RE =
  /(?:(农历|阴历|夏历) ?(?:(\d{4}|[零〇○一二三四五六七八九]{4}) ?年)? ?([闰閏])?(正|腊|冬|十[一二]?|[一二三四五六七八九]|1[0-2]|0?[1-9])|([闰閏])(正|腊|冬|十[一二]?|[一二三四五六七八九])|([正腊冬])) ?月/y;

/** 农历…月, 闰X月, 正月 / 腊月 / 冬月 (with the day, year and time read after). */
export const lunarMarked: DateForm = {
  name: 'lunarMarked',
  re: MARKED_RE,
  first: '农阴夏闰閏正腊冬',
  startsAt: (text, i, c) => {
    const next = text[i + 1];
    if (c === 0x95f0 || c === 0x958f) return true; // 闰 閏
    return '农阴夏'.includes(text[i]) ? next === '历' : next === '月' || next === ' ';
  },
  read: (m) => lunarCandidate(m.input, readLunar(m.input, m.index)),
};

const MONTH_DAY_RE = /月份? ?(?:初[一二三四五六七八九十]|廿[一二三四五六七八九]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])/y;
const DAY_CHARS = new Set('初廿一二三四五六七八九十');

/** A month then a lunar-looking day (五月廿二, 八月十五, 十二月初八): found at its 月. */
export const lunarMonthDay: DateForm = {
  name: 'lunarMonthDay',
  re: MONTH_DAY_RE,
  first: '月',
  startsAt: (text, i) => {
    let j = i + 1;
    if (text[j] === '份') j++;
    if (text[j] === ' ') j++;
    return DAY_CHARS.has(text[j]);
  },
  read: (m) => {
    const s = monthStart(m.input, m.index);
    return s === undefined ? undefined : lunarCandidate(m.input, readLunar(m.input, s));
  },
};

const DAY_RE = /(?:大年)?(?:初[一二三四五六七八九十]|廿[一二三四五六七八九])/y;

/** A lunar day alone (初五, 廿一) or in the first month (大年初三). */
export const lunarDay: DateForm = {
  name: 'lunarDay',
  re: DAY_RE,
  first: '大初廿',
  startsAt: (text, i, c) => (c === 0x5927 ? text[i + 1] === '年' : DAY_CHARS.has(text[i + 1])),
  read: (m) => (m.input[m.index - 1] === '月' ? undefined : lunarCandidate(m.input, readLunar(m.input, m.index))),
};
