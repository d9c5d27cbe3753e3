/**
 * Shapes that contain numerals but are not quantities: dates and times, codes (5G, PM2.5,
 * phone numbers, e-mail, URLs), list markers (一是, （一）, 1、), formulas (四个一, “2+4”),
 * plan periods (“十四五”). Each check reads a few characters around a numeral: linear time.
 */
import type { Numeral } from './scan.js';
import { isAsciiDigit, isHanDigit, isNumeralChar } from './scan.js';

const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
const isHan = (c: string | undefined): boolean => c !== undefined && c >= '\u3400' && c <= '\u9fff';
const OPEN_QUOTE = '“「『"\'‘《';
const CLOSE_QUOTE = '”」』"\'’》';
const BREAK = '\n\r，。；：！？、,.;:!?()（）【】[] \t';

/**
 * Is this numeral a calendar expression (a year, month, day, clock time, quarter, century)?
 * `next` is the index right after the numeral. Durations (三年, 40多年) are not dates.
 *
 * @example isDateShape('2021年5月', readNumeral('2021年5月', 0)!, 4)   // true  (a year)
 * @example isDateShape('用三年时间', readNumeral('用三年时间', 1)!, 2) // false (a duration)
 */
export function isDateShape(t: string, num: Numeral, next: number): boolean {
  const c = t[next];
  const v = num.value;
  const int = Number.isInteger(v);
  // 2026／27年度, 2026/27年: a fiscal year written as two calendar years
  if ((c === '/' || c === '／') && num.plainInteger && num.clean.length === 4 && /^[/／]\d{2}年/.test(t.slice(next, next + 4))) return true;
  const p = t[num.start - 1];
  if (
    c === '年' &&
    (p === '/' || p === '／') &&
    num.clean.length === 2 &&
    /\d{4}$/.test(t.slice(Math.max(0, num.start - 5), num.start - 1))
  )
    return true;
  if (c === '年') {
    if (t[next + 1] === '代') return true;
    if (num.plainInteger && num.clean.length === 4) return true;
    if (num.digitByDigit) return true; // 二〇二一年, 零七年
    // 21年5月: a short year followed by a month
    const k = next + 1;
    if (num.plainInteger && isNumeralChar(t[k])) {
      let m = k;
      while (m < t.length && m - k < 3 && isNumeralChar(t[m])) m++;
      if (t[m] === '月') return true;
    }
    return false;
  }
  if (c === '月') return int && v >= 1 && v <= 12 && t[next - 1] !== '个';
  if (c === '日' && (t[next + 1] === '元' || t[next + 1] === '圆')) return false; // 日元
  if (c === '日' || c === '号' || c === '號') return true; // days, and 3号线 / 1号文件 (codes)
  if (c === '时' || c === '時') return int && v >= 0 && v <= 24;
  if ((c === '点' || c === '點') && int && v >= 0 && v <= 24) return true;
  if (c === ':' && isAsciiDigit(t[next + 1]) && isAsciiDigit(t[next + 2])) return true;
  if (t.startsWith('季度', next) || t.startsWith('世纪', next) || c === '旬') return true;
  if (c === '/' && isAsciiDigit(t[next + 1])) {
    // 2021/5/12: two slashes
    let k = next + 1;
    while (k < t.length && isAsciiDigit(t[k])) k++;
    if (t[k] === '/' && isAsciiDigit(t[k + 1])) return true;
  }
  if (c === '-' && num.plainInteger && num.clean.length === 4 && /^-\d{1,2}-\d/.test(t.slice(next, next + 6))) return true;
  // minutes and seconds of a clock time: 9时30分, 12点05分
  if ((c === '分' || c === '秒') && int && v < 60) {
    const p = t[num.start - 1];
    if ((p === '时' || p === '時' || p === '点' || p === '點' || p === '分') && isNumeralChar(t[num.start - 2])) return true;
  }
  // a time after a clock word: 中午12点 is caught above; 12:00 too
  const before = t.slice(Math.max(0, num.start - 1), num.start);
  if (before === ':' && isAsciiDigit(t[num.start - 2])) return true;
  return false;
}

