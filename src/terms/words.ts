/**
 * Segment normalized text into located words: the text is cut into clauses at punctuation
 * and line breaks (a simple character-class scan), each clause goes to the tokenizer, and
 * the tokenizer's words are aligned back onto the clause, so every word has an exact
 * position in the normalized text.
 */
import { classifyWord, hasHan, isNumberWord, type WordClass } from './classify.js';
import type { Tokenizer } from './tokenizer.js';

/** A word at [start, end) of the normalized text. */
export interface Word {
  text: string;
  start: number;
  end: number;
  cls: WordClass;
}

/** A clause: a maximal run of characters that are not punctuation or whitespace. */
const CLAUSE = /[^\s。！？；，、：,.;:!?…—–\-“”‘’"'《》〈〉「」『』()（）【】[\]{}·•/|]+/g;

/** How far ahead of the cursor a word may be found (the tokenizer may drop a few characters). */
const ALIGN_WINDOW = 8;
/** Longest piece of text handed to the tokenizer in one call. */
const MAX_PIECE = 256;

/**
 * The words of `text`, each classified and placed, in text order. Words the tokenizer
 * returns that cannot be placed near the cursor are dropped (never guessed).
 *
 * @example segmentWords('推动产业集群发展', tok).map((w) => w.text) // ['推动', '产业', '集群', '发展']
 */
export function segmentWords(text: string, tok: Tokenizer): Word[] {
  const out: Word[] = [];
  CLAUSE.lastIndex = 0;
  for (let m = CLAUSE.exec(text); m; m = CLAUSE.exec(text)) {
    // A clause with no Han character holds no term: skip the tokenizer call.
    if (!hasHan(m[0])) continue;
    cutClause(m[0], m.index, tok, out);
  }
  markSplitParts(text, out);
  return out;
}

const OPENING = /[([（【〔]/;
const CLOSING = /[)\]）】〕]/;

/**
 * Single characters that are pieces of something else are no part of a term: a classifier
 * after a number (项 in 20项具体任务), and a word cut by a bracketed insertion (县 and 域 in
 * 县(区)域经济).
 */
function markSplitParts(text: string, words: Word[]): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.cls !== 'part') continue;
    const prev = words[i - 1];
    const afterNumber = prev !== undefined && prev.end === w.start && isNumberWord(prev.text);
    const byBracket = CLOSING.test(text[w.start - 1] ?? '') || OPENING.test(text[w.end] ?? '');
    if (afterNumber || byBracket) w.cls = 'stop';
  }
}

/**
 * Cut one clause. A clause longer than the tokenizer's maxInput goes in overlapping windows:
 * the words that end in the first two thirds of a window are kept, and the next window
 * starts where they stop, so no word is cut at a window edge and no call exceeds maxInput.
 */
function cutClause(clause: string, base: number, tok: Tokenizer, out: Word[]): void {
  const max = Math.max(4, Math.min(tok.maxInput ?? MAX_PIECE, MAX_PIECE));
  let pos = 0;
  while (pos < clause.length) {
    const piece = clause.slice(pos, pos + max);
    const placed: Word[] = [];
    placeWords(piece, base + pos, tok.cut(piece), placed);
    if (pos + max >= clause.length) {
      for (const w of placed) out.push(w);
      return;
    }
    const limit = base + pos + Math.ceil((max * 2) / 3);
    let next = base + pos;
    for (const w of placed) {
      if (w.end > limit) break;
      out.push(w);
      next = w.end;
    }
    if (next === base + pos) next = limit; // no word fit: move on
    pos = next - base;
  }
}

/** Align `words` onto `piece` (which starts at `base` of the text), appending to `out`. */
function placeWords(piece: string, base: number, words: unknown, out: Word[]): void {
  if (!Array.isArray(words)) return;
  let cursor = 0;
  for (const raw of words) {
    const w = typeof raw === 'string' ? raw.trim() : '';
    if (!w) continue;
    let at = -1;
    for (let i = cursor; i <= cursor + ALIGN_WINDOW && i + w.length <= piece.length; i++) {
      if (piece.startsWith(w, i)) {
        at = i;
        break;
      }
    }
    if (at < 0) continue;
    out.push({ text: w, start: base + at, end: base + at + w.length, cls: classifyWord(w) });
    cursor = at + w.length;
  }
}
