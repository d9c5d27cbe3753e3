import { RewriteBuilder, type Rewrite } from './offsets.js';

/** Cells of one UTF-16 code unit: CJK and full-width forms 2, a low surrogate 0 (counted with its high half), the rest 1. */
export const cellWidth = (c: number): number => (c < 0x1100 ? 1 : c >= 0xdc00 && c <= 0xdfff ? 0 : c >= 0xff61 && c <= 0xff9f ? 1 : 2);

/** Display width in half-width cells: CJK and full-width forms 2, the rest 1. */
export function displayWidth(s: string, from = 0, to = s.length): number {
  let w = 0;
  for (let i = from; i < to; i++) w += cellWidth(s.charCodeAt(i));
  return w;
}

/** A line ends a sentence (or a clause that a newline may really end). */
const SENTENCE_END = /[。！？!?；;…：:]["”’」』)）]?\s*$/;
/** A line starts a list item or a bullet: never glued to the line before. */
const LIST_START =
  /^\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．]|——|[●•·■□◆▲※★-])/;

/** What the regex class \s matches, by code unit (without a string per character). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

interface Line {
  start: number; // index of first char
  end: number; // index of the line break (or s.length)
  brk: number; // length of the break: 1 for \n, 2 for \r\n, 0 at the end
  width: number;
}

/**
 * The lines of s with their trimmed display widths. `raw`, when given, holds each line's width
 * up to its \n (survey() counts them in its pass), so only the trimmed ends are measured here.
 */
function splitLines(s: string, raw?: readonly number[]): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = s.indexOf('\n', start);
    if (nl < 0) {
      lines.push({ start, end: s.length, brk: 0, width: 0 });
      break;
    }
    const end = nl > start && s.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    lines.push({ start, end, brk: nl + 1 - end, width: 0 });
    start = nl + 1;
  }
  const known = raw !== undefined && raw.length === lines.length;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    let e = l.end;
    while (e > l.start && isSpace(s.charCodeAt(e - 1))) e--;
    let b = l.start;
    while (b < e && isSpace(s.charCodeAt(b))) b++;
    // the line's own break (\r\n or \n) is not part of the raw width; a \r before it is
    const stop = l.end + (l.brk === 2 ? 1 : 0);
    l.width = known ? raw[k] - displayWidth(s, l.start, b) - displayWidth(s, e, stop) : displayWidth(s, b, e);
  }
  return lines;
}

/**
 * The column width of a hard-wrapped document (newspaper columns, OCR), in half-width cells,
 * or undefined when the text is not laid out in a column: the most common width of non-empty
 * lines, accepted when at least half of those lines are within 25% of it.
 */
export function columnWidth(lines: { width: number }[]): number | undefined {
  const widths = lines.map((l) => l.width).filter((w) => w > 0);
  if (widths.length < 8) return undefined;
  const hist = new Map<number, number>();
  for (const w of widths) if (w >= 12 && w <= 120) hist.set(w, (hist.get(w) ?? 0) + 1);
  let mode = 0;
  let best = 0;
  for (const [w, n] of hist) {
    // weigh a width by its neighbourhood, since half-width digits make widths vary by one or two
    const score = n + (hist.get(w - 1) ?? 0) + (hist.get(w + 1) ?? 0) + (hist.get(w - 2) ?? 0) + (hist.get(w + 2) ?? 0);
    if (score > best || (score === best && w > mode)) {
      best = score;
      mode = w;
    }
  }
  if (!mode) return undefined;
  const near = widths.filter((w) => w >= mode * 0.75 && w <= mode * 1.25).length;
  return near >= widths.length / 2 ? mode : undefined;
}

/**
 * Rejoin a hard-wrapped column: a line that fills the column and does not end a sentence is
 * joined to the next one (its line break removed). A single blank line inside a running
 * paragraph is crossed too (a column or page break); short headline lines, blank lines after a
 * finished sentence and list items stay breaks. CRLF is handled like LF.
 *
 * @example joinLines('市\n委、市政府召开全市县域经济\n…') // '市委、市政府召开全市县域经济…' (in a column document)
 */
export function joinLines(s: string): Rewrite | undefined {
  return joinLinesOf(s);
}

