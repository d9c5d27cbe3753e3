/**
 * Neighbours that share what one of them writes out: days listed after a month
 * (9月10号，11号，12号 → each day of September) and a year written once before a bare range
 * (2019年1-5月 → January to May 2019).
 */
import type { Day } from '../calendar.js';
import type { Candidate, Fields, Resolved } from '../fields.js';
import { resolveFields } from '../resolve/index.js';
import { bareLeft, rangeOf } from './ranges.js';

/** Between listed days: 、 ， , 和 及 与. */
const LIST_GAP_RE = /^ ?[、，,和及与] ?$/;
/** What may follow a weak listed day in another unit than the day before it: a boundary, not 号楼. */
const LIST_NEXT_RE = /^(?:$|[\s、，,。；;！？!?）)和及与或至到起前后])/;

const YEAR_KEYS = new Set(['year', 'yearRel']);
const DAY_KEYS = new Set(['day']);
const onlyKeys = (f: Fields, keys: Set<string>): boolean => Object.keys(f).every((k) => keys.has(k));

const withFields = (c: { start: number; end: number }, f: Fields): Candidate => ({
  start: c.start,
  end: c.end,
  fields: f,
  resolve: (ref) => resolveFields(f, ref),
});

/**
 * A day written alone after a listed day of a month takes that month (and year): in
 * 9月10号，11号, `11号` is September 11 (alone it is weak, or the reference month's 11th).
 * Undefined when `c` does not continue such a list.
 * @example listedDay('9月10号，11号', {end: 5, fields: {month: 9, day: 10}}, candidate of 11号) // fields { month: 9, day: 11 }
 */
export function listedDay(text: string, prev: { end: number; fields: Fields } | undefined, c: Candidate): Candidate | undefined {
  const f = c.fields;
  const p = prev?.fields;
  if (!p || !f || f.day === undefined || !onlyKeys(f, DAY_KEYS)) return undefined;
  if (p.day === undefined || (p.month === undefined && p.monthRel === undefined)) return undefined;
  if (!LIST_GAP_RE.test(text.slice(prev.end, c.start))) return undefined;
  // a weak day (11号, 十二日) in the unit of the day before it is listed (10月8号、9号、10号举行);
  // in another unit it must end there (5月12日，13号楼)
  const sameUnit = text[prev.end - 1] === text[c.end - 1];
  if (c.weak && !sameUnit && !LIST_NEXT_RE.test(text.slice(c.end, c.end + 1))) return undefined;
  const shared: Fields = { day: f.day };
  for (const k of ['year', 'yearRel', 'month', 'monthRel', 'monthCn'] as const)
    if (p[k] !== undefined) (shared as Record<string, unknown>)[k] = p[k];
  return withFields(c, shared);
}

/**
 * A year written once before a range whose left end is bare: 2019年1-5月, 今年3-五月.
 * Returns the range and where it ends, or undefined.
 * @example yearBeforeRange('2019年1-5月', 2019年, 5月, ref) // { end: 9, res: 2019-01-01..2019-05-31 }
 */
export function yearBeforeRange(
  text: string,
  a: Candidate,
  b: Candidate | undefined,
  ref: Day | undefined,
): { end: number; res: Resolved } | undefined {
  const af = a.fields;
  const bf = b?.fields;
  if (!b || !af || !bf || !onlyKeys(af, YEAR_KEYS)) return undefined;
  if (bf.month === undefined || bf.year !== undefined || bf.yearRel !== undefined || bf.day !== undefined) return undefined;
  const left = bareLeft(text, b, a.end);
  if (!left?.fields || left.start !== a.end) return undefined;
  const res = rangeOf(withFields(left, { ...af, ...left.fields }), withFields(b, { ...af, ...bf }), ref);
  return res && { end: b.end, res };
}
