/**
 * Short quoted formulas: a quote of 2–8 Han characters that is a coined term — “接诉即办”,
 * “过紧日子”, “钉钉子”, “一件事一次办”. Decided by form:
 * - all Han (OCR spacing between one- or two-character pieces is read through), 2–8 long;
 * - not speech: no reported-speech verb or colon right before (他表示“…”; 口号：“…”);
 * - not a plan period or number (“十四五”: all numerals);
 * - not a name: not a book title 《…》, not ending in a name character (…号, …节, …集团);
 * - not one of a run of three or more adjacent quotes (“河长”“湖长”“林长” is a series);
 * - not a quote another detector already reads as a numeral formula (“三个一”).
 */
import type { Found } from '../found.js';
import { NAME_ENDS, SPEECH_VERBS, isHan, isNumeralChar, verbPrecedes } from '../grammar.js';
import type { Quote } from '../quoted.js';
import type { Detector } from './types.js';

const MIN = 2;
const MAX = 8;

/** The content without OCR spaces when every spaced piece is one or two characters, else undefined when spaced. */
function squeezed(content: string): string | undefined {
  if (!/\s/.test(content)) return content;
  const tokens = content.split(/\s+/).filter(Boolean);
  return tokens.every((t) => t.length <= 2) ? tokens.join('') : undefined;
}

/** Is quote k one of 3+ quotes that follow each other with nothing or 、 between? */
function inQuoteRun(text: string, qs: Quote[], k: number): boolean {
  const joined = (a: Quote, b: Quote) => {
    const gap = text.slice(a.end + 1, b.start - 1);
    return gap === '' || gap === '、';
  };
  let lo = k;
  while (lo > 0 && joined(qs[lo - 1], qs[lo])) lo--;
  let hi = k;
  while (hi + 1 < qs.length && joined(qs[hi], qs[hi + 1])) hi++;
  return hi - lo + 1 >= 3;
}

/** Does speech introduce the quote starting at `open` (the opening mark's index)? */
function isSpeech(text: string, open: number): boolean {
  let i = open;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u3000')) i--;
  const c = text[i - 1];
  return c === '：' || c === ':' || verbPrecedes(text, i, SPEECH_VERBS);
}

/**
 * Short quoted coinages of the text.
 *
 * @example shortQuotes('发扬“钉钉子”精神', …) // [{ type: 'quoted', parts: ['钉钉子'], … }]
 */
export function shortQuotes(text: string, quotes: Quote[], taken: Set<number>): Found[] {
  const out: Found[] = [];
  const qs = quotes.filter((q) => q.open !== '《');
  for (let k = 0; k < qs.length; k++) {
    const q = qs[k];
    if (taken.has(q.start)) continue;
    const body = squeezed(text.slice(q.start, q.end));
    if (body === undefined || body.length < MIN || body.length > MAX) continue;
    let han = true;
    let numerals = 0;
    for (const c of body) {
      if (!isHan(c)) han = false;
      if (isNumeralChar(c)) numerals++;
    }
    // all numerals is a plan period or a number (“十四五”), not a coinage
    if (!han || numerals === body.length || NAME_ENDS.includes(body[body.length - 1])) continue;
    if (isSpeech(text, q.start - 1) || inQuoteRun(text, qs, k)) continue;
    out.push({ type: 'quoted', start: q.start, end: q.end, parts: [body] });
  }
  return out;
}

export const shortQuote: Detector = {
  name: 'short-quote',
  types: ['quoted'],
  layer: 'formula',
  find(text, scan) {
    const taken = new Set<number>();
    for (const f of scan.quoted) taken.add(f.start);
    return shortQuotes(text, scan.quotes, taken);
  },
};