/** joinLines, with the raw line widths survey() measured when it has them. */
export function joinLinesOf(s: string, raw?: readonly number[]): Rewrite | undefined {
  if (s.indexOf('\n') < 0) return undefined;
  const lines = splitLines(s, raw);
  const col = columnWidth(lines);
  if (col === undefined) return joinProse(s, lines);
  const lo = col * 0.65;
  const hi = col * 1.25;
  const isColumn = (l: Line) => l.width >= lo && l.width <= hi;
  const endsSentence = (l: Line) => SENTENCE_END.test(s.slice(l.start, l.end));
  const startsList = (l: Line) => LIST_START.test(s.slice(l.start, Math.min(l.end, l.start + 8)));
  const b = new RewriteBuilder(s);
  let last = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const cur = lines[i];
    if (!isColumn(cur) || endsSentence(cur)) continue;
    let next = i + 1;
    if (lines[next].width === 0) {
      // cross one blank line only inside a running paragraph
      const prev = lines[i - 1];
      if (!prev || !isColumn(prev) || next + 1 >= lines.length || lines[next + 1].width === 0) continue;
      next++;
    }
    const nl = lines[next];
    if (!(isColumn(nl) || nl.width < lo) || startsList(nl)) continue;
    if (nl.width > hi) continue;
    // drop trailing spaces of cur, the break(s), and leading spaces of next
    let cut = cur.end;
    while (cut > cur.start && (s[cut - 1] === ' ' || s[cut - 1] === '\t')) cut--;
    b.copy(last, cut);
    b.drop();
    let resume = nl.start;
    while (resume < nl.end && (s[resume] === ' ' || s[resume] === '\t' || s[resume] === '\u3000')) resume++;
    last = resume;
    i = next - 1;
  }
  b.copy(last, s.length);
  return b.finish();
}

/** A line of prose this wide (half-width cells) that stops mid-sentence was cut, not ended. */
const PROSE_MIN_WIDTH = 60;
/** Ends mid-sentence: on an ideograph or a list comma / comma. */
const ENDS_MID = /[\u3400-\u9fff、，,]\s*$/;
const STARTS_TEXT = /^\s*[\u3400-\u9fff]/;

/**
 * Outside column layout: a long prose line that stops mid-sentence (on an ideograph or a
 * comma) before a line break, or a single blank line, continues on the next line (web and
 * OCR copies break paragraphs like `…确保3月底前开工53个新项目、全\n\n年新开工项目130个以上`).
 */
function joinProse(s: string, lines: Line[]): Rewrite | undefined {
  let b: RewriteBuilder | undefined;
  let last = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const cur = lines[i];
    if (cur.width < PROSE_MIN_WIDTH || !ENDS_MID.test(s.slice(Math.max(cur.start, cur.end - 4), cur.end))) continue;
    let next = i + 1;
    if (lines[next].width === 0) next++;
    if (next >= lines.length) continue;
    const nl = lines[next];
    const head = s.slice(nl.start, Math.min(nl.end, nl.start + 8));
    if (nl.width === 0 || !STARTS_TEXT.test(head) || LIST_START.test(head)) continue;
    // the next line must read as running text too, not a headline: long, or a finished sentence
    if (nl.width < PROSE_MIN_WIDTH && !SENTENCE_END.test(s.slice(nl.start, nl.end))) continue;
    // a byline after the last full stop (`…新优势。 YMG全媒体记者 童佳怡 整理`) ends the paragraph
    const tail = s.slice(cur.start, cur.end);
    const stop = Math.max(tail.lastIndexOf('。'), tail.lastIndexOf('！'), tail.lastIndexOf('？'));
    if (stop >= 0 && /\s/.test(tail.slice(stop + 1).trim())) continue;
    b ??= new RewriteBuilder(s);
    let cut = cur.end;
    while (cut > cur.start && isSpace(s.charCodeAt(cut - 1))) cut--;
    b.copy(last, cut);
    b.drop();
    let resume = nl.start;
    while (resume < nl.end && isSpace(s.charCodeAt(resume))) resume++;
    last = resume;
    i = next - 1;
  }
  if (!b) return undefined;
  b.copy(last, s.length);
  return b.finish();
}
