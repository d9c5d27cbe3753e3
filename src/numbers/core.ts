/**
 * One number with what is glued to it: exponent and k suffix, fractions (三分之一, 1/5,
 * 三又三分之一), percent forms (百分之七十, 70%, 7成, 八五折, 千分之三), a rough 多/余 and the unit
 * (两天半 → 2.5 天). Ranges, qualifiers and filters are added by quantities.ts.
 */
import { hanDigitValueAt, isAsciiDigit, isNumeralChar, readNumeral, type Numeral } from './scan.js';
import { UNIT_KIND, unitAt } from './units.js';
import { roundFloat } from '../text/index.js';

export interface Core {
  start: number;
  /** After the unit (or the number when bare). */
  end: number;
  /** Right after the numeral itself (before any unit). */
  numEnd: number;
  value: number;
  unit: string;
  rough: boolean;
  /** 来 (十来个): about. */
  about: boolean;
  num: Numeral;
  /** A fraction or percent prefix form (百分之, 三分之一): never a date, list marker or formula. */
  prefixForm: boolean;
  /** Two neighbouring digits as a rough range (三四个, 二三十年, 七八成): the high end. */
  max?: number;
}

/** 一两, 两三, 三四, …, 八九, and 三五: neighbouring digits that say 'a few'. */
function pairAt(t: string, i: number): number | undefined {
  const a = hanDigitValueAt(t, i);
  if (a <= 0) return undefined;
  const b = hanDigitValueAt(t, i + 1);
  if (b < 0) return undefined;
  return b === a + 1 || (a === 3 && b === 5) ? a / b : undefined;
}

const clean = roundFloat;

/** '分之' at k, allowing OCR spaces (二分 之一, 三 分之 一); returns the index after it. */
function fenZhiAt(t: string, k: number): number | undefined {
  let j = k;
  while (t[j] === ' ') j++;
  if (t[j] !== '分') return undefined;
  j++;
  while (t[j] === ' ') j++;
  if (t[j] !== '之') return undefined;
  j++;
  while (t[j] === ' ') j++;
  return j;
}

/** '百分之' '千分之' '万分之' at i (spaces allowed): its scale and the index after it. */
function perAt(t: string, i: number): { per: number; next: number } | undefined {
  const c = t[i];
  const per = c === '百' || c === '佰' ? 100 : c === '千' || c === '仟' ? 1000 : c === '万' || c === '萬' ? 1e4 : 0;
  if (!per) return undefined;
  const j = fenZhiAt(t, i + 1);
  return j === undefined ? undefined : { per, next: j };
}

const ROUGH_AFTER = '多余';

/** A 'k' (thousand) after an Arabic figure, spaces allowed: index after it, or undefined. */
function kAt(t: string, k: number): number | undefined {
  let j = k;
  while (t[j] === ' ' && j - k < 2) j++;
  return (t[j] === 'k' || t[j] === 'K') && !/[A-Za-z]/.test(t[j + 1] ?? '') ? j + 1 : undefined;
}

/** A number being read: its value so far, the index after it, and whether a prefix form made it. */
interface Reading {
  value: number;
  k: number;
  prefixForm: boolean;
}

/** 百分之七十 → 70 %, 千分之三 → 0.3 %, 百分之二三十 → 20..30 %. */
function readPercentPrefix(t: string, i: number, per: { per: number; next: number }): Core | undefined {
  const ratio = pairAt(t, per.next);
  const num = readNumeral(t, ratio === undefined ? per.next : per.next + 1);
  if (!num) return undefined;
  if (ratio !== undefined) {
    const hi = clean((num.value * 100) / per.per);
    return {
      start: i,
      end: num.end,
      numEnd: num.end,
      value: clean(hi * ratio),
      max: hi,
      unit: '%',
      rough: false,
      about: false,
      num,
      prefixForm: true,
    };
  }
  let value = clean((num.value * 100) / per.per);
  let end = num.end;
  const kk = kAt(t, end);
  if (kk) {
    value = clean(value * 1000);
    end = kk;
  }
  return { start: i, end, numEnd: end, value, unit: '%', rough: false, about: false, num, prefixForm: true };
}

