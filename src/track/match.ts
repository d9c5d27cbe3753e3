/**
 * Which reported results answer a commitment. A result answers when it measures the same
 * thing (same group: key and unit family), speaks for the same subject, comes from a later
 * document, and reports on a year inside the commitment's window. Results are hashed by
 * group and year, so a commitment looks only at the results of its own key and years.
 */
import type { Figure } from './docs.js';

/** Results by group, then by year ('?' when unknown). */
export type ResultIndex = Map<string, Map<number | '?', Figure[]>>;

/** Defined subjects per document and group, for each role. */
type SubjectSets = Map<string, Set<string>>;

export interface Index {
  results: ResultIndex;
  subjects: SubjectSets;
}

const setKey = (f: Figure): string => `${f.role}|${f.doc.order}|${f.group}`;

/**
 * Hash every result by group and year, and note which subjects each document names per group.
 *
 * @example buildIndex(figures).results.get('gdp:growth|%')?.get(2023) // the 2023 GDP growth results
 */
export function buildIndex(figures: readonly Figure[]): Index {
  const results: ResultIndex = new Map();
  const subjects: SubjectSets = new Map();
  for (const f of figures) {
    if (f.subject) {
      const k = setKey(f);
      const set = subjects.get(k) ?? new Set<string>();
      set.add(f.subject);
      subjects.set(k, set);
    }
    if (f.role !== 'result') continue;
    const byYear = results.get(f.group) ?? new Map<number | '?', Figure[]>();
    const y = f.period?.year ?? '?';
    const list = byYear.get(y) ?? [];
    list.push(f);
    byYear.set(y, list);
    results.set(f.group, byYear);
  }
  return { results, subjects };
}

/** Subjects named in `f`'s document for `f`'s group (same role). */
const namedIn = (ix: Index, f: Figure): Set<string> => ix.subjects.get(setKey(f)) ?? new Set();

/**
 * Same subject: equal when both name one; when only one side names a subject, the other side
 * matches only if neither document names another subject for this measure (a lone
 * 地区生产总值增长6.5% in a report on two cities answers neither city).
 */
export function sameSubject(ix: Index, c: Figure, r: Figure): boolean {
  if (c.subject && r.subject) return c.subject === r.subject;
  if (!c.subject && !r.subject) return true;
  const named = c.subject ?? (r.subject as string);
  const cs = namedIn(ix, c);
  const rs = namedIn(ix, r);
  const only = (s: Set<string>) => [...s].every((x) => x === named);
  return only(cs) && only(rs) && (c.subject ? cs.size === 1 : rs.size === 1);
}

/** `r`'s document is later than `c`'s: by reference date when both are known, else by order. */
const later = (c: Figure, r: Figure): boolean => (c.doc.day && r.doc.day ? r.doc.day > c.doc.day : r.doc.order > c.doc.order);

/** The years a commitment looks at: its window, or every year when it has none. */
function yearsOf(c: Figure, byYear: Map<number | '?', Figure[]>): (number | '?')[] {
  const w = c.window;
  if (w?.start === undefined || w.due === undefined) return [...byYear.keys()];
  const ys: (number | '?')[] = ['?'];
  for (let y = w.start; y <= w.due; y++) ys.push(y);
  return ys;
}

/** A result's period fits the commitment: an average over years answers only an average. */
function fits(c: Figure, r: Figure): boolean {
  const w = c.window;
  const p = r.period;
  if (!w || !p || w.due === undefined || p.year === undefined) return true;
  if (p.start !== undefined && w.start !== undefined && p.start < w.start) return false;
  if (c.keyed.measure === 'growth' && !w.multiYear && (p.start ?? p.year) < p.year) return false;
  return true;
}

/** The result decides the verdict: it reports the due year in full (and, for an average growth over years, over years). */
export function isFinal(c: Figure, r: Figure): boolean {
  const w = c.window;
  const p = r.period;
  if (!w || !p || w.due === undefined || p.year === undefined) return true;
  if (p.year !== w.due || p.partial) return false;
  if (c.keyed.measure === 'growth' && w.multiYear) return (p.start ?? p.year) < p.year || r.keyed.average;
  return true;
}

/** Rank of a result among one document's candidates: final first, then full years, then later years. */
const rank = (c: Figure, r: Figure): number => (isFinal(c, r) ? 4 : 0) + (r.period?.partial ? 0 : 2) + (r.period?.year ?? 0) / 1e5;

/**
 * The results that answer commitment `c`: at most one per later document, in document order.
 *
 * @example answers(ix, gdpGrowthTarget2023) // [the 2023 GDP growth of the 2024 report]
 */
export function answers(ix: Index, c: Figure, count?: { comparisons: number }): Figure[] {
  const byYear = ix.results.get(c.group);
  if (!byYear) return [];
  const best = new Map<number, Figure>();
  for (const y of yearsOf(c, byYear)) {
    for (const r of byYear.get(y) ?? []) {
      if (count) count.comparisons++;
      if (!later(c, r) || !sameSubject(ix, c, r) || !fits(c, r)) continue;
      const prev = best.get(r.doc.order);
      if (!prev || rank(c, r) > rank(c, prev)) best.set(r.doc.order, r);
    }
  }
  return [...best.values()].sort((a, b) => a.doc.order - b.doc.order);
}
