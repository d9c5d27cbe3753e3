import { isAsciiDigit as isDigit } from '../text/index.js';
import { RewriteBuilder, type Rewrite } from './offsets.js';

/** CJK ideographs, CJK punctuation and full-width forms: what hugs an OCR-spaced figure. */
const isCjkContext = (c: string | undefined): boolean => c !== undefined && /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’%]/.test(c);

/**
 * A run of single digits spaced by single spaces starting at `i` (`2 0 2 1`): its end and how
 * many digits it holds, or undefined when s[i] does not start one.
 */
function spacedRun(s: string, i: number, j: number): { end: number; count: number } | undefined {
  if (j - i !== 1 || s[j] !== ' ' || !isDigit(s[j + 1]) || isDigit(s[i - 1]) || s[i - 1] === '.') return undefined;
  let k = j;
  let count = 1;
  while (s[k] === ' ' && isDigit(s[k + 1]) && !isDigit(s[k + 2])) {
    k += 2;
    count++;
  }
  return { end: k, count };
}

/** Whether the spaced run i..end is OCR spacing to rejoin: it touches CJK text and is not followed by more digits. */
function joinsRun(s: string, i: number, end: number, count: number): boolean {
  const after = s[end];
  return count >= 2 && !isDigit(after) && after !== '.' && (isCjkContext(s[i - 1]) || isCjkContext(after));
}

/**
 * A decimal point after an integer part ending at `end`, spaced by OCR: ` .195`, ` . 195`, and
 * `. 195` when `dotSpaceOk`. Returns the dot's index and the first fraction digit's.
 */
function spacedDecimal(s: string, end: number, dotSpaceOk: boolean): { dot: number; frac: number } | undefined {
  if (s[end] === ' ' && s[end + 1] === '.') {
    if (isDigit(s[end + 2])) return { dot: end + 1, frac: end + 2 };
    if (s[end + 2] === ' ' && isDigit(s[end + 3])) return { dot: end + 1, frac: end + 3 };
  }
  if (dotSpaceOk && s[end] === '.' && s[end + 1] === ' ' && isDigit(s[end + 2])) return { dot: end, frac: end + 2 };
  return undefined;
}

/** The end of a chain of thousands groups `sep ddd` from `end`, and how many groups it has. */
function thousandsChain(s: string, end: number, sep: string): { end: number; groups: number } {
  let k = end;
  let groups = 0;
  while (s[k] === sep && isDigit(s[k + 1]) && isDigit(s[k + 2]) && isDigit(s[k + 3]) && !isDigit(s[k + 4])) {
    k += 4;
    groups++;
  }
  return { end: k, groups };
}

/** Whether a thousands chain of `groups` groups ending at `k` is a number: `,` always; `，` only when unambiguous. */
function chainHolds(s: string, k: number, sep: string, groups: number): boolean {
  if (groups === 0) return false;
  if (sep === ',') return s[k] !== ',';
  const decimal = (s[k] === '.' && isDigit(s[k + 1])) || spacedDecimal(s, k, true) !== undefined;
  return (decimal || groups >= 2) && s[k] !== '，';
}

/**
 * OCR spacing and thousands separators inside numbers:
 * - single digits spaced out by single spaces (`2 0 2 1年`, `第 1 9届`, `2 0 2 5”`) are
 *   rejoined when the run touches CJK text on one side; plain tables (`10 20`, `1 2 3`) stay;
 * - a decimal point spaced out between digits (`42 . 195公里`) is rejoined;
 * - thousands separators are removed: `,` between groups of three (`82,225.00`), and `，`
 *   only where the number is unambiguous (a decimal part or two groups: `82，225.00`), so a
 *   list `1，2，3` or `120，350家` stays.
 * The three apply in turn to one figure (`增长1 2 .5%` → `增长12.5%`, `年1 2,345` → `年12345`),
 * so a second pass finds nothing more to do (normalize is idempotent).
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
    let j = i;
    while (j < n && isDigit(s[j])) j++;
    // the integer part: source end, digit count, and whether it was already rewritten
    let end = j;
    let digits = j - i;
    let joined = false;
    // (1) spaced single digits
    const run = spacedRun(s, i, j);
    if (run) {
      if (!joinsRun(s, i, run.end, run.count)) {
        // its last digit may still start a figure (`5 3,456`), as it would on a second pass
        i = Math.max(i + 1, run.end - 1);
        continue;
      }
      // a single space between a CJK word and the run (第 1 9届) goes too, when the run ends on CJK text
      const from = s[i - 1] === ' ' && isCjkContext(s[i - 2]) && isCjkContext(s[run.end]) ? i - 1 : i;
      b.copy(last, from);
      for (let p = i; p < run.end; p += 2) b.emit(s[p], p);
      b.drop();
      last = end = run.end;
      digits = run.count;
      joined = true;
    }
    // (2) thousands separators
    const sep = s[end];
    if (digits <= 3 && (sep === ',' || sep === '，') && !isDigit(s[i - 1]) && s[i - 1] !== '.') {
      const chain = thousandsChain(s, end, sep);
      if (chainHolds(s, chain.end, sep, chain.groups)) {
        b.copy(last, end);
        for (let p = end; p < chain.end; p += 4) b.copy(p + 1, p + 4);
        b.drop();
        last = end = chain.end;
        joined = true;
      } else if (chain.groups > 0 && !joined) {
        // A chain that fails here fails from each of its later groups too (same end, fewer
        // groups): resume at its last group instead of re-walking it from every group, which
        // was quadratic on a long `123,123,…,1234` run.
        i = chain.end - 3;
        continue;
      }
    }
    // (3) spaced decimal point: 42 . 195 / 42 .195 / 42. 195
    const dec = spacedDecimal(s, end, !isDigit(s[i - 1]));
    if (dec) {
      b.copy(last, end);
      b.emit('.', dec.dot);
      b.drop();
      last = i = dec.frac;
      continue;
    }
    i = joined ? end : j;
  }
  b.copy(last, n);
  return b.finish();
}