const DOT = '·・•';

/** Characters of an e-mail address, URL or product code around a number. */
const CODE_CHAR = /[A-Za-z0-9_.@:/%?&=#+-]/;

/**
 * Is this numeral part of a code rather than a count: letters glued to it (5G, PM2.5, A股),
 * '+' formulas (“2+4”, “1+5+1”), phone numbers (0535-6610000), e-mail, URLs, long digit
 * strings with no unit?
 *
 * @example isCodeShape('建设5G基站', readNumeral('建设5G基站', 2)!, 3, false) // true
 */
export function isCodeShape(t: string, num: Numeral, next: number, hasUnit: boolean): boolean {
  const s = num.start;
  const prev = t[s - 1];
  if (isLatin(prev) || prev === '_' || prev === '#' || prev === '@' || (prev === '/' && !hasUnit)) {
    if (!(prev === '/' && isAsciiDigit(t[s - 2]))) return true;
  }
  // 3·15, 5·12: a day written month·day names an event
  if ((DOT.includes(t[next] ?? '\0') && isAsciiDigit(t[next + 1])) || (DOT.includes(prev ?? '\0') && isAsciiDigit(t[s - 2]))) return true;
  if (t[next] === '+' || prev === '+' || (t[next] === '*' && isNumeralChar(t[next + 1]))) return true;
  if (!hasUnit && isLatin(t[next]) && !/^[eEkK][^A-Za-z]?/.test(t.slice(next, next + 2))) return true;
  if (num.arabic) {
    // inside an e-mail address or URL: scan the surrounding code-like word (bounded)
    let a = s;
    while (a > 0 && s - a < 80 && CODE_CHAR.test(t[a - 1])) a--;
    let b = next;
    while (b < t.length && b - next < 80 && CODE_CHAR.test(t[b])) b++;
    const word = t.slice(a, b);
    if (/@|:\/\/|www\.|\.(?:com|cn|net|org|gov)\b/i.test(word)) return true;
    // a long run of code characters (a URL's query, a hash, an ID): no prose figure sits in one
    if (b - a >= 40 && /[A-Za-z]/.test(word)) return true;
    // phone numbers: 0535-6610000, 400-123-4567, 13912345678
    if (/^\d{3,4}-\d{7,8}$|^\d{3}-\d{3,4}-\d{4}$/.test(digitCore(word))) return true;
  }
  if (num.plainInteger && !hasUnit) {
    if (num.clean.length >= 12 || (num.clean.length === 11 && num.clean[0] === '1')) return true;
    if (num.clean.length >= 7 && num.clean[0] === '0') return true;
    if (num.clean.length >= 5 && isHan(t[next]) && !'的和与或及万亿之间以左上下到至多余'.includes(t[next])) return true; // 12345热线
  }
  return false;
}

/**
 * Is this numeral a list marker or heading number: 一是, 二、, （三）, (4), 1、 or 1. at the
 * start of a line?
 *
 * @example isListMarker('一是稳增长', readNumeral('一是稳增长', 0)!, 1) // true
 */
export function isListMarker(t: string, num: Numeral, next: number): boolean {
  const prev = t[num.start - 1];
  const c = t[next];
  if (!num.arabic && (c === '是' || (c === '要' && /[\n。；;：:]/.test(prev ?? '\n')))) return true;
  if ((prev === '(' || prev === '（') && (c === ')' || c === '）')) return true;
  const lineStart = prev === undefined || prev === '\n' || prev === '\r' || prev === ' ' || prev === '\t' || prev === '　';
  if (c === '、' && (lineStart || '。；;：:，,'.includes(prev ?? ''))) return true;
  if (c === '、' && !num.magnitude) return true;
  if (lineStart && (c === '.' || c === '．') && !isAsciiDigit(t[next + 1])) return true;
  // 。2．扩大内需: a numbered item after the end of a sentence or clause
  if ((c === '.' || c === '．') && '。；;：:！？!?'.includes(prev ?? '') && isHan(t[next + 1]) && num.plainInteger) return true;
  return false;
}

/** Units of time: a figure in them is a length of time. */
const TIME_UNITS = new Set(['年', '个月', '月', '天', '周', '个星期', '星期', '小时', '个小时']);
/** What may stand right before a length of time that is a metric's value (年限提高到11.5年, 从10.23年). */
const VALUE_BEFORE =
  /(?:到|至|为|是|达|从|由|提高|提升|增加|增长|延长|缩短|减少|降低|下降|压缩|超过|高于|低于|不少于|不超过|不低于|不高于|年限|寿命|期限|时长|工龄|时间|周期|平均|人均|约|近|共|计|了|和|或|、)$/;

/** What after a length of time makes it a frame: 十年来, 两年内, 五年前, 三年行动计划. */
const FRAME_AFTER = /^(?:来|以来|内|前|后|间|里|时间|行动|计划|规划|攻坚)/;

/**
 * Is this a length of time that frames an action or a period (过去五年, 这五年, 用三年时间,
 * 十年来, 三年行动计划, 两年内, 连续7年) rather than a metric's value (受教育年限提高到11.5年)?
 * `start` is where the figure (with its qualifiers) begins.
 *
 * @example isFramingDuration('过去五年，经济增长', 2, 4, '年')     // true
 * @example isFramingDuration('年限提高到11.5年', 5, 10, '年')      // false
 */
export function isFramingDuration(t: string, start: number, end: number, unit: string): boolean {
  if (!TIME_UNITS.has(unit)) return false;
  if (FRAME_AFTER.test(t.slice(end, end + 2))) return true;
  let k = start;
  while (k > 0 && (t[k - 1] === ' ' || t[k - 1] === '\u3000')) k--;
  if (k === 0) return false; // a bare figure with nothing before or after it: no frame to read
  return !VALUE_BEFORE.test(t.slice(Math.max(0, k - 3), k));
}

/**
 * Is this numeral a named formula or code in quotes (“530”工程, “四个一”, “十四五”), a plan
 * period (十四五, “十三五”期间)?
 *
 * @example isFormulaShape('“530”工程', readNumeral('“530”工程', 1)!, 4) // true
 */
export function isFormulaShape(t: string, num: Numeral, end: number): boolean {
  const prev = t[num.start - 1];
  if (prev !== undefined && OPEN_QUOTE.includes(prev) && !(num.clean.length === 1 && !num.arabic && CLOSE_QUOTE.includes(t[end] ?? '\0'))) {
    // a short quoted name starting with the number: “四个一”, “530”, “1253”总体思路
    for (let k = end; k < t.length && k - end < 6; k++) {
      if (CLOSE_QUOTE.includes(t[k])) return true;
      if (BREAK.includes(t[k])) break;
    }
  }
  // 十四五, 十三五: ordinal of a five-year plan
  if (/^十[一二三四五六七八九]?五$/.test(num.clean) && !num.arabic) {
    const after = t.slice(end, end + 2);
    if ((prev !== undefined && OPEN_QUOTE.includes(prev)) || /^(规划|期间|时期|末|初|以来|开局|中期)/.test(after)) return true;
  }
  return false;
}

/**
 * 个 followed by a bare 一/1: the formula shape 四个一, 五个一, 6个1.
 *
 * @example isCountFormula('实施四个一工程', 4, '个') // true
 */
export function isCountFormula(t: string, unitEnd: number, unit: string): boolean {
  if (unit !== '个') return false;
  const c = t[unitEnd];
  if (c !== '一' && c !== '1') return false;
  const d = t[unitEnd + 1];
  return !(isNumeralChar(d) || d === '.' || isHanDigit(d));
}

export { isHan, isLatin, OPEN_QUOTE, CLOSE_QUOTE };

/** A word without its leading and trailing non-digits (a loop, not a two-sided regex). */
function digitCore(word: string): string {
  const isDigit = (c: string) => c >= '0' && c <= '9';
  let i = 0;
  let j = word.length;
  while (i < j && !isDigit(word[i])) i++;
  while (j > i && !isDigit(word[j - 1])) j--;
  return word.slice(i, j);
}
