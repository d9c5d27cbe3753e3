/**
 * When a figure applies: the years a commitment covers and is due, and the year a reported
 * result speaks of. Dates come from the figure's deadline (already resolved against its
 * document's reference date); a figure without one takes its document's year.
 */
import { formatDay, type Day } from '../options.js';
import type { DateMention, Target } from '../types.js';

/** The years a commitment covers: from `start` to `due` (inclusive). */
export interface Window {
  start?: number;
  due?: number;
  /** The deadline day, 'YYYY-MM-DD' (end of the due year when only the year is known). */
  dueDay?: string;
  /** It spans more than one year (到2025年 in a 2021 plan, “十四五”时期). */
  multiYear: boolean;
}

/** The period a reported result speaks of. */
export interface Period {
  start?: number;
  year?: number;
  /** Only part of `year` (上半年, 1—11月, a mid-year report's current state). */
  partial: boolean;
}

const yearOf = (iso: string | undefined): number | undefined => (iso ? Number(iso.slice(0, 4)) : undefined);

/** A stated (not implicit) deadline that resolved to a day. */
const stated = (d: DateMention | undefined): DateMention | undefined => (d && !d.implicit && d.to ? d : undefined);

/**
 * The years a commitment covers.
 *
 * @example commitmentWindow(extractTargets('到2025年地区生产总值达到5万亿元', { referenceDate: '2021-02-01' })[0], ref)
 * // { start: 2021, due: 2025, dueDay: '2025-12-31', multiYear: true }
 */
export function commitmentWindow(t: Target, ref: Day | undefined): Window {
  const d = t.deadline?.to ? t.deadline : undefined;
  if (!d?.to) {
    if (!ref) return { multiYear: false };
    return { start: ref.year, due: ref.year, dueDay: `${ref.year}-12-31`, multiYear: false };
  }
  const due = yearOf(d.to) as number;
  const start = Math.min(due, yearOf(d.from) ?? ref?.year ?? due);
  return { start, due, dueDay: d.to.slice(0, 10), multiYear: start < due };
}

/** The year a document reviews when it names none: last year early in the year, else this one (so far). */
function reviewed(ref: Day | undefined): Period {
  if (!ref) return { partial: false };
  return ref.month <= 6 ? { start: ref.year - 1, year: ref.year - 1, partial: false } : { start: ref.year, year: ref.year, partial: true };
}

/**
 * The period a reported result speaks of: its stated date (2023年, 上半年); a span that ends
 * at the reference date (过去一年, 2018年以来) or no date at all reads as the year the document
 * reviews.
 *
 * @example resultPeriod(extractTargets('去年地区生产总值增长5.2%', { referenceDate: '2024-03-05' })[0], ref)
 * // { start: 2023, year: 2023, partial: false }
 */
export function resultPeriod(t: Target, ref: Day | undefined): Period {
  const d = stated(t.deadline);
  if (!d?.to) return reviewed(ref);
  const to = d.to.slice(0, 10);
  if (ref && (to === formatDay(ref) || d.role === 'since')) {
    const r = reviewed(ref);
    const from = yearOf(d.from);
    return from !== undefined && r.year !== undefined && from < r.year ? { ...r, start: from } : r;
  }
  const year = yearOf(to) as number;
  const start = Math.min(year, yearOf(d.from) ?? year);
  return { start, year, partial: !to.endsWith('-12-31') };
}
