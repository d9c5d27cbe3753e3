/**
 * Lengths of time (三年, 40多年, 一年半, 半个月, 8天20小时): reported with granularity 'duration',
 * no from/to, and the length as ISO 8601 in `duration`.
 */
import type { Resolved } from './resolve.js';
import { small } from './numerals.js';
import { matchesAt, type Starts } from './scan.js';

const PART = '(?:\\d{1,3}|[一二两三四五六七八九十]{1,4}|半)(?:多|余)?(?:个)? ?(?:个月|个?星期|周(?![年岁边])|个?钟头|个?小时|年(?![代级度初底末中内终份])|天|分钟|秒钟?|时(?![间期代候])|分(?![钟之])|月)半?(?:又|零|多|余)?';
/** Up to six parts; each part is a numeral then a unit, so the parts cannot overlap. */
export const DURATION_RE = new RegExp(`(?=[\\d一二两三四五六七八九十半])(?<![\\d.零〇一二两三四五六七八九十百千第每这那前后近下本])(?<!(?<!马)上)(?![0零〇])(?:${PART}){1,6}`, 'y');
const PART_RE = /(\d{1,3}|[一二两三四五六七八九十]{1,4}|半)(多|余)?个?? ?(个月|个?星期|周|个?钟头|个?小时|年|天|分钟|秒钟?|时|分|月)(半)?/g;

const UNIT: Record<string, [string, boolean]> = {
  年: ['Y', false], 个月: ['M', false], 月: ['M', false], 星期: ['W', false], 个星期: ['W', false], 周: ['W', false], 天: ['D', false],
  小时: ['H', true], 个小时: ['H', true], 钟头: ['H', true], 个钟头: ['H', true], 时: ['H', true], 分钟: ['M', true], 分: ['M', true], 秒: ['S', true], 秒钟: ['S', true],
};

/** A found duration: its span and its length. */
export interface DurationMatch {
  start: number;
  end: number;
  duration: string;
}

/**
 * Durations in normalized text.
 * @example durations('力争三年实现') // [{ start: 2, end: 4, duration: 'P3Y' }]
 * @example durations('一年半')       // [{ …, duration: 'P1.5Y' }]
 */
export function durations(text: string, at?: Starts): DurationMatch[] {
  const out: DurationMatch[] = [];
  for (const m of matchesAt(DURATION_RE, text, at?.duration)) {
    let s = m[0].replace(/[又零]$/, '');
    const date: string[] = [];
    const time: string[] = [];
    let ok = true;
    let first = true;
    PART_RE.lastIndex = 0;
    // an exec loop, not matchAll: matchAll clones the regex on every call
    for (let p = PART_RE.exec(s); p; p = PART_RE.exec(s)) {
      const n = p[1] === '半' ? 0.5 : small(p[1]);
      const u = UNIT[p[3]];
      // 3月 is March, 5时 is a clock time: those units only follow another part
      if (n === undefined || !u || (first && (p[3] === '月' || p[3] === '时' || p[3] === '分'))) {
        ok = false;
        break;
      }
      const v = n + (p[4] ? 0.5 : 0);
      (u[1] ? time : date).push(`${v}${u[0]}`);
      first = false;
    }
    if (!ok || (!date.length && !time.length)) continue;
    s = s.replace(/[多余]$/, (x) => x); // 40多年: keep 多 inside the span
    out.push({ start: m.index, end: m.index + s.length, duration: `P${date.join('')}${time.length ? `T${time.join('')}` : ''}` });
  }
  return out;
}

/** A duration as a resolution: no from/to, nothing relative. */
export const durationResolved = (duration: string): Resolved => ({ gran: 'duration', relative: false, role: 'span', duration });
