/**
 * Documents made ready for tracking: each one's reference date (given, else inferred from
 * its dateline), its targets, and every figure keyed and placed in time. Documents are put
 * in order of their reference dates (undated ones after, in the order given).
 */
import { inferReferenceDate } from '../dates/index.js';
import { formatDay, resolveReferenceDate, type Day } from '../options.js';
import { extractTargets } from '../targets/index.js';
import type { Target } from '../types.js';
import { keyOf, type Keyed } from './key.js';
import { foldName } from './metric.js';
import { documentSubject } from './subject.js';
import { commitmentWindow, resultPeriod, type Period, type Window } from './period.js';
import type { TrackDoc } from './types.js';

/** One document, ready. */
export interface Prepared {
  id: string;
  /** Position in reference-date order. */
  order: number;
  ref?: Day;
  /** 'YYYY-MM-DD' of ref. */
  day?: string;
  subject?: string;
}

/** One figure of one document, keyed. */
export interface Figure {
  doc: Prepared;
  target: Target;
  keyed: Keyed;
  /** key and unit family: figures answer each other only within one group. */
  group: string;
  /** Folded subject: the metric's place, else the target's subject, else the document's. */
  subject?: string;
  /** A commitment, or a reported result (the target's status, see `roleOf`). */
  role: 'commitment' | 'result';
  /** Commitments: the years covered. */
  window?: Window;
  /** Results: the period reported. */
  period?: Period;
}

/** Check one document's shape, naming what is wrong. */
function checkDoc(d: unknown, i: number): TrackDoc {
  if (!d || typeof d !== 'object') throw new TypeError(`tifa: docs[${i}] must be an object { id, text }`);
  const doc = d as TrackDoc;
  if (typeof doc.id !== 'string') throw new TypeError(`tifa: docs[${i}].id must be a string`);
  if (typeof doc.text !== 'string') throw new TypeError(`tifa: docs[${i}].text must be a string`);
  if (doc.targets !== undefined && !Array.isArray(doc.targets)) throw new TypeError(`tifa: docs[${i}].targets must be an array of targets`);
  return doc;
}

/** The document's own reference date, checked; errors name the document. */
function givenDate(doc: TrackDoc, i: number): Day | undefined {
  try {
    return resolveReferenceDate({ referenceDate: doc.referenceDate });
  } catch (e) {
    const err = e as Error;
    const msg = err.message.replace('opts.referenceDate', `docs[${i}].referenceDate`);
    throw err instanceof TypeError ? new TypeError(msg) : new RangeError(msg);
  }
}

/** A place name folded for comparison: 烟台市 and 烟台 are one subject. */
export function foldSubject(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const f = foldName(s);
  return f.length > 2 ? f.replace(/[市县区省州]$/, '') : f;
}

/**
 * A figure's role: its status, except that an exact figure stated for years that ended before
 * the document speaks (“十二五”时期…年均增长7.8% in a 2016 report) is a result — nobody commits
 * to a past period, and restated old goals carry 左右/以上.
 */
function roleOf(target: Target, doc: Prepared): Figure['role'] {
  if (target.status === 'actual') return 'result';
  const d = target.deadline;
  const past = doc.ref && d?.to && !d.implicit && Number(d.to.slice(0, 4)) < doc.ref.year;
  return past && target.value.approx === 'exact' ? 'result' : 'commitment';
}

function figuresOf(doc: Prepared, targets: Target[]): Figure[] {
  return targets.map((target) => {
    const keyed = keyOf(target);
    const subject = foldSubject(keyed.place ?? target.subject ?? doc.subject);
    const role = roleOf(target, doc);
    const fig: Figure = { doc, target, keyed, group: `${keyed.key}|${keyed.family}`, role, ...(subject ? { subject } : {}) };
    if (role === 'commitment') fig.window = commitmentWindow(target, doc.ref);
    else fig.period = resultPeriod(target, doc.ref);
    return fig;
  });
}

/** The document's subject: given, else read from its heading. */
function subjectOf(doc: TrackDoc): { subject?: string } {
  const s = doc.subject ?? documentSubject(doc.text);
  return s ? { subject: s } : {};
}

/**
 * Order documents by reference date and read their figures.
 *
 * @example prepare([{ id: 'b', text: '…', referenceDate: '2024-03-05' }, { id: 'a', text: '…', referenceDate: '2023-03-05' }])
 * // docs in order a, b; figures of both
 */
export function prepare(input: readonly TrackDoc[]): { docs: Prepared[]; figures: Figure[] } {
  if (!Array.isArray(input)) throw new TypeError('tifa: docs must be an array of { id, text, referenceDate? }');
  const read = input.map((d, i) => {
    const doc = checkDoc(d, i);
    const given = givenDate(doc, i);
    const inferred = given ? undefined : inferReferenceDate(doc.text);
    const ref = given ?? (inferred ? resolveReferenceDate({ referenceDate: inferred }) : undefined);
    return { doc, ref, day: ref ? formatDay(ref) : undefined, index: i };
  });
  read.sort((a, b) => (a.day && b.day ? a.day.localeCompare(b.day) : a.day ? -1 : b.day ? 1 : 0) || a.index - b.index);
  const docs: Prepared[] = [];
  const figures: Figure[] = [];
  read.forEach((r, order) => {
    const p: Prepared = { id: r.doc.id, order, ...(r.ref ? { ref: r.ref, day: r.day } : {}), ...subjectOf(r.doc) };
    docs.push(p);
    const targets = r.doc.targets ?? extractTargets(r.doc.text, r.day ? { referenceDate: r.day } : undefined);
    figures.push(...figuresOf(p, targets));
  });
  return { docs, figures };
}
