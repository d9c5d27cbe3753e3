/**
 * Five-year plan periods by their short name: “十四五”, 十三五时期, “十四五”末, 十五五开局之年,
 * 十三五以来 (以来 is left to combine as a suffix).
 */
import type { Resolved } from '../fields.js';
import { small } from '../numerals.js';
import { years } from './common.js';
import { charSet } from './pairs.js';
import type { DateForm } from './types.js';

/** First year of the n-th five-year plan: 1953, 1958, then 1966 onward after the 1963–65 adjustment. */
export const planStart = (n: number): number => (n <= 2 ? 1953 + 5 * (n - 1) : 1966 + 5 * (n - 3));

const PLAN_RE =
  /(?<![\d零〇一二两三四五六七八九十百第])([“"「『'‘]?)十([一二三四五六七八九])五([”"」』'’]?)(?:规划)?(时期|期间|规划期内|规划期|末期|末|初期|初|开局之年|开局年|开局|首年|第一年|收官之年|收官年|收官|最后一年|以来)?(?![\d%万亿个年])/y;

const 十 = '十'.charCodeAt(0);
const 五 = '五'.charCodeAt(0);
const CN_DIGIT = charSet('一二三四五六七八九');

/** 十X五 at i, or right after an opening quote at i. */
function planAt(text: string, i: number, c: number): boolean {
  const k = c === 十 ? i : i + 1;
  return text.charCodeAt(k) === 十 && CN_DIGIT[text.charCodeAt(k + 1)] === 1 && text.charCodeAt(k + 2) === 五;
}

/** The years a plan part names: 末/收官 its last year, 初/开局 its first, else the whole plan. */
function partYears(y0: number, part: string): Resolved {
  if (/^(末|收官|最后)/.test(part)) return years(y0 + 4, y0 + 4, 'year');
  if (/^(初|开局|首年|第一年)/.test(part)) return years(y0, y0, 'year');
  return years(y0, y0 + 4, 'plan', 'span');
}

export const plan: DateForm = {
  name: 'plan',
  re: PLAN_RE,
  first: '十“"「『\'‘',
  notAfter: '0123456789零〇一二两三四五六七八九十百第',
  startsAt: (text, i, c) => planAt(text, i, c),
  read: (m) => {
    const y0 = planStart(10 + Number(small(m[2])));
    const part = m[4] ?? '';
    let start = m.index;
    let end = start + m[0].length;
    if (m[1] && !m[3]) start += m[1].length; // an opening quote whose closing one is elsewhere
    if (part === '以来') end -= 2; // 以来 is read as a suffix
    const res = partYears(y0, part);
    return { start, end, resolve: () => res };
  },
};
