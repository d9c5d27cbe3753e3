/**
 * Quoted formulations: short quoted contents built as a balanced series
 * (“稳中求进、以进促稳”, “比学习、比干劲、比作风”) or a quoted coinage named by a head noun
 * (“最多跑一次”改革). Quoted speech — long, with sentence punctuation, unbalanced — is not one.
 */
import { nearEqual, patternOf } from './align.js';
import type { Found, Piece } from './found.js';
import { expansionBefore, formulaOfQuoted } from './formula.js';
import { QUOTES, isHeadAt, formulaNumeral, isClassifier, isHan, isNumeralChar } from './grammar.js';

export interface Quote extends Piece {
  /** The opening mark. */
  open: string;
}

const MAX_QUOTE = 60;

/** Per code unit: the closing mark's code for an opening mark (0 = not an opening mark). */
const CLOSE_OF = new Uint16Array(0x10000);
for (const [o, c] of Object.entries(QUOTES)) CLOSE_OF[o.charCodeAt(0)] = c.charCodeAt(0);

/**
 * Every quotation (“…”, 「…」, 『…』, ‘…’) and book title (《…》) of at most 60 characters on
 * one line, content bounds only.
 *
 * @example findQuotes('树立“绿水青山”理念') // [{ open: '“', start: 3, end: 7 }]
 */
export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const close = CLOSE_OF[text.charCodeAt(i)];
    if (!close) continue;
    const open = text.charCodeAt(i);
    let j = i + 1;
    const stop = Math.min(n, i + 1 + MAX_QUOTE);
    while (j < stop) {
      const c = text.charCodeAt(j);
      if (c === close || c === open || c === 10) break;
      j++;
    }
    if (j < n && text.charCodeAt(j) === close && j > i + 1) {
      out.push({ open: text[i], start: i + 1, end: j });
      i = j;
    }
  }
  return out;
}

const SENTENCE_MARKS = /[。！？；：!?;:…《》]/;

/** Split a quoted content into its items with their offsets. */
function itemsOf(text: string, q: Piece): Piece[] {
  const items: Piece[] = [];
  let s = q.start;
  for (let i = q.start; i <= q.end; i++) {
    const c = text[i];
    if (i === q.end || c === '、' || c === '，' || c === ',' || c === ' ') {
      if (i > s) items.push({ start: s, end: i });
      s = i + 1;
    }
  }
  return items;
}

/** OCR spacing removed from a short content whose pieces are one or two characters (三 农 → 三农). */
function unspaced(content: string): string {
  if (content.length > 24) return content;
  const tokens = content.split(/\s+/).filter(Boolean);
  return tokens.length > 1 && tokens.every((t) => t.length <= 2) ? tokens.join('') : content;
}

/** 推进两新 → the trailing numeral abbreviation 两新. */
function tailFormula(text: string, it: Piece): Found | undefined {
  for (let k = 2; k <= 3; k++) {
    const s = it.end - k;
    if (s - it.start < 2) continue;
    const v = formulaNumeral(text[s]);
    if (v === undefined || text[s] === '一' || isNumeralChar(text[s - 1])) continue;
    const body = text.slice(s + 1, it.end);
    if (isClassifier(body[0]) || body[0] === '大' || !Array.from(body).every((c) => isHan(c) && !isNumeralChar(c))) continue;
    return { type: 'formula', start: s, end: it.end, parts: [text.slice(s, it.end)], numbers: [v] };
  }
  return undefined;
}

/**
 * Slogans in quotations: formulas (whole content), series, quoted coinages before a head noun.
 *
 * @example quotedSlogans('坚持“稳中求进、以进促稳”') // [{ type: 'quoted', parts: ['稳中求进', '以进促稳'] }]
 */
export function quotedSlogans(text: string, quotes: Quote[]): Found[] {
  const out: Found[] = [];
  for (const q of quotes) {
    if (q.open === '《') continue;
    const content = text.slice(q.start, q.end);
    const f = formulaOfQuoted(content) ?? (/\s/.test(content) ? formulaOfQuoted(unspaced(content)) : undefined);
    if (f) {
      const found: Found = { type: 'formula', start: q.start, end: q.end, parts: f.parts, numbers: f.numbers };
      const digits = /^\d{2,6}$/.test(content) ? content : undefined;
      const exp =
        digits !== undefined
          ? expansionBefore(text, q.start - 1, f.numbers, digits)
          : f.numbers.length === 2 && f.numbers[1] === 1
            ? expansionBefore(text, q.start - 1, f.numbers)
            : undefined;
      if (exp) found.expansion = exp;
      out.push(found);
      continue;
    }
    if (SENTENCE_MARKS.test(content) || content.length > 40) continue;
    const items = itemsOf(text, q);
    if (items.length >= 2) {
      const strs = items.map((x) => text.slice(x.start, x.end));
      const lens = strs.map((s) => s.length);
      if (lens.some((n) => n < 2 || n > 12) || !nearEqual(lens)) continue;
      const hanShare = Array.from(content).filter(isHan).length / content.length;
      if (hanShare < 0.6) continue;
      const p = patternOf(strs);
      const equal = lens.every((n) => n === lens[0]);
      const affixed = p.pattern !== undefined && !(p.pattern.startsWith('{}') && p.pattern.endsWith('{}'));
      let type: Found['type'] = 'quoted';
      if (items.length >= 3 && (p.pattern || equal)) type = 'parallel';
      else if (items.length === 2 && affixed && lens[0] <= 4 && equal) type = 'parallel';
      out.push({ type, start: q.start, end: q.end, parts: strs, ...(p.pattern ? { pattern: p.pattern } : {}) });
      for (const it of items) {
        const t = tailFormula(text, it);
        if (t) out.push(t);
      }
      continue;
    }
    // a quoted coinage named by the head noun after it: “最多跑一次”改革
    const numerals = Array.from(content).filter(isNumeralChar).length;
    if (content.length >= 2 && content.length <= 6 && numerals < 2 && Array.from(content).every(isHan) && isHeadAt(text, q.end + 1)) {
      out.push({ type: 'quoted', start: q.start, end: q.end, parts: [content] });
    }
  }
  return out;
}
