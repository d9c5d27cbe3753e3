/**
 * The core grammar as a form: [year [period]] [month [part]] [day] [time], absolute or relative
 * (2021年5月13日下午, 今年一季度, 上月底, 明天上午9点). Grammar in core/grammar.ts, reading in
 * core/read.ts, meaning in resolve/.
 */
import { CORE_AT } from '../core/grammar.js';
import { readCore } from '../core/read.js';
import { resolveFields } from '../resolve/index.js';
import { charSet, hash2, pairs } from './pairs.js';
import type { DateForm } from './types.js';

const DIGITS = '0123456789';
const CN = '零〇○一二两三四五六七八九十廿';

/** Two-character openings of the core grammar's date words (今年, 上半…); 早 and 晚 stand alone. */
const CORE_PAIRS = pairs(
  '今年 今天 今日 今晚 今晨 今早 去年 前年 前天 前一 前二 前三 明年 明天 明日 明早 明晚 后年 后天 本年 本月 ' +
    '上午 上半 上个 上上 上月 上年 上一 下午 下半 下个 下下 下月 下年 下一 大前 大后 大年 这个 当月 月初 月底 月末 次月 次日 正月 腊月 冬月 ' +
    '初一 初二 初三 初四 初五 初六 初七 初八 初九 初十 当天 当日 翌日 昨天 昨日 昨晚 昨夜 中午 凌晨 傍晚 夜间 夜里 清晨 深夜 午后 ' +
    '第一 第二 第三 第四 第1 第2 第3 第4 首季 全年 年内 年初 年底 年末 年终 年中 岁末 新春 Q1 Q2 Q3 Q4',
);
/** What follows a digit run in the grammar: a unit (1季度 too), or a range dash (8-10点, 24到1点). */
const DIGIT_NEXT = charSet('年月日号点时季:到至-~～');
const IS_CN = charSet(CN);
const 早 = '早'.charCodeAt(0);
const 月 = '月'.charCodeAt(0);
const 晚 = '晚'.charCodeAt(0);

/** Can the core grammar start at i (first character c)? */
function coreAt(text: string, i: number, c: number, digitEnd: number, unit: number): boolean {
  if (c >= 48 && c <= 57) {
    // a day without 日 right after 月 (1月3, OCR-spaced 1 月 3): the grammar's look-behind lets a match start there
    if (text.charCodeAt(i - 1) === 月 || (text.charCodeAt(i - 1) === 32 && text.charCodeAt(i - 2) === 月)) return true;
    // 1–4 digits, an optional space, then a unit or a range dash: 2021年 5月 13日 7:30 8时 8-10点
    let j = digitEnd;
    if (j - i > 4) return false;
    if (text.charCodeAt(j) === 32) j++;
    return DIGIT_NEXT[text.charCodeAt(j)] === 1;
  }
  if (c === 早 || c === 晚) return true;
  if (CORE_PAIRS[hash2(c, text.charCodeAt(i + 1))] === 1) return true;
  // a Chinese numeral with a date unit within the next four characters (二〇二一年, 十二日, 三点)
  return IS_CN[c] === 1 && unit < i + 5;
}

export const core: DateForm = {
  name: 'core',
  re: CORE_AT,
  first: DIGITS + CN + '今去前明后本上下大这次正腊冬初当翌昨早中晚凌傍夜清深午第首全年岁新Q月',
  notAfter: DIGITS + '.零〇○一二两三四五六七八九十百千万亿第每多几余马',
  near: { chars: '年月日号点时季', within: 4 },
  startsAt: (text, i, c, p) => coreAt(text, i, c, p.digitEnd, p.near),
  read: (m) => {
    const c = readCore(m);
    if (!c) return undefined;
    const f = c.fields;
    return { start: c.start, end: c.end, fields: f, weak: c.weak, resolve: (ref) => resolveFields(f, ref) };
  },
};
