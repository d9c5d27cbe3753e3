/**
 * `tifa/track`: follow a commitment from the document that makes it to the later documents
 * that report on it — a work report's targets for this year against next year's review, a
 * plan's 到2025年 targets against the yearly reports in between. See docs/track.md.
 */
import { prepare, type Figure, type Prepared } from './docs.js';
import { answers, buildIndex, isFinal } from './match.js';
import type { Track, TrackDoc, TrackOptions, TrackResult, Verdict } from './types.js';
import { DEFAULT_TOLERANCE, judge, type Tolerance } from './verdict.js';

export type { Track, TrackDoc, TrackOptions, TrackResult, TrackedFigure, Measure, Direction, Verdict } from './types.js';
export type { Indicator } from './indicators.js';
export type { Keyed } from './key.js';
export type { MetricForm } from './metric.js';

/** The keys of TrackOptions. */
const OPTION_KEYS: readonly string[] = ['pointTolerance', 'relativeTolerance', 'stats'];

function tolerance(opts: TrackOptions | undefined): Tolerance {
  const t = { ...DEFAULT_TOLERANCE };
  for (const [k, name] of [
    ['points', 'pointTolerance'],
    ['relative', 'relativeTolerance'],
  ] as const) {
    const v = opts?.[name];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new RangeError(`tifa: opts.${name} must be a finite number ≥ 0`);
    t[k] = v;
  }
  return t;
}

/** Same commitment stated twice in one document (a summary and its section): kept once. */
const sameCommitment = (f: Figure): string =>
  [f.doc.order, f.group, f.subject ?? '', f.window?.due ?? '', f.keyed.value, f.keyed.max ?? '', f.target.value.approx].join('|');

interface Outcome {
  verdict: Verdict;
  reason: string;
}

/** The verdict from the latest result that reaches the deadline, else pending or unknown. */
function decide(c: Figure, found: Figure[], latest: Prepared | undefined, tol: Tolerance): Outcome {
  const final = found.filter((r) => isFinal(c, r)).pop();
  if (final) {
    const j = judge(c.keyed, c.target.value.approx, final.keyed, tol);
    return { verdict: j.met ? 'met' : 'missed', reason: `${j.reason} (${final.doc.id})` };
  }
  const due = c.window?.dueDay;
  if (due && latest?.day && latest.day <= due)
    return { verdict: 'pending', reason: `due ${due}, after the latest document (${latest.day})` };
  if (found.length) return { verdict: 'unknown', reason: `no result reports the due year ${c.window?.due ?? '?'}` };
  return { verdict: 'unknown', reason: 'no later document reports it' };
}

/** Latest result ÷ target, for levels, increments and counts. */
function progressOf(c: Figure, found: Figure[]): number | undefined {
  const m = c.keyed.measure;
  if (m !== 'level' && m !== 'increment' && m !== 'count') return undefined;
  const last = found[found.length - 1];
  const goal = c.keyed.max ?? c.keyed.value;
  if (!last || !goal) return undefined;
  return Math.round((last.keyed.value / goal) * 1e4) / 1e4;
}

function trackOf(c: Figure, found: Figure[], latest: Prepared | undefined, tol: Tolerance): Track {
  const out = decide(c, found, latest, tol);
  const results: TrackResult[] = found.map((r) => ({
    doc: r.doc.id,
    target: r.target,
    ...(r.period?.year !== undefined ? { year: r.period.year } : {}),
    final: isFinal(c, r),
  }));
  const track: Track = {
    key: c.keyed.key,
    metric: c.target.metric,
    ...(c.keyed.place || c.target.subject || c.doc.subject ? { subject: c.keyed.place ?? c.target.subject ?? c.doc.subject } : {}),
    target: { doc: c.doc.id, target: c.target },
    results,
    verdict: out.verdict,
    measure: c.keyed.measure,
    direction: c.keyed.direction,
    ...(c.window?.due !== undefined ? { dueYear: c.window.due } : {}),
    reason: out.reason,
  };
  const progress = progressOf(c, found);
  if (progress !== undefined) track.progress = progress;
  return track;
}

/**
 * Follow every commitment (a target with status 'target') across the documents: the later
 * results that answer it, a verdict and progress. Documents may come in any order.
 *
 * @example
 * trackTargets([
 *   { id: '2023', text: '今年国内生产总值增长5%左右。', referenceDate: '2023-03-05' },
 *   { id: '2024', text: '去年国内生产总值增长5.2%。', referenceDate: '2024-03-05' },
 * ])
 * // [{ key: 'gdp:growth', metric: '国内生产总值', verdict: 'met', results: [{ doc: '2024', … }], … }]
 */
export function trackTargets(docs: readonly TrackDoc[], opts?: TrackOptions): Track[] {
  if (opts !== undefined && (opts === null || typeof opts !== 'object' || Array.isArray(opts)))
    throw new TypeError('tifa: opts must be an object');
  const unknown = Object.keys(opts ?? {}).filter((k) => !OPTION_KEYS.includes(k));
  if (unknown.length)
    throw new TypeError(
      `tifa: unknown option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (trackTargets takes ${OPTION_KEYS.join(', ')})`,
    );
  const tol = tolerance(opts);
  const { docs: prepared, figures } = prepare(docs);
  const index = buildIndex(figures);
  const latest = [...prepared].reverse().find((d) => d.day);
  const seen = new Set<string>();
  const tracks: Track[] = [];
  for (const c of figures) {
    if (c.role !== 'commitment') continue;
    const id = sameCommitment(c);
    if (seen.has(id)) continue;
    seen.add(id);
    tracks.push(trackOf(c, answers(index, c, opts?.stats), latest, tol));
  }
  return tracks;
}
