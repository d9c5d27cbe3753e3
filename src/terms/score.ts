/**
 * TF-IDF-style scoring of candidate terms, and corpus statistics for the IDF.
 */
import type { Gram } from './grams.js';
import { GENERAL_WEIGHT } from './stopwords.js';

/** Document frequencies of a corpus, from buildTermStats(); plain data, safe to JSON.stringify and reuse. */
export interface TermStats {
  /** Number of documents. */
  documents: number;
  /** For each term, the number of documents it occurs in. */
  df: Record<string, number>;
}

/**
 * Inverse document frequency, smoothed: ln((1 + N) / (1 + df)) + 1. A term of no corpus
 * document gets the highest value; a term of every document gets 1.
 *
 * @example idf({ documents: 9, df: { 发展: 9 } }, '发展') // 1
 */
export function idf(stats: TermStats, term: string): number {
  const df = Object.hasOwn(stats.df, term) ? stats.df[term]! : 0;
  return Math.log((1 + stats.documents) / (1 + df)) + 1;
}

/**
 * Occurrences of each gram that are not inside an occurrence of a longer candidate
 * (经济 inside 县域经济 does not count for 经济): the term frequency that is scored.
 */
export function independentCounts(grams: Gram[]): Map<Gram, number> {
  const inside = new Set<number>(); // first * 16 + n of word ranges covered by a longer candidate
  for (const g of grams) {
    if (g.n < 2) continue;
    for (const a of g.at) {
      for (let i = a; i < a + g.n; i++) {
        for (let n = 1; i + n <= a + g.n && n < g.n; n++) inside.add(i * 16 + n);
      }
    }
  }
  const out = new Map<Gram, number>();
  for (const g of grams) {
    let c = 0;
    for (const a of g.at) if (!inside.has(a * 16 + g.n)) c++;
    out.set(g, c);
  }
  return out;
}

/**
 * Score of one term: tf × weight × length × idf, where tf is its independent count over the
 * number of content words of the document, weight is GENERAL_WEIGHT for the register's
 * general words (发展, 建设) and 1 otherwise, and length is log2(1 + characters), so a
 * four-character compound outweighs a two-character word of the same count.
 */
export function scoreTerm(g: Gram, tf: number, words: number, stats?: TermStats): number {
  const weight = g.general ? GENERAL_WEIGHT : 1;
  const s = (tf / Math.max(1, words)) * weight * Math.log2(1 + g.term.length) * (stats ? idf(stats, g.term) : 1);
  return Number(s.toPrecision(6));
}
