import { RewriteBuilder, type Rewrite } from './offsets.js';

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
/** CJK ideographs, CJK punctuation and full-width forms: what hugs an OCR-spaced figure. */
const isCjkContext = (c: string | undefined): boolean =>
  c !== undefined && /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’%]/.test(c);

/**
 * OCR spacing and thousands separators inside numbers:
 * - single digits spaced out by single spaces (`2 0 2 1年`, `第 1 9届`, `2 0 2 5”`) are
 *   rejoined when the run touches CJK text on one side; plain tables (`10 20`, `1 2 3`) stay;
 * - a decimal point spaced out between digits (`42 . 195公里`) is rejoined;
 * - thousands separators are removed: `,` between groups of three (`82,225.00`), and `，`
 *   only where the number is unambiguous (a decimal part or two groups: `82，225.00`), so a
 *   list `1，2，3` or `120，350家` stays.
 *
 * @example fixDigits('第 1 9届').text // '第19届'
 */
export function fixDigits(s: string): Rewrite | undefined {
  const b = new RewriteBuilder(s);
  let last = 0;
  const n = s.length;
  let i = 0;
  while (i < n) {
    // skip to the next ASCII digit by code unit (s[i] would allocate a string per CJK character)
    const cu = s.charCodeAt(i);
    if (cu < 48 || cu > 57) {
      i++;
      continue;
    }
    // start of a digit token
    let j = i;
    while (j < n && isDigit(s[j])) j++;
    // (1) spaced single digits
    if (j - i === 1 && s[j] === ' ' && isDigit(s[j + 1]) && !isDigit(s[i - 1]) && s[i - 1] !== '.') {
      let k = j; // end of run
      let count = 1;
      while (s[k] === ' ' && isDigit(s[k + 1]) && !isDigit(s[k + 2])) {
        k += 2;
        count++;
      }
      const before = s[i - 1];
      const after = s[k];
      if (count >= 2 && !isDigit(after) && after !== '.' && (isCjkContext(before) || isCjkContext(after))) {
        // a single space between a CJK word and the run (第 1 9届) goes too, when the run
        // ends on CJK text
        let from = i;
        if (before === ' ' && isCjkContext(s[i - 2]) && isCjkContext(after)) from = i - 1;
        b.copy(last, from);
        for (let p = i; p < k; p += 2) b.emit(s[p], p);
        b.drop();
        last = k;
        i = k;
        continue;
      }
      i = k;
      continue;
    }
    // (2) spaced decimal point: 42 . 195 / 42 .195 / 42. 195
    if (
      (s[j] === ' ' && s[j + 1] === '.' && (isDigit(s[j + 2]) || (s[j + 2] === ' ' && isDigit(s[j + 3])))) ||
      (s[j] === '.' && s[j + 1] === ' ' && isDigit(s[j + 2]) && !isDigit(s[i - 1]))
    ) {
      const dot = s[j] === '.' ? j : j + 1;
      const frac = s[dot + 1] === ' ' ? dot + 2 : dot + 1;
      b.copy(last, j);
      b.emit('.', dot);
      b.drop();
      last = frac;
      i = frac;
      continue;
    }
    // (3) thousands separators
    if (j - i <= 3 && (s[j] === ',' || s[j] === '，') && !isDigit(s[i - 1]) && s[i - 1] !== '.') {
      const sep = s[j];
      let k = j;
      let groups = 0;
      while (s[k] === sep && isDigit(s[k + 1]) && isDigit(s[k + 2]) && isDigit(s[k + 3]) && !isDigit(s[k + 4])) {
        k += 4;
        groups++;
      }
      const decimal = s[k] === '.' && isDigit(s[k + 1]);
      const ok = groups > 0 && (sep === ',' ? s[k] !== ',' : (decimal || groups >= 2) && s[k] !== '，');
      if (ok) {
        b.copy(last, i);
        for (let p = i; p < k; p++) if (s[p] !== sep) b.emit(s[p], p);
        b.drop();
        last = k;
        i = k;
        continue;
      }
      // A chain that fails here fails from each of its later groups too (same end, fewer
      // groups): resume at its last group instead of re-walking it from every group, which
      // was quadratic on a long `123,123,…,1234` run.
      if (groups > 0) {
        i = k - 3;
        continue;
      }
    }
    i = j;
  }
  b.copy(last, n);
  return b.finish();
}
