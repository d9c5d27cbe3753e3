/**
 * Item-level reading of a figure: which quantity is the value (and count), which verb sets
 * it, and which words name the metric — carried across the items of a sentence.
 */
import type { Quantity } from '../types.js';
import { ACTIONS, AFTER_VALUE, LEADING_FILLERS, TRAILING_FILLERS } from './lexicon.js';
import type { Piece } from '../text/index.js';

/** A quantity with its normalized-text position; numStart is where its numeral begins. */
export interface PlacedQuantity {
  q: Quantity;
  start: number;
  end: number;
  numStart: number;
}

/** One figure read from an item, before status, deadline and subject are added. */
export interface Draft {
  start: number;
  end: number;
  metric: string;
  action?: string;
  value: PlacedQuantity;
  count?: PlacedQuantity;
  /** 从52%提高到61%: the figure it starts from. */
  baseline?: PlacedQuantity;
}

/** What an item passes to the next one in its sentence. */
export interface Chain {
  action?: string;
  verbFirst: boolean;
  metric?: string;
}

interface Found {
  word: string;
  start: number;
  end: number;
  comparative: boolean;
}

/** Characters before a one-character verb that make it part of another word (通过, 发达, 超市…). */
const BLOCK_BEFORE: Record<string, string> = { 过: '通经不越度错路走跨难', 达: '发到表传抵送下', 占: '', 超: '', 逾: '', 涨: '上高' };
const GAP = /^[\s了到至为在于]*$/;

/** The last action verb in [from, to); one-character verbs only right before `to`. */
export function findAction(text: string, from: number, to: number): Found | undefined {
  let last: Found | undefined;
  for (let i = from; i < to; i++) {
    for (const a of ACTIONS) {
      if (i + a.word.length > to || !text.startsWith(a.word, i)) continue;
      const end = i + a.word.length;
      if (a.word.length === 1 && (!GAP.test(text.slice(end, to)) || (BLOCK_BEFORE[a.word] ?? '').includes(text[i - 1] ?? ''))) break;
      last = { word: a.word, start: i, end, comparative: Boolean(a.comparative) };
      i = end - 1;
      break;
    }
  }
  return last;
}

/** The verb is adjacent to the figure (only 了/到/在… between). */
export const adjacent = (text: string, f: Found, to: number): boolean => GAP.test(text.slice(f.end, to));

const SCOPE = /^(?:全[国省市区县镇乡]|我[国省市区县]|各[省市区县])/;
const OPENING_VERBS = /(?:实现|推动|确保|力争|争取|助力|促进|推进|带动|努力|拥有|共有|现有|已有)/g;

/**
 * A metric from raw words: fillers, dates (already cut), scope words and opening verbs off;
 * a list ending in 等 keeps its head noun (…等高端研发机构 → 高端研发机构).
 */
export function cleanMetric(raw: string, verbFirstPre = false): string {
  let s = raw.replace(/[\s“”"'‘’]/g, '');
  let opening: RegExpExecArray | null;
  let cut = -1;
  OPENING_VERBS.lastIndex = 0;
  while ((opening = OPENING_VERBS.exec(s))) cut = opening.index + opening[0].length;
  if (cut > 0) s = s.slice(cut);
  const deng = s.lastIndexOf('等');
  if (deng >= 0 && deng < s.length - 1) s = s.slice(deng + 1);
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of LEADING_FILLERS) {
      if (s.startsWith(f) && s.length > f.length) {
        s = s.slice(f.length);
        changed = true;
      } else if (s === f) {
        s = '';
        changed = true;
      }
    }
    for (const f of TRAILING_FILLERS) {
      if (s.endsWith(f)) {
        s = s.slice(0, -f.length);
        changed = true;
      }
    }
    if (s.endsWith('的')) {
      s = s.slice(0, -1);
      changed = true;
    }
    if (verbFirstPre && SCOPE.test(s)) {
      s = s.slice(2);
      changed = true;
    }
  }
  // what is left of 比上年 / 较去年 / 同比 once the date is cut is no metric
  if (/^(?:比|较|同比|与|和)$/.test(s)) return '';
  // before a verb, a bare place is the subject, not part of the metric (莱山区将引进…)
  if (verbFirstPre && /^[\u4e00-\u9fa5]{2,6}[市区县省]$/.test(s)) return '';
  return s;
}

