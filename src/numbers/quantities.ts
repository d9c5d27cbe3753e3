/**
 * The quantity finder: one left-to-right pass over the normalized text. At each numeral it
 * reads the number and its unit (core.ts), joins a range (1—3个, 两到三万, 5%—6%), adds the
 * qualifiers before and after (qualifiers.ts), and drops what has the shape of a date, code,
 * list marker or formula (shapes.ts). Positions are in the normalized text; index.ts maps them
 * back to the caller's input.
 */
import { roundFloat } from '../text/index.js';
import type { Approx } from '../types.js';
import { readCore, type Core } from './core.js';
import { qualifierAfter, qualifierBefore } from './qualifiers.js';
import { specialAt } from './special.js';
import { isAsciiDigit, isHanDigit, isNumeralChar, numeralAt } from './scan.js';
import { isCodeShape, isCountFormula, isDateShape, isFormulaShape, isFramingDuration, isHan, isListMarker } from './shapes.js';
import { COUNTABLE_ONE, UNIT_KIND, unitAt } from './units.js';

/** A quantity in normalized-text positions. */
export interface RawQuantity {
  start: number;
  end: number;
  value: number;
  max?: number;
  unit: string;
  approx: Approx;
}

const DASH = '-—–~～至到－−';
/** After a bare Chinese numeral these keep it a number (五和六, 三的写法); other Han characters make it part of a word. */
const BARE_FOLLOW = '的和与或而却那这了';
/** Financial and Traditional digit forms that are also ordinary words (陆地, 拾起, 队伍). */
const FINANCIAL = '壹贰貳叁參肆伍陆陸柒捌玖拾佰仟';
/** After a bare number these make a rank or a formula name (500强, 5大方面, 3大片区, 10佳). */
const RANK_AFTER = '大强佳优';
/** What a numeral run may contain besides numerals (十 余 万, 二十六 点三三, 几亿). */
const RUN_FILLER = '余多几幾点點 ';
const LONE_ONE = new Set(['一', '壹', '幺']);
const clean = roundFloat;

/** Why a core is not a quantity, or '' when it is. */
function rejectReason(t: string, c: Core): string {
  const num = c.num;
  if (c.prefixForm && (t[c.numEnd] === '/' || t[c.numEnd] === '／') && isDateShape(t, num, c.numEnd)) return 'date'; // 2026/27年度
  if (c.prefixForm) return num.arabic && isCodeShape(t, num, c.end, true) ? 'code' : '';
  if (isDateShape(t, num, c.numEnd)) return 'date';
  if (isListMarker(t, num, c.numEnd)) return 'list';
  if (isFormulaShape(t, num, c.end)) return 'formula';
  if (isCodeShape(t, num, c.numEnd, c.unit !== '')) return 'code';
  const next = t[c.end];
  if (next === '级' || (c.unit && (next === '性' || next === '化'))) return 'scale';
  if (c.unit === '位' && next === '数') return 'scale'; // 两位数增长
  if (num.digitByDigit) return 'digits';
  // 万, 亿, 万万, 万亿: magnitudes with no digit (万华, 万众一心, 亿万); 十万 and 百万 are numbers,
  // and so is a magnitude with money (过千亿元, 超亿元)
  if (!num.arabic && !num.hanDigit && (num.clean.length === 1 ? num.clean !== '十' : !'十拾百佰'.includes(num.clean[0]))) {
    const kind = UNIT_KIND.get(c.unit);
    const money =
      (kind === 'currency' && (num.clean.length > 1 || '过超逾破近达'.includes(t[c.start - 1] ?? '\0'))) ||
      (kind === 'physical' && num.clean.length > 1); // 千亿斤, 万亿元
    if (!money) return 'magnitude';
  }
  if (isCountFormula(t, c.end, c.unit)) return 'formula';
  if (
    !num.arabic &&
    c.unit &&
    c.value <= 10 &&
    isHanDigit(t[c.end]) &&
    isHan(t[c.end + 1]) &&
    !isNumeralChar(t[c.end + 1]) &&
    t[c.end + 1] !== '点' &&
    !unitAt(t, c.end + 1)
  ) {
    return 'formula'; // 一园一业, 一户一策, 两年一次
  }
  if (
    !num.arabic &&
    c.unit &&
    num.clean.length === 1 &&
    isHanDigit(t[c.start - 2]) &&
    isHan(t[c.start - 1]) &&
    !isNumeralChar(t[c.start - 1]) &&
    !unitAt(t, c.start - 1)
  ) {
    return 'formula'; // 三番五次, 一园一业 read from its second half
  }
  if (num.clean.length === 1 && FINANCIAL.includes(num.clean) && isHan(t[c.start - 1])) return 'word'; // 登陆部队
  if (!num.arabic && LONE_ONE.has(num.clean) && c.unit) {
    const kind = UNIT_KIND.get(c.unit);
    if (kind === 'measure' && !COUNTABLE_ONE.has(c.unit)) return 'article';
  }
  if (num.clean === '零' || num.clean === '〇') return 'word'; // 零部件, 零增长
  if (c.unit === '部' && next === '分') return 'word'; // 两部分
  if (!c.unit) {
    const q = qualifierAfter(t, c.end, false);
    if (num.arabic && RANK_AFTER.includes(next ?? '\0')) return 'word'; // 500强, 5大方面, 十佳
    if (!num.arabic) {
      const prev = t[c.start - 1];
      // letter-spaced banners: 找 记 者 上 壹 点
      if (num.clean.length === 1 && ((prev === ' ' && isHan(t[c.start - 2])) || (next === ' ' && isHan(t[c.end + 1])))) return 'word';
      if (num.clean.length === 1) {
        // a lone numeral character: a number only between non-Han text or in 是五 / 前三的 / 四不是
        if (!q && !((!isHan(prev) || '是为前'.includes(prev)) && (!isHan(next) || BARE_FOLLOW.includes(next) || next === '不')))
          return 'word';
        if (FINANCIAL.includes(num.clean) && (isHan(prev) || isHan(next))) return 'word'; // 陆地, 拾起, 伍仁
      } else if (isHan(next) && !BARE_FOLLOW.includes(next) && !c.rough && !q) return 'word';
    } else if (num.plainInteger && num.clean.length === 4 && /^(19|20)/.test(num.clean)) return 'year';
  }
  return '';
}

