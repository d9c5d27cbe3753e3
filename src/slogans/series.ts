/**
 * Parallel series and repeated clause templates in running text (run-on series and quote
 * series: run-on.ts).
 *
 * - parallel: 3+ items split by 、 (or short items split by ，) sharing a prefix, a suffix or
 *   fixed columns: 热起来、活起来、火起来 → '{}起来'; 看得见、摸得着、用得上 → '{}得{}'.
 * - template: repeated clauses with a shared frame and varying slots:
 *   让城市生活更加美好，让乡村生活更加舒心，让群众生活更加幸福 →
 *   '让{}生活更加{}'.
 *
 * A plain noun list (钢铁冶炼、纺织服装、现代物流) shares no frame and is not reported.
 */
import { alignSeries, nearEqual, patternOf } from './align.js';
import type { Found, Piece } from './found.js';
import { QUOTES } from './grammar.js';
import { isHanAt } from '../text/chars.js';
import { packer, pieceAt, type PackedPieces } from '../text/split.js';

/** Per code unit: 1 where a clause ends (punctuation, quotes, brackets, spaces). */
const BOUNDARY = new Uint8Array(0x10000);
for (const c of '。！？；;!?，,：:()（）[]【】""\'\n\r\t …—　' + Object.keys(QUOTES).join('') + Object.values(QUOTES).join('')) {
  BOUNDARY[c.charCodeAt(0)] = 1;
}

/**
 * The clauses of text: pieces between clause punctuation, quotes and brackets (packed: a
 * whole document's list is long-lived).
 *
 * @example pieceAt(clausesOf('热起来，活起来'), 1) // { start: 4, end: 7 }
 */
export function clausesOf(text: string): PackedPieces {
  let boundaries = 1;
  for (let i = 0; i < text.length; i++) boundaries += BOUNDARY[text.charCodeAt(i)];
  const out = packer(boundaries); // at most one clause per boundary: no regrowth
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || BOUNDARY[text.charCodeAt(i)] === 1) {
      if (i > s) out.add(s, i);
      s = i + 1;
    }
  }
  return out.done();
}

const allHan = (text: string, p: Piece): boolean => {
  for (let i = p.start; i < p.end; i++) if (!isHanAt(text, i)) return false;
  return true;
};

const MAX_ITEM = 14;

export function seriesFound(text: string, items: Piece[], pattern: string | undefined): Found {
  const parts = items.map((x) => text.slice(x.start, x.end));
  const avg = parts.reduce((a, s) => a + s.length, 0) / parts.length;
  const inner = pattern !== undefined && /[^{}]\{\}[^{}]/.test(pattern) && pattern.replace(/\{\}/g, '').length >= 2;
  const type = avg >= 6 && inner ? 'template' : 'parallel';
  return { type, start: items[0].start, end: items[items.length - 1].end, parts, ...(pattern ? { pattern } : {}) };
}

/**
 * The windows of a 、-list to align: each maximal run of inner items of near-equal length
 * (within 2, at most MAX_ITEM), with the items on either side as its ends. A list that
 * changes shape part-way (…甲产业园、乙产业园、…的规范化管理、均等化服务、便捷化办理) yields a window per shape.
 *
 * @example lengths [11, 5, 5, 17, 12, 5, 5] → windows over items 0–3, 3–5 and 4–6
 */
export function windows(raw: Piece[]): Piece[][] {
  const out: Piece[][] = [];
  const len = (k: number) => raw[k].end - raw[k].start;
  let k = 1;
  while (k < raw.length - 1) {
    if (len(k) > MAX_ITEM) {
      k++;
      continue;
    }
    let lo = len(k);
    let hi = lo;
    let m = k;
    while (m + 1 < raw.length - 1 && len(m + 1) <= MAX_ITEM && Math.max(hi, len(m + 1)) - Math.min(lo, len(m + 1)) <= 2) {
      m++;
      lo = Math.min(lo, len(m));
      hi = Math.max(hi, len(m));
    }
    out.push(raw.slice(k - 1, m + 2));
    k = m + 1;
  }
  return out;
}

/**
 * A pair of four-character phrases split by 、 that share a frame inside them, not only an
 * ending or an opening: 大众创业、万众创新 → '{}众创{}'; 以电代煤、以气代煤 → '以{}代煤'. A lead-in
 * before the first and a run-on after the second are cut off at four characters.
 *
 * @example fourPair('推进以电代煤、以气代煤', …) // { type: 'parallel', parts: ['以电代煤', '以气代煤'], pattern: '以{}代煤' }
 */
export function fourPair(text: string, a: Piece, b: Piece): Found | undefined {
  if (a.end - a.start < 4 || b.end - b.start < 4) return undefined;
  const x = { start: a.end - 4, end: a.end };
  const y = { start: b.start, end: b.start + 4 };
  const p = patternOf([text.slice(x.start, x.end), text.slice(y.start, y.end)]);
  if (!p.pattern || p.fixed < 2) return undefined;
  if (/^\{\}[^{}]+$|^[^{}]+\{\}$/.test(p.pattern)) return undefined;
  return {
    type: 'parallel',
    start: x.start,
    end: y.end,
    parts: [text.slice(x.start, x.end), text.slice(y.start, y.end)],
    pattern: p.pattern,
  };
}

