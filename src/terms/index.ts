/**
 * Key terms (word segmentation behind a Tokenizer interface): `tifa/terms`.
 * Not part of the root export: importing `tifa` never loads a segmenter.
 *
 * The segmenter is loaded lazily and asynchronously (`await loadTokenizer()`); extraction is
 * then synchronous: `extractKeywords(input, { tokenizer })`. `keywords(input, opts)` does both.
 */
import { makeContext, spanOf } from '../context.js';
import { assertOptions } from '../options.js';
import type { Span } from '../types.js';
import { candidateGrams, gramKeys } from './grams.js';
import { independentCounts, scoreTerm, type TermStats } from './score.js';
import { isTokenizer, loadTokenizer, type Tokenizer, type TokenizerName } from './tokenizer.js';
import { segmentWords, type Word } from './words.js';

// The public surface: loadTokenizer, extractKeywords, keywords, buildTermStats and their types.
// Word classes, stop-word tables and the score are internal (their own modules).
export { loadTokenizer, type Tokenizer, type TokenizerName } from './tokenizer.js';
export type { WordClass } from './classify.js';
export type { TermStats } from './score.js';

/** A key term of a document. */
export interface Keyword {
  /** The term in normalized (Simplified, half-width) form: the same for Traditional and Simplified input. */
  term: string;
  /** TF-IDF-style score (higher is more characteristic); comparable across documents. */
  score: number;
  /** Number of occurrences (spans.length), including those inside a longer term. */
  count: number;
  /** Every occurrence, in the caller's original input. */
  spans: Span[];
}

export interface KeywordOptions {
  /** A loaded tokenizer (from `await loadTokenizer()`, or any object with `cut(text): string[]`). Required. */
  tokenizer: Tokenizer;
  /** How many terms to return (default 20; Infinity for all). */
  top?: number;
  /** Corpus statistics from buildTermStats(), for the IDF; without them every IDF is 1. */
  corpus?: TermStats;
  /** A compound of several words must occur at least this often to be a term (default 2). */
  minCount?: number;
}

export interface AsyncKeywordOptions extends Omit<KeywordOptions, 'tokenizer'> {
  /** A tokenizer, or the name of a built-in one (default 'segmentit'). */
  tokenizer?: Tokenizer | TokenizerName;
}

export interface TermStatsOptions {
  tokenizer: Tokenizer;
}

function checkTokenizer(tok: unknown): asserts tok is Tokenizer {
  if (!isTokenizer(tok)) {
    throw new TypeError(
      'tifa/terms: opts.tokenizer must be a Tokenizer: `const tokenizer = await loadTokenizer()`, or use `await keywords(input)`',
    );
  }
}

function checkCount(v: unknown, name: string, dflt: number, min: number): number {
  if (v === undefined) return dflt;
  if (typeof v !== 'number' || Number.isNaN(v) || v < min) {
    throw new RangeError(`tifa/terms: opts.${name} must be a number >= ${min}, got ${String(v)}`);
  }
  return v;
}

/** Words and candidate terms of one text (normalized first). */
function analyseText(input: string, tok: Tokenizer, minCount: number) {
  const ctx = makeContext(input);
  const words: Word[] = segmentWords(ctx.text, tok);
  let content = 0;
  for (const w of words) if (w.cls !== 'stop') content++;
  return { ctx, words, content, grams: candidateGrams(words, minCount) };
}

/**
 * The key terms of a text, best first: single words and recurring compounds, scored
 * TF-IDF style, with function words, low-information verbs, numbers and dates left out.
 * Traditional and OCR-damaged text give the same terms as clean Simplified text.
 *
 * @example
 * const tokenizer = await loadTokenizer();
 * extractKeywords('发展县域经济，壮大县域经济，县域经济是基础。', { tokenizer, top: 1 })
 * // [{ term: '县域经济', count: 3, score: …, spans: [{ text: '县域经济', start: 2, end: 6 }, …] }]
 * @throws TypeError when input is not a string or opts.tokenizer is missing.
 */
export function extractKeywords(input: string, opts: KeywordOptions): Keyword[] {
  assertOptions(opts);
  if (opts === undefined) checkTokenizer(undefined);
  checkTokenizer(opts.tokenizer);
  const top = checkCount(opts.top, 'top', 20, 0);
  const minCount = checkCount(opts.minCount, 'minCount', 2, 1);
  const { ctx, words, content, grams } = analyseText(input, opts.tokenizer, minCount);
  const tf = independentCounts(grams);
  const scored: Array<{ g: (typeof grams)[number]; score: number }> = [];
  for (const g of grams) {
    const t = tf.get(g)!;
    if (t > 0) scored.push({ g, score: scoreTerm(g, t, content, opts.corpus) });
  }
  scored.sort((a, b) => b.score - a.score || b.g.at.length - a.g.at.length || a.g.at[0]! - b.g.at[0]!);
  return scored.slice(0, top).map(({ g, score }) => ({
    term: g.term,
    score,
    count: g.at.length,
    spans: g.at.map((a) => spanOf(ctx, words[a]!.start, words[a + g.n - 1]!.end)),
  }));
}

/**
 * extractKeywords with the tokenizer loaded for you (lazily, once).
 *
 * @example await keywords(text, { top: 10 })              // segmentit
 * @example await keywords(text, { tokenizer: 'jieba' })   // needs @node-rs/jieba
 */
export async function keywords(input: string, opts?: AsyncKeywordOptions): Promise<Keyword[]> {
  assertOptions(opts);
  const t = opts?.tokenizer;
  const tokenizer = t === undefined || typeof t === 'string' ? await loadTokenizer(t) : t;
  return extractKeywords(input, { ...opts, tokenizer });
}

/**
 * Document frequencies of the candidate terms of a corpus, for the IDF of extractKeywords.
 *
 * @example
 * const corpus = buildTermStats(reports, { tokenizer });
 * extractKeywords(report, { tokenizer, corpus })
 */
export function buildTermStats(docs: Iterable<string>, opts: TermStatsOptions): TermStats {
  assertOptions(opts);
  if (opts === undefined) checkTokenizer(undefined);
  checkTokenizer(opts.tokenizer);
  if (docs === null || typeof docs !== 'object' || typeof (docs as Iterable<string>)[Symbol.iterator] !== 'function') {
    throw new TypeError('tifa/terms: docs must be an iterable of strings (an array of documents, not one string)');
  }
  const df = new Map<string, number>();
  let documents = 0;
  for (const doc of docs) {
    const words = segmentWords(makeContext(doc).text, opts.tokenizer);
    documents++;
    for (const k of gramKeys(words)) df.set(k, (df.get(k) ?? 0) + 1);
  }
  return { documents, df: Object.fromEntries(df) };
}
