/**
 * Quantities read by a word rather than a numeral: 翻一番 (×2) and ordinals (第十九届).
 */
import type { RawQuantity } from './quantities.js';
import { isNumeralChar, readNumeral } from './scan.js';
import { isHan } from './shapes.js';

/** Measure words after 第 that make an ordinal (第十九届, 第3名, 第二批). */
const ORDINAL_NEXT = '届次批名位个轮章条款节回期项家站号年天周季段阶代任位例场集卷';

/**
 * 翻一番 ×2, 翻两番 ×4, 翻番; 第十九届 → 19 (unit '第'): pushes it, returns the index after, or undefined.
 *
 * @example specialAt('比2010年翻一番', 7, out) // 10, out gets { value: 2, unit: '倍' }
 */
export function specialAt(t: string, i: number, out: RawQuantity[]): number | undefined {
  const ch = t[i];
  if (ch === '翻') {
    const m = /^翻(?:了)?(?:([一二两三四五1-5])番|番)/.exec(t.slice(i, i + 5));
    if (!m) return undefined;
    const times = m[1] ? (readNumeral(m[1], 0)?.value ?? 1) : 1;
    out.push({ start: i, end: i + m[0].length, value: 2 ** times, unit: '倍', approx: 'exact' });
    return i + m[0].length;
  }
  if (ch !== '第' || !isNumeralChar(t[i + 1])) return undefined;
  const num = readNumeral(t, i + 1);
  if (!num) return undefined;
  const after = t[num.end];
  const ok =
    Number.isInteger(num.value) &&
    !num.digitByDigit &&
    !t.startsWith('季度', num.end) &&
    (after === undefined || !isHan(after) || ORDINAL_NEXT.includes(after) || after === '第');
  if (ok) out.push({ start: i, end: num.end, value: num.value, unit: '第', approx: 'exact' });
  return num.end;
}
