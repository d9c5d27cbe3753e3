/**
 * An offset whose word follows the count: 三年前, 七年后 (the whole year), 一年半以前, 半年之后,
 * 5个交易日之后, 两年内, 3个多月以来, 一年来, 一刻钟后, 十三秒钟以后.
 */
import type { Resolved } from '../fields.js';
import { COUNT_AFTER_RE, COUNT_CHARS, NOT_BEFORE_COUNT, readOffset } from './counted.js';
import { resolveOffset, type Reading } from './offset.js';
import type { DateForm } from './types.js';

/** The reading of the word after the count (the sign of 前/后 included). */
function readingOf(spaced: string): Reading {
  const word = spaced.replace(' ', '');
  switch (word) {
    case '前':
      return { kind: 'point', sign: -1 };
    case '后':
      return { kind: 'point', sign: 1 };
    case '以前':
    case '之前':
      return { kind: 'before' };
    case '以后':
    case '之后':
      return { kind: 'after', exact: false };
    case '以来':
    case '来':
      return { kind: 'since' };
    default:
      return { kind: 'within' };
  }
}

export const countAfter: DateForm = {
  name: 'countAfter',
  re: COUNT_AFTER_RE,
  first: COUNT_CHARS,
  notAfter: NOT_BEFORE_COUNT,
  near: { chars: '前后内来', within: 20 },
  read: (m) => {
    const reading = readingOf(m[8]);
    const o = readOffset(m, 1, reading.kind === 'within' ? 'upper' : 'none');
    if (!o) return undefined;
    // 5日前 is before the 5th, 30日以来 since the 30th: 日 counts days only before 内
    if (m[6] === '日' && reading.kind !== 'within') return undefined;
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve: (ref): Resolved => resolveOffset(o, reading, ref),
    };
  },
};
