/**
 * Running the detectors: every detector's candidates, made disjoint within their layer, mapped
 * back to the caller's input as Slogans with their keys.
 */
import { makeContext, memo, spanOf, type Context } from '../context.js';
import type { Options, Slogan, SloganType } from '../types.js';
import { DETECTORS, makeScan, type Detector, type Layer } from './detectors/index.js';
import type { Found } from './found.js';
import { keyOfSimplified } from './key.js';

const RANK: Record<SloganType, number> = { template: 3, parallel: 2, quoted: 1, formula: 0, enumeration: 0 };

const overlaps = (a: Found, b: Found): boolean => a.start < b.end && b.start < a.end;

const better = (a: Found, b: Found): boolean =>
  a.end - a.start > b.end - b.start || (a.end - a.start === b.end - b.start && RANK[a.type] > RANK[b.type]);

/** Of overlapping candidates keep the longer (then the higher-ranked type), in text order. */
function disjoint(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const f of sorted) {
    const last = kept[kept.length - 1];
    if (!last || !overlaps(last, f)) kept.push(f);
    else if (better(f, last)) kept[kept.length - 1] = f;
  }
  return kept;
}

const LAYERS: readonly Layer[] = ['formula', 'phrase', 'list'];

/**
 * All candidates of the normalized text, in normalized coordinates: every detector's
 * candidates, made disjoint within their layer, titles 《…》 left out of the formula and
 * phrase layers.
 *
 * @example findAll('推进两新一重建设') // [{ type: 'formula', start: 2, end: 6, parts: ['两新', '一重'], … }]
 */
export function findAll(text: string, detectors: readonly Detector[] = DETECTORS): Found[] {
  const scan = makeScan(text);
  const byLayer = new Map<Layer, Found[]>(LAYERS.map((l) => [l, []]));
  for (const d of detectors) {
    const bucket = byLayer.get(d.layer)!;
    for (const f of d.find(text, scan)) {
      if (d.layer !== 'list' && scan.inTitle(f.start)) continue;
      bucket.push(f);
    }
  }
  const all: Found[] = [];
  for (const l of LAYERS) for (const f of l === 'list' ? byLayer.get(l)! : disjoint(byLayer.get(l)!)) all.push(f);
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  // one result per span: the same span from two layers is kept once (the earlier layer's)
  return all.filter((f, k) => k === 0 || f.start !== all[k - 1].start || f.end !== all[k - 1].end);
}

/** Slogans of a prepared context (memoized), in text order. */
export function slogansIn(ctx: Context): Slogan[] {
  return memo(ctx, 'slogans', () =>
    findAll(ctx.text).map((f) => {
      const span = spanOf(ctx, f.start, f.end);
      const s: Slogan = { text: span.text, start: span.start, end: span.end, type: f.type, parts: f.parts, key: '' };
      if (f.pattern) s.pattern = f.pattern;
      // one string where the three read the same (most slogans): a result keeps less
      const normalized = ctx.text.slice(f.start, f.end);
      s.normalized = normalized === span.text ? span.text : normalized;
      const key = keyOfSimplified(s.normalized);
      s.key = key === s.normalized ? s.normalized : key;
      if (f.numbers) s.numbers = f.numbers;
      if (f.expansion) s.expansion = f.expansion;
      if (f.type === 'enumeration') s.count = f.parts.length;
      return s;
    }),
  );
}

/**
 * Every formulation found by its form.
 *
 * @example extractSlogans('按照“一村一品一基地”思路') // [{ type: 'formula', text: '一村一品一基地', parts: ['一村','一品','一基地'], numbers: [1, 1, 1], … }]
 * @example extractSlogans('让夜经济热起来、活起来、火起来') // [{ type: 'parallel', text: '热起来、活起来、火起来', pattern: '{}起来', … }]
 */
export function extractSlogans(input: string, opts?: Options): Slogan[] {
  return slogansIn(makeContext(input, opts));
}
