/**
 * The key of a formulation: one string for every way a document may write it.
 *
 * Normal form, applied to the slogan's normalized text (already Simplified and half-width):
 * 1. Traditional folded to Simplified (again, for text read with script 'keep');
 * 2. quotation marks, book-title marks and brackets removed, and every space;
 * 3. numerals unified: 两 → 二, and a run of one or two ASCII digits before a Han character
 *    read out in Chinese (2个 → 二个, 10大 → 十大); longer digit codes (1234, 3+5) stay.
 *
 * “两个确立”, 兩個確立, 2个确立, 二个确立 → '二个确立'.
 */
import { toSimplified } from '../normalize/script.js';

const MARKS = /[\s\u3000“”‘’「」『』《》〈〉"'（）()【】]+/g;
const SHORT_DIGITS = /(?<![\d.+])\d{1,2}(?![\d.+%])(?=[\u4e00-\u9fff])/g;
const DIGIT_HAN = '〇一二三四五六七八九';

/** 12 → 十二, 20 → 二十, 7 → 七. */
function readOut(digits: string): string {
  if (digits.length === 1) return DIGIT_HAN[Number(digits)];
  const tens = Number(digits[0]);
  const ones = Number(digits[1]);
  return (tens === 1 ? '' : DIGIT_HAN[tens]) + '十' + (ones === 0 ? '' : DIGIT_HAN[ones]);
}

/**
 * The formulation key of a slogan's text.
 *
 * @example formulationKey('“两个确立”') // '二个确立'
 * @example formulationKey('兩個確立')   // '二个确立'
 * @example formulationKey('2个确立')    // '二个确立'
 * @example formulationKey('“3+5”')     // '3+5'
 */
export function formulationKey(text: string): string {
  return keyOfSimplified(toSimplified(String(text)));
}

/**
 * The key of text already in Simplified script (steps 2 and 3; what extractSlogans uses on its
 * normalized text, skipping the script conversion).
 *
 * @example keyOfSimplified('“2个确立”') // '二个确立'
 */
export function keyOfSimplified(text: string): string {
  return text.replace(MARKS, '').replace(SHORT_DIGITS, readOut).replace(/两/g, '二');
}
