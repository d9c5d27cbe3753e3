/**
 * The drafts of one sentence: each figure with its metric, verb and count, before status,
 * deadline and subject are added. `分别` pairs a list of metrics with a list of figures; every
 * other figure is read item by item, the chain carrying a verb and a metric across items.
 */
import type { Piece } from '../text/index.js';
import { cleanMetric, findAction, readItem, type Chain, type Draft, type PlacedQuantity } from './resolve.js';
import { clauses, items } from '../text/index.js';
import { inRange } from './range.js';

/** Text of [a, b) without the date mentions in it. */
export type Cut = (a: number, b: number) => string;

/**
 * The `分别` pairing: a list of metrics, 分别, as many figures.
 *
 * @example
 * readRespectively('高新技术企业、科技型中小企业分别达到600家和1000家', …)
 * // → [{ metric: '高新技术企业', value: 600家 }, { metric: '科技型中小企业', value: 1000家 }]
 * // 二氧化硫、氮氧化物排放量分别下降3% → one draft per metric, both 3%
 */
export function readRespectively(text: string, clause: Piece, qs: PlacedQuantity[], cut: Cut): Draft[] {
  const k = text.slice(clause.start, clause.end).indexOf('分别') + clause.start;
  if (k < clause.start) return [];
  const values = qs.filter((q) => q.start >= k && q.end <= clause.end);
  const names = cut(clause.start, k)
    .split(/[、和与及]/)
    .map((s) => cleanMetric(s, true))
    .filter(Boolean);
  const f = findAction(text, k + 2, values[0]?.numStart ?? k);
  // 化学需氧量、氨氮排放量分别下降2%: one figure for each metric
  if (values.length === 1 && names.length >= 2)
    return names.map((metric) => ({ start: clause.start, end: values[0].end, metric, action: f?.word, value: values[0] }));
  if (values.length < 2 || names.length !== values.length) return [];
  return values.map((value, i) => ({ start: clause.start, end: value.end, metric: names[i], action: f?.word, value }));
}

/** A new list entry (after ；or ：) carries nothing over from the one before. */
function resetChain(chain: Chain): void {
  chain.action = undefined;
  chain.metric = undefined;
  chain.verbFirst = false;
}

/**
 * Every draft of sentence `s`, whose quantities are `here` (start-sorted), sorted by figure.
 *
 * @example
 * sentenceDrafts('全市规上工业增加值增长8%，新开工项目120个', …)
 * // → [{ metric: '全市规上工业增加值', action: '增长', value: 8% }, { metric: '新开工项目', value: 120个 }]
 */
export function sentenceDrafts(text: string, s: Piece, here: PlacedQuantity[], cut: Cut): Draft[] {
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
    if (/[；;：:]/.test(text[it.start - 1] ?? '')) resetChain(chain);
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
  return drafts.sort((a, b) => a.value.start - b.value.start);
}
