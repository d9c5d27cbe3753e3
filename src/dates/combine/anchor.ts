/**
 * A date, 的, then a time word that is relative to "today": the time word is read against the
 * reference day carried into the first date's period (三天后的下午, 2周后的周五, 明年的今天,
 * 五年后的今天, 下个月的今天). One rule of the language: 的 makes the first expression the day
 * the second one counts from.
 */
import { daysInMonth, isoWeekday, shiftDays, type Day } from '../calendar.js';
import { onlyKeys, TIME_FIELDS, type Candidate, type Fields, type Resolved } from '../fields.js';
import { resolveFields } from '../resolve/index.js';

const DE = '的'.charCodeAt(0);
/** Fields a "today"-relative time word may have: today, a weekday of this week, a time of day. */
const ANCHORABLE: ReadonlySet<string> = new Set(['dayRel', 'weekday', 'weekRel', ...TIME_FIELDS]);

/** Is b read against "today" alone (今天, 周五, 下午, 8点), so that an anchor can replace it? */
function anchorable(f: Fields | undefined): f is Fields {
  if (!f || !onlyKeys(f, ANCHORABLE)) return false;
  if (f.dayRel !== undefined && f.dayRel !== 0) return false;
  if (f.weekRel !== undefined && f.weekRel !== 0) return false;
  return true;
}

/**
 * The reference day carried into a resolved period: the same month and day in a year, the same
 * day in a month, the same weekday in a week, or the day itself; undefined for other periods.
 *
 * @example carry({ year: 2021, month: 6, day: 14 }, 2026-01-01..2026-12-31 (year)) // { 2026, 6, 14 }
 */
export function carry(ref: Day, a: Resolved): Day | undefined {
  const f = a.from;
  if (!f || !a.to) return undefined;
  switch (a.gran) {
    case 'year':
      return { year: f.year, month: ref.month, day: Math.min(ref.day, daysInMonth(f.year, ref.month)) };
    case 'month':
      return { year: f.year, month: f.month, day: Math.min(ref.day, daysInMonth(f.year, f.month)) };
    case 'week':
      return shiftDays({ year: f.year, month: f.month, day: f.day }, isoWeekday(ref) - 1);
    case 'day':
    case 'time':
      return { year: f.year, month: f.month, day: f.day };
    default:
      return undefined;
  }
}

/**
 * Candidates with each `A的B` pair (B relative to today) joined into one.
 *
 * @example anchorPairs('三天后的下午', […]) // one candidate 0..6: 2021-06-17T12:00..16:00 (ref 2021-06-14)
 */
export function anchorPairs(text: string, cands: Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i];
    const b = cands[i + 1];
    if (!b || b.start !== a.end + 1 || text.charCodeAt(a.end) !== DE || a.weak || !anchorable(b.fields)) {
      out?.push(a);
      continue;
    }
    out ??= cands.slice(0, i);
    const bf = b.fields;
    out.push({
      start: a.start,
      end: b.end,
      resolve: (ref) => {
        const ra = ref && a.resolve(ref);
        const day = ra && carry(ref, ra);
        if (!day) return b.resolve(undefined);
        const r = resolveFields(bf, day);
        return r && { ...r, relative: true };
      },
    });
    i++;
  }
  return out ?? cands;
}
