/**
 * The scanning prefilter: one pass over the text's character codes finds, for every date form,
 * the positions where a match of that form can start. Each form's regex then runs sticky at
 * those positions only, instead of scanning the whole text itself: nine whole-text regex scans
 * become one table-driven loop and a few hundred anchored matches.
 *
 * The conditions here are necessary, never sufficient: a position is kept when the form's first
 * character, its look-behind and its nearest required unit (年 within four characters of a
 * numeral, 前/后 after a counted period…) allow a match there. The regex decides. A test checks
 * that `matchesAt` with these starts finds exactly what a global scan of the same regex finds.
 */

/** The date forms, one bit each. */
export const F = {
  core: 1 << 0,
  ymd: 1 << 1,
  dmy: 1 << 2,
  plan: 1 << 3,
  planWord: 1 << 4,
  decade: 1 << 5,
  countBefore: 1 << 6,
  countAfter: 1 << 7,
  countSpan: 1 << 8,
  duration: 1 << 9,
  week: 1 << 10,
} as const;
/** 用三年时间 has no look-behind; 三年内 has one: two bits, one list. */
const COUNT_SPAN_NUM = 1 << 11;
export type Form = keyof typeof F;
const FORMS = Object.keys(F) as Form[];

/** Start positions per form, ascending. */
export type Starts = Record<Form, number[]>;

const FIRST = new Uint16Array(65536); // forms a character can start
const BLOCK = new Uint16Array(65536); // forms a character forbids right after itself
const bits = (table: Uint16Array, chars: string, mask: number): void => {
  for (const ch of chars) table[ch.charCodeAt(0)] |= mask;
};
const DIGITS = '0123456789';
const CN = '零〇○一二两三四五六七八九十廿';

// first characters of each form (see the regexes in core.ts, forms.ts, durations.ts)
bits(FIRST, DIGITS + CN + '今去前明后本上下大这次正腊冬初当昨早中晚凌傍夜清深午第首全年岁新Q', F.core);
bits(FIRST, DIGITS, F.ymd | F.dmy);
bits(FIRST, '十“"「『\'‘', F.plan);
bits(FIRST, '第', F.planWord);
bits(FIRST, '上本' + DIGITS + '一二三四五六七八九十', F.decade);
bits(FIRST, '近最过未今此接前上后', F.countBefore);
bits(FIRST, DIGITS.slice(1) + '一二两三四五六七八九十半', F.countAfter | F.duration);
bits(FIRST, '用', F.countSpan);
bits(FIRST, DIGITS + '一二两三四五六七八九十半', COUNT_SPAN_NUM);
bits(FIRST, '上下本这个周週星礼禮', F.week);

// look-behinds: the character before a start that rules the form out there
bits(BLOCK, DIGITS + '.零〇○一二两三四五六七八九十百千万亿第每多几余马', F.core);
bits(BLOCK, DIGITS + './-', F.ymd);
bits(BLOCK, DIGITS + './:-', F.dmy);
bits(BLOCK, DIGITS + '零〇一二两三四五六七八九十', F.decade);
bits(BLOCK, '最然落背随往之以今马', F.countBefore);
bits(BLOCK, DIGITS + '.零〇一二两三四五六七八九十百千第', F.countAfter);
bits(BLOCK, DIGITS + '.零〇一二两三四五六七八九十百千第多几', COUNT_SPAN_NUM);
bits(BLOCK, DIGITS + '.零〇一二两三四五六七八九十百千第每这那前后近下本', F.duration); // 上 only blocks outside 马上

// what must follow soon after a start
const NEAR = new Uint8Array(65536);
const CORE_UNIT = 1; // 年月日号点时季: within four characters of a Chinese numeral
const DUR_UNIT = 2; // a duration unit (and 日 of 30日内)
const BEFORE_AFTER = 4; // 前 后
const WEEK_CHAR = 8; // 周 週 星 礼 禮
const COUNT_NUM = 16; // what follows 前/上/后 in a counted period
const CORE_DIGIT_UNIT = 32; // what follows a digit run in the core grammar (a unit, or a range dash)
const YEAR = 64; // 年 (of 年代)
for (const [chars, mask] of [
  ['年月日号点时季', CORE_UNIT],
  ['月星周钟时年天分秒日', DUR_UNIT],
  ['前后', BEFORE_AFTER],
  ['周週星礼禮', WEEK_CHAR],
  ['的 ' + DIGITS + '一二两三四五六七八九十半', COUNT_NUM],
  ['年月日号点时:到至-~～', CORE_DIGIT_UNIT], // an hour range too: 8-10点, 24到1点
  ['年', YEAR],
] as const) {
  for (const ch of chars) NEAR[ch.charCodeAt(0)] |= mask;
}

