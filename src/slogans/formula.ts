/**
 * Numeric formulas: numeral-led compounds that name a policy (一村一品, 两新一重,
 * 三个一, 两个确立, “3+5”, “135”, 三农, 双减). Found by their shape — numerals each followed
 * by a short non-numeral body, N个 + a short body, digit codes — never by a list of names.
 */
import { parseNumber } from '../numbers/parse.js';
import { coverOf, digitValue as hanDigit, isAsciiDigit } from '../text/index.js';
import type { Found, Piece } from './found.js';
import {
  ADHERENCE_VERBS,
  isHeadAt,
  formulaNumeral,
  formulaNumeralAt,
  frameFollows,
  isClassifier,
  isHan,
  isNumeralChar,
  verbPrecedes,
} from './grammar.js';

const hanBody = (c: string | undefined): boolean => isHan(c) && !isNumeralChar(c);

interface Segments {
  parts: string[];
  numbers: number[];
  end: number;
  classifierBody: boolean;
}

/**
 * Numeral-led segments from `i`: 一村一品一基地 → 一村 / 一品 / 一基地. A body is 1–2 Han
 * non-numerals; the last body stops at `limit`, at a frame head (一基地建设), or at the
 * length of the longest earlier body.
 *
 * @example segmentsAt('两新一重', 0, 4) // parts ['两新', '一重'], numbers [2, 1]
 */
export function segmentsAt(text: string, i: number, limit: number): Segments | undefined {
  const parts: string[] = [];
  const numbers: number[] = [];
  let classifierBody = false;
  let at = i;
  let longest = 0;
  while (at < limit) {
    const n = formulaNumeral(text[at]);
    if (n === undefined || !hanBody(text[at + 1]) || at + 1 >= limit) break;
    let run = at + 1;
    while (run < limit && hanBody(text[run]) && run - at <= 4) run++;
    const runLen = run - at - 1;
    let body: number;
    if (run < limit && formulaNumeral(text[run]) !== undefined && runLen <= 2) body = runLen;
    else {
      // the last segment
      if (runLen <= 2 && !hanBody(text[run])) body = runLen;
      else {
        body = 0;
        for (let k = 1; k <= 2 && k <= runLen; k++) if (frameFollows(text, at + 1 + k) && k >= 1) body = k;
        if (!body || body < Math.max(1, longest)) body = Math.min(runLen, Math.max(1, longest));
      }
      if (parts.length === 0) return undefined;
    }
    if (isClassifier(text[at + 1])) classifierBody = true;
    parts.push(text.slice(at, at + 1 + body));
    numbers.push(n);
    longest = Math.max(longest, body);
    at += 1 + body;
    if (body !== runLen) break;
  }
  if (parts.length < 2) return undefined;
  const bodies = new Set(parts.map((p) => p.slice(1)));
  if (bodies.size < 2 && parts.length === 2 && numbers[0] === numbers[1]) {
    // 两横两纵 has two bodies; 一个一个 has one — not a formula
    return undefined;
  }
  return { parts, numbers, end: at, classifierBody };
}

const DIGIT_PLUS = /^\d{1,3}(?:\+(?:\d{1,3}|[A-Za-z]))+$/;
const DIGIT_CODE = /^(\d{2,4})([\u4e00-\u9fff]{0,3})$/;
const YEARLIKE = /^(?:19|20)\d\d$/;

/** Numbers written in a count formula (一/1/两 …). */
const numeralValue = (s: string): number | undefined => parseNumber(s);

/** The value of one numeral character (一 → 1, 两 → 2, 5 → 5), or undefined. */
const digitValue = (c: string): number | undefined => (isAsciiDigit(c) ? Number(c) : c === '十' ? 10 : hanDigit(c));

/**
 * A whole quoted content read as a formula, or undefined.
 *
 * @example formulaOfQuoted('一村一品一基地') // { parts: ['一村', '一品', '一基地'], numbers: [1, 1, 1] }
 * @example formulaOfQuoted('3+5')            // { parts: ['3', '5'], numbers: [3, 5] }
 * @example formulaOfQuoted('三个一')          // { parts: ['一'], numbers: [3, 1] }
 * @example formulaOfQuoted('三农')            // { parts: ['三农'], numbers: [3] }
 */
