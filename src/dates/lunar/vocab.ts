/**
 * Vocabulary of the lunar forms that other date forms also know (relative years, the year
 * prefix, the clause boundary): kept in this one file until the shared text toolkit has it.
 */
import { RELATIVE_YEARS, isAsciiDigitAt, isHanAt, isNumeralAt } from '../../text/index.js';
import { yearOf } from '../numerals.js';

/** A year named before a lunar form: an absolute year or one relative to the reference. */
export interface YearRef {
  year?: number;
  yearRel?: number;
}

/**
 * A year prefix at the very end of a short slice: 2022年, 零六年, 二〇一二年, 20年, 去年, 大前年,
 * each optionally followed by 的 or 农历/阴历; or 农历/阴历 alone. Linear: no nested repetition.
 */
const PREFIX_RE =
  /(?:(\d{4}|\d{2}|[零〇○一二三四五六七八九]{2,4}|[两二]千(?:零?[一二三四五六七八九十]{1,3})?) ?年(?:的)?|(大前年|大后年|今年|去年|前年|明年|后年|本年|上一年|上年|下一年|来年|当年)(?:的)?)? ?((?:农历|阴历|夏历) ?)?$/;

/**
 * The year prefix that ends at `at` in `text`: its start, the year, and whether it carries
 * 农历/阴历. Undefined when none (or when a longer number runs into it: 12020年).
 *
 * @example yearBefore('零六年端午', 3) // { start: 0, ref: { year: 2006 }, lunar: false }
 */
export function yearBefore(text: string, at: number): { start: number; ref: YearRef; lunar: boolean } | undefined {
  if (at === 0) return undefined;
  const lo = Math.max(0, at - 12);
  const m = PREFIX_RE.exec(text.slice(lo, at));
  if (!m || m[0].trim() === '') return undefined;
  const start = lo + m.index + (m[0].length - m[0].trimStart().length);
  if (isNumeralAt(text, start - 1) || text[start - 1] === '.') return undefined;
  const lunar = m[3] !== undefined;
  if (m[1] === undefined && m[2] === undefined) return { start, ref: {}, lunar };
  if (m[2] !== undefined) return { start, ref: { yearRel: RELATIVE_YEARS[m[2]] }, lunar };
  const y = yearOf(m[1]);
  if (y === undefined || y < 1000 || y > 2999) return undefined;
  return { start, ref: { year: y }, lunar };
}

/**
 * Is there a boundary at `i` — the text's edge, punctuation or space, not a Han character, a
 * digit or a letter — where an ambiguous word may stand alone?
 * @example boundaryAt('政治清明。', 5) // true; boundaryAt('中秋月饼', 2) // false
 */
export const boundaryAt = (text: string, i: number): boolean =>
  i < 0 || i >= text.length || !(isHanAt(text, i) || isAsciiDigitAt(text, i) || /[A-Za-z]/.test(text[i]));
/** Words before an ambiguous festival or season word that make it a time: 迎中秋, 在冬至. */
export const LEAD_WORD_RE = /(?:[在于到至从自逢过度迎庆贺是临近值届和与及、]|每年|今年|前夕)$/;
/**
 * What may follow an ambiguous festival, term or season word for it to name a time: a role
 * or time word (前后, 期间, 以来, 当天, 晚上, 时节…).
 */
export const TIME_NEXT_RE =
  /^(?:前后|期间|假期|小长假|长假|黄金周|前夕|前|后|以来|以前|以后|之前|之后|起|当天|当日|那天|这天|之际|来临|到来|将至|时节|时|晚上|晚|夜|早上|上午|下午|中午|凌晨|傍晚|半夜)/;
