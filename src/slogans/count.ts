/**
 * The frequency view: each formulation once, with every occurrence, merged across
 * Traditional/Simplified script, full-width forms and OCR spacing.
 */
import { normalize } from '../normalize/index.js';
import type { Slogan, SloganType, Span } from '../types.js';
import { formulationKey } from './key.js';

export interface SloganCount {
  /** The formulation key (see formulationKey): Simplified, no quotes or spaces, numerals unified. */
  key: string;
  /** The most frequent type among the occurrences. */
  type: SloganType;
  /** How many times it occurs. */
  count: number;
  parts: string[];
  pattern?: string;
  /** Each occurrence, as found (spans into the input each came from). */
  occurrences: Span[];
}

/**
 * The merge key of a slogan: its `key`, or the formulation key of its normalized text.
 *
 * @example sloganKey({ text: '兩個確立' }) // '二个确立'
 */
export function sloganKey(s: Pick<Slogan, 'text'> & { normalized?: string; key?: string }): string {
  if (typeof s.key === 'string' && s.key) return s.key;
  return formulationKey(typeof s.normalized === 'string' ? s.normalized : normalize(String(s.text)).text);
}

/**
 * Count formulations over one document's or a whole corpus's slogans (concatenate the
 * arrays of several documents). Enumerations are lists, not formulations, and are left out.
 * Sorted by count, then by first appearance.
 *
 * @example
 * countSlogans([...extractSlogans('做好“三农”工作'), ...extractSlogans('做好「三農」工作')])
 * // [{ key: '三农', type: 'formula', count: 2, … }]
 */
export function countSlogans(slogans: Iterable<Slogan>): SloganCount[] {
  if (slogans === null || slogans === undefined || typeof (slogans as Iterable<Slogan>)[Symbol.iterator] !== 'function') {
    throw new TypeError('tifa: countSlogans(slogans) needs an array of slogans');
  }
  const byKey = new Map<string, { c: SloganCount; types: Map<SloganType, number> }>();
  for (const s of slogans) {
    if (!s || typeof s.text !== 'string' || s.type === 'enumeration') continue;
    const key = sloganKey(s);
    if (!key) continue;
    let e = byKey.get(key);
    if (!e) {
      e = {
        c: { key, type: s.type, count: 0, parts: s.parts, ...(s.pattern ? { pattern: s.pattern } : {}), occurrences: [] },
        types: new Map(),
      };
      byKey.set(key, e);
    }
    e.c.count++;
    e.c.occurrences.push({ text: s.text, start: s.start, end: s.end });
    e.types.set(s.type, (e.types.get(s.type) ?? 0) + 1);
  }
  const out: SloganCount[] = [];
  for (const { c, types } of byKey.values()) {
    let best = c.type;
    for (const [t, n] of types) if (n > (types.get(best) ?? 0)) best = t;
    c.type = best;
    out.push(c);
  }
  return out.sort((a, b) => b.count - a.count);
}
