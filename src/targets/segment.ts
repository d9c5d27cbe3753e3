/**
 * Sentences, clauses and list items of normalized text, for target extraction. Quotes,
 * brackets and book titles are never split.
 */

export interface Piece {
  start: number;
  end: number;
}

/** Character classes by UTF-16 code unit: what opens or closes a quotation, ends a sentence, a clause, an item. */
const OPEN = 1;
const CLOSE = 2;
const SENTENCE = 4;
const CLAUSE = 8;
const ITEM = 16;
const CLASS = new Uint8Array(0x10000);
const mark = (chars: string, bit: number) => {
  for (const c of chars) CLASS[c.charCodeAt(0)] |= bit;
};
mark('“《（(「『‘【[', OPEN);
mark('”》）)」』’】]', CLOSE);
mark('。！？!?\n', SENTENCE);
mark('，,；;：:', CLAUSE);
mark('、', ITEM);
const NEWLINE = 10;

/**
 * Split [from, to) of `text` at the separator classes in `mask`, outside quotes and brackets
 * (a line break always splits and closes any open quote). Pieces exclude their separator;
 * empty pieces are dropped.
 */
function split(text: string, from: number, to: number, mask: number): Piece[] {
  const out: Piece[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const k = CLASS[code];
    if (k === 0) continue;
    if (k & OPEN) depth++;
    else if (k & CLOSE) depth = depth > 0 ? depth - 1 : 0;
    else if (k & mask && (depth === 0 || code === NEWLINE)) {
      if (code === NEWLINE) depth = 0;
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (to > start) out.push({ start, end: to });
  return out;
}

/** Sentences: split at 。！？ and line breaks. */
export const sentences = (text: string): Piece[] => split(text, 0, text.length, SENTENCE);

/** Clauses of a sentence: split at ，；：. */
export const clauses = (text: string, s: Piece): Piece[] => split(text, s.start, s.end, CLAUSE);

/** Items of a sentence: split at ，；：and 、. */
export const items = (text: string, s: Piece): Piece[] => split(text, s.start, s.end, CLAUSE | ITEM);
