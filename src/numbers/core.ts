/**
 * One number with what is glued to it: exponent and k suffix, fractions (三分之一, 1/5,
 * 三又三分之一), percent forms (百分之七十, 70%, 7成, 八五折, 千分之三), a rough 多/余 and the unit
 * (两天半 → 2.5 天). Ranges, qualifiers and filters are added by quantities.ts.
 */
import { hanDigitValueAt, isAsciiDigit, isNumeralChar, readNumeral, type Numeral } from './scan.js';
import { UNIT_KIND, unitAt } from './units.js';

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

const clean = (x: number): number => (Number.isInteger(x) && Math.abs(x) < 1e15 ? x : Number(x.toPrecision(15)));

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

/**
 * Read one number and its unit starting at `i`, or undefined.
 *
 * @example readCore('增长百分之七十', 2) // { value: 70, unit: '%', … }
 * @example readCore('用两天半时间', 1)   // { value: 2.5, unit: '天', … }
 */
export function readCore(t: string, i: number, mixed = true): Core | undefined {
  const per = perAt(t, i);
  if (per) {
    const ratio = pairAt(t, per.next);
    const num = readNumeral(t, ratio === undefined ? per.next : per.next + 1);
    if (!num) return undefined;
    if (ratio !== undefined) {
      // 百分之二三十 → 20..30 %
      const hi = clean((num.value * 100) / per.per);
      return { start: i, end: num.end, numEnd: num.end, value: clean(hi * ratio), max: hi, unit: '%', rough: false, about: false, num, prefixForm: true };
    }
    // 百分之七十 → 70 %, 千分之三 → 0.3 %, 万分之五 → 0.05 %
    let value = clean((num.value * 100) / per.per);
    let end = num.end;
    const kk = kAt(t, end);
    if (kk) {
      value = clean(value * 1000);
      end = kk;
    }
    return { start: i, end, numEnd: end, value, unit: '%', rough: false, about: false, num, prefixForm: true };
  }
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
  let value = num.value;
  let k = num.end;
  let prefixForm = false;
  if (num.arabic && !num.hanDigit) {
    // 2e5, 21.2E0, 12.32e+14, 2^5, 2.5^-1, 40k
    const m = /^(?:[eE]([+-]?\d{1,3})|\^([+-]{0,2}\d{1,3}))(?![\dA-Za-z])/.exec(t.slice(k, k + 8));
    const e = m ? Number((m[1] ?? m[2]).replace(/^(--|\+)/, '')) : 0;
    const powered = m ? (m[1] !== undefined ? value * 10 ** e : value ** e) : NaN;
    if (m && !num.magnitude && !/[A-Za-z]/.test(t[i - 1] ?? '')) {
      value = Number.isFinite(powered) ? clean(powered) : NaN; // NaN: dropped by the caller
      k += m[0].length;
    } else if (kAt(t, k) && (t[k] !== ' ' || t[i - 1] === '之' || /^ ?[kK] ?$/.test(t.slice(k)))) {
      value *= 1000;
      k = kAt(t, k) as number;
    }
  }
  // fractions: 三分之一, 16分之5, 1/5, then 又: 三百五又三分之一
  const fz = fenZhiAt(t, k);
  const negNumer = fz !== undefined && (t[fz] === '负' || t[fz] === '負');
  if (fz !== undefined && !num.digitByDigit && !(t[k] === ' ' && !isNumeralChar(t[fz]))) {
    const den = value;
    const numer = readNumeral(t, negNumer ? fz + 1 : fz);
    if (numer && den !== 0) {
      // 负3分之负157: the sign of the denominator is applied by the caller
      value = clean(((negNumer ? -1 : 1) * numer.value) / den);
      k = numer.end;
      prefixForm = true;
    }
  } else if (t[k] === ' ' && num.plainInteger && /^ \d{1,4}\/\d{1,4}(?![\d/])/.test(t.slice(k, k + 12))) {
    // a mixed fraction: 1 3/5 → 1.6
    const a = readNumeral(t, k + 1);
    const d = a && readNumeral(t, a.end + 1);
    if (a && d && d.value !== 0) {
      value = clean(value + a.value / d.value);
      k = d.end;
      prefixForm = true;
    }
  } else if (t[k] === '/' && isAsciiDigit(t[k + 1]) && num.arabic) {
    const d = readNumeral(t, k + 1);
    if (d && d.arabic && d.value !== 0 && t[d.end] !== '/') {
      value = clean(value / d.value);
      k = d.end;
      prefixForm = true;
    }
  } else if (mixed && (t[k] === '又' || (t[k] === ' ' && t[k + 1] === '又'))) {
    const j = t[k] === '又' ? k + 1 : k + 2;
    let j2 = j;
    while (t[j2] === ' ') j2++;
    const whole = readCore(t, j2, false);
    if (whole && whole.prefixForm && whole.unit === '' && whole.value < 1) {
      value = clean(value + whole.value);
      k = whole.end;
      prefixForm = true;
    }
  }
  let unit = '';
  let rough = false;
  let about = false;
  // percent signs and proportions
  if (t[k] === '%' || t[k] === '‰') {
    unit = t[k];
    k++;
  }
  let ks = k;
  while (t[ks] === ' ' && ks - k < 3) ks++;
  if (!unit && (t[ks] === '成' || t[ks] === '折') && !'为立员本果效绩功熟长交就都了型品合算旧扣'.includes(t[ks + 1] ?? '\0')) {
    // 七成 → 70 %, 两成半 → 25 %; 八折 → 80 %, 八五折 / 85折 → 85 %
    const cheng = t[ks] === '成';
    const ok = value > 0 && (cheng ? value <= 10 : value < 10 || (value > 10 && value < 100 && !num.magnitude));
    if (ok) {
      value = clean(cheng || value < 10 ? value * 10 : value);
      unit = '%';
      k = ks + 1;
      if (t[k] === '半') {
        value += 5;
        k++;
      }
      return { start: i, end: k, numEnd: num.end, value, unit, rough, about, num, prefixForm: true };
    }
  }
  if (!unit) {
    let j = k;
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
    if (u && (s === j || /^(个|百分点|%)/.test(u) || num.arabic)) {
      unit = u;
      k = s + u.length;
      // 20个比特币: a classifier before a currency; the currency is the unit
      const curAfter = u === '个' ? unitAt(t, k) : undefined;
      if (curAfter && UNIT_KIND.get(curAfter) === 'currency') {
        unit = curAfter;
        k += curAfter.length;
      }
      // 3个亿, 两个亿元: colloquial magnitude after 个
      if (u === '个' && (t[k] === '亿' || t[k] === '万') && !isNumeralChar(t[k + 1])) {
        value = clean(value * (t[k] === '亿' ? 1e8 : 1e4));
        k++;
        const cur = unitAt(t, k);
        unit = cur && UNIT_KIND.get(cur) === 'currency' ? cur : '';
        k += unit.length;
      }
      // 微克/立方米, 元/吨: a rate
      if (t[k] === '/') {
        const per = unitAt(t, k + 1);
        if (per && UNIT_KIND.get(per) !== 'measure') {
          unit = `${u}/${per}`;
          k += 1 + per.length;
        }
      }
      if (u === '打') {
        value = clean(value * 12); // a dozen: counted in pieces
        unit = '个';
      }
      if (t[k] === '半' && Number.isInteger(value) && UNIT_KIND.get(u) !== 'share' && UNIT_KIND.get(u) !== 'currency') {
        value = clean(value + 0.5);
        k++;
      }
    } else if (rough || about) {
      rough = false;
      about = false;
    }
  }
  return { start: i, end: k, numEnd: num.end, value, unit, rough, about, num, prefixForm };
}