export function formulaOfQuoted(s: string): { parts: string[]; numbers: number[] } | undefined {
  if (!s || s.length > 12) return undefined;
  if (DIGIT_PLUS.test(s)) {
    const parts = s.split('+');
    return { parts, numbers: parts.map((p) => (isAsciiDigit(p[0]) ? Number(p) : NaN)).filter((x) => !Number.isNaN(x)) };
  }
  const code = DIGIT_CODE.exec(s);
  if (code) {
    if (!code[2] && YEARLIKE.test(code[1])) return undefined;
    return { parts: code[2] ? [code[1], code[2]] : [code[1]], numbers: [Number(code[1])] };
  }
  const seg = segmentsAt(s, 0, s.length);
  if (seg && seg.end === s.length) return { parts: seg.parts, numbers: seg.numbers };
  // N个X: 三个一, 两个确立, 八个坚持
  const ge = s.indexOf('个');
  if (ge > 0 && ge <= 2 && ge < s.length - 1) {
    const n = numeralValue(s.slice(0, ge));
    const body = s.slice(ge + 1);
    if (n !== undefined && n >= 2 && n <= 99 && /^[\u4e00-\u9fff\d]{1,6}$/.test(body)) {
      const inner = body.length <= 2 ? numeralValue(body) : undefined;
      return { parts: [body], numbers: inner === undefined ? [n] : [n, inner] };
    }
  }
  // numeral + short abbreviation: 三农, 双减, 两新, 四化同步
  const n = formulaNumeral(s[0]);
  if (n !== undefined && s.length >= 2 && s.length <= 4 && !isClassifier(s[1]) && s[1] !== '大') {
    for (let k = 1; k < s.length; k++) if (!hanBody(s[k])) return undefined;
    return { parts: [s], numbers: [n] };
  }
  return undefined;
}

const MERGE =
  /(?<![\d一二两三四五六七八九十百千万第每])([二两三四五六七八九十]|多)([\u4e00-\u9fff]{1,2}?)合一(?![\u4e00-\u9fff]{0,1}[体])/g;

/**
 * Merge formulas: a count of things made one (三证合一, 多规合一, 两证合一).
 *
 * @example mergeFormulas('全面实施三证合一', () => false) // [{ parts: ['三证', '合一'], numbers: [3, 1], start: 4, end: 8 }]
 */
export function mergeFormulas(text: string, skip: (i: number) => boolean): Found[] {
  const out: Found[] = [];
  if (!text.includes('合一')) return out;
  for (const m of text.matchAll(MERGE)) {
    const s = m.index!;
    if (skip(s) || isNumeralChar(m[2][0]) || isClassifier(m[2][0])) continue;
    const head = m[1] + m[2];
    const count = m[1] === '多' ? undefined : parseNumber(m[1]);
    out.push({ type: 'formula', start: s, end: s + m[0].length, parts: [head, '合一'], numbers: count === undefined ? [1] : [count, 1] });
  }
  return out;
}

const PLUS_RUN = /(?<![\dA-Za-z.+])\d{1,3}(?:\+\d{1,3}){1,5}(?![\d.%+=])/g;
const COUNT_ONE =
  /(?<![\d一二两三四五六七八九十第])([二两三四五六七八九十]|\d{1,2})个(一|1)(?![\d一二三四五六七八九十百千万亿个批些年月日天次])/g;
const COUNT_X = /(?<![\d一二两三四五六七八九十第])([二两三四五六七八九十])个(?=[\u4e00-\u9fff])/g;

/**
 * Formulas in running text outside quotes (quoted contents are read by formulaOfQuoted).
 * Short four-character shapes (一村一品, 两横两纵) count only inside a policy frame — a
 * governing verb before (共建, 做好) or a head noun after (倡议, 工作) — because idioms share
 * the shape (一点一滴, 三心二意).
 *
 * @example scanFormulas('深入推进两新一重建设，', …) // [{ parts: ['两新','一重'], numbers: [2,1], … }]
 */
