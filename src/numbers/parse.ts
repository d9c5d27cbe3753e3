/**
 * parseNumber: the Chinese numeral grammar (digits, magnitudes, financial forms, decimals,
 * digit-by-digit years, abbreviated tails such as 三万五) mixed freely with Arabic digits.
 */

import { DIGITS, MAGNITUDES as UNITS, TENS } from '../text/chars.js';

export { DIGITS, UNITS };

type Tok = { k: 'd'; v: number; arabic: boolean; zero: boolean } | { k: 'u'; v: number } | { k: 'p' };

function tokenize(s: string): Tok[] | undefined {
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c >= '0' && c <= '9') {
      let j = i;
      while (j < s.length && s[j] >= '0' && s[j] <= '9') j++;
      if (s[j] === '.' && s[j + 1] >= '0' && s[j + 1] <= '9') {
        j++;
        while (j < s.length && s[j] >= '0' && s[j] <= '9') j++;
      }
      out.push({ k: 'd', v: Number(s.slice(i, j)), arabic: true, zero: false });
      i = j;
      continue;
    }
    if (c in DIGITS) out.push({ k: 'd', v: DIGITS[c], arabic: false, zero: DIGITS[c] === 0 });
    else if (c in UNITS) out.push({ k: 'u', v: UNITS[c] });
    else if (c in TENS) {
      out.push({ k: 'd', v: TENS[c], arabic: false, zero: false }, { k: 'u', v: 10 });
    } else if (c === '点' || c === '點') out.push({ k: 'p' });
    else return undefined;
    i++;
  }
  return out;
}

/** Round away binary noise: 224.2 * 1e8 → 22420000000. */
const clean = (x: number): number => (Number.isInteger(x) && Math.abs(x) < 1e15 ? x : Number(x.toPrecision(15)));

function evaluate(t: Tok[]): number | undefined {
  if (!t.length) return undefined;
  const p = t.findIndex((x) => x.k === 'p');
  if (p >= 0) {
    const frac = t.slice(p + 1);
    if (frac.length && frac.every((x) => x.k === 'd' && !x.arabic)) {
      const int = p === 0 ? 0 : evaluate(t.slice(0, p));
      if (int === undefined) return undefined;
      const digits = frac.map((x) => (x as { v: number }).v).join('');
      return clean(int + Number(`0.${digits}`));
    }
  }
  let best = -1;
  for (let i = 0; i < t.length; i++) {
    const x = t[i];
    if (x.k === 'u' && (best < 0 || x.v >= (t[best] as { v: number }).v)) best = i;
  }
  if (best < 0) {
    if (t.some((x) => x.k !== 'd')) return undefined;
    if (t.length === 1) return (t[0] as { v: number }).v;
    // digit by digit: 二〇二一 → 2021
    if (t.every((x) => x.k === 'd' && !x.arabic)) return Number(t.map((x) => (x as { v: number }).v).join(''));
    return undefined;
  }
  const unit = (t[best] as { v: number }).v;
  const left = t.slice(0, best);
  let right = t.slice(best + 1);
  let lv: number | undefined = 1;
  if (left.length) {
    if (unit < 1e4) {
      // 三百, 3千: one digit (or an Arabic figure) before a small magnitude
      const d = left[0];
      if (left.length !== 1 || d.k !== 'd' || d.zero) return undefined;
      lv = d.v;
    } else lv = evaluate(left);
  }
  if (lv === undefined) return undefined;
  let hadZero = false;
  while (right.length && right[0].k === 'd' && right[0].zero) {
    right = right.slice(1);
    hadZero = true;
  }
  let rv = 0;
  if (right.length) {
    const r0 = right[0];
    if (!hadZero && unit >= 100 && right.length === 1 && r0.k === 'd' && !r0.arabic) {
      rv = (r0.v * unit) / 10; // 三万五 → 35000, 三百五 → 350
    } else {
      const v = evaluate(right);
      if (v === undefined || v >= unit) return undefined;
      rv = v;
    }
  }
  return clean(lv * unit + rv);
}

/**
 * Parse a whole string as one number: Chinese numerals with magnitudes, financial forms,
 * decimals with 点, digit-by-digit years, Arabic digits with Chinese magnitudes, full-width
 * digits, thousands separators, a leading 负/-. Returns undefined for anything else.
 *
 * @example
 * parseNumber('两千亿')  // 200000000000
 * parseNumber('1.2万')   // 12000
 * parseNumber('二〇二一') // 2021
 * parseNumber('三万五')  // 35000
 * parseNumber('１２３')  // 123
 * parseNumber('一体化')  // undefined
 */
export function parseNumber(s: string): number | undefined {
  if (typeof s !== 'string') throw new TypeError(`tifa: parseNumber(s) needs a string, got ${typeof s}`);
  let x = s.trim().replace(/[\uff10-\uff19\uff0e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  x = x.replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1');
  let sign = 1;
  if (/^[-−负負]/.test(x)) {
    sign = -1;
    x = x.slice(1);
  } else if (/^[+正]/.test(x)) x = x.slice(1);
  if (!x || x.length > 64) return undefined;
  const t = tokenize(x);
  if (!t) return undefined;
  // 零十 → 10: a leading zero before a magnitude adds nothing
  while (t.length > 1 && t[0].k === 'd' && t[0].zero && t[1].k === 'u') t.shift();
  const v = evaluate(t);
  return v === undefined || !Number.isFinite(v) ? undefined : sign * v;
}
