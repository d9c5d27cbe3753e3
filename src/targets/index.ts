/**
 * Targets and reported results: `tifa/targets`.
 */
import { makeContext, memo, spanOf, type Context } from '../context.js';
import { datesIn } from '../dates/index.js';
import { quantitiesIn } from '../numbers/index.js';
import { formatDay } from '../options.js';
import type { DateMention, Options, Quantity, Target } from '../types.js';
import { readItem, cleanMetric, findAction, type Chain, type Draft, type PlacedQuantity } from './resolve.js';
import { clauses, items, sentences, type Piece } from './segment.js';
import { clauseSubject, deadlineFor, LOOKBACK, modalBefore, speakerSubject, splitPlace, statusAt, type PlacedDate } from './signals.js';

export { speakerSubject, clauseSubject } from './signals.js';

/** Units of time spans and ranks: 三年, 两天半, 第19届 are not figures a target sets. */
const NOT_TARGET_UNITS = new Set(['第', '年', '个月', '月', '天', '日', '周', '小时', '分钟', '秒', '届', '岁', '季度', '期', '次会议']);
/** Thresholds that 过/突破/超过 put on a figure. */
const OVER_ACTIONS = new Set(['过', '突破', '超过', '超', '逾']);
/** A date right after these is a base of comparison (比上年, 较去年, 同比). */
const COMPARED = new Set(['比', '较', '于']);
const NUMERAL = /[0-9零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩半]/;

function place(ctx: Context, q: Quantity): PlacedQuantity {
  const start = ctx.norm.fromOriginal(q.start);
  const end = ctx.norm.fromOriginal(q.end);
  let numStart = start;
  while (numStart < end && !NUMERAL.test(ctx.text[numStart])) numStart++;
  return { q, start, end, numStart };
}

/** The `分别` pairing: 高新技术企业、科技型中小企业分别达到600家和1000家 → two drafts. */
function readRespectively(text: string, clause: Piece, qs: PlacedQuantity[], cut: (a: number, b: number) => string): Draft[] {
  const k = text.slice(clause.start, clause.end).indexOf('分别') + clause.start;
  if (k < clause.start) return [];
  const values = qs.filter((q) => q.start >= k && q.end <= clause.end);
  const names = cut(clause.start, k)
    .split(/[、和与及]/)
    .map((s) => cleanMetric(s, true))
    .filter(Boolean);
  if (values.length < 2 || names.length !== values.length) return [];
  const f = findAction(text, k + 2, values[0].numStart);
  return values.map((value, i) => ({ start: clause.start, end: value.end, metric: names[i], action: f?.word, value }));
}