/** A hash of two characters into 16 bits. */
const hash2 = (a: number, b: number): number => (a * 31 + b) & 0xffff;
/**
 * Two-character openings as a 64 K bitmap of their hashes: a collision only lets the regex try
 * one more position (the prefilter may over-approximate, never under-approximate).
 */
function pairs(list: string): Uint8Array {
  const m = new Uint8Array(65536);
  for (const p of list.split(' ')) m[hash2(p.charCodeAt(0), p.charCodeAt(1))] = 1;
  return m;
}
/** Two-character openings of the core grammar's date words (今年, 上半…); 早 and 晚 stand alone. */
const CORE_PAIRS = pairs(
  '今年 今天 今日 今晚 今晨 今早 去年 前年 前天 前一 前二 前三 明年 明天 明日 明早 明晚 后年 后天 本年 本月 ' +
    '上午 上半 上个 上月 上年 上一 下午 下半 下个 下月 下年 下一 大前 大后 大年 这个 次月 次日 正月 腊月 冬月 ' +
    '初一 初二 初三 初四 初五 初六 初七 初八 初九 初十 当天 昨天 昨日 昨晚 昨夜 中午 凌晨 傍晚 夜间 夜里 清晨 深夜 午后 ' +
    '第一 第二 第三 第四 第1 第2 第3 第4 首季 全年 年内 年初 年底 年末 年终 年中 岁末 新春 Q1 Q2 Q3 Q4',
);
const COUNT_PAIRS = pairs('最近 过去 未来 今后 此后 接下');
const 早 = '早'.charCodeAt(0);
const 晚 = '晚'.charCodeAt(0);
const 近 = '近'.charCodeAt(0);
const 前 = '前'.charCodeAt(0);
const 上 = '上'.charCodeAt(0);
const 后 = '后'.charCodeAt(0);
const 十 = '十'.charCodeAt(0);
const 五 = '五'.charCodeAt(0);
const 代 = '代'.charCodeAt(0);
const 年 = '年'.charCodeAt(0);
const SPACE = 32;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const CN_DIGIT = new Uint8Array(65536);
for (const ch of '一二三四五六七八九') CN_DIGIT[ch.charCodeAt(0)] = 1;
const IS_CN = new Uint8Array(65536);
for (const ch of CN) IS_CN[ch.charCodeAt(0)] = 1;
const CN_NUM = new Uint8Array(65536);
for (const ch of '一二三四五六七八九十') CN_NUM[ch.charCodeAt(0)] = 1;

/** Can the core grammar start at i (first character c)? */
function coreAt(text: string, i: number, c: number, digitEnd: number, coreUnit: number): boolean {
  if (isDigit(c)) {
    // 1–4 digits, an optional space, then a unit or a range dash: 2021年 5月 13日 7:30 8时 8-10点
    let j = digitEnd;
    if (j - i > 4) return false;
    if (text.charCodeAt(j) === SPACE) j++;
    return (NEAR[text.charCodeAt(j)] & CORE_DIGIT_UNIT) !== 0;
  }
  if (c === 早 || c === 晚) return true;
  if (CORE_PAIRS[hash2(c, text.charCodeAt(i + 1))] === 1) return true;
  // a Chinese numeral with a date unit within the next four characters (二〇二一年, 十二日, 三点)
  return IS_CN[c] === 1 && coreUnit < i + 5;
}

/** 十X五 at i, or an opening quote right before it. */
function planAt(text: string, i: number, c: number): boolean {
  const k = c === 十 ? i : i + 1;
  return text.charCodeAt(k) === 十 && CN_DIGIT[text.charCodeAt(k + 1)] === 1 && text.charCodeAt(k + 2) === 五;
}

/** 近 最近 过去 未来 今后 此后 接下来, or 前/上/后 before a count (前1周, 上的两个月). */
function countBeforeAt(text: string, i: number, c: number): boolean {
  if (c === 近) return true;
  if (c === 前 || c === 上 || c === 后) return (NEAR[text.charCodeAt(i + 1)] & COUNT_NUM) !== 0;
  return COUNT_PAIRS[hash2(c, text.charCodeAt(i + 1))] === 1;
}

/**
 * Where each date form can start in `text`, in one pass (from the end, so that what follows a
 * position is known when the position is judged).
 *
 * @example startsOf('到2023年').core // [1]
 */
