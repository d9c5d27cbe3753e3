/**
 * The numeral scanner: finds one run of numeral characters (Arabic or Chinese, with
 * magnitudes, decimals, thousands separators, OCR spaces and inner 余/多/几) and reads its value.
 * One forward pass over the run; no regex backtracking.
 */
import { DIGITS, UNITS, parseNumber } from './parse.js';
import { unitAt } from './units.js';

const TENS = '廿卅卌';
const ROUGH = '余多几幾';
const MAGS = '十拾百佰千仟万萬亿億兆';

/** Character classes by code unit, built once: 1 ASCII digit, 2 Chinese digit, 4 magnitude, 8 廿/卅. */
const CLASS = new Uint8Array(65536);
for (let c = 48; c <= 57; c++) CLASS[c] = 1;
for (const c of Object.keys(DIGITS)) CLASS[c.charCodeAt(0)] |= 2;
for (const c of Object.keys(UNITS)) CLASS[c.charCodeAt(0)] |= 4;
for (const c of TENS) CLASS[c.charCodeAt(0)] |= 8;
/** Value of each Chinese digit by code unit (-1 when not a digit). */
const DIGIT_VALUE = new Int8Array(65536).fill(-1);
for (const [c, v] of Object.entries(DIGITS)) DIGIT_VALUE[c.charCodeAt(0)] = v;
/** The value of the Chinese digit at `i` of `t`, or -1. */
export const hanDigitValueAt = (t: string, i: number): number => (i >= 0 && i < t.length ? DIGIT_VALUE[t.charCodeAt(i)] : -1);
const cls = (c: string | undefined): number => (c === undefined || c.length === 0 ? 0 : CLASS[c.charCodeAt(0)]);

export const isAsciiDigit = (c: string | undefined): boolean => cls(c) === 1;
/** A Chinese digit (零 to 九, financial forms, 两). */
export const isHanDigit = (c: string | undefined): boolean => (cls(c) & 2) !== 0;
/** A Chinese magnitude (十 百 千 万 亿 兆 and their financial forms). */
export const isMagnitude = (c: string | undefined): boolean => (cls(c) & 4) !== 0;
/** Any character a numeral run is made of. */
export const isNumeralChar = (c: string | undefined): boolean => cls(c) !== 0;
/** Is the code unit at `i` of `t` a numeral character? (no string allocation: the hot loop) */
export const numeralAt = (t: string, i: number): boolean => i >= 0 && i < t.length && CLASS[t.charCodeAt(i)] !== 0;

export interface Numeral {
  start: number;
  end: number;
  value: number;
  /** The run with spaces and 余/多/几 taken out, as parsed. */
  clean: string;
  /** Inner 余/多/几 (十余万, 500多亿): the value is a lower bound. */
  rough: boolean;
  arabic: boolean;
  /** Has a Chinese digit or 廿/卅 (not only magnitudes). */
  hanDigit: boolean;
  /** Has a magnitude character. */
  magnitude: boolean;
  /** The last character is a magnitude (两到三万 lends 万 to 两). */
  trailingMagnitude?: number;
  /** Chinese digits only, read digit by digit (二〇二一, 五五). */
  digitByDigit: boolean;
  /** An Arabic integer with no separators or decimals. */
  plainInteger: boolean;
}

/** ',' before three digits separates thousands; '，' is also a clause comma (增长5，300家), so
 *  it counts only where another group or decimals follow (1，234，567 · 82，225.00). */
const THOUSANDS = /^,\d{3}(?!\d)/;
const THOUSANDS_WIDE = /^，\d{3}[，.]\d/;
const PLAIN = /^\d{1,15}(?:\.\d{1,15})?$/;

const skipSpaces = (t: string, j: number): number => {
  let k = j;
  while (k < t.length && k - j < 4 && (t[k] === ' ' || t[k] === '\u3000')) k++;
  return k;
};

/** The last non-space character before j. */
const lastSolid = (t: string, j: number): string | undefined => {
  let k = j - 1;
  while (k >= 0 && (t[k] === ' ' || t[k] === '\u3000')) k--;
  return t[k];
};

/**
 * Spaced thousands: `77 100个` = 77100. The digits before the space at j are a group of one to
 * three (itself after a space-separated group or not after a digit) and exactly three follow.
 */
function isThousandsGroup(t: string, j: number, k: number): boolean {
  if (k !== j + 1 || t[j] !== ' ' || !/^\d{3}(?![\d.])/.test(t.slice(k, k + 4))) return false;
  let g = j;
  while (g > 0 && isAsciiDigit(t[g - 1]) && j - g < 4) g--;
  const size = j - g;
  if (size < 1 || size > 3 || isAsciiDigit(t[g - 1]) || t[g - 1] === '.') return false;
  return !(t[g - 1] === ' ' && isAsciiDigit(t[g - 2]) && size !== 3);
}