/** Join `a` with a following range end, or return undefined. */
function joinRange(t: string, a: Core): { b: Core; value: number; unit: string } | undefined {
  let j = a.end;
  if (t[j] === ' ' && DASH.includes(t[j + 1] ?? '\0') && t[j + 2] === ' ') j++; // 20 - 100
  if (!DASH.includes(t[j] ?? '\0')) return undefined;
  if (t[j] === '-' && t[j + 1] === '-') return undefined;
  j++;
  while (t[j] === ' ' && j - a.end < 4) j++;
  if (!(isNumeralChar(t[j]) || t[j] === '百')) return undefined;
  const b = readCore(t, j);
  if (!b) return undefined;
  if (a.unit && b.unit && a.unit !== b.unit) return undefined;
  let value = a.value;
  const mag = b.num.trailingMagnitude;
  if (!a.num.magnitude && !a.unit && mag && value * mag <= b.value) value = clean(value * mag);
  if (!(b.value > value)) return undefined;
  return { b, value, unit: a.unit || b.unit };
}

/** A number with its range joined, before sign and qualifiers: normalized positions. */
interface Span0 {
  start: number;
  end: number;
  value: number;
  max?: number;
  unit: string;
  rough: boolean;
  about: boolean;
  reason: string;
}

/** A core with a range joined to it (1—3个, 两到三万), and why it is no quantity ('' when it is). */
function withRange(t: string, a: Core): Span0 {
  const range = a.max === undefined ? joinRange(t, a) : undefined;
  const s: Span0 = {
    start: a.start,
    end: a.end,
    value: a.value,
    max: a.max,
    unit: a.unit,
    rough: a.rough || a.num.rough,
    about: a.about,
    reason: rejectReason(t, a),
  };
  if (!range) return s;
  const rb = rejectReason(t, range.b);
  if (rb === 'date' || s.reason === 'date') s.reason = 'date';
  else if (rb === 'code' || s.reason === 'code') s.reason = 'code';
  else if (s.reason !== 'list' && s.reason !== 'formula' && s.reason !== 'magnitude') s.reason = '';
  s.value = range.value;
  s.max = range.b.value;
  s.unit = range.unit;
  s.end = range.b.end;
  s.rough = s.rough || range.b.rough || range.b.num.rough;
  s.about = s.about || range.b.about;
  if (s.unit === '年' && (s.value >= 1000 || s.max >= 1000)) s.reason = 'date';
  return s;
}

/** Sign, currency symbol and qualifiers around an accepted number; undefined when not finite. */
function qualify(t: string, s: Span0): RawQuantity | undefined {
  let { start, end, unit } = s;
  let sign = 1;
  const p = t[start - 1];
  if (p === '负' || p === '負' || ((p === '-' || p === '−') && !isAsciiDigit(t[start - 2]) && !/[A-Za-z\-−]/.test(t[start - 2] ?? ''))) {
    sign = -1;
    start--;
  }
  if (!unit && (t[start - 1] === '$' || t[start - 1] === '￥' || t[start - 1] === '¥')) {
    unit = t[start - 1] === '$' ? '美元' : '元';
    start--;
  }
  let approx: Approx = 'exact';
  const before = qualifierBefore(t, start);
  const after = qualifierAfter(t, end, unit !== '');
  if (after) {
    approx = after.approx;
    end = after.end; // 500多个: the unit may follow 多/余 after a bare number
  }
  if (before) {
    // a suffix is more specific than a prefix: 约500多万 is more, 超过100万人以上 atLeast
    approx = after ? after.approx : s.rough && before.approx === 'about' ? 'more' : before.approx;
    start = before.start;
  }
  if (approx === 'exact' && s.rough) approx = 'more';
  if (approx === 'exact' && s.about) approx = 'about';
  const value = clean(s.value * sign);
  if (!Number.isFinite(value) || (s.max !== undefined && !Number.isFinite(s.max))) return undefined; // 9^999
  const q: RawQuantity = { start, end, value, unit, approx };
  if (s.max !== undefined) q.max = clean(s.max * sign);
  return q;
}

