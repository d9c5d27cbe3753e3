// Hostile and degenerate inputs, shared by test/robustness/adversarial.test.ts (each must
// finish) and bench/analyze.mjs (each must scale linearly). Plain JS so the bench can import it.

/** Chinese numeral for 1 ≤ n ≤ 99999 (一, 十二, 一百零五, 三千二百一十…) — enumerations 一是…九十九是…. */
export function chineseNumeral(n) {
  const d = '零一二三四五六七八九';
  const units = ['', '十', '百', '千', '万'];
  const s = String(n);
  let out = '';
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const k = Number(s[i]);
    const u = units[s.length - 1 - i];
    if (k === 0) zero = out !== '';
    else {
      if (zero) out += '零';
      zero = false;
      out += (k === 1 && u === '十' && out === '' ? '' : d[k]) + u;
    }
  }
  return out || '零';
}

/** A seeded generator (mulberry32) so every run builds the same junk. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `unit` repeated until the string has `n` UTF-16 code units (cut to exactly n). */
const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** `n` code units drawn at random from `pool` (an array of short strings). */
function junk(pool, n, seed) {
  const r = rng(seed);
  let out = '';
  while (out.length < n) out += pool[Math.floor(r() * pool.length)];
  return out.slice(0, n);
}

const TRAD_JUNK = [...'國內生產總值經濟發展產業壹貳參萬億兩個隻項實現達廣東灣區為與'].concat([
  '1',
  '2',
  '.',
  '%',
  '-',
  '/',
  ':',
  ',',
  ' ',
  'a',
  'Z',
  '$',
  '#',
  '(',
  ')',
  '\n',
  '１',
  '２',
  '．',
  '％',
  '年',
  '月',
  '日',
  '“',
  '”',
]);
const NUMERAL_SOUP = [...'零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億半几多余约近超逾.%-—～至、'];

/**
 * Every adversarial input at `n` code units (default 2^20, about 1 MB).
 * Keys are stable names used by tests and the bench.
 */
export function adversarialInputs(n = 1 << 20) {
  let enumeration = '';
  for (let i = 1; enumeration.length < n; i++) enumeration += `${chineseNumeral(i)}是加快发展`;
  let nested = '';
  for (let i = 1; nested.length < n; i++) nested += `${chineseNumeral((i % 99) + 1)}是`;
  return {
    'one 一': fill('一', n),
    digits: fill('1234567890', n),
    'enumeration comma 、': fill('、', n),
    'open quote “': fill('“', n),
    'open quote then prose': ('“' + fill('推进高质量发展，', n)).slice(0, n),
    'Traditional + half-width junk': junk(TRAD_JUNK, n, 42),
    '一是二是… (numbered)': enumeration.slice(0, n),
    '一是二是… (bare)': nested.slice(0, n),
    'numeral soup': junk(NUMERAL_SOUP, n, 7),
    'spaced digits': fill('1 ', n),
    'full-width digits': fill('１２３．４５％', n),
    'dates back to back': fill('2021年5月13日至', n),
    'deadlines back to back': fill('到2025年底前', n),
    'one char per line': fill('一\n', n),
    'no line breaks, repeated sentence': fill('全市地区生产总值增长8%以上，力争突破2000亿元；', n),
    'nested quotes': fill('“‘「《', n),
    'lone surrogates': fill('\ud800一\udc00', n),
  };
}

/** The brief's six, for tests that must stay cheap. */
export const CORE_ADVERSARIAL = [
  'one 一',
  'digits',
  'enumeration comma 、',
  'open quote “',
  'Traditional + half-width junk',
  '一是二是… (numbered)',
];
