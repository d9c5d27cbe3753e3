/**
 * What a segmented word is worth as (part of) a key term, decided by its form: numbers,
 * numerals with a classifier, dates, punctuation and single characters are recognised by
 * their characters; the register's function words and general terms come from stopwords.ts.
 */
import { isHanAt } from '../text/index.js';
import { GENERAL, STOPWORDS } from './stopwords.js';

/**
 * - 'content': a key-term candidate of its own (产业, 集群, 县域)
 * - 'general': a term of every policy text (发展, 建设): weighed down alone, kept in compounds
 * - 'part': a single character that may sit inside a compound (链 in 产业链) but is no term alone
 * - 'stop': never a term and breaks compounds (function words, numbers, dates, punctuation)
 */
export type WordClass = 'content' | 'general' | 'part' | 'stop';

const LATIN = /[A-Za-z]/;
const LATIN_ONLY = /^[A-Za-z]+$/;
const HAS_DIGIT = /[0-9]/;
/** Chinese numerals, optionally led by 第 or 前/近/约, then any run of classifiers, time units or enumeration markers. */
const NUMERAL_WORD =
  /^[第前近约每]?[零〇一二两三四五六七八九十百千万亿半几数多余兆]+[个年月日号天周时分秒次项家批条件名位种类元角米吨亩户座所只台辆架部本张份期届轮层级倍成是些点处季旬代]*$/;

/**
 * Does a string hold a Han character (src/text's class)?
 *
 * @example hasHan('GDP增长') // true
 * @example hasHan('——') // false
 */
export function hasHan(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isHanAt(s, i)) return true;
  return false;
}

/** Is every character of a string Han or Latin? */
function hanOrLatinOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isHanAt(s, i) && !LATIN.test(s[i]!)) return false;
  return s.length > 0;
}

/**
 * Is a word a number by its form: Arabic digits, or Chinese numerals with classifiers?
 *
 * @example isNumberWord('20') // true
 * @example isNumberWord('三年') // true
 * @example isNumberWord('统一') // false
 */
export const isNumberWord = (w: string): boolean => HAS_DIGIT.test(w) || NUMERAL_WORD.test(w);

/**
 * The class of one segmented word.
 *
 * @example classifyWord('集群') // 'content'
 * @example classifyWord('三年') // 'stop'  (numeral + time unit)
 * @example classifyWord('2023年') // 'stop'  (digits)
 * @example classifyWord('发展') // 'general'
 * @example classifyWord('链') // 'part'
 * @example classifyWord('一体化') // 'content' (not numerals + classifier)
 */
export function classifyWord(w: string): WordClass {
  if (w.length === 0 || HAS_DIGIT.test(w)) return 'stop';
  if (!hanOrLatinOnly(w)) return 'stop'; // punctuation, symbols, mixed forms
  if (STOPWORDS.has(w) || NUMERAL_WORD.test(w)) return 'stop';
  if (LATIN_ONLY.test(w)) return w.length >= 2 ? 'content' : 'stop';
  if (!hasHan(w)) return 'stop';
  if (w.length === 1) return 'part';
  if (GENERAL.has(w)) return 'general';
  return 'content';
}