/**
 * OCR or typed spaces inside a Chinese numeral (一百 五 十 二, 十 余 万, 7 万5 千): the index
 * after the spaces at j when the numeral goes on, else undefined ('667.123 五点八' are two).
 */
function spaceContinues(t: string, j: number): number | undefined {
  const k = skipSpaces(t, j);
  const next = t[k];
  const prev = t[j - 1];
  if (isThousandsGroup(t, j, k)) return k;
  const nextOk = next !== undefined && (isNumeralChar(next) || ROUGH.includes(next) || next === '点');
  if (!nextOk || (isAsciiDigit(prev) && !(next in UNITS))) return undefined;
  if (isAsciiDigit(next) && !(prev in UNITS)) return undefined;
  if (ROUGH.includes(next) && !MAGS.includes(t[skipSpaces(t, k + 1)] ?? '\0')) return undefined;
  if (!(prev in UNITS || prev in DIGITS || ROUGH.includes(prev) || next in UNITS || next in DIGITS)) return undefined;
  return k;
}

/** 兆瓦, 千米, 千瓦: the last 兆/千 of a run starts a unit, not a magnitude of the number. */
function unitMagnitudeAt(t: string, end: number, clean: string): boolean {
  const last = t[end - 1];
  if ((last !== '兆' && last !== '千') || clean.length < 2) return false;
  const u = unitAt(t, end - 1);
  return Boolean(u && u.length > 1 && parseNumber(clean.slice(0, -1)) !== undefined);
}

/** The value of a cleaned numeral run: one digit, a plain decimal, or parsed. */
const numeralValue = (clean: string): number | undefined =>
  clean.length === 1 && DIGIT_VALUE[clean.charCodeAt(0)] >= 0
    ? DIGIT_VALUE[clean.charCodeAt(0)]
    : PLAIN.test(clean)
      ? Number(clean)
      : parseNumber(clean);

/**
 * Read the numeral run starting at `i` of normalized text `t`, or undefined when there is
 * none or it does not parse.
 *
 * @example readNumeral('投资1850亿元', 2) // { start: 2, end: 7, value: 185000000000, clean: '1850亿', … }
 */
export function readNumeral(t: string, i: number): Numeral | undefined {
  const n = t.length;
  let j = i;
  let clean = '';
  let rough = false;
  let arabic = false;
  let han = false;
  let plain = true;
  while (j < n && j - i < 48) {
    const k = CLASS[t.charCodeAt(j)];
    const c = t[j];
    if (k === 1) {
      arabic = true;
      clean += c;
      j++;
    } else if (k & 10) {
      han = true;
      clean += c;
      j++;
    } else if (k & 4) {
      clean += c;
      j++;
    } else if (c === '.' && isAsciiDigit(t[j - 1]) && isAsciiDigit(t[j + 1]) && j > i) {
      plain = false;
      clean += c;
      j++;
    } else if ((c === ',' ? THOUSANDS : THOUSANDS_WIDE).test(t.slice(j, j + 6)) && isAsciiDigit(t[j - 1]) && j > i) {
      plain = false;
      j++;
    } else if (c === '.' && j === i && isAsciiDigit(t[j + 1]) && t[j - 1] !== '.') {
      plain = false; // .5
      clean += '0.';
      j++;
    } else if (
      (c === '点' || c === '點') &&
      j > i &&
      isNumeralChar(lastSolid(t, j)) &&
      isHanDigit(t[skipSpaces(t, j + 1)]) &&
      !isAsciiDigit(lastSolid(t, j))
    ) {
      clean += '点';
      j = skipSpaces(t, j + 1);
    } else if (ROUGH.includes(c) && j > i && isNumeralChar(lastSolid(t, j)) && MAGS.includes(t[skipSpaces(t, j + 1)] ?? '\0')) {
      rough = true;
      j++;
    } else if ((c === ' ' || c === '\u3000') && j > i) {
      const k = spaceContinues(t, j);
      if (k === undefined) break;
      j = k;
    } else break;
  }
  let end = j;
  while (end > i && (t[end - 1] === ' ' || t[end - 1] === '\u3000')) end--;
  if (end === i || !clean) return undefined;
  if (unitMagnitudeAt(t, end, clean)) {
    end--;
    clean = clean.slice(0, -1);
  }
  const value = numeralValue(clean);
  if (value === undefined) return undefined;
  let magnitude = false;
  for (let k = 0; k < clean.length; k++) if (CLASS[clean.charCodeAt(k)] & 4) magnitude = true;
  const lastC = clean[clean.length - 1];
  return {
    start: i,
    end,
    value,
    clean,
    rough,
    arabic,
    hanDigit: han,
    magnitude,
    trailingMagnitude: lastC in UNITS && clean.length > 1 ? UNITS[lastC] : undefined,
    digitByDigit: !arabic && !magnitude && !clean.includes('点') && clean.length > 1,
    plainInteger: arabic && plain && !han && !magnitude && /^\d+$/.test(clean),
  };
}
