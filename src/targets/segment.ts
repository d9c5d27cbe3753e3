/**
 * Sentences, clauses and list items of normalized text, for target extraction. Quotes,
 * brackets and book titles are never split.
 */

export interface Piece {
  start: number;
  end: number;
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '\n']);
const CLAUSE_END = new Set(['，', ',', '；', ';', '：', ':']);
const ITEM_END = new Set(['、']);
const OPEN = new Set(['“', '《', '（', '(', '「', '『', '‘', '【', '[']);
const CLOSE = new Set(['”', '》', '）', ')', '」', '』', '’', '】', ']']);

/**
 * Split [from, to) of `text` at the given separators, outside quotes and brackets. Each piece
 * excludes its separator; empty pieces are dropped.
 */
function split(text: string, from: number, to: number, seps: Set<string>[]): Piece[] {
  const out: Piece[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
    else if ((depth === 0 || c === '\n') && seps.some((s) => s.has(c))) {
      if (c === '\n') depth = 0; // an unclosed quote never runs past a line
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (to > start) out.push({ start, end: to });
  return out;
}

/** Sentences: split at 。！？ and line breaks. */
export const sentences = (text: string): Piece[] => split(text, 0, text.length, [SENTENCE_END]);

/** Clauses of a sentence: split at ，；：. */
export const clauses = (text: string, s: Piece): Piece[] => split(text, s.start, s.end, [CLAUSE_END]);

/** Items of a sentence: split at ，；：and 、. */
export const items = (text: string, s: Piece): Piece[] => split(text, s.start, s.end, [CLAUSE_END, ITEM_END]);