/** A numeral starts at i (not the tail of a longer one). */
const startsAt = (t: string, i: number): boolean =>
  (isNumeralChar(t[i]) || (t[i] === '.' && isAsciiDigit(t[i + 1]))) &&
  !(i > 0 && (isNumeralChar(t[i - 1]) || (t[i - 1] === '.' && isAsciiDigit(t[i - 2]))));

/** Read the quantity at a numeral start: pushes it when accepted; returns the index to go on from. */
function quantityAt(t: string, i: number, out: RawQuantity[]): number {
  const a = readCore(t, i);
  if (!a) {
    // skip the whole unreadable run (十四五, 两两) so that no tail of it is read alone
    let j = i + 1;
    while (j < t.length && (numeralAt(t, j) || RUN_FILLER.includes(t[j]))) j++;
    return j;
  }
  const s = withRange(t, a);
  if (s.reason) {
    let j = Math.max(s.end, i + 1);
    // 6个1, 四个一: the tail numeral belongs to the formula
    if (s.reason === 'formula') while (j < t.length && isNumeralChar(t[j])) j++;
    return j;
  }
  const q = qualify(t, s);
  if (q && !isFramingDuration(t, q.start, q.end, q.unit)) out.push(q);
  return Math.max(q?.end ?? s.end, i + 1);
}

/**
 * Every quantity of normalized text `t`, in order, in normalized positions.
 *
 * @example findQuantities('新增规上工业企业30家、上市公司2—3家')
 * // [{ start: 8, end: 11, value: 30, unit: '家', approx: 'exact' },
 * //  { start: 16, end: 20, value: 2, max: 3, unit: '家', approx: 'exact' }]
 */
export function findQuantities(t: string): RawQuantity[] {
  const out: RawQuantity[] = [];
  const n = t.length;
  let i = 0;
  while (i < n) {
    const code = t.charCodeAt(i);
    // fast skip: only numerals, 第, 翻 and a leading '.' can start a quantity
    if (code !== 0x7b2c && code !== 0x7ffb && code !== 46 && !numeralAt(t, i)) {
      i++;
      continue;
    }
    const special = code === 0x7b2c || code === 0x7ffb ? specialAt(t, i, out) : undefined;
    if (special !== undefined) i = special;
    else if (startsAt(t, i)) i = quantityAt(t, i, out);
    else i++;
  }
  return mergeBounds(t, out);
}

const LOWER: Approx[] = ['over', 'atLeast'];
const UPPER: Approx[] = ['under', 'atMost'];
/** What may stand between two bounds of one range: 大于10小于20, 大于4865并少于20793, 1000以上，1500以下. */
const BOUND_GAP = /^[ ,，、]{0,3}(?:并且|而且|并|且|同时|的同时)?[ ,，]{0,3}$/;

/**
 * Join a lower and an upper bound written as two qualified numbers (大于10小于20,
 * 不大于50不小于20) and two numbers 'between' (10000与20000之间) into one range.
 */
function mergeBounds(t: string, qs: RawQuantity[]): RawQuantity[] {
  const out: RawQuantity[] = [];
  for (let k = 0; k < qs.length; k++) {
    const a = qs[k];
    let b = qs[k + 1];
    if (b && a.max === undefined && b.max === undefined && (a.unit === b.unit || !a.unit || !b.unit) && b.start - a.end <= 8) {
      const gap = t.slice(a.end, b.start);
      const lohi =
        LOWER.includes(a.approx) && UPPER.includes(b.approx)
          ? [a.value, b.value]
          : UPPER.includes(a.approx) && LOWER.includes(b.approx)
            ? [b.value, a.value]
            : undefined;
      if (lohi && lohi[0] < lohi[1] && BOUND_GAP.test(gap)) {
        out.push({ start: a.start, end: b.end, value: lohi[0], max: lohi[1], unit: a.unit || b.unit, approx: 'exact' });
        k++;
        continue;
      }
      let between = /^(?:之间|间)/.exec(t.slice(b.end, b.end + 2));
      if (!between && b.unit === '间' && !a.unit) {
        // 10000与20000间: 间 read as a measure word
        b = { ...b, unit: '', end: b.end - 1 };
        between = /^间/.exec(t.slice(b.end, b.end + 1));
      }
      if (between && a.approx === 'exact' && b.approx === 'exact' && /^[与和到至跟]$/.test(gap) && a.value < b.value) {
        out.push({ start: a.start, end: b.end + between[0].length, value: a.value, max: b.value, unit: a.unit || b.unit, approx: 'exact' });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