export function scanFormulas(text: string, skip: (i: number) => boolean): Found[] {
  const out: Found[] = [];
  const n = text.length;
  const merged = mergeFormulas(text, skip);
  let m = 0;
  let lastEnd = -1;
  // numeral-led segment sequences
  for (let i = 0; i < n; i++) {
    while (m < merged.length && merged[m].end <= i) m++;
    if (m < merged.length && merged[m].start === i) {
      out.push(merged[m]);
      lastEnd = merged[m].end;
      i = merged[m].end - 1;
      continue;
    }
    if (formulaNumeralAt(text, i) === 0 || skip(i)) continue;
    const prev = text[i - 1];
    if (isNumeralChar(prev) || prev === '第' || prev === '每' || prev === '个') continue;
    let limit = i;
    while (limit < n && limit - i < 16 && isHan(text[limit])) limit++;
    const seg = segmentsAt(text, i, limit);
    if (!seg) continue;
    const len = seg.end - i;
    // a formula right after another in a 、-list shares its frame (三证合一、一照一码)
    const chained = prev === '、' && lastEnd === i - 1;
    const framed = frameFollows(text, seg.end) || verbPrecedes(text, i) || chained;
    const strong = (seg.parts.length >= 3 || len >= 5) && !seg.classifierBody;
    if (strong || framed) {
      out.push({ type: 'formula', start: i, end: seg.end, parts: seg.parts, numbers: seg.numbers });
      lastEnd = seg.end;
      i = seg.end - 1;
    }
  }
  // N+M codes (3+5, 1+1+3) followed by a Han noun
  for (const m of text.matchAll(PLUS_RUN)) {
    const s = m.index!;
    const e = s + m[0].length;
    if (skip(s) || !isHan(text[e])) continue;
    const parts = m[0].split('+');
    out.push({ type: 'formula', start: s, end: e, parts, numbers: parts.map(Number) });
  }
  // 三个一, 8个1
  for (const m of text.matchAll(COUNT_ONE)) {
    const s = m.index!;
    if (skip(s)) continue;
    const count = parseNumber(m[1])!;
    out.push({ type: 'formula', start: s, end: s + m[0].length, parts: [m[2]], numbers: [count, 1] });
  }
  // 两个确立, 三个代表
  for (const m of text.matchAll(COUNT_X)) {
    const s = m.index!;
    const b = s + m[0].length;
    if (skip(s) || formulaNumeral(text[b]) !== undefined) continue;
    let e = b;
    while (e < n && e - b < 6 && hanBody(text[e])) e++;
    if (!verbPrecedes(text, s, ADHERENCE_VERBS)) continue;
    let end = -1;
    for (let k = b + 2; k <= Math.min(e, b + 4) && end < 0; k++) if (isHeadAt(text, k)) end = k;
    if (end < 0 && !isHan(text[e]) && e - b >= 2 && e - b <= 4) end = e;
    if (end < 0) continue;
    out.push({ type: 'formula', start: s, end, parts: [text.slice(b, end)], numbers: [parseNumber(m[1])!] });
  }
  const covered = coverOf(out);
  // numeral + one-character abbreviation + head noun: 三农工作, 双减政策, 两新工程
  for (let i = 0; i + 2 < n; i++) {
    const v = formulaNumeralAt(text, i);
    if (v === 0 || text.charCodeAt(i) === 0x4e00 || skip(i)) continue; // 一
    const prev = text[i - 1];
    if (isNumeralChar(prev) || prev === '第' || prev === '每') continue;
    const c = text[i + 1];
    if (!hanBody(c) || isClassifier(c) || c === '大' || c === '是' || c === '要') continue;
    if (!isHeadAt(text, i + 2)) continue;
    if (covered(i)) continue;
    out.push({ type: 'formula', start: i, end: i + 2, parts: [text.slice(i, i + 2)], numbers: [v] });
  }
  return out;
}

/** An item without its quotation marks at either end. */
function stripQuotes(x: string): string {
  let a = 0;
  let b = x.length;
  while (a < b && (x[a] === '“' || x[a] === '「')) a++;
  while (b > a && (x[b - 1] === '”' || x[b - 1] === '」')) b--;
  return x.slice(a, b);
}

/** Where a clause starts, looking back. */
const CLAUSE_STOP = '，,。；;：:！？!?\n（(《';

/**
 * The members a count formula stands for, when the clause right before it spells them out:
 * 一本台账、一张清单、一张时间表“三个一” → ['一本台账', '一张清单', '一张时间表'];
 * “一个中心、三大板块、五项工程”的“135” → the three, one per digit.
 */
export function expansionBefore(text: string, start: number, numbers: number[], digits?: string): string[] | undefined {
  let e = start;
  while (e > 0 && '“”「」的 '.includes(text[e - 1]) && start - e < 4) e--;
  const want = digits ? Array.from(digits).map(Number) : Array(numbers[0]).fill(numbers[1]);
  if (want.length < 2 || want.length > 12) return undefined;
  // back to the clause start, giving up early on a list longer than the formula or a long item
  let s = e;
  let seps = 0;
  let lastSep = e;
  while (s > 0 && e - s < 120 && !CLAUSE_STOP.includes(text[s - 1])) {
    if (text[s - 1] === '、') {
      if (++seps >= want.length || lastSep - s > 12) return undefined;
      lastSep = s - 1;
    }
    s--;
  }
  if (seps !== want.length - 1) return undefined;
  const items = text.slice(s, e).split('、').map(stripQuotes);
  const out: string[] = [];
  for (let k = 0; k < items.length; k++) {
    let it = items[k];
    if (k === 0) {
      // cut a lead-in verb: 建立一本台账 → 一本台账
      let cut = -1;
      for (let j = it.length - 2; j >= 0; j--) if (digitValue(it[j]) === want[0]) cut = j;
      if (cut < 0) return undefined;
      it = it.slice(cut);
    }
    const lead = digitValue(it[0]);
    if (lead !== want[k] || it.length < 2 || it.length > 10) return undefined;
    out.push(it);
  }
  return out;
}

export type { Piece };
