/**
 * Sentences, clauses and list items of normalized text. Quotes, brackets and book titles are
 * never split; a line break always ends a sentence and closes any quote left open.
 */
import { CLAUSE_SEP, ITEM_SEP, SENTENCE_END, isClosingAt, isOpeningAt } from './chars.js';

/** A range of the text, end exclusive. */
export interface Piece {
  start: number;
  end: number;
}

const SENTENCE = 1;
const CLAUSE = 2;
const ITEM = 4;
const SEP = new Uint8Array(0x10000);
for (const c of `${SENTENCE_END}\n`) SEP[c.charCodeAt(0)] |= SENTENCE;
for (const c of CLAUSE_SEP) SEP[c.charCodeAt(0)] |= CLAUSE;
for (const c of ITEM_SEP) SEP[c.charCodeAt(0)] |= ITEM;
const NEWLINE = 10;

/**
 * Visit the pieces of [from, to) of `text` split at the separators in `mask`, outside quotes
 * and brackets. Pieces exclude their separator; empty pieces are skipped.
 */
function visit(text: string, from: number, to: number, mask: number, piece: (start: number, end: number) => void): void {
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const sep = SEP[code] & mask;
    if (code === NEWLINE && mask & SENTENCE) depth = 0;
    else if (sep === 0) {
      if (isOpeningAt(text, i)) depth++;
      else if (depth > 0 && isClosingAt(text, i)) depth--;
      continue;
    }
    if (sep !== 0 && (depth === 0 || code === NEWLINE)) {
      if (i > start) piece(start, i);
      start = i + 1;
    }
  }
  if (to > start) piece(start, to);
}

/** The pieces of [from, to) of `text` split at the separators in `mask` (see visit). */
function split(text: string, from: number, to: number, mask: number): Piece[] {
  const out: Piece[] = [];
  visit(text, from, to, mask, (start, end) => out.push({ start, end }));
  return out;
}

/** Sentences, split at 。！？ and line breaks: `sentences('增长5%。完成任务！')` → [0,4), [5,9) */
export const sentences = (text: string): Piece[] => split(text, 0, text.length, SENTENCE);

/**
 * Each sentence of `text` in turn, without a list of them all (a whole document's sentence
 * list would live as long as the walk over it).
 *
 * @example eachSentence('增长5%。完成任务！', (s) => seen.push(s)) // seen: [0,4), [5,9)
 */
export function eachSentence(text: string, fn: (s: Piece) => void): void {
  visit(text, 0, text.length, SENTENCE, (start, end) => fn({ start, end }));
}

/** Clauses of a piece, split at ，；：: `clauses('一是稳增长，二是促就业', {start:0,end:11})` → [0,5), [6,11) */
export const clauses = (text: string, p: Piece): Piece[] => split(text, p.start, p.end, CLAUSE);

/** Items of a piece, split at ，；：and 、: `items('粮食、棉花', {start:0,end:5})` → [0,2), [3,5) */
export const items = (text: string, p: Piece): Piece[] => split(text, p.start, p.end, CLAUSE | ITEM);

/**
 * Pieces packed two int32 to a piece (start, end, start, end, …): a whole document's clause
 * list costs 8 bytes a piece here, against ~48 for an array of Piece objects, and lives outside
 * the JS heap, so long lists are never copied and promoted by the garbage collector.
 */
export interface PackedPieces {
  readonly count: number;
  readonly at: Int32Array;
}

/**
 * A growing PackedPieces (room for `capacity` pieces before it grows): `add` pieces in order,
 * then `done()`.
 *
 * @example const b = packer(); b.add(0, 4); b.add(5, 9); pieceAt(b.done(), 1) // { start: 5, end: 9 }
 */
export function packer(capacity = 32): { add(start: number, end: number): void; done(): PackedPieces } {
  let at = new Int32Array(2 * Math.max(1, capacity));
  let count = 0;
  return {
    add(start, end) {
      if (2 * count + 2 > at.length) {
        const grown = new Int32Array(at.length * 2);
        grown.set(at);
        at = grown;
      }
      at[2 * count] = start;
      at[2 * count + 1] = end;
      count++;
    },
    done: () => ({ count, at: at.subarray(0, 2 * count) }),
  };
}

/** Piece `k` of packed pieces: `pieceAt({ count: 1, at: Int32Array.of(3, 7) }, 0)` → { start: 3, end: 7 } */
export const pieceAt = (p: PackedPieces, k: number): Piece => ({ start: p.at[2 * k], end: p.at[2 * k + 1] });

/**
 * Membership in a union of pieces (in any order, overlapping or not), by binary search over
 * the merged pieces: what a Uint8Array over the whole text would answer, in 8 bytes a piece.
 *
 * @example const inside = coverOf([{ start: 3, end: 7 }, { start: 5, end: 9 }]); inside(8) // true; inside(9) // false
 */
export function coverOf(pieces: Iterable<Piece>): (i: number) => boolean {
  const sorted = [...pieces].filter((p) => p.end > p.start).sort((a, b) => a.start - b.start);
  const merged = packer();
  let start = -1;
  let end = -1;
  for (const p of sorted) {
    if (p.start <= end) end = Math.max(end, p.end);
    else {
      if (end > start) merged.add(start, end);
      start = p.start;
      end = p.end;
    }
  }
  if (end > start) merged.add(start, end);
  const { count, at } = merged.done();
  return (i) => {
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (i < at[2 * mid]) hi = mid - 1;
      else if (i >= at[2 * mid + 1]) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
