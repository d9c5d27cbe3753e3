/**
 * Numerals inside date expressions: years written digit by digit, months, days, hours.
 */
import { parseNumber } from '../numbers/parse.js';
import { fullYear } from '../text/index.js';

/**
 * A small number (Arabic or Chinese): small('十二') // 12, small('08') // 8, small('廿三') // 23.
 */
export function small(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  const v = parseNumber(s.replace(/^廿/, '二十'));
  return v !== undefined && Number.isInteger(v) && v >= 0 ? v : undefined;
}

/**
 * A year as written before 年: '2021' → 2021, '二〇二一' → 2021, '两千零四' → 2004, '08' → 2008,
 * '零八' → 2008, '89' → 1989. Two-digit years fold by the shared rule (text/time.ts: 1951–2050).
 */
export function yearOf(s: string): number | undefined {
  const v = /^\d+$/.test(s) ? Number(s) : parseNumber(s);
  if (v === undefined || !Number.isInteger(v)) return undefined;
  const digits = /^\d+$/.test(s) ? s.length : /[千]/.test(s) ? 4 : s.length;
  return digits === 2 ? fullYear(v) : v;
}
