/**
 * Lengths of time (三年, 40多年, 一年半, 半个月, 8天20小时): granularity 'duration', no from/to,
 * the length as ISO 8601 in `duration`.
 */
import type { Resolved } from '../fields.js';
import { isDigitYear } from '../core/read.js';
import { small } from '../numerals.js';
import { COUNT_CHARS, UNIT_CHARS } from './counted.js';
import type { DateForm } from './types.js';

const PART =
  '(?:\\d{1,3}|[一二两三四五六七八九十]{1,4}|半)(?:多|余)?(?:个)? ?(?:个月|个?星期|周(?![年岁边])|个?钟头|个?小时|年(?![代级度初底末中内终份])|天|分钟|秒钟?|时(?![间期代候])|分(?![钟之])|月)半?(?:又|零|多|余)?';
/** Up to six parts; each part is a numeral then a unit, so the parts cannot overlap. */
const DURATION_RE = new RegExp(
  `(?=[\\d一二两三四五六七八九十半])(?<![\\d.零〇一二两三四五六七八九十百千第每这那前后近下本])(?<!(?<!马)上)(?![0零〇])(?:${PART}){1,6}`,
  'y',
);
const PART_RE = /(\d{1,3}|[一二两三四五六七八九十]{1,4}|半)(多|余)?个?? ?(个月|个?星期|周|个?钟头|个?小时|年|天|分钟|秒钟?|时|分|月)(半)?/g;

const UNIT: Record<string, [string, boolean]> = {
  年: ['Y', false],
  个月: ['M', false],
  月: ['M', false],
  星期: ['W', false],
  个星期: ['W', false],
  周: ['W', false],
  天: ['D', false],
  小时: ['H', true],
  个小时: ['H', true],
  钟头: ['H', true],
  个钟头: ['H', true],
  时: ['H', true],
  分钟: ['M', true],
  分: ['M', true],
  秒: ['S', true],
  秒钟: ['S', true],
};

/**
 * The ISO 8601 length of a duration's text, or undefined when it is none (3月 is March, 5时 a
 * clock time: those units only follow another part).
 * @example isoLength('一年半') // 'P1.5Y'
 * @example isoLength('8天20小时') // 'P8DT20H'
 */
export function isoLength(s: string): string | undefined {
  const date: string[] = [];
  const time: string[] = [];
  let first = true;
  PART_RE.lastIndex = 0;
  // an exec loop, not matchAll: matchAll clones the regex on every call
  let yearLike = false;
  for (let p = PART_RE.exec(s); p; p = PART_RE.exec(s)) {
    const n = p[1] === '半' ? 0.5 : small(p[1]);
    const u = UNIT[p[3]];
    if (n === undefined || !u || (first && (p[3] === '月' || p[3] === '时' || p[3] === '分'))) return undefined;
    // a year written as one (九七年, 98年4月: a two-digit count before a bare 月) is a date
    if (p[3] === '年' && isDigitYear(p[1])) return undefined;
    if (yearLike && p[3] === '月' && !p[2]) return undefined;
    yearLike = p[3] === '年' && /^\d{2}$/.test(p[1]);
    (u[1] ? time : date).push(`${n + (p[4] ? 0.5 : 0)}${u[0]}`);
    first = false;
  }
  if (!date.length && !time.length) return undefined;
  return `P${date.join('')}${time.length ? `T${time.join('')}` : ''}`;
}

/** A duration as a resolution: no from/to, nothing relative. */
export const durationResolved = (duration: string): Resolved => ({ gran: 'duration', relative: false, role: 'span', duration });

export const duration: DateForm = {
  name: 'duration',
  re: DURATION_RE,
  first: COUNT_CHARS.slice(1),
  notAfter: '0123456789.零〇一二两三四五六七八九十百千第每这那前后近下本',
  near: { chars: UNIT_CHARS, within: 8 },
  read: (m) => {
    const s = m[0].replace(/[又零]$/, '');
    const iso = isoLength(s);
    if (!iso) return undefined;
    const r = durationResolved(iso);
    return { start: m.index, end: m.index + s.length, resolve: () => r };
  },
};
