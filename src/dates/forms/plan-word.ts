/**
 * Five-year plans by their full name: 第十四个五年规划, 第一个五年计划.
 */
import { small } from '../numerals.js';
import { years } from './common.js';
import { planStart } from './plan.js';
import { charSet } from './pairs.js';
import type { DateForm } from './types.js';

const PLAN_WORD_RE = /第([一二三四五六七八九十]{1,3})个五年(?:规划|计划)/y;
const CN_NUM = charSet('一二三四五六七八九十');

export const planWord: DateForm = {
  name: 'planWord',
  re: PLAN_WORD_RE,
  first: '第',
  startsAt: (text, i) => CN_NUM[text.charCodeAt(i + 1)] === 1,
  read: (m) => {
    const n = small(m[1]);
    if (!n || n > 30) return undefined;
    const y0 = planStart(n);
    const res = years(y0, y0 + 4, 'plan', 'span');
    return { start: m.index, end: m.index + m[0].length, resolve: () => res };
  },
};