/**
 * The figure a change starts from: 从52%提高到61% → 52%, with where its 从/由 stands.
 *
 * @example baselineOf('城镇化率从52%提高到61%', [52%, 61%], 9) // { q: 52%, from: 4 }
 */
export function baselineOf(text: string, quantities: PlacedQuantity[], verbAt: number): { q: PlacedQuantity; from: number } | undefined {
  const q = quantities.find((p) => p.end <= verbAt && text.slice(p.end, verbAt).trim() === '');
  if (!q) return undefined;
  let k = q.start;
  while (k > 0 && /\s/.test(text[k - 1])) k--;
  return text[k - 1] === '从' || text[k - 1] === '由' || text[k - 1] === '從' ? { q, from: k - 1 } : undefined;
}

/** How far before its figure a metric and its verb are looked for, and after it a noun. */
const METRIC_WINDOW = 120;
const REST_MAX = 60;

/** Text that may follow a figure and still close its item. */
const restOk = (rest: string): boolean => rest === '' || AFTER_VALUE.some((w) => rest.startsWith(w));

/**
 * Read one item: `quantities` are the unconsumed quantities inside it, `cut(from, to)` gives
 * the item text with date mentions removed. Returns a draft, or undefined when the item
 * states no figure for a metric (an attributive 总投资224.2亿元的90个项目, a plain count).
 */
export function readItem(
  text: string,
  item: Piece,
  quantities: PlacedQuantity[],
  chain: Chain,
  cut: (from: number, to: number) => string,
): Draft | undefined {
  if (!quantities.length) return undefined;
  const last = quantities[quantities.length - 1];
  const rest = text.slice(last.end, Math.min(item.end, last.end + REST_MAX)).trim();
  let value: PlacedQuantity | undefined;
  let count: PlacedQuantity | undefined;
  let after = '';
  let afterEnd = 0;
  if (restOk(rest)) {
    value = last;
    const prev = quantities[quantities.length - 2];
    if (prev && text.slice(prev.end, last.start) === '的') {
      value = prev; // 过2000亿元的1个: threshold, then how many
      count = last;
    }
  } else if (quantities.length === 1 || quantities.every((q) => q === last || q.end <= last.start)) {
    // a figure before its noun: 开工53个新项目 — only right after a verb
    const f = findAction(text, Math.max(item.start, last.numStart - METRIC_WINDOW), last.numStart);
    if (f && adjacent(text, f, last.numStart) && !/[的之]/.test(rest.slice(0, 1))) {
      value = last;
      const stop = rest.search(/[，。；,;]/);
      after = cleanMetric(stop < 0 ? rest : rest.slice(0, stop));
      afterEnd = Math.min(item.end, last.end + REST_MAX);
    }
  }
  if (!value) return undefined;
  // a metric is a phrase, not a page: look back a bounded stretch only
  item = { start: Math.max(item.start, value.numStart - METRIC_WINDOW), end: item.end };

  const f = findAction(text, item.start, value.numStart);
  let metric = '';
  let action: string | undefined;
  let verbFirst = false;
  let baseline: { q: PlacedQuantity; from: number } | undefined;
  if (f) {
    action = f.word;
    if (after) {
      metric = after;
    } else if (f.comparative || adjacent(text, f, value.numStart)) {
      baseline = baselineOf(text, quantities, f.start);
      metric = cleanMetric(cut(item.start, baseline ? baseline.from : f.start));
    } else {
      verbFirst = true;
      const pre = cleanMetric(cut(item.start, f.start), true);
      const post = cleanMetric(cut(f.end, value.numStart));
      metric = pre && post ? `${pre}${f.word}${post}` : post || pre;
      if (pre && post) verbFirst = false; // 城镇新增就业: the verb is part of the name
    }
  } else {
    metric = cleanMetric(cut(item.start, value.numStart));
    if (chain.verbFirst && chain.action && metric) action = chain.action;
  }
  if (!metric && chain.metric) metric = chain.metric;
  if (!metric) return undefined;
  if (f) {
    chain.action = action;
    chain.verbFirst = verbFirst || Boolean(after);
  }
  chain.metric = metric;
  let start = item.start;
  while (start < value.start && /\s/.test(text[start])) start++;
  const d: Draft = { start, end: Math.max(value.end, count?.end ?? 0, afterEnd), metric, action, value, count };
  if (baseline) d.baseline = baseline.q;
  return d;
}
