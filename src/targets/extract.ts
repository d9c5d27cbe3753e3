/**
 * Targets and reported results: `tifa/targets`.
 */
import { makeContext, memo, type Context } from '../context.js';
import { datesIn } from '../dates/extract.js';
import { quantitiesIn } from '../numbers/extract.js';
import { formatDay } from '../options.js';
import { clauses, eachSentence, type Piece } from '../text/index.js';
import type { Options, Quantity, Target } from '../types.js';
import { sentenceDrafts, type Cut } from './drafts.js';
import { finishDraft, type Scene } from './finish.js';
import { frameOf, isHeading, isNounPlan, isPriceBase, type Frame } from './frame.js';
import { inRange } from './range.js';
import type { PlacedQuantity } from './resolve.js';
import { clauseSubject, placeStems, speakerSubject, type PlacedDate } from './signals.js';

/** Units of time spans and ranks: 两天半, 第19届 are not figures a target sets (a length in 年 that
 *  is no metric's value is no quantity at all: 用三年时间; 受教育年限11.5年, 寿命提高1岁 are). */
const NOT_TARGET_UNITS = new Set(['第', '个月', '月', '天', '日', '周', '小时', '分钟', '秒', '届', '季度', '期', '次会议']);
/** A date right after these is a base of comparison (比上年, 较去年, 同比). */
const COMPARED = new Set(['比', '较', '于']);
const NUMERAL = /[0-9零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩半]/;

/** What a document offers every sentence: its figures, its dates, and a date-free text cutter. */
interface Prepared {
  ctx: Context;
  ref?: string;
  qs: PlacedQuantity[];
  dates: PlacedDate[];
  cut: Cut;
  /** Stems the document writes with a place suffix (成都 of 成都市). */
  places: Set<string>;
}

function place(ctx: Context, q: Quantity): PlacedQuantity {
  const start = ctx.norm.fromOriginal(q.start);
  const end = ctx.norm.fromOriginal(q.end);
  let numStart = start;
  while (numStart < end && !NUMERAL.test(ctx.text[numStart])) numStart++;
  return { q, start, end, numStart };
}

function prepare(ctx: Context): Prepared {
  const text = ctx.text;
  const qs = quantitiesIn(ctx)
    .map((q) => place(ctx, q))
    .filter((p) => !NOT_TARGET_UNITS.has(p.q.unit) && p.q.unit !== '' && !p.q.unit.endsWith('级'));
  // durations (用三年时间) are lengths, not dates a figure is due by
  // and 比上年 / 较去年 name a base of comparison, not the time of the figure
  const all: PlacedDate[] = datesIn(ctx)
    .filter((d) => d.granularity !== 'duration')
    .map((d) => ({ d, start: ctx.norm.fromOriginal(d.start), end: ctx.norm.fromOriginal(d.end) }))
    // 基础上年均增长: 上 closes a phrase and 年均 opens the verb, no 上年 (last year) is named
    .filter((p) => !(text[p.end] === '均' && p.d.text.endsWith('上年')));
  all.sort((a, b) => a.start - b.start);
  // a plan named as a noun (“十三五”规划) and a price base (按2015年价格) are no times of a figure
  const dates = all.filter((p) => !COMPARED.has(text[p.start - 1]) && !isNounPlan(text, p) && !isPriceBase(text, p));
  // text of [a, b) without the date mentions in it (a metric never contains its deadline)
  const cut = (a: number, b: number): string => {
    let out = '';
    let i = a;
    for (const p of inRange(all, a - 64, b)) {
      if (p.end <= i || p.start >= b) continue;
      out += text.slice(i, Math.max(i, p.start));
      i = Math.max(i, p.end);
    }
    return out + text.slice(i, Math.max(i, b));
  };
  return { ctx, ref: ctx.ref ? formatDay(ctx.ref) : undefined, qs, dates, cut, places: placeStems(text) };
}

/** Where the walk through the sentences stands: the section's subject and the paragraph. */
interface Walk {
  section: { subject?: string; locked: boolean; speaker: boolean };
  lastEnd: number;
  paragraphStart: number;
  qi: number;
  /** The review or plan frame in force. */
  frame?: Frame;
}

