/**
 * Dates and deadlines: `tifa/dates`.
 *
 * Pattern (what to find): one descriptor per form in forms/ (listed in forms/index.ts), the
 * 年月日/relative grammar in core/; resolution (what it means) in resolve/; ranges and
 * deadline/since words in combine/; the publication date in infer.ts.
 */
import { makeContext, memo, spanOf, type Context } from '../context.js';
import { assertText } from '../options.js';
import { normalize } from '../normalize/index.js';
import type { DateMention, Options } from '../types.js';
import { formatMoment, type Day } from './calendar.js';
import { combine, pickCandidates, type Found } from './combine/index.js';
import { CORE_AT, TIME_AT } from './core/grammar.js';
import { readCore, readTime, type CoreMatch } from './core/read.js';
import { onlyKeys, TIME_FIELDS, type Candidate, type Fields } from './fields.js';
import { FORMS } from './forms/index.js';
import type { DateForm } from './forms/types.js';
import { inferFrom } from './infer.js';
import { anchorPairs } from './combine/anchor.js';
import { resolvePartial } from './partial.js';
import { fieldsCandidate } from './resolve/index.js';
import { matchesAt, startsOf } from './scan.js';
import { listHull, wholeOf } from './whole.js';

export { planStart } from './forms/plan.js';

/**
 * Every candidate date expression of a normalized text. One pass (startsOf) finds where each
 * form can start; each form's sticky regex runs only there, and its reader makes candidates.
 *
 * @example candidatesOf('到2023年') // [{ start: 1, end: 6, fields: { year: 2023 }, … }]
 */
export function candidatesOf(text: string): Candidate[] {
  const at = startsOf(text);
  const out: Candidate[] = [];
  for (const form of FORMS) {
    for (const m of matchesAt(form.re, text, at[form.name])) {
      const c = form.read(m);
      if (c) out.push(form.tail ? withTail(text, c, form.tail) : c);
    }
  }
  return anchorPairs(text, pickCandidates(out));
}

const ERA_TAIL_KEYS: ReadonlySet<string> = new Set(['month', 'monthCn', 'monthPart', 'day', ...TIME_FIELDS]);

/** How each kind of tail is read and which fields it may add. */
const TAILS: Record<
  NonNullable<DateForm['tail']>,
  { re: RegExp; read: (m: RegExpExecArray) => CoreMatch | undefined; keys: ReadonlySet<string> }
> = {
  time: { re: TIME_AT, read: readTime, keys: TIME_FIELDS },
  monthDayTime: { re: CORE_AT, read: readCore, keys: ERA_TAIL_KEYS },
};

/**
 * A candidate with what follows it read by an anchored grammar and attached when it only adds
 * the allowed fields: a time after a numeric date (2010.01.29晚上六点), a month, day or time
 * after an era year (康熙三年五月, 神龙二年正月初一).
 */
function withTail(text: string, c: Candidate, kind: NonNullable<DateForm['tail']>): Candidate {
  if (!c.fields) return c;
  const { re, read, keys } = TAILS[kind];
  re.lastIndex = c.end;
  const m = re.exec(text);
  if (!m?.[0].trim()) return c;
  const t = read(m);
  if (!t || t.start < c.end || t.end <= c.end) return c;
  const tf = t.fields;
  if (!onlyKeys(tf, keys)) return c;
  const f: Fields = { ...c.fields, ...tf };
  return fieldsCandidate(c.start, t.end, f);
}

/**
 * Mentions never overlap: where an affix attached by combine() reaches into the next mention
 * (年底前 + 前年 in 年底前年), the longer one stays (the earlier on a tie).
 */
function dropOverlaps<T extends { start: number; end: number }>(list: T[]): T[] {
  const out: T[] = [];
  for (const m of list) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Mentions in normalized coordinates, against a full or partial reference date. */
function found(text: string, ref: Day | undefined): Found[] {
  const cands = candidatesOf(text);
  const find = (r: Day | undefined): Found[] => {
    const out = combine(text, cands, r);
    return out.length > 0 ? out : wholeOf(text, cands, r);
  };
  return dropOverlaps(ref?.known ? resolvePartial(ref, find) : find(ref));
}

/**
 * Date mentions of a prepared context (memoized), in text order, durations included (see
 * `withoutDurations`).
 */
export function datesIn(ctx: Context): DateMention[] {
  return memo(ctx, 'dates', () =>
    found(ctx.text, ctx.ref).map((f) => {
      const span = spanOf(ctx, f.start, f.end);
      // explicit fields: an object spread here costs ~3 µs a mention in V8
      const d: DateMention = { text: span.text, start: span.start, end: span.end, granularity: f.gran, role: f.role, relative: f.relative };
      if (f.from) d.from = formatMoment(f.from);
      if (f.to) d.to = formatMoment(f.to);
      if (f.duration) d.duration = f.duration;
      return d;
    }),
  );
}

/**
 * Every date expression in the text, resolved against `opts.referenceDate`; lengths of time
 * (三年, 半个月) only with `{ durations: true }`. Without a reference date,
 * expressions that need it (今年, 5月12日, 年内) come back with `relative: true` and no from/to;
 * absolute ones (2021年5月13日, “十四五”) still resolve. Only analyze() infers a reference date.
 *
 * @example extractDates('到2023年', { referenceDate: '2021-05-13' })
 *   // [{ text: '到2023年', from: '2021-05-13', to: '2023-12-31', granularity: 'year', role: 'deadline', relative: false }]
 */
export function extractDates(input: string, opts?: Options): DateMention[] {
  const all = datesIn(makeContext(input, opts));
  return opts?.durations ? all : withoutDurations(all);
}

/** Lengths of time are no dates: the mentions without granularity 'duration'. */
export const withoutDurations = (list: DateMention[]): DateMention[] => list.filter((d) => d.granularity !== 'duration');
/** The lengths of time among mentions (granularity 'duration'). */
export const durationsOf = (list: DateMention[]): DateMention[] => list.filter((d) => d.granularity === 'duration');

/**
 * The whole string as one date expression, or undefined. A bare year (2018), a day alone
 * (12号), 现在 or 12/1 are read here as the input is known to be a date; a list of dates sharing
 * a month (9月10号，11号，12号) comes back as one span from the first to the last.
 *
 * @example parseDate('“十四五”末') // { from: '2025-01-01', to: '2025-12-31', granularity: 'year', … }
 */
export function parseDate(expression: string, opts?: Options): DateMention | undefined {
  const found = extractDates(expression, opts);
  const trimmed = expression.trim();
  const lead = expression.length - expression.trimStart().length;
  if (found.length === 1) return found[0].start === lead && found[0].end === lead + trimmed.length ? found[0] : undefined;
  return listHull(expression, found);
}

/**
 * The publication date a text implies ('YYYY-MM-DD'), or undefined: a dateline
 * (本报烟台5月13日讯, 新华社北京3月5日电) with the year of the text's own full dates, or a full
 * date in the first lines.
 *
 * @example inferReferenceDate('本报烟台5月13日讯 …2021年5月30日…') // '2021-05-13'
 */
export function inferReferenceDate(input: string): string | undefined {
  assertText(input);
  return inferFrom(normalize(input).text);
}

/**
 * Give the date reader the Chinese-calendar library where it cannot require it itself (a
 * browser bundle); in Node it loads on first use.
 * @example useLunarCalendar(await import('tyme4ts')); extractDates('2022年春节') // from 2022-02-01
 */
export { useLunarCalendar } from './lunar/index.js';

export type { DateMention, Options } from '../types.js';
