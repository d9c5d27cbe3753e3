/**
 * Pattern side of the Chinese-calendar forms: lunar dates (农历正月十五, 闰四月, 五月廿二,
 * 腊月二十三), festivals (2022年春节, 中秋前后), solar terms (2024年冬至) and seasons
 * (2021年春, 今年夏季, 今冬明春), read into LunarFields. What they mean is resolve.ts's.
 */
import type { Fields } from '../fields.js';
import { small, yearOf } from '../numerals.js';
import { FESTIVALS, PLAIN_WORD_TERMS, SEASONS, SOLAR_TERMS, type FestivalRule } from './festivals.js';
import { isHanAt } from '../../text/index.js';
import { boundaryAt, LEAD_WORD_RE, TIME_NEXT_RE, yearBefore, type YearRef } from './vocab.js';

/** How a festival word is qualified by what follows it. */
export type Around = 'day' | 'around' | 'holiday' | 'eve';

/** What a Chinese-calendar expression states, before resolution. */
export type LunarFields =
  | { kind: 'lunarDate'; y: YearRef; month?: number; leap: boolean; day?: number }
  | { kind: 'festival'; y: YearRef; rule: FestivalRule; around: Around; holiday?: { offset: number; days: number } }
  | { kind: 'term'; y: YearRef; index: number }
  | { kind: 'season'; y: YearRef; season: number };

/** A read expression: its span in the normalized text, and its fields (none: a veto). */
export interface LunarMatch {
  start: number;
  end: number;
  fields?: LunarFields;
  /** A time of day after it (除夕晚上6点半): core fields hour/minute/period. */
  clock?: Fields;
}

const byLength = (words: string[]): string => words.sort((a, b) => b.length - a.length).join('|');
const TERM_INDEX = new Map<string, number>(SOLAR_TERMS.map((t, i) => [t, i]));
const SEASON_WORDS = Object.keys(SEASONS).filter((w) => w.length > 1);

/** A festival, term or season word at lastIndex, with 节 and a qualifying suffix. */
export const WORD_RE = new RegExp(
  `(${byLength([...Object.keys(FESTIVALS), ...SOLAR_TERMS, ...SEASON_WORDS])})(节)?(前后|期间|假期|小长假|长假|黄金周|前夕|当天|当日|夜)?`,
  'y',
);
/** 今冬, 明春, 去秋: a season of a year relative to the reference. */
const REL_SEASON_RE = /([今明去])([春夏秋冬])(?![节天季])/y;
const REL_SEASON: Record<string, number> = { 今: 0, 明: 1, 去: -1 };
/** 2021年春: a single-character season right after a year, before a boundary or a role word. */
const YEAR_SEASON_RE = /([春夏秋冬])/y;
/** What may follow it when a Han character does: a role word (2021年春以来), not a noun (2025年春耕). */
const SEASON_NEXT_RE = /^(?:以来|以前|以后|之前|之后|起|前|后|开始|伊始|末|初|至|到)/;

const AROUND: Record<string, Around> = {
  前后: 'around',
  期间: 'holiday',
  假期: 'holiday',
  小长假: 'holiday',
  长假: 'holiday',
  黄金周: 'holiday',
  前夕: 'eve',
};

/** Is an ambiguous word at [start, end) a time here (see Festival.strict)? */
function standsAsTime(text: string, start: number, end: number, hasYear: boolean): boolean {
  if (hasYear) return true;
  if (TIME_NEXT_RE.test(text.slice(end, end + 3))) return true;
  if (!boundaryAt(text, end)) return false;
  return boundaryAt(text, start - 1) || LEAD_WORD_RE.test(text.slice(Math.max(0, start - 2), start));
}

/**
 * A festival, solar-term or season word starting at `at`, with the year before it.
 * @example readWord('零六年端午', 3) // { start: 0, end: 5, fields: { kind: 'festival', y: { year: 2006 }, … } }
 */
export function readWord(text: string, at: number): LunarMatch | undefined {
  WORD_RE.lastIndex = at;
  const m = WORD_RE.exec(text);
  if (!m) return undefined;
  const word = m[1];
  const jie = m[2] !== undefined;
  const suffix = m[3];
  const pre = yearBefore(text, at);
  const y: YearRef = pre?.ref ?? {};
  const start = pre?.start ?? at;
  const wordEnd = at + word.length + (jie ? 1 : 0);
  const end = wordEnd + (suffix?.length ?? 0);
  const strictOk = jie || standsAsTime(text, at, wordEnd, pre !== undefined);
  const fest = FESTIVALS[word];
  if (fest) {
    if (fest.strict && !strictOk) return undefined;
    if (jie && fest.rule.kind !== 'term' && !word.endsWith('节') && word.length > 2) return undefined;
    const around = suffix === undefined || suffix === '当天' || suffix === '当日' || suffix === '夜' ? 'day' : AROUND[suffix];
    return { start, end, fields: { kind: 'festival', y, rule: fest.rule, around, holiday: fest.holiday } };
  }
  const term = TERM_INDEX.get(word);
  if (term !== undefined) {
    if (PLAIN_WORD_TERMS.has(word) && !strictOk) return undefined;
    const around = suffix === undefined || suffix === '当天' || suffix === '当日' || suffix === '夜' ? 'day' : AROUND[suffix];
    if (around !== 'day') {
      return { start, end, fields: { kind: 'festival', y, rule: { kind: 'term', index: term }, around } };
    }
    return { start, end: wordEnd + (suffix?.length ?? 0), fields: { kind: 'term', y, index: term } };
  }
  const season = SEASONS[word];
  if (season === undefined || jie || suffix !== undefined) return undefined;
  if (!strictOk) return undefined;
  return { start, end: wordEnd, fields: { kind: 'season', y, season } };
}