/** Move the walk to sentence `s`; true when `s` is a speaker line (it states no figure). */
function advance(w: Walk, text: string, s: Piece): boolean {
  // a paragraph break ends a paragraph-scoped subject; a speaker line opens a section
  const gap = text.slice(w.lastEnd, s.start);
  if (gap.includes('\n')) w.paragraphStart = s.start;
  if (!w.section.speaker && gap.includes('\n\n')) w.section = { locked: false, speaker: false };
  w.lastEnd = s.end;
  const speaker = speakerSubject(text.slice(s.start, s.end));
  if (speaker) w.section = { subject: speaker, locked: false, speaker: true };
  return speaker !== undefined;
}

/** Subjects opening the clauses of `s`; the first one also becomes the section's. */
function sentenceSubjects(w: Walk, text: string, s: Piece, places: Set<string>): { at: number; subject: string }[] {
  const out: { at: number; subject: string }[] = [];
  for (const c of clauses(text, s)) {
    const subj = clauseSubject(text.slice(c.start, c.end), places);
    if (subj !== undefined) out.push({ at: c.start, subject: subj });
  }
  if (out.length && out[0].subject && !w.section.locked) w.section = { ...w.section, subject: out[0].subject, locked: true };
  return out;
}

/** The quantities of sentence `s` (the walk's cursor moves past earlier ones). */
function quantitiesOf(w: Walk, qs: PlacedQuantity[], s: Piece): PlacedQuantity[] {
  while (w.qi < qs.length && qs[w.qi].start < s.start) w.qi++;
  let qj = w.qi;
  while (qj < qs.length && qs[qj].end <= s.end) qj++;
  return qs.slice(w.qi, qj);
}

/** Targets of one sentence. */
function sentenceTargets(p: Prepared, w: Walk, s: Piece, out: Target[]): void {
  const text = p.ctx.text;
  const subjects = sentenceSubjects(w, text, s, p.places);
  const frame = frameOf(text, s, inRange(p.dates, s.start, s.end), p.ref);
  if (frame) w.frame = frame;
  else if (isHeading(text.slice(s.start, s.end))) w.frame = undefined;
  const here = quantitiesOf(w, p.qs, s);
  if (!here.length) return;
  let si = 0;
  for (const d of sentenceDrafts(text, s, here, p.cut)) {
    const at = d.value.start;
    while (si + 1 < subjects.length && subjects[si + 1].at <= at) si++;
    const own = subjects[si] && subjects[si].at <= at ? subjects[si].subject : undefined;
    const scene: Scene = {
      ctx: p.ctx,
      ref: p.ref,
      dates: p.dates,
      sentenceStart: s.start,
      paragraphStart: w.paragraphStart,
      subject: own !== undefined ? own || undefined : w.section.subject,
      frame: w.frame,
    };
    const t = finishDraft(d, scene);
    if (t) out.push(t);
  }
}

/** Targets of a prepared context (memoized), in text order. */
export function targetsIn(ctx: Context): Target[] {
  return memo(ctx, 'targets', () => {
    const p = prepare(ctx);
    const out: Target[] = [];
    const w: Walk = { section: { locked: false, speaker: false }, lastEnd: 0, paragraphStart: 0, qi: 0 };
    eachSentence(ctx.text, (s) => {
      if (!advance(w, ctx.text, s)) sentenceTargets(p, w, s, out);
    });
    return out;
  });
}

/**
 * Every figure an official commits to (status 'target') or reports (status 'actual'), with its
 * metric, verb, value, count, deadline, modality and subject.
 *
 * @example
 * extractTargets('到2023年，力争地区生产总值过2000亿元的1个', { referenceDate: '2021-05-13' })
 * // [{ metric: '地区生产总值', action: '过', value: { value: 200000000000, unit: '元', approx: 'over', … },
 * //    count: { value: 1, unit: '个', … }, deadline: { text: '到2023年', role: 'deadline', … },
 * //    modality: '力争', status: 'target', … }]
 */
export function extractTargets(input: string, opts?: Options): Target[] {
  return targetsIn(makeContext(input, opts));
}

export type { Target, Options } from '../types.js';
