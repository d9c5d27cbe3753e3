import { RewriteBuilder, type Rewrite } from './offsets.js';

const FULL_DIGIT_0 = 0xff10;
const FULL_DIGIT_9 = 0xff19;

const isDigitUnit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= FULL_DIGIT_0 && c <= FULL_DIGIT_9);

/** Full-width signs that always become ASCII (they are not CJK punctuation): ％＋＝＜＞＠＃＆＄－～. */
const ALWAYS = 1;
/** Full-width ．／：become ASCII only between two digits (5．5, 3／4, 12：00); elsewhere they are
 *  CJK punctuation and stay. ，between digits is left to the thousands rule. */
const BETWEEN_DIGITS = 2;
/** Per code unit U+FF00–U+FF5F: ALWAYS or BETWEEN_DIGITS (a table, not a Set: this runs per character). */
const KIND = new Uint8Array(0x60);
for (const c of [0xff05, 0xff0b, 0xff1d, 0xff1c, 0xff1e, 0xff20, 0xff03, 0xff06, 0xff04, 0xff0d, 0xff5e]) KIND[c - 0xff00] = ALWAYS;
for (const c of [0xff0e, 0xff0f, 0xff1a]) KIND[c - 0xff00] = BETWEEN_DIGITS;

/**
 * Does toHalfWidth convert the full-width form c (U+FF01–U+FF5E) at s[i]? Letters, digits and
 * number signs always; ．／： only between two digits; CJK punctuation (，（）！) never.
 */
export function halfWidthAt(s: string, i: number, c: number): boolean {
  if ((c >= FULL_DIGIT_0 && c <= FULL_DIGIT_9) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return true;
  const k = c >= 0xff00 && c < 0xff60 ? KIND[c - 0xff00] : 0;
  if (k === ALWAYS) return true;
  return k === BETWEEN_DIGITS && i > 0 && isDigitUnit(s.charCodeAt(i - 1)) && isDigitUnit(s.charCodeAt(i + 1));
}

/**
 * Full-width ASCII to half-width: digits, Latin letters and number signs.
 *
 * @example toHalfWidth('国内生产总值增长５．５％左右').text // '国内生产总值增长5.5%左右'
 */
export function toHalfWidth(s: string): Rewrite | undefined {
  let b: RewriteBuilder | undefined;
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xff01 || c > 0xff5e) continue;
    if (!halfWidthAt(s, i, c)) continue;
    b ??= new RewriteBuilder(s);
    b.copy(last, i);
    b.emit(String.fromCharCode(c - 0xfee0), i);
    last = i + 1;
  }
  if (!b) return undefined;
  b.copy(last, s.length);
  return b.finish();
}
