/**
 * Character classes of Chinese text, by UTF-16 code unit: one table every module reads, so the
 * classes cannot drift apart. Predicates allocate nothing (`isHanAt(text, i)` reads a code
 * unit); regex fragments (`HAN`, `CN_DIGIT`, …) are the same classes for patterns.
 */

/** Chinese digit characters and their values (Simplified, Traditional and financial forms). */
export const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  '○': 0,
  洞: 0,
  一: 1,
  壹: 1,
  幺: 1,
  二: 2,
  两: 2,
  兩: 2,
  倆: 2,
  俩: 2,
  贰: 2,
  貳: 2,
  三: 3,
  叁: 3,
  參: 3,
  仨: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

/** Magnitude characters and their values. */
export const MAGNITUDES: Readonly<Record<string, number>> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
  兆: 1e12,
};

/** Tens written as one character (廿三 = 23). */
export const TENS: Readonly<Record<string, number>> = { 廿: 2, 念: 2, 卅: 3, 卌: 4 };

/** Opening quotes and brackets with their closing partners. */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '“': '”',
  '‘': '’',
  '「': '」',
  '『': '』',
  '《': '》',
  '〈': '〉',
};
export const BRACKET_PAIRS: Readonly<Record<string, string>> = {
  '（': '）',
  '(': ')',
  '【': '】',
  '[': ']',
  '〔': '〕',
};

/** Punctuation that ends a sentence, a clause, an item of a list. */
export const SENTENCE_END = '。！？!?';
export const CLAUSE_SEP = '，,；;：:';
export const ITEM_SEP = '、';

// Bits of the class table.
const HAN = 1;
const ASCII_DIGIT = 2;
const CN_DIGIT = 4;
const MAGNITUDE = 8;
const TEN = 16;
const OPEN = 32;
const CLOSE = 64;

const TABLE = new Uint8Array(0x10000);
const mark = (chars: string, bit: number): void => {
  for (const c of chars) TABLE[c.charCodeAt(0)] |= bit;
};
for (let c = 0x4e00; c <= 0x9fff; c++) TABLE[c] |= HAN;
for (let c = 0x3400; c <= 0x4dbf; c++) TABLE[c] |= HAN;
for (let c = 0xf900; c <= 0xfaff; c++) TABLE[c] |= HAN;
TABLE[0x3007] |= HAN; // 〇
mark('0123456789', ASCII_DIGIT);
mark(Object.keys(DIGITS).join(''), CN_DIGIT);
mark(Object.keys(MAGNITUDES).join(''), MAGNITUDE);
mark(Object.keys(TENS).join(''), TEN);
mark(Object.keys(QUOTE_PAIRS).join('') + Object.keys(BRACKET_PAIRS).join(''), OPEN);
mark(Object.values(QUOTE_PAIRS).join('') + Object.values(BRACKET_PAIRS).join(''), CLOSE);

const at = (t: string, i: number): number => (i >= 0 && i < t.length ? TABLE[t.charCodeAt(i)] : 0);
const of = (c: string | undefined): number => (c ? TABLE[c.charCodeAt(0)] : 0);

/** A CJK ideograph (unified, extension A, compatibility) or 〇. `isHan('国') // true`, `isHan('1') // false` */
export const isHan = (c: string | undefined): boolean => (of(c) & HAN) !== 0;
/** `isHanAt('增长5%', 0) // true` (no string allocated) */
export const isHanAt = (t: string, i: number): boolean => (at(t, i) & HAN) !== 0;
/** `isAsciiDigit('7') // true` */
export const isAsciiDigit = (c: string | undefined): boolean => (of(c) & ASCII_DIGIT) !== 0;
export const isAsciiDigitAt = (t: string, i: number): boolean => (at(t, i) & ASCII_DIGIT) !== 0;
/** A Chinese digit, 零 to 九 with 两 and the financial forms: `isHanDigit('叁') // true`, `isHanDigit('十') // false` */
export const isHanDigit = (c: string | undefined): boolean => (of(c) & CN_DIGIT) !== 0;
/** A magnitude: `isMagnitude('亿') // true` */
export const isMagnitude = (c: string | undefined): boolean => (of(c) & MAGNITUDE) !== 0;
/** Any character a numeral is written with: ASCII and Chinese digits, magnitudes, 廿/卅. `isNumeralChar('廿') // true` */
export const isNumeralChar = (c: string | undefined): boolean => (of(c) & (ASCII_DIGIT | CN_DIGIT | MAGNITUDE | TEN)) !== 0;
export const isNumeralAt = (t: string, i: number): boolean => (at(t, i) & (ASCII_DIGIT | CN_DIGIT | MAGNITUDE | TEN)) !== 0;
/** An opening quote or bracket: `isOpening('“') // true` */
export const isOpening = (c: string | undefined): boolean => (of(c) & OPEN) !== 0;
/** A closing quote or bracket: `isClosing('》') // true` */
export const isClosing = (c: string | undefined): boolean => (of(c) & CLOSE) !== 0;
/** `isOpeningAt('“两新”', 0) // true` (no string allocated) */
export const isOpeningAt = (t: string, i: number): boolean => (at(t, i) & OPEN) !== 0;
/** `isClosingAt('“两新”', 3) // true` (no string allocated) */
export const isClosingAt = (t: string, i: number): boolean => (at(t, i) & CLOSE) !== 0;
/** The value of a Chinese digit character, or undefined: `digitValue('陆') // 6` */
export const digitValue = (c: string | undefined): number | undefined => (c === undefined ? undefined : DIGITS[c]);

/** Regex fragments of the same classes, for patterns (each is one bracketed class). */
export const RE = {
  /** A Han character. */
  han: '[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3007]',
  /** A Chinese digit as dates and counts write it (零〇○ 一…九 两). */
  cnDigit: '[零〇○一二两三四五六七八九]',
  /** A Chinese numeral of a small count or a date: digits and 十. */
  cnSmall: '[零〇○一二两三四五六七八九十]',
  /** Any Chinese numeral character, with magnitudes. */
  cnNumeral: '[零〇○一二两三四五六七八九十百千万亿]',
  /** A digit, Arabic or Chinese (small). */
  anyDigit: '[0-9零〇○一二两三四五六七八九十]',
  /** Sentence-ending punctuation. */
  sentenceEnd: '[。！？!?]',
  /** Clause punctuation. */
  clauseSep: '[，,；;：:]',
  /** Opening quotes. */
  openQuote: '[“‘「『《〈]',
  /** Closing quotes. */
  closeQuote: '[”’」』》〉]',
} as const;