/** 2e5, 21.2E0, 12.32e+14, 2^5, 2.5^-1, 40k after an Arabic figure. */
function readExponent(t: string, i: number, num: Numeral, r: Reading): void {
  if (!num.arabic || num.hanDigit) return;
  const m = /^(?:[eE]([+-]?\d{1,3})|\^([+-]{0,2}\d{1,3}))(?![\dA-Za-z])/.exec(t.slice(r.k, r.k + 8));
  const e = m ? Number((m[1] ?? m[2]).replace(/^(--|\+)/, '')) : 0;
  const powered = m ? (m[1] !== undefined ? r.value * 10 ** e : r.value ** e) : NaN;
  if (m && !num.magnitude && !/[A-Za-z]/.test(t[i - 1] ?? '')) {
    r.value = Number.isFinite(powered) ? clean(powered) : NaN; // NaN: dropped by the caller
    r.k += m[0].length;
  } else if (kAt(t, r.k) && (t[r.k] !== ' ' || t[i - 1] === '之' || /^ ?[kK] ?$/.test(t.slice(r.k)))) {
    r.value *= 1000;
    r.k = kAt(t, r.k) as number;
  }
}

/** Fractions after a numeral: 三分之一, 16分之5, 1 3/5, 1/5, 三百五又三分之一. */
function readFraction(t: string, num: Numeral, r: Reading, mixed: boolean): void {
  const k = r.k;
  const fz = fenZhiAt(t, k);
  const negNumer = fz !== undefined && (t[fz] === '负' || t[fz] === '負');
  if (fz !== undefined && !num.digitByDigit && !(t[k] === ' ' && !isNumeralChar(t[fz]))) {
    const den = r.value;
    const numer = readNumeral(t, negNumer ? fz + 1 : fz);
    if (numer && den !== 0) {
      // 负3分之负157: the sign of the denominator is applied by the caller
      Object.assign(r, { value: clean(((negNumer ? -1 : 1) * numer.value) / den), k: numer.end, prefixForm: true });
    }
  } else if (t[k] === ' ' && num.plainInteger && /^ \d{1,4}\/\d{1,4}(?![\d/])/.test(t.slice(k, k + 12))) {
    const a = readNumeral(t, k + 1);
    const d = a && readNumeral(t, a.end + 1);
    if (a && d && d.value !== 0) Object.assign(r, { value: clean(r.value + a.value / d.value), k: d.end, prefixForm: true });
  } else if (t[k] === '/' && isAsciiDigit(t[k + 1]) && num.arabic) {
    const d = readNumeral(t, k + 1);
    if (d?.arabic && d.value !== 0 && t[d.end] !== '/') Object.assign(r, { value: clean(r.value / d.value), k: d.end, prefixForm: true });
  } else if (mixed && (t[k] === '又' || (t[k] === ' ' && t[k + 1] === '又'))) {
    let j2 = t[k] === '又' ? k + 1 : k + 2;
    while (t[j2] === ' ') j2++;
    const whole = readCore(t, j2, false);
    if (whole?.prefixForm && whole.unit === '' && whole.value < 1)
      Object.assign(r, { value: clean(r.value + whole.value), k: whole.end, prefixForm: true });
  }
}

/** 七成 → 70 %, 两成半 → 25 %; 八折 → 80 %, 八五折 / 85折 → 85 %. */
function readCheng(t: string, i: number, num: Numeral, r: Reading): Core | undefined {
  let ks = r.k;
  while (t[ks] === ' ' && ks - r.k < 3) ks++;
  if ((t[ks] !== '成' && t[ks] !== '折') || '为立员本果效绩功熟长交就都了型品合算旧扣'.includes(t[ks + 1] ?? '\0')) return undefined;
  const cheng = t[ks] === '成';
  const v = r.value;
  const ok = v > 0 && (cheng ? v <= 10 : v < 10 || (v > 10 && v < 100 && !num.magnitude));
  if (!ok) return undefined;
  let value = clean(cheng || v < 10 ? v * 10 : v);
  let k = ks + 1;
  if (t[k] === '半') {
    value += 5;
    k++;
  }
  return { start: i, end: k, numEnd: num.end, value, unit: '%', rough: false, about: false, num, prefixForm: true };
}