/** Targets of a prepared context (memoized), in text order. */
export function targetsIn(ctx: Context): Target[] {
  return memo(ctx, 'targets', () => {
    const text = ctx.text;
    const ref = ctx.ref ? formatDay(ctx.ref) : undefined;
    const qs = quantitiesIn(ctx)
      .map((q) => place(ctx, q))
      .filter((p) => !NOT_TARGET_UNITS.has(p.q.unit) && p.q.unit !== '' && !p.q.unit.endsWith('级'));
    // durations (用三年时间) are lengths, not dates a figure is due by
    // and 比上年 / 较去年 name a base of comparison, not the time of the figure
    const all: PlacedDate[] = datesIn(ctx)
      .filter((d) => d.granularity !== 'duration')
      .map((d) => ({ d, start: ctx.norm.fromOriginal(d.start), end: ctx.norm.fromOriginal(d.end) }));
    all.sort((a, b) => a.start - b.start);
    const dates = all.filter((p) => !COMPARED.has(text[p.start - 1]));
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

    const out: Target[] = [];
    let qi = 0;
    let section: { subject?: string; locked: boolean; speaker: boolean } = { locked: false, speaker: false };
    let lastEnd = 0;
    let paragraphStart = 0;
    for (const s of sentences(text)) {
      // a paragraph break ends a paragraph-scoped subject; a speaker line opens a section
      const gap = text.slice(lastEnd, s.start);
      if (gap.includes('\n')) paragraphStart = s.start;
      if (!section.speaker && gap.includes('\n\n')) section = { locked: false, speaker: false };
      lastEnd = s.end;
      const line = text.slice(s.start, s.end);
      const speaker = speakerSubject(line);
      if (speaker) {
        section = { subject: speaker, locked: false, speaker: true };
        continue;
      }
      const sentenceSubjects: { at: number; subject: string }[] = [];
      for (const c of clauses(text, s)) {
        const subj = clauseSubject(text.slice(c.start, c.end));
        if (subj) sentenceSubjects.push({ at: c.start, subject: subj });
      }
      if (sentenceSubjects.length && !section.locked) section = { ...section, subject: sentenceSubjects[0].subject, locked: true };

      while (qi < qs.length && qs[qi].start < s.start) qi++;
      let qj = qi;
      while (qj < qs.length && qs[qj].end <= s.end) qj++;
      const here = qs.slice(qi, qj);
      if (!here.length) continue;

      const drafts: Draft[] = [];
      const used = new Set<PlacedQuantity>();
      if (text.slice(s.start, s.end).includes('分别')) {
        for (const c of clauses(text, s)) {
          for (const d of readRespectively(text, c, inRange(here, c.start, c.end), cut)) {
            drafts.push(d);
            used.add(d.value);
          }
        }
      }
      const chain: Chain = { verbFirst: false };
      let k = 0;
      for (const it of items(text, s)) {
        // a semicolon or colon starts a new entry of a list: nothing carries over it
        if (/[；;：:]/.test(text[it.start - 1] ?? '')) {
          chain.action = undefined;
          chain.metric = undefined;
          chain.verbFirst = false;
        }
        while (k < here.length && here[k].start < it.start) k++;
        const inItem: PlacedQuantity[] = [];
        let paired = false;
        for (let j = k; j < here.length && here[j].start < it.end; j++) {
          if (here[j].end > it.end) continue;
          if (used.has(here[j])) paired = true;
          else inItem.push(here[j]);
        }
        if (paired) continue;
        const d = readItem(text, it, inItem, chain, cut);
        if (d) drafts.push(d);
      }

      let si = 0;
      for (const d of drafts.sort((a, b) => a.value.start - b.value.start)) {
        if (insideQuote(text, Math.max(s.start, d.value.start - LOOKBACK), d.value.start)) continue;
        const at = d.value.start;
        const near = inRange(dates, Math.max(paragraphStart, at - 2 * LOOKBACK), at);
        let status = statusAt(text, s.start, at, near, ref, Math.max(paragraphStart, s.start - LOOKBACK));
        if (!status) {
          if (!d.action || !['atLeast', 'over', 'about', 'atMost'].includes(d.value.q.approx)) continue;
          status = 'target';
        }
        const value: Quantity =
          d.action && OVER_ACTIONS.has(d.action) && d.value.q.approx === 'exact' ? { ...d.value.q, approx: 'over' } : d.value.q;
        const modal = modalBefore(text, s.start, at);
        const opening = inRange(dates, paragraphStart, Math.min(at, paragraphStart + LOOKBACK));
        const deadline =
          // a paragraph's opening deadline governs its commitments, not the results it reports
          deadlineFor([...opening.filter((p) => p.start < at - 2 * LOOKBACK), ...near], d.start, s.start, at, status === 'target' ? paragraphStart : s.start) ??
          implicitDeadline(ctx, status, d.start);
        const placed = splitPlace(d.metric);
        while (si + 1 < sentenceSubjects.length && sentenceSubjects[si + 1].at <= at) si++;
        const own = sentenceSubjects[si] && sentenceSubjects[si].at <= at ? sentenceSubjects[si].subject : undefined;
        const subject = placed.subject ?? own ?? section.subject;
        const span = spanOf(ctx, d.start, d.end);
        // explicit fields (object spreads are slow in V8); optional ones only when present
        const t: Target = { text: span.text, start: span.start, end: span.end, metric: placed.metric } as Target;
        if (d.action) t.action = d.action;
        t.value = value;
        if (d.count) t.count = d.count.q;
        if (deadline) t.deadline = deadline;
        if (modal && status === 'target') t.modality = modal.word;
        if (subject) t.subject = subject;
        t.status = status;
        out.push(t);
      }
    }
    return out;
  });
}

/** The items of a start-sorted list that start in [lo, hi) (binary search, then a slice). */
function inRange<T extends { start: number }>(list: T[], lo: number, hi: number): T[] {
  const first = (x: number) => {
    let a = 0;
    let b = list.length;
    while (a < b) {
      const m = (a + b) >>> 1;
      if (list[m].start < x) a = m + 1;
      else b = m;
    }
    return a;
  };
  return list.slice(first(lo), first(hi));
}

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
