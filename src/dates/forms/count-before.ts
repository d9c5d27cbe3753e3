/**
 * An offset whose word comes before the count: 近三年, 最近5天, 近仨月, 未来48小时, 今后五年,
 * 过去十年, 接下来的两天, 还剩5分钟, 还有3天, 再过半个小时, 过十周, 前1周, 前两分钟, 上2个月, 后1年,
 * 近三个月以来.
 */
import type { Resolved } from '../fields.js';
import { COUNT_BEFORE_RE, COUNT_CHARS, readOffset } from './counted.js';
import { resolveOffset, type Reading } from './offset.js';
import { charSet, hash2, pairs } from './pairs.js';
import type { DateForm } from './types.js';

const COUNT_PAIRS = pairs('最近 过去 未来 今后 此后 接下 还剩 还有 再有 再过');
const COUNT_NEXT = charSet(`的 ${COUNT_CHARS}`);
const 近 = '近'.charCodeAt(0);
/** 前 上 后 过: a word only before a count (前1周, 上的两个月, 过十周). */
const SHORT = charSet('前上后过');

/** 近, a two-character word, or 前/上/后/过 before a count. */
function countBeforeAt(text: string, i: number, c: number): boolean {
  if (c === 近) return true;
  if (SHORT[c] === 1 && COUNT_NEXT[text.charCodeAt(i + 1)] === 1) return true;
  return COUNT_PAIRS[hash2(c, text.charCodeAt(i + 1))] === 1;
}

/**
 * The reading of the word before the count. Years after 未来 今后 此后 过去 近 最近 上 are
 * calendar years (今后五年 in 2016: 2016–2020; 过去五年: 2011–2015); every other count runs
 * from the reference day.
 */
function readingOf(word: string, since: boolean): Reading {
  if (since) return { kind: 'since' };
  switch (word) {
    case '未来':
    case '今后':
    case '此后':
      return { kind: 'next', calendar: true };
    case '接下来':
    case '还剩':
    case '还有':
    case '再有':
      return { kind: 'next', calendar: false };
    case '后':
      return { kind: 'next', calendar: false, nextDay: true };
    case '再过':
    case '过':
      return { kind: 'after', exact: true };
    case '前':
      return { kind: 'last', calendar: false };
    default:
      return { kind: 'last', calendar: true };
  }
}

export const countBefore: DateForm = {
  name: 'countBefore',
  re: COUNT_BEFORE_RE,
  first: '近最过未今此接还再前上后',
  notAfter: '最然落背随往之以今马将接靠附逼临亲',
  startsAt: (text, i, c) => countBeforeAt(text, i, c),
  read: (m) => {
    const w = m[1];
    const o = readOffset(m, 2);
    if (!o || m[7] === '日') return undefined;
    // 前N个月 / 前N年 of a year are read by the core grammar (今年前4个月); here only weeks, days and less
    if (w === '前' && (o.unit === 'month' || o.unit === 'year')) return undefined;
    // 上半年 前半月 后半周 are halves of a period, not offsets
    if (m[2] === '半' && (w === '上' || w === '前' || w === '后')) return undefined;
    const since = m[9] !== undefined && /近|过去/.test(w);
    if (m[9] !== undefined && !since) return undefined;
    const reading = readingOf(w, since);
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve: (ref): Resolved => resolveOffset(o, reading, ref),
    };
  },
};
