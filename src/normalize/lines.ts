import { RE } from '../text/chars.js';
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

/**
 * The lines of a text, one slot per line (typed arrays: a document's lines cost 13 bytes each,
 * not an object apiece). start: index of the first char; end: index of the line break (or the
 * text's length); brk: length of the break (1 for \n, 2 for \r\n, 0 at the end); width: the
 * trimmed display width.
 */
interface Lines {
  count: number;
  start: Int32Array;
  end: Int32Array;
  brk: Uint8Array;
  width: Int32Array;
}

/** The number of lines of s (its line breaks + 1). */
function lineCount(s: string): number {
  let n = 1;
  for (let at = s.indexOf('\n'); at >= 0; at = s.indexOf('\n', at + 1)) n++;
  return n;
}

/**
 * The lines of s with their trimmed display widths. `raw`, when given, holds each line's width
 * up to its \n (survey() counts them in its pass), so only the trimmed ends are measured here.
 */
function splitLines(s: string, raw?: readonly number[]): Lines {
  const count = lineCount(s);
  const lines: Lines = {
    count,
    start: new Int32Array(count),
    end: new Int32Array(count),
    brk: new Uint8Array(count),
    width: new Int32Array(count),
  };
  let start = 0;
  for (let k = 0; k < count; k++) {
    const nl = s.indexOf('\n', start);
    const end = nl < 0 ? s.length : nl > start && s.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    lines.start[k] = start;
    lines.end[k] = end;
    lines.brk[k] = nl < 0 ? 0 : nl + 1 - end;
    start = nl + 1;
  }
  const known = raw !== undefined && raw.length === count;
  for (let k = 0; k < count; k++) {
    const ls = lines.start[k];
    const le = lines.end[k];
    let e = le;
    while (e > ls && isSpace(s.charCodeAt(e - 1))) e--;
    let b = ls;
    while (b < e && isSpace(s.charCodeAt(b))) b++;
    // the line's own break (\r\n or \n) is not part of the raw width; a \r before it is
    const stop = le + (lines.brk[k] === 2 ? 1 : 0);
    lines.width[k] = known ? raw[k] - displayWidth(s, ls, b) - displayWidth(s, e, stop) : displayWidth(s, b, e);
  }
  return lines;
}

/** The narrowest and widest column width (half-width cells). */
const COLUMN_MIN = 12;
const COLUMN_MAX = 120;

/**
 * The column width of a hard-wrapped document (newspaper columns, OCR), in half-width cells,
 * or undefined when the text is not laid out in a column: the most common width of non-empty
 * lines, accepted when at least half of those lines are within 25% of it.
 *
 * @example columnWidth(Int32Array.of(40, 40, 38, 40, 12, 40, 40, 39, 40)) // 40
 */
export function columnWidth(lineWidths: ArrayLike<number>): number | undefined {
  // a histogram of the widths a column can have (12–120 cells), in a typed array: this runs on
  // every multi-line text, a Map and a filtered copy cost more than the rest of the line pass
  const hist = new Int32Array(COLUMN_MAX + 3);
  let nonEmpty = 0;
  for (let k = 0; k < lineWidths.length; k++) {
    const w = lineWidths[k];
    if (w <= 0) continue;
    nonEmpty++;
    if (w >= COLUMN_MIN && w <= COLUMN_MAX) hist[w]++;
  }
  if (nonEmpty < 8) return undefined;
  let mode = 0;
  let best = 0;
  for (let w = COLUMN_MIN; w <= COLUMN_MAX; w++) {
    if (hist[w] === 0) continue;
    // weigh a width by its neighbourhood, since half-width digits make widths vary by one or two
    const score = hist[w] + hist[w - 1] + hist[w + 1] + hist[w - 2] + hist[w + 2];
    if (score >= best) {
      best = score;
      mode = w;
    }
  }
  if (!mode) return undefined;
  let near = 0;
  for (let k = 0; k < lineWidths.length; k++) {
    const w = lineWidths[k];
    if (w > 0 && w >= mode * 0.75 && w <= mode * 1.25) near++;
  }
  return near >= nonEmpty / 2 ? mode : undefined;
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
  const col = columnWidth(lines.width);
  if (col === undefined) return joinProse(s, lines);
  const lo = col * 0.65;
  const hi = col * 1.25;
  const { start, end, width } = lines;
  const isColumn = (k: number) => width[k] >= lo && width[k] <= hi;
  const endsSentence = (k: number) => SENTENCE_END.test(s.slice(start[k], end[k]));
  const startsList = (k: number) => LIST_START.test(s.slice(start[k], Math.min(end[k], start[k] + 8)));
  const b = new RewriteBuilder(s);
  let last = 0;
  for (let i = 0; i + 1 < lines.count; i++) {
    if (!isColumn(i) || endsSentence(i)) continue;
    let next = i + 1;
    if (width[next] === 0) {
      // cross one blank line only inside a running paragraph
      if (i === 0 || !isColumn(i - 1) || next + 1 >= lines.count || width[next + 1] === 0) continue;
      next++;
    }
    if (!(isColumn(next) || width[next] < lo) || startsList(next)) continue;
    if (width[next] > hi) continue;
    // drop trailing spaces of cur, the break(s), and leading spaces of next
    let cut = end[i];
    while (cut > start[i] && (s[cut - 1] === ' ' || s[cut - 1] === '\t')) cut--;
    b.copy(last, cut);
    b.drop();
    let resume = start[next];
    while (resume < end[next] && (s[resume] === ' ' || s[resume] === '\t' || s[resume] === '\u3000')) resume++;
    last = resume;
    i = next - 1;
  }
  b.copy(last, s.length);
  return b.finish();
}