/**
 * 今冬, 明春 at `at`; or 春/夏/秋/冬 right after a year (2021年春).
 * @example readSeasonChar('今冬明春', 2) // { start: 2, end: 4, fields: { kind: 'season', y: { yearRel: 1 }, season: 0 } }
 */
export function readSeasonChar(text: string, at: number): LunarMatch | undefined {
  REL_SEASON_RE.lastIndex = at;
  const r = REL_SEASON_RE.exec(text);
  if (r) {
    // 今 ends words (如今, 至今); 明 and 去 end many more (说明, 过去): they need a boundary,
    // a lead word or a season before them (今冬明春)
    const prev = text[at - 1] ?? '';
    if (r[1] === '今' ? /[如至迄古当现而]/.test(prev) : isHanAt(text, at - 1) && !/[春夏秋冬至到在于从自和与及]/.test(prev)) {
      return undefined;
    }
    return { start: at, end: at + 2, fields: { kind: 'season', y: { yearRel: REL_SEASON[r[1]] }, season: SEASONS[r[2]] } };
  }
  if (text[at - 1] !== '年') return undefined;
  YEAR_SEASON_RE.lastIndex = at;
  const m = YEAR_SEASON_RE.exec(text);
  if (m && isHanAt(text, at + 1) && !SEASON_NEXT_RE.test(text.slice(at + 1, at + 3))) return undefined;
  const pre = m ? yearBefore(text, at) : undefined;
  if (!m || !pre || pre.lunar || (pre.ref.year === undefined && pre.ref.yearRel === undefined)) return undefined;
  return { start: pre.start, end: at + 1, fields: { kind: 'season', y: pre.ref, season: SEASONS[m[1]] } };
}

/**
 * A lunar date at lastIndex: [农历] [year 年] [闰] month 月 [day [日]] — months 正 腊 冬, 一…十二
 * (digits after 农历), days 初一…初十, 十一…三十, 廿一…廿九.
 */
const LUNAR_RE =
  /(农历|阴历|夏历)? ?(?:(\d{4}|[零〇○一二三四五六七八九]{4}) ?年)? ?([闰閏])?(正|腊|冬|十[一二]?|[一二三四五六七八九]|1[0-2]|0?[1-9]) ?月份?(?: ?(初[一二三四五六七八九十]|廿[一二三四五六七八九]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|[12]\d|3[01]|0?[1-9])(?![\d零〇一二两三四五六七八九十百千万亿个多余年月])([日号])?)?/y;
/** A lunar day alone: 初五, 廿一 (大年初三 is 正月初三). */
const DAY_RE = /(大年)?(初[一二三四五六七八九十]|廿[一二三四五六七八九])(?![\d零〇一二两三四五六七八九十百千万亿个多余年月日号])/y;
const MONTH_WORD: Record<string, number> = { 正: 1, 腊: 12, 冬: 11 };

/**
 * A lunar date starting at `at`. Lunar by form: 农历/阴历, 闰, the months 正/腊/冬, the days
 * 初X/廿X, or a Chinese month with a Chinese day and no 日 (八月十五). Other month-days are
 * not read here (they are Gregorian: 八月十五日, 8月15日).
 *
 * @example readLunar('二零一二年农历正月十五', 5) // { start: 0, end: 11, fields: { kind: 'lunarDate', y: { year: 2012 }, month: 1, day: 15, leap: false } }
 */
export function readLunar(text: string, at: number): LunarMatch | undefined {
  LUNAR_RE.lastIndex = at;
  const m = LUNAR_RE.exec(text);
  if (m) return lunarOfMatch(text, at, m);
  DAY_RE.lastIndex = at;
  const d = DAY_RE.exec(text);
  if (!d) return undefined;
  const end = at + d[0].length;
  const day = small(d[2].replace(/^初/, ''));
  if (d[1]) return { start: at, end, fields: { kind: 'lunarDate', y: {}, month: 1, leap: false, day } };
  // a lunar day alone is a date before a time or role word or a boundary (初一学生 is a grade)
  if (!standsAsTime(text, at, end, false) && !/^[晚早上下中凌傍深半]/.test(text.slice(end, end + 1))) return { start: at, end };
  return { start: at, end, fields: { kind: 'lunarDate', y: {}, leap: false, day } };
}

function lunarOfMatch(text: string, at: number, m: RegExpExecArray): LunarMatch | undefined {
  const [, cal, yIn, leap, mon, dayW, dm] = m;
  const monthCn = !/\d/.test(mon);
  const dayCn = dayW !== undefined && !/\d/.test(dayW);
  const lunarDay = dayW !== undefined && /^[初廿]/.test(dayW);
  const lunar =
    cal !== undefined || leap !== undefined || MONTH_WORD[mon] !== undefined || lunarDay || (monthCn && dayCn && dm === undefined);
  if (!lunar) return undefined;
  if (!monthCn && cal === undefined && !lunarDay) return undefined;
  const month = MONTH_WORD[mon] ?? small(mon);
  if (month === undefined || month < 1 || month > 12) return undefined;
  let end = at + m[0].length;
  let day: number | undefined;
  if (dayW !== undefined) {
    day = small(dayW.replace(/^初/, ''));
    if (day === undefined || day < 1 || day > 30) return undefined;
  }
  const pre = yIn === undefined ? yearBefore(text, at) : undefined;
  let y: YearRef = pre?.ref ?? {};
  if (yIn !== undefined) {
    const v = yearOf(yIn);
    if (v === undefined) return undefined;
    y = { year: v };
  }
  while (end > at && text[end - 1] === ' ') end--;
  return { start: pre?.start ?? at, end, fields: { kind: 'lunarDate', y, month, leap: leap !== undefined, day } };
}
