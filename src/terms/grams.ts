/**
 * Candidate terms: single words and compounds of adjacent words (县域|经济 → 县域经济,
 * 新旧|动能|转换 → 新旧动能转换), counted, with fragments removed: a candidate that never
 * occurs outside one longer candidate (县域 when it only appears in 县域经济) is not a term.
 */
import type { Word } from './words.js';

/** Longest compound, in words and in characters. */
export const MAX_WORDS = 6;
export const MAX_CHARS = 12;

/** One candidate with every occurrence, as word-index pairs [first, last]. */
export interface Gram {
  term: string;
  /** Number of words. */
  n: number;
  /** Start word index of each occurrence (the gram spans n words). */
  at: number[];
  /** Every word is 'general' (经济发展): weighed like a general word. */
  general: boolean;
}

/**
 * Every run of adjacent, non-stop words, as [first, last] word indices. Two words are adjacent
 * when nothing lies between them in the text.
 */
function runs(words: Word[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let first = -1;
  for (let i = 0; i <= words.length; i++) {
    const w = words[i];
    const ok = w !== undefined && w.cls !== 'stop';
    const joins = ok && first >= 0 && words[i - 1]!.end === w!.start;
    if (first >= 0 && !joins) {
      out.push([first, i - 1]);
      first = -1;
    }
    if (ok && first < 0) first = i;
  }
  return out;
}

/**
 * Call fn(first, n, key) for every n-gram inside runs, up to MAX_WORDS words and MAX_CHARS
 * characters, or one word more with `extra` (the extensions that reveal fragments).
 */
function eachGram(words: Word[], fn: (first: number, n: number, key: string) => void, extra = false): void {
  const maxN = MAX_WORDS + (extra ? 1 : 0);
  const maxC = MAX_CHARS + (extra ? 8 : 0);
  for (const [a, b] of runs(words)) {
    for (let i = a; i <= b; i++) {
      let key = '';
      for (let n = 1; n <= maxN && i + n - 1 <= b; n++) {
        key += words[i + n - 1]!.text;
        if (key.length > maxC) break;
        fn(i, n, key);
      }
    }
  }
}

/** Is an n-gram starting at `first` a possible term by its words' classes? */
function wellFormed(words: Word[], first: number, n: number): boolean {
  if (n === 1) return words[first]!.cls === 'content' || words[first]!.cls === 'general';
  let full = 0;
  for (let k = first; k < first + n; k++) if (words[k]!.cls !== 'part') full++;
  return full >= 1;
}

/**
 * The candidate terms of a segmented text: words, and compounds seen at least `minCount`
 * times, that are not fragments of a longer candidate.
 *
 * @example
 * // words of '发展县域经济，壮大县域经济' → candidates include '县域经济' (2), not '县域' (a fragment)
 */
export function candidateGrams(words: Word[], minCount = 2): Gram[] {
  const grams = new Map<string, Gram>();
  eachGram(
    words,
    (first, n, key) => {
      if (!wellFormed(words, first, n)) return;
      let g = grams.get(key);
      if (!g) {
        let general = true;
        for (let k = first; k < first + n; k++) if (words[k]!.cls !== 'general') general = false;
        g = { term: key, n, at: [], general };
        grams.set(key, g);
      }
      // The same string may be segmented differently elsewhere: count each start once.
      if (g.at[g.at.length - 1] !== first) g.at.push(first);
    },
    true,
  );
  // The largest count of any one-word-longer extension, for each gram.
  const ext = new Map<string, number>();
  eachGram(
    words,
    (first, n, key) => {
      if (n < 2) return;
      const g = grams.get(key);
      if (!g || g.at.length < minCount) return; // only accepted compounds make fragments
      const prefix = key.slice(0, key.length - words[first + n - 1]!.text.length);
      const suffix = key.slice(words[first]!.text.length);
      for (const k of [prefix, suffix]) if ((ext.get(k) ?? 0) < g.at.length) ext.set(k, g.at.length);
    },
    true,
  );
  const out: Gram[] = [];
  for (const g of grams.values()) {
    if (g.n > MAX_WORDS || g.term.length > MAX_CHARS) continue; // counted only to find fragments
    if (g.n >= 2 && g.at.length < minCount) continue;
    if ((ext.get(g.term) ?? 0) >= g.at.length) continue; // a fragment
    out.push(g);
  }
  return out;
}

/**
 * Every distinct well-formed n-gram of a text (no count threshold, fragments kept): what
 * buildTermStats counts for document frequencies, so a term read once in a document counts.
 */
export function gramKeys(words: Word[]): Set<string> {
  const out = new Set<string>();
  eachGram(words, (first, n, key) => {
    if (wellFormed(words, first, n)) out.add(key);
  });
  return out;
}
