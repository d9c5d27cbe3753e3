/**
 * From a draft to a Target: status (commitment or result), threshold, modality, deadline and
 * subject, read from the sentence, its paragraph and the section around the figure.
 */
import { spanOf, type Context } from '../context.js';
import { formatDay } from '../options.js';
import type { DateMention, Quantity, Target } from '../types.js';
import { inRange } from './range.js';
import type { Frame } from './frame.js';
import type { Draft } from './resolve.js';
import { deadlineFor, LOOKBACK, modalBefore, splitPlace, statusAt, type PlacedDate } from './signals.js';

/** Thresholds that 过/突破/超过 put on a figure. */
const OVER_ACTIONS = new Set(['过', '突破', '超过', '超', '逾']);
/** Approximations that make a figure with a verb a commitment even when nothing else says. */
const BOUNDED = new Set(['atLeast', 'over', 'about', 'atMost']);

/** Where a draft stands: its sentence, paragraph, the dates and subjects around it. */
export interface Scene {
  ctx: Context;
  ref?: string;
  /** Dates that may govern a figure (bases of comparison left out), start-sorted. */
  dates: PlacedDate[];
  sentenceStart: number;
  paragraphStart: number;
  /** The subject in force at the figure (own clause, sentence, section). */
  subject?: string;
  /** The review or plan frame in force. */
  frame?: Frame;
}

/**
 * The Target a draft states, or undefined when nothing makes it a commitment or a result.
 *
 * @example
 * finishDraft({ metric: '地区生产总值', action: '达到', value: 2000亿元 }, scene of '到2025年，地区生产总值达到2000亿元')
 * // → { metric: '地区生产总值', status: 'target', deadline: { text: '到2025年', … }, … }
 */
export function finishDraft(d: Draft, sc: Scene): Target | undefined {
  const { ctx, dates, sentenceStart, paragraphStart } = sc;
  const text = ctx.text;
  const at = d.value.start;
  if (insideQuote(text, Math.max(sentenceStart, at - LOOKBACK), at)) return undefined;
  const near = inRange(dates, Math.max(paragraphStart, at - 2 * LOOKBACK), at);
  let status = statusAt(
    text,
    sentenceStart,
    at,
    near,
    sc.ref,
    Math.max(paragraphStart, sentenceStart - LOOKBACK),
    sc.frame?.tense,
    d.value.q.approx !== 'exact',
  );
  if (!status) {
    status = d.action && BOUNDED.has(d.value.q.approx) ? 'target' : 'actual';
  }
  const value: Quantity =
    d.action && OVER_ACTIONS.has(d.action) && d.value.q.approx === 'exact' ? { ...d.value.q, approx: 'over' } : d.value.q;
  const modal = modalBefore(text, sentenceStart, at);
  const opening = inRange(dates, paragraphStart, Math.min(at, paragraphStart + LOOKBACK));
  // a paragraph's opening deadline governs its commitments, not the results it reports
  const governing = [...opening.filter((p) => p.start < at - 2 * LOOKBACK), ...near];
  const deadline =
    deadlineFor(governing, d.start, sentenceStart, at, status === 'target' ? paragraphStart : sentenceStart) ??
    (status === 'target' ? sc.frame?.deadline : undefined) ??
    implicitDeadline(ctx, status, d.start);
  const placed = splitPlace(d.metric);
  if (!isMetric(placed.metric)) return undefined;
  const subject = placed.subject ?? sc.subject;
  // 西安新增城镇就业 under the subject 西安: the place is the subject, not part of the metric
  if (subject && !/^[我全]/.test(subject) && placed.metric.startsWith(subject) && placed.metric.length > subject.length + 1) {
    placed.metric = placed.metric.slice(subject.length);
  }
  const span = spanOf(ctx, d.start, d.end);
  // explicit fields (object spreads are slow in V8); optional ones only when present
  const t: Target = { text: span.text, start: span.start, end: span.end, metric: placed.metric } as Target;
  if (d.action) t.action = d.action;
  t.value = value;
  if (d.count) t.count = d.count.q;
  if (d.baseline) t.baseline = d.baseline.q;
  if (deadline) t.deadline = deadline;
  if (modal && status === 'target') t.modality = modal.word;
  if (subject) t.subject = subject;
  t.status = status;
  return t;
}

/** Prepositions and bare verbs are no metric (按照一项任务); nor a phrase with figures in it (73个总投资). */
const NOT_METRIC = /^(?:按照|按|根据|依照|依据|通过|围绕|对|对于|关于|以|在|为|从|由|把|向|给|经|提出|实施|开展)$|^[0-9.]+[个家项条批]/;
const isMetric = (m: string): boolean => m.length > 0 && !NOT_METRIC.test(m);

/** No date governs a commitment: the document's year, from the reference date (marked implicit). */
function implicitDeadline(ctx: Context, status: string, at: number): DateMention | undefined {
  if (status !== 'target' || !ctx.ref) return undefined;
  const start = ctx.norm.toOriginal(at);
  return {
    text: '',
    start,
    end: start,
    from: formatDay(ctx.ref),
    to: `${String(ctx.ref.year).padStart(4, '0')}-12-31`,
    granularity: 'year',
    role: 'deadline',
    relative: true,
    implicit: true,
  };
}

/** The figure stands inside an open quotation (“…过万亿元…”): a slogan, not a commitment. */
function insideQuote(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    if (text[i] === '“') depth++;
    else if (text[i] === '”') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}