export function startsOf(text: string): Starts {
  const table = charTable();
  const n = text.length;
  const rev: number[][] = [];
  for (let k = 0; k <= FORMS.length; k++) rev.push([]);
  // where the next character of each NEAR class is, after i (so "a 年 within four characters"
  // is one comparison)
  let coreUnit = n + 9;
  let durUnit = n + 9;
  let beforeAfter = n + 9;
  let week = n + 9;
  let decade = n + 9; // the next 年代
  let digitEnd = n;
  let next = 0; // the character after i
  for (let i = n - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    const e = table[c];
    if (e === 0) {
      // most characters: no form starts here and no form looks for them
      digitEnd = i;
      next = c;
      continue;
    }
    if (c < 48 || c > 57) digitEnd = i;
    let cand = e & 0xffff;
    if (cand !== 0) {
      if (i > 0) cand &= ~BLOCK[text.charCodeAt(i - 1)];
      // one test per form; rev[k] holds the form of bit k of F (a loop over the bits with a
      // switch costs more)
      if (cand & F.core && coreAt(text, i, c, digitEnd, coreUnit)) rev[0].push(i);
      if (cand & (F.ymd | F.dmy)) {
        // - . / after the digits (a space too for a year: OCR-spaced 2010 01 29)
        const s = text.charCodeAt(digitEnd);
        if (s === 45 || s === 46 || s === 47) {
          if (cand & F.ymd && digitEnd - i === 4) rev[1].push(i);
          if (cand & F.dmy && digitEnd - i <= 2) rev[2].push(i);
        } else if (s === SPACE && cand & F.ymd && digitEnd - i === 4) rev[1].push(i);
      }
      if (cand & F.plan && planAt(text, i, c)) rev[3].push(i);
      if (cand & F.planWord && CN_NUM[text.charCodeAt(i + 1)] === 1) rev[4].push(i);
      if (cand & F.decade && decade < i + 9) rev[5].push(i);
      if (cand & F.countBefore && countBeforeAt(text, i, c)) rev[6].push(i);
      if (cand & F.countAfter && beforeAfter < i + 10) rev[7].push(i);
      if (cand & F.countSpan) rev[8].push(i);
      if (cand & F.duration && durUnit < i + 9) rev[9].push(i);
      if (cand & F.week && ((NEAR[c] & WEEK_CHAR) !== 0 || week < i + 5)) rev[10].push(i);
      if (cand & COUNT_SPAN_NUM && durUnit < i + 12) rev[11].push(i); // 三年内 … 九十九 至 九十九 个星期内
    }
    const near = e >>> 16;
    if (near !== 0) {
      if (near & CORE_UNIT) coreUnit = i;
      if (near & DUR_UNIT) durUnit = i;
      if (near & BEFORE_AFTER) beforeAfter = i;
      if (near & WEEK_CHAR) week = i;
      if (near & YEAR && next === 代) decade = i;
    }
    next = c;
  }
  const out = {} as Starts;
  FORMS.forEach((k, b) => {
    out[k] = rev[b].reverse();
  });
  // 用… and three-年-内 share one list
  const span = rev[FORMS.length].reverse();
  if (span.length) out.countSpan = mergeSorted(out.countSpan, span);
  return out;
}

let TABLE: Uint32Array | undefined;
/** FIRST in the low 16 bits and NEAR above, in one table: one memory load per character. */
function charTable(): Uint32Array {
  if (TABLE) return TABLE;
  TABLE = new Uint32Array(65536);
  const tracked = CORE_UNIT | DUR_UNIT | BEFORE_AFTER | WEEK_CHAR | YEAR; // the classes whose next position the pass follows
  for (let c = 0; c < 65536; c++) TABLE[c] = FIRST[c] | ((NEAR[c] & tracked) << 16);
  return TABLE;
}

function mergeSorted(x: number[], y: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (j >= y.length || (i < x.length && x[i] < y[j])) out.push(x[i++]);
    else out.push(y[j++]);
  }
  return out;
}

/**
 * The matches of a sticky regex (flag `y`) tried at ascending `starts`, non-overlapping and
 * non-empty, exactly as a global scan of the same regex would report them when `starts`
 * holds every position a match can begin at. Without `starts`, every position is tried.
 */
export function matchesAt(re: RegExp, text: string, starts?: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0;
  const n = starts ? starts.length : text.length;
  for (let k = 0; k < n; k++) {
    const i = starts ? starts[k] : k;
    if (i < next) continue;
    re.lastIndex = i;
    const m = re.exec(text);
    if (m && m[0].length > 0) {
      out.push(m);
      next = i + m[0].length;
    }
  }
  return out;
}
