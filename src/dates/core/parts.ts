/**
 * Parts of a year and of a month as the core grammar writes them, read into the typed unions
 * of fields.ts.
 */
import { WEEKDAYS } from '../../text/index.js';
import type { MonthPart, PartUnit, YearPart } from '../fields.js';
import { small } from '../numerals.js';

/**
 * Ordinal and first/last parts of a year (after 的): 第三个月, 第一周, 前2周, 前10天, 最后3周,
 * 最后4个月, 最后5天. Undefined when the count does not fit the year.
 * @example yearNth('第三个月') // { kind: 'nth', unit: 'month', n: 3 }
 */
function yearNth(t: string): YearPart | undefined {
  const m = /^(第|前|最[后後]) ?([^ 个周週星礼禮天月]+) ?个?(周|週|星期|礼拜|禮拜|月|天)/.exec(t);
  if (!m) return undefined;
  const n = small(m[2].replace(/两/g, '二'));
  const unit: PartUnit = m[3] === '月' ? 'month' : m[3] === '天' ? 'day' : 'week';
  const max = unit === 'month' ? 12 : unit === 'week' ? 52 : 366;
  if (!n || n > max) return undefined;
  if (m[1] === '第') return { kind: 'nth', unit, n };
  return { kind: m[1] === '前' ? 'first' : 'last', unit, n };
}

/** 前三季度, 第二季度末, 一季度, Q3: quarters and their ends. */
function quarterPart(t: string): YearPart | undefined {
  if (/^首季/.test(t)) return { kind: 'quarter', q: 1 };
  let m = /^前([一二三1-3])季度/.exec(t);
  if (m) return { kind: 'first', unit: 'month', n: (small(m[1]) ?? 1) * 3 };
  m = /^第?([一二三四1-4])季度[末底]$/.exec(t);
  if (m) return { kind: 'quarterEnd', q: small(m[1]) ?? 1 };
  m = /^第?([一二三四1-4])季/.exec(t) ?? /^Q([1-4])/.exec(t);
  return m ? { kind: 'quarter', q: small(m[1]) ?? 1 } : undefined;
}

/**
 * A period of the year as written after a year or alone.
 * @example yearPart('上半年') // { kind: 'half', half: 1 }
 * @example yearPart('前三季度') // { kind: 'first', unit: 'month', n: 9 }
 */
export function yearPart(s: string): YearPart | undefined {
  const t = s.replace(/^年/, '').replace(/^的/, '');
  if (/^第.*(?:个月|周|週|星期|礼拜|禮拜|天)|^前.*(?:周|週|星期|礼拜|禮拜|天)|^最/.test(t)) return yearNth(t);
  if (/^上个半年/.test(t)) return { kind: 'relHalf', step: -1 };
  if (/^下个半年/.test(t)) return { kind: 'relHalf', step: 1 };
  if (/^[上前]半年/.test(t)) return { kind: 'half', half: 1 };
  if (/^[下后]半年/.test(t)) return { kind: 'half', half: 2 };
  const q = quarterPart(t);
  if (q) return q;
  const m = /^前(.+?)个?月/.exec(t);
  if (m) {
    const n = small(m[1]);
    return n && n <= 12 ? { kind: 'first', unit: 'month', n } : undefined;
  }
  // 年末 is the year-end of stock figures (年末总人口: as of December 31); 年底, 年终, 岁末 the closing stretch
  if (t.startsWith('末')) return { kind: 'edge', at: 'close' };
  if (/^[底终]/.test(t) || t === '岁末') return { kind: 'edge', at: 'end' };
  if (t.startsWith('初')) return { kind: 'edge', at: 'start' };
  if (t.startsWith('中')) return { kind: 'edge', at: 'mid' };
  if (t.startsWith('内')) return { kind: 'within' };
  if (t === '全年') return { kind: 'whole' };
  if (t === '度') return { kind: 'fiscal' };
  if (t === '新春伊始') return { kind: 'spring' };
  if (t === '伊始') return { kind: 'opening' };
  if (t.startsWith('暑')) return { kind: 'vacation', which: 'summer' };
  if (t === '寒假') return { kind: 'vacation', which: 'winter' };
  return undefined;
}

/** Fixed parts of a month: the days each covers. */
const MONTH_DAYS: Record<string, MonthPart> = {
  上旬: { kind: 'days', from: 1, to: 10 },
  初: { kind: 'days', from: 1, to: 10 },
  中旬: { kind: 'days', from: 11, to: 20 },
  下旬: { kind: 'days', from: 21, to: 'last' },
  底: { kind: 'days', from: 21, to: 'last' },
  末: { kind: 'close' },
  中下旬: { kind: 'days', from: 11, to: 'last' },
  /** 3月中 (before punctuation): the middle ten days, as 中旬. */
  中: { kind: 'days', from: 11, to: 20 },
  上中旬: { kind: 'days', from: 1, to: 20 },
  上半月: { kind: 'days', from: 1, to: 15 },
  下半月: { kind: 'days', from: 16, to: 'last' },
};

/**
 * A part of a month: 上旬 (days 1–10) … 月底 (21–last); 第三天 (day 3); 的第一周 (the n-th week from the month's
 * first Monday); 的最后一个星期一, 第二个周日. Undefined when the count does not fit a month.
 * @example monthPart('的最后一个星期一') // { kind: 'weekday', n: -1, weekday: 1 }
 */
export function monthPart(s: string): MonthPart | undefined {
  const fixed = MONTH_DAYS[s];
  if (fixed) return fixed;
  const nth = /^的?第(.+)天$/.exec(s);
  if (nth) {
    const n = small(nth[1].replace(/两/g, '二'));
    return n && n <= 31 ? { kind: 'days', from: n, to: n } : undefined;
  }
  const m = /^的?(第|最[后後])([^个周週星礼禮]*)个?(?:周|週|星期|礼拜|禮拜)(.?)$/.exec(s);
  if (!m) return undefined;
  const n = m[1] === '第' ? small(m[2].replace(/两/g, '二')) : -1;
  if (!n || n > 5) return undefined;
  if (!m[3]) return { kind: 'week', n };
  const weekday = WEEKDAYS[m[3]];
  return weekday && m[3] !== '末' ? { kind: 'weekday', n, weekday } : undefined;
}