/**
 * Parallel series split by 、 inside one clause.
 *
 * @example parallelSeries('让夜经济热起来、活起来、火起来', …) // [{ parts: ['热起来','活起来','火起来'], pattern: '{}起来' }]
 */
export function parallelSeries(text: string, clauses: PackedPieces): Found[] {
  const out: Found[] = [];
  for (let k = 0; k < clauses.count; k++) {
    const c = pieceAt(clauses, k);
    // items split by 、
    let hasSep = false;
    for (let i = c.start; i < c.end; i++)
      if (text.charCodeAt(i) === 0x3001) {
        hasSep = true;
        break;
      }
    if (!hasSep) continue;
    const raw: Piece[] = [];
    let s = c.start;
    for (let i = c.start; i <= c.end; i++) {
      if (i === c.end || text[i] === '、') {
        raw.push({ start: s, end: i });
        s = i + 1;
      }
    }
    if (raw.some((x) => x.end - x.start < 1 || !allHan(text, x))) continue;
    if (raw.length === 2) {
      const pair = fourPair(text, raw[0], raw[1]);
      if (pair) out.push(pair);
      continue;
    }
    if (raw.length < 3) continue;
    for (const w of windows(raw)) {
      const a = alignSeries(text, w);
      if (a) out.push(seriesFound(text, a.items, a.pattern));
    }
  }
  // short clauses split by ，: 热起来，活起来，火起来
  let run: Piece[] = [];
  const flush = () => {
    if (run.length >= 3) {
      const strs = run.map((x) => text.slice(x.start, x.end));
      const p = patternOf(strs);
      if (
        p.pattern &&
        nearEqual(
          strs.map((x) => x.length),
          1,
        )
      )
        out.push(seriesFound(text, run, p.pattern));
    }
    run = [];
  };
  for (let k = 0; k < clauses.count; k++) {
    const c = pieceAt(clauses, k);
    const len = c.end - c.start;
    const prev = run[run.length - 1];
    const joined = prev && c.start === prev.end + 1 && (text[prev.end] === '，' || text[prev.end] === ',');
    if (!joined) flush();
    if (len >= 2 && len <= 5 && allHan(text, c)) run.push(c);
    else flush();
  }
  flush();
  return out;
}

const MAX_WINDOW = 12;

/**
 * Repeated clause templates: consecutive comma clauses (each 5+ characters) with one frame.
 *
 * @example clauseTemplates('让城市生活更加美好，让乡村生活更加舒心，让群众生活更加幸福')
 * // [{ type: 'template', pattern: '让{}生活更加{}', parts: [three clauses] }]
 */
export function clauseTemplates(text: string): Found[] {
  const out: Found[] = [];
  // clause units split by ，/； inside a sentence; 、 stays inside a unit. Windows never cross
  // a sentence, so each sentence's units are read and dropped before the next.
  const units: Piece[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i); // NaN at the end
    const comma = c === 0xff0c || c === 0x2c || c === 0xff1b || c === 0x3b; // ，,；;
    const end = i === text.length || comma || !(c === 0xff0c || c === 0x2c || c === 0x3001 || isHanAt(text, i));
    if (!end) continue;
    if (i > s) units.push({ start: s, end: i });
    if (!comma) {
      sentenceTemplates(text, units, out);
      units.length = 0;
    }
    s = i + 1;
  }
  return out;
}

/** The templates among the clause units of one sentence. */
function sentenceTemplates(text: string, units: Piece[], out: Found[]): void {
  let i = 0;
  while (i < units.length) {
    let best: { j: number; pattern: string } | undefined;
    const strs: string[] = [];
    for (let j = i; j < units.length && j - i < MAX_WINDOW; j++) {
      const u = units[j];
      if (u.end - u.start < 5 || u.end - u.start > 40) break;
      if (j === i + 1) {
        // cheap test first: two clauses of different lengths share a first or a last character
        const a = units[i];
        const sameLen = a.end - a.start === u.end - u.start;
        if (!sameLen && text[a.start] !== text[u.start] && text[a.end - 1] !== text[u.end - 1]) break;
      }
      strs.push(text.slice(u.start, u.end));
      if (strs.length < 2) continue;
      const lens = strs.map((x) => x.length);
      if (!nearEqual(lens)) break;
      const p = patternOf(strs);
      const avg = lens.reduce((a, b) => a + b, 0) / lens.length;
      if (!p.pattern || p.fixed < 3 || p.fixed < avg * 0.3) break;
      if (strs.length >= 3 || (p.fixed >= 4 && p.fixed >= avg * 0.45)) best = { j, pattern: p.pattern };
    }
    if (best) {
      const items = units.slice(i, best.j + 1);
      out.push({
        type: 'template',
        start: items[0].start,
        end: items[items.length - 1].end,
        parts: items.map((x) => text.slice(x.start, x.end)),
        pattern: best.pattern,
      });
      i = best.j + 1;
    } else i++;
  }
}
