/**
 * Years counted in an era (民国, reign names): 民国三年 → 1914, 康熙二十年 → 1681. The count is
 * taken at its word, past the end of the reign too (雍正十六年 → 1738), as Recognizers-Text
 * does. A month, day or time after it attaches (康熙三年五月).
 */
import { small } from '../numerals.js';
import { years } from './common.js';
import { ERA_FIRST_YEAR } from './era-table.js';
import type { DateForm } from './types.js';

const NAMES = Object.keys(ERA_FIRST_YEAR);
// one alternation of the table's names (literal words: linear) before a count and 年
const ERA_RE = new RegExp(
  `(${NAMES.join('|')})(元|\\d{1,2}|[一二三四五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)年(?!代)`,
  'y',
);

/**
 * What may stand right before a reign name: the start, a space or punctuation, a dynasty
 * (唐宋元明清, 朝, 代) or a preposition. Otherwise the name is most likely the end of one word
 * and the start of another: 3亿元和5年 (元和), 财政和三年 (政和), 新开元三年计划 (开元).
 */
const ERA_BEFORE_RE = /[唐宋元明清朝代于在至到自从是为即及与的]/;
/** A letter or digit: anything else (space, punctuation) is a boundary. */
const ERA_WORD_RE = /[\p{L}\p{N}]/u;
const eraBoundary = (text: string, start: number): boolean =>
  start === 0 || ERA_BEFORE_RE.test(text[start - 1]) || !ERA_WORD_RE.test(text[start - 1]);

export const era: DateForm = {
  name: 'era',
  re: ERA_RE,
  first: [...new Set(NAMES.map((n) => n[0]))].join(''),
  near: { chars: '年', within: 7 },
  read: (m) => {
    const name = m[1];
    if (name !== '民国' && !eraBoundary(m.input, m.index)) return undefined;
    const n = m[2] === '元' ? 1 : small(m[2]);
    if (!n || n > 99) return undefined;
    const y = ERA_FIRST_YEAR[name] + n - 1;
    const res = years(y, y, 'year');
    return { start: m.index, end: m.index + m[0].length, fields: { year: y }, resolve: () => res };
  },
  tail: 'monthDayTime',
};