/**
 * `joinLines: true`: the caller says the text is hard-wrapped, so every line break inside a
 * sentence goes, whatever the line widths: a line that does not end a sentence is joined to a
 * next line that is not blank and does not start a list item. Blank lines stay paragraph
 * breaks. One pass joins whole chains, so a second changes nothing.
 *
 * @example joinAllLines('今年全县生产总值\n增长6%。\n\n二是…')?.text // '今年全县生产总值增长6%。\n\n二是…'
 */
export function joinAllLines(s: string): Rewrite | undefined {
  if (s.indexOf('\n') < 0) return undefined;
  const lines = splitLines(s);
  const { start, end, width } = lines;
  let b: RewriteBuilder | undefined;
  let last = 0;
  for (let i = 0; i + 1 < lines.count; i++) {
    if (width[i] === 0 || width[i + 1] === 0) continue;
    if (SENTENCE_END.test(s.slice(start[i], end[i]))) continue;
    if (LIST_START.test(s.slice(start[i + 1], Math.min(end[i + 1], start[i + 1] + 8)))) continue;
    b ??= new RewriteBuilder(s);
    let cut = end[i];
    while (cut > start[i] && isSpace(s.charCodeAt(cut - 1))) cut--;
    b.copy(last, cut);
    b.drop();
    let resume = start[i + 1];
    while (resume < end[i + 1] && isSpace(s.charCodeAt(resume))) resume++;
    last = resume;
  }
  if (!b) return undefined;
  b.copy(last, s.length);
  return b.finish();
}

/** A line of prose this wide (half-width cells) that stops mid-sentence was cut, not ended. */
const PROSE_MIN_WIDTH = 60;
/** Ends mid-sentence: on an ideograph or a list comma / comma. */
const ENDS_MID = new RegExp(`(?:${RE.han}|[、，,])\\s*$`);
const STARTS_TEXT = new RegExp(`^\\s*${RE.han}`);

/**
 * Outside column layout: a long prose line that stops mid-sentence (on an ideograph or a
 * comma) before a line break, or a single blank line, continues on the next line (web and
 * OCR copies break paragraphs like `…确保3月底前开工53个新项目、全\n\n年新开工项目130个以上`).
 */
function joinProse(s: string, lines: Lines): Rewrite | undefined {
  const { start, end, width } = lines;
  let b: RewriteBuilder | undefined;
  let last = 0;
  for (let i = 0; i + 1 < lines.count; i++) {
    if (width[i] < PROSE_MIN_WIDTH || !ENDS_MID.test(s.slice(Math.max(start[i], end[i] - 4), end[i]))) continue;
    let next = i + 1;
    if (width[next] === 0) next++;
    if (next >= lines.count) continue;
    const head = s.slice(start[next], Math.min(end[next], start[next] + 8));
    if (width[next] === 0 || !STARTS_TEXT.test(head) || LIST_START.test(head)) continue;
    // the next line must read as running text too, not a headline: long, or a finished sentence
    if (width[next] < PROSE_MIN_WIDTH && !SENTENCE_END.test(s.slice(start[next], end[next]))) continue;
    // a byline after the last full stop (`…新优势。 YMG全媒体记者 童佳怡 整理`) ends the paragraph
    const tail = s.slice(start[i], end[i]);
    const stop = Math.max(tail.lastIndexOf('。'), tail.lastIndexOf('！'), tail.lastIndexOf('？'));
    if (stop >= 0 && /\s/.test(tail.slice(stop + 1).trim())) continue;
    b ??= new RewriteBuilder(s);
    let cut = end[i];
    while (cut > start[i] && isSpace(s.charCodeAt(cut - 1))) cut--;
    b.copy(last, cut);
    b.drop();
    let resume = start[next];
    while (resume < end[next] && isSpace(s.charCodeAt(resume))) resume++;
    last = resume;
    i = next - 1;
  }
  if (!b) return undefined;
  b.copy(last, s.length);
  return b.finish();
}
