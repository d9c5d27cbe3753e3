/**
 * Recognizers-Text's number, percent, ordinal, range, currency and dimension specs read as
 * tifa quantities: what a spec result expects, and whether a Quantity of tifa gives it.
 */
import type { Quantity } from '../../src/types.js';
import { CURRENCY, DIMENSION, PERCENT_UNITS, POINT_UNITS, RT_DIMENSION } from './units.js';

/** One result of an RT spec case (the fields the runner reads). */
export interface RtResult {
  Text: string;
  Start: number;
  End?: number;
  Length?: number;
  Resolution?: Record<string, unknown> & { value?: unknown; values?: Array<Record<string, string | undefined>> };
  Value?: { FutureResolution?: Record<string, string>; PastResolution?: Record<string, string> };
}

/** What one RT result expects of a quantity: its span plus kind-specific fields. */
export interface Want {
  start: number;
  end: number;
  text: string;
  value?: number;
  lo?: number;
  hi?: number;
  points?: boolean;
  currency?: string;
  unit?: string;
}

export type QuantityKind = 'number' | 'ordinal' | 'percent' | 'range' | 'currency' | 'dimension';

const unitKey = (u: unknown) => String(u ?? '').replace(/\s+/g, '');
/** A table entry for a written unit: as written, lower-cased (Latin), or after a classifier (个比特币). */
function lookup<V>(table: Map<string, V>, unit: unknown): V | undefined {
  const u = unitKey(unit);
  for (const k of [u, u.toLowerCase(), u.replace(/^[个個]/, '')]) if (table.has(k)) return table.get(k);
  return undefined;
}
/** [code, factor] of a unit, or undefined when it names no currency. ISO codes pass. */
export function currencyOf(unit: unknown): [string, number] | undefined {
  const u = unitKey(unit);
  return lookup(CURRENCY, u) ?? (/^[A-Z]{3}$/.test(u) ? [u, 1] : undefined);
}
/** RT gives `$20` the unit "Dollar" and no ISO code: a dollar of any kind. */
const sameCurrency = (want: unknown, got: string) => want === got || (want === 'Dollar' && /^[A-Z]{2}D$/.test(got));
function dimensionOf(unit: string): [string, number] | undefined {
  const name = RT_DIMENSION[unit] ? unit : lookup(DIMENSION, unit);
  return name ? RT_DIMENSION[name] : undefined;
}
const isPercent = (u: unknown) => PERCENT_UNITS.has(unitKey(u));
const isPoints = (u: unknown) => POINT_UNITS.has(unitKey(u));
/** Money and proportions, which RT leaves to its Currency and Percent models. */
const moneyOrShare = (p: Quantity) =>
  currencyOf(p.unit) !== undefined || isPercent(p.unit) || isPoints(p.unit) || ['折', '成'].includes(unitKey(p.unit));

export const num = (v: unknown): number | undefined =>
  v === null || v === undefined || v === '' ? undefined : Number(String(v).replace(/%$/, ''));
export const sameNum = (want: number | undefined, got: unknown) =>
  want !== undefined && typeof got === 'number' && Number.isFinite(got) && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));

/** How one kind reads an RT result, which produced quantities it considers, and how it matches. */
interface Kind {
  expect(r: RtResult, ignoreResolution: boolean): Partial<Want>;
  relevant(p: Quantity): boolean;
  match(e: Want, p: Quantity): boolean;
  /** Unmatched produced quantities that count against a case (default: relevant). */
  spurious?(p: Quantity): boolean;
}

/** RT's interval notation: '[20,30)', '(500,)', '(,100]', '[170,170]'. */
function interval(r: RtResult): Partial<Want> {
  const m = /^\s*[[(]\s*([^,]*?)\s*,\s*([^,]*?)\s*[\])]\s*$/.exec(String(r.Resolution?.value ?? ''));
  return { lo: num(m?.[1]), hi: num(m?.[2]) };
}