/** What a classifier or unit adds once read: 20个比特币, 3个亿, 元/吨, 一打, 两天半. */
function afterUnit(t: string, u: string, r: Reading): string {
  let unit = u;
  const curAfter = u === '个' ? unitAt(t, r.k) : undefined;
  if (curAfter && UNIT_KIND.get(curAfter) === 'currency') {
    unit = curAfter; // a classifier before a currency; the currency is the unit
    r.k += curAfter.length;
  }
  if (u === '个' && (t[r.k] === '亿' || t[r.k] === '万') && !isNumeralChar(t[r.k + 1])) {
    r.value = clean(r.value * (t[r.k] === '亿' ? 1e8 : 1e4)); // colloquial magnitude after 个
    r.k++;
    const cur = unitAt(t, r.k);
    unit = cur && UNIT_KIND.get(cur) === 'currency' ? cur : '';
    r.k += unit.length;
  }
  if (t[r.k] === '/') {
    const per = unitAt(t, r.k + 1);
    if (per && UNIT_KIND.get(per) !== 'measure') {
      unit = `${u}/${per}`; // a rate
      r.k += 1 + per.length;
    }
  }
  if (u === '打') {
    r.value = clean(r.value * 12); // a dozen: counted in pieces
    unit = '个';
  }
  if (t[r.k] === '半' && Number.isInteger(r.value) && UNIT_KIND.get(u) !== 'share' && UNIT_KIND.get(u) !== 'currency') {
    r.value = clean(r.value + 0.5);
    r.k++;
  }
  return unit;
}

/** The unit after a number (a rough 多/余 or 来 may stand between); '' when none. */
function readUnit(t: string, num: Numeral, r: Reading): { unit: string; rough: boolean; about: boolean } {
  let j = r.k;
  let rough = false;
  let about = false;
  if (ROUGH_AFTER.includes(t[j]) && unitAt(t, j + 1)) {
    rough = true;
    j++;
  } else if (t[j] === '来' && unitAt(t, j + 1) && !num.arabic) {
    about = true;
    j++;
  }
  let s = j;
  while (s < t.length && s - j < 6 && t[s] === ' ') s++;
  const u = unitAt(t, s);
  if (!u || !(s === j || /^(个|百分点|%)/.test(u) || num.arabic)) return { unit: '', rough: false, about: false };
  r.k = s + u.length;
  return { unit: afterUnit(t, u, r), rough, about };
}

/**
 * Read one number and its unit starting at `i`, or undefined.
 *
 * @example readCore('增长百分之七十', 2) // { value: 70, unit: '%', … }
 * @example readCore('用两天半时间', 1)   // { value: 2.5, unit: '天', … }
 */
export function readCore(t: string, i: number, mixed = true): Core | undefined {
  const per = perAt(t, i);
  if (per) return readPercentPrefix(t, i, per);
  const ratio = mixed ? pairAt(t, i) : undefined;
  if (ratio !== undefined) {
    // 二三十万 → 200000..300000: the first digit scales what the second one reads
    const hi = readCore(t, i + 1, false);
    if (hi && !hi.num.digitByDigit && hi.max === undefined && hi.value > 0 && (!hi.prefixForm || hi.unit === '%')) {
      return { ...hi, start: i, value: clean(hi.value * ratio), max: hi.value };
    }
  }
  const num = readNumeral(t, i);
  if (!num) return undefined;
  const r: Reading = { value: num.value, k: num.end, prefixForm: false };
  readExponent(t, i, num, r);
  readFraction(t, num, r, mixed);
  if (t[r.k] === '%' || t[r.k] === '‰') {
    const unit = t[r.k];
    return { start: i, end: r.k + 1, numEnd: num.end, value: r.value, unit, rough: false, about: false, num, prefixForm: r.prefixForm };
  }
  const cheng = readCheng(t, i, num, r);
  if (cheng) return cheng;
  const { unit, rough, about } = readUnit(t, num, r);
  return { start: i, end: r.k, numEnd: num.end, value: r.value, unit, rough, about, num, prefixForm: r.prefixForm };
}
