/**
 * From candidates to mentions: pick non-overlapping candidates, join ranges (combine/ranges.ts)
 * and read the deadline/since words around them (combine/roles.ts).
 */
import type { DateGranularity, DateRole } from '../../types.js';
import type { Day, Moment } from '../calendar.js';
import type { Candidate, Fields, Resolved } from '../fields.js';
import { bareLeft, joinRange, rangeOf } from './ranges.js';
import { bareListedDays, listedDay, withWeekday, yearBeforeRange } from './shared.js';
import { bound, frame } from './roles.js';

/** A mention in normalized coordinates. */
export interface Found {
  start: number;
  end: number;
  from?: Moment;
  to?: Moment;
  gran: DateGranularity;
  role: DateRole;
  relative: boolean;
  duration?: string;
}

/** Keep the earliest, then longest, of overlapping candidates. */
export function pickCandidates(all: Candidate[]): Candidate[] {
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  let last = -1;
  for (const c of all) {
    if (c.start >= last) {
      out.push(c);
      last = c.end;
    }
  }
  return out;
}

/** One step of combine: candidate i read alone or as a range, with how many candidates it used. */
interface Step {
  start: number;
  end: number;
  res?: Resolved;
  isRange: boolean;
  used: number;
}

/** Candidate i as a range with the next one, or with a bare left end, or alone. */
function readAt(text: string, cands: Candidate[], i: number, floor: number, ref: Day | undefined): Step {
  const a = cands[i];
  const yr = yearBeforeRange(text, a, cands[i + 1], ref);
  if (yr) return { start: a.start, end: yr.end, res: yr.res, isRange: true, used: 2 };
  const joined = joinRange(text, a, cands[i + 1], ref);
  if (joined) return { start: a.start, end: joined.end, res: joined.res, isRange: true, used: 2 };
  const left = bareLeft(text, a, floor);
  const r = left && rangeOf(left, a, ref);
  if (left && r) return { start: left.start, end: a.end, res: r, isRange: true, used: 1 };
  return { start: a.start, end: a.end, res: a.resolve(ref), isRange: false, used: 1 };
}

/** A weak candidate that may open a range (09-01至12-01), read as one; undefined otherwise. */
function pairedAt(text: string, cands: Candidate[], i: number, ref: Day | undefined): Step | undefined {
  const a = cands[i];
  const b = cands[i + 1];
  if (!a.pairs || !b || (b.weak && !b.pairs)) return undefined;
  const joined = joinRange(text, a, b, ref);
  return joined && { start: a.start, end: joined.end, res: joined.res, isRange: true, used: 2 };
}

/**
 * Turn picked candidates into mentions with roles.
 * @example combine('到2023年', [candidate of 2023年], ref) // [{ start: 0, end: 6, role: 'deadline', … }]
 */
export function combine(text: string, picked: readonly Candidate[], ref: Day | undefined): Found[] {
  const cands = picked.slice(); // merged in place below; the caller's list stays as it was
  for (let i = 0; i < cands.length; i++) {
    const dated = withWeekday(text, cands, i);
    if (dated) cands.splice(i, dated.used, dated.cand);
    const bare = bareListedDays(text, cands[i], cands[i + 1]);
    if (bare.length > 0) cands.splice(i + 1, 0, ...bare);
  }
  const out: Found[] = [];
  let floor = 0;
  let prev: { end: number; fields: Fields } | undefined;
  for (let i = 0; i < cands.length; ) {
    const listed = listedDay(text, prev, cands[i]);
    if (listed) cands[i] = listed;
    const step = cands[i].weak ? pairedAt(text, cands, i, ref) : readAt(text, cands, i, floor, ref);
    if (!step) {
      i++;
      continue;
    }
    const single = step.used === 1 && !step.isRange ? cands[i].fields : undefined;
    i += step.used;
    const { start, end, res } = step;
    prev = single && { end, fields: single };
    if (!res) continue;
    if (res.gran === 'duration') out.push({ start, end, gran: res.gran, role: 'span', relative: false, duration: res.duration });
    else if (res.invalid) out.push({ start, end, gran: res.gran, role: 'point', relative: false });
    else {
      const f = bound(frame(text, start, end, floor, res, step.isRange, ref), res, ref, step.isRange);
      out.push({ start: f.start, end: f.end, from: f.from, to: f.to, gran: res.gran, role: f.role, relative: res.relative });
    }
    floor = out[out.length - 1].end;
  }
  return out;
}
