/**
 * What a segmented word is worth as (part of) a key term, decided by its form: numbers,
 * numerals with a classifier, dates, punctuation and single characters are recognised by
 * their characters; the register's function words and general terms come from stopwords.ts.
 */
import { GENERAL, STOPWORDS } from './stopwords.js';

/**
 * - 'content': a key-term candidate of its own (产业, 集群, 县域)
 * - 'general': a term of every policy text (发展, 建设): weighed down alone, kept in compounds
 * - 'part': a single character that may sit inside a compound (链 in 产业链) but is no term alone
 * - 'stop': never a term and breaks compounds (function words, numbers, dates, punctuation)
 */
export type WordClass = 'content' | 'general' | 'part' | 'stop';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const HAN_OR_LATIN_ONLY = /^[\u3400-\u9fff\uf900-\ufaffA-Za-z]+$/;
const LATIN_ONLY = /^[A-Za-z]+$/;
const HAS_DIGIT = /[0-9]/;
/** Chinese numerals, optionally led by 第 or 前/近/约, then any run of classifiers, time units or enumeration markers. */
const NUMERAL_WORD =
  /^[第前近约每]?[零〇一二两三四五六七八九十百千万亿半几数多余兆]+[个年月日号天周时分秒次项家批条件名位种类元角米吨亩户座所只台辆架部本张份期届轮层级倍成是些点处季旬代]*$/;

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
  if (!HAN_OR_LATIN_ONLY.test(w)) return 'stop'; // punctuation, symbols, mixed forms
  if (STOPWORDS.has(w) || NUMERAL_WORD.test(w)) return 'stop';
  if (LATIN_ONLY.test(w)) return w.length >= 2 ? 'content' : 'stop';
  if (!HAN.test(w)) return 'stop';
  if (w.length === 1) return 'part';
  if (GENERAL.has(w)) return 'general';
  return 'content';
}