function rangeMatch(e: Want, p: Quantity): boolean {
  const noMax = p.max === undefined || p.max === null;
  if (e.lo !== undefined && e.hi !== undefined) return sameNum(e.lo, p.value) && (sameNum(e.hi, p.max) || (e.lo === e.hi && noMax));
  // One-sided: the bound, no max, and an approx pointing the same way (open or closed is not compared).
  if (e.lo !== undefined) return sameNum(e.lo, p.value) && noMax && ['over', 'atLeast', 'more'].includes(p.approx);
  if (e.hi !== undefined) return sameNum(e.hi, p.value) && noMax && ['under', 'atMost', 'nearly'].includes(p.approx);
  return false;
}

export const KINDS: Record<QuantityKind, Kind> = {
  number: {
    expect: (r, ignore) => ({ value: ignore ? undefined : num(r.Resolution?.value) }),
    relevant: () => true,
    match: (e, p) => e.value === undefined || sameNum(e.value, p.value),
    // RT's NumberModel leaves 一美元 and 一折 to its Currency and Percent models.
    spurious: (p) => !moneyOrShare(p),
  },
  ordinal: {
    expect: (r) => ({ value: num(r.Resolution?.value) }),
    relevant: () => true,
    match: (e, p) => sameNum(e.value, p.value),
  },
  percent: {
    // RT counts 个百分点 as percent; tifa keeps points apart: either is right where the text says 百分点.
    expect: (r) => ({ value: num(r.Resolution?.value), points: /百\s*分\s*[点點]/.test(r.Text) }),
    relevant: (p) => isPercent(p.unit) || isPoints(p.unit),
    match: (e, p) => sameNum(e.value, p.value) && (isPercent(p.unit) || (e.points === true && isPoints(p.unit))),
  },
  range: { expect: interval, relevant: () => true, match: rangeMatch },
  currency: {
    expect: (r) => ({ value: num(r.Resolution?.value), currency: String(r.Resolution?.isoCurrency ?? r.Resolution?.unit ?? '') }),
    relevant: (p) => currencyOf(p.unit) !== undefined,
    match(e, p) {
      const [code, factor] = currencyOf(p.unit)!;
      return sameCurrency(e.currency, code) && (e.value === undefined || sameNum(e.value, p.value * factor));
    },
  },
  dimension: {
    expect: (r) => ({ value: num(r.Resolution?.value), unit: String(r.Resolution?.unit ?? '') }),
    relevant: (p) => dimensionOf(p.unit) !== undefined,
    match(e, p) {
      const want = RT_DIMENSION[e.unit ?? ''];
      const got = dimensionOf(p.unit);
      return Boolean(want && got) && want![0] === got![0] && sameNum(e.value! * want![1], p.value * got![1]);
    },
  },
};

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const inside = (a: { start: number; end: number }, b: { start: number; end: number }) => b.start <= a.start && a.end <= b.end;
/** The same mention: equal starts, or one span inside the other (an affix on one side does not decide). */
export const aligned = (want: { start: number; end: number }, got: { start: number; end: number }) =>
  want.start === got.start || inside(want, got) || inside(got, want);

/**
 * Whether tifa's quantities pass one case: every expected result matched by a distinct
 * quantity (nearest start first), and no quantity of the kind left over where RT expected something.
 */
export function quantitiesPass(kind: QuantityKind, expected: Want[], produced: Quantity[]): boolean {
  const K = KINDS[kind];
  const got = produced.filter((p) => typeof p.start === 'number' && typeof p.end === 'number' && K.relevant(p));
  const spurious = K.spurious ?? K.relevant;
  if (!expected.length) return !got.some(spurious);
  const used = new Set<number>();
  let matched = 0;
  for (const e of expected) {
    const cands = got
      .map((p, i) => ({ p, i }))
      .filter(({ p, i }) => !used.has(i) && aligned(e, p) && K.match(e, p))
      .sort((a, b) => Math.abs(a.p.start - e.start) - Math.abs(b.p.start - e.start));
    if (cands.length) {
      used.add(cands[0]!.i);
      matched++;
    }
  }
  const stray = got.filter((p, i) => !used.has(i) && spurious(p) && expected.some((e) => overlaps(e, p)));
  return matched === expected.length && !stray.length;
}
