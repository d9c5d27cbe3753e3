/**
 * Enumerations: numbered points (一是…二是…三是…, 一要…二要…, 第一，…第二，…, line-initial
 * 一、… 二、… and (一)…(二)…) and bullet clauses (——坚持…). Each item is reported by its head
 * — the text up to the first clause break — and the series by its item count.
 */
import { parseNumber } from '../numbers/parse.js';
import { patternOf } from './align.js';
import type { Found } from './found.js';

type Kind = 'shi' | 'yao' | 'di' | 'paren' | 'dun' | 'dash';

interface Marker {
  kind: Kind;
  value: number;
  /** Where the marker starts and where its item's text starts. */
  start: number;
  body: number;
}

const INLINE = /(第?)([一二三四五六七八九十]{1,3})(是|要|[，,])/g;
/** What may stand before an inline marker: the start, a line break, punctuation or a space. */
const BEFORE_MARKER = '\n。；;：:，,！!？? \t\u3000';
const LINE = /^[ \t\u3000]*(?:([一二三四五六七八九十]{1,3})、|[(（]([一二三四五六七八九十]{1,3})[)）])/gm;
const DASH = /(?:——|--|－－)(?=[\u4e00-\u9fff])/g;
const BEFORE_DASH = '\n。；;！!？?';

const HEAD_END_INLINE = '，,。；;：:！!？?\n';
const HEAD_END_LINE = '。；;！!？?\n';
const MAX_HEAD = 60;
/** Most text an item may carry after its head before the next marker. */
const MAX_BODY = 60;
const GAP: Record<Kind, number> = { shi: 1500, yao: 1500, di: 1500, paren: 20000, dun: 40000, dash: 3000 };

function headEnd(text: string, from: number, stops: string): number {
  let e = from;
  while (e < text.length && e - from < MAX_HEAD && !stops.includes(text[e])) e++;
  return e;
}

function markers(text: string): Marker[] {
  const out: Marker[] = [];
  for (const m of text.matchAll(INLINE)) {
    if (m.index! > 0 && !BEFORE_MARKER.includes(text[m.index! - 1])) continue;
    const value = parseNumber(m[2]);
    if (value === undefined) continue;
    const kind: Kind = m[1] ? 'di' : m[3] === '是' ? 'shi' : m[3] === '要' ? 'yao' : 'di';
    if (kind === 'di' && !m[1]) continue; // 一，… is not a list marker; 第一，… is
    out.push({ kind, value, start: m.index!, body: m.index! + m[0].length });
  }
  for (const m of text.matchAll(LINE)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index! + lead;
    const value = parseNumber(m[1] ?? m[2]);
    if (value !== undefined) out.push({ kind: m[1] ? 'dun' : 'paren', value, start, body: m.index! + m[0].length });
  }
  for (const m of text.matchAll(DASH)) {
    let b = m.index!;
    while (b > 0 && (text[b - 1] === ' ' || text[b - 1] === '\t' || text[b - 1] === '\u3000')) b--;
    if (b > 0 && !BEFORE_DASH.includes(text[b - 1])) continue;
    out.push({ kind: 'dash', value: 0, start: m.index!, body: m.index! + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Enumerations of text, each with its item heads as parts and their shared frame as pattern.
 *
 * @example enumerations('一是扩大有效需求。二是稳定就业岗位。') // [{ type: 'enumeration', parts: ['扩大有效需求', '稳定就业岗位'] }]
 */
export function enumerations(text: string): Found[] {
  const out: Found[] = [];
  const chains = new Map<Kind, Marker[]>();
  const lastEnd = new Map<Kind, number>();
  const finish = (kind: Kind) => {
    const chain = chains.get(kind);
    chains.delete(kind);
    if (!chain || chain.length < 2) return;
    const stops = kind === 'paren' || kind === 'dun' || kind === 'dash' ? HEAD_END_LINE + (kind === 'dash' ? '，,' : '') : HEAD_END_INLINE;
    const heads = chain.map((m) => ({ s: m.body, e: headEnd(text, m.body, stops) }));
    if (heads.some((h) => h.e === h.s)) return;
    // items that run on for paragraphs are the document's outline, not a formulation
    for (let k = 1; k < chain.length; k++) if (chain[k].start - heads[k - 1].e > MAX_BODY) return;
    const parts = heads.map((h) => text.slice(h.s, h.e));
    const p = patternOf(parts);
    out.push({
      type: 'enumeration',
      start: chain[0].start,
      end: heads[heads.length - 1].e,
      parts,
      ...(p.pattern && p.fixed >= 2 ? { pattern: p.pattern } : {}),
    });
  };
  for (const m of markers(text)) {
    const chain = chains.get(m.kind);
    const prev = chain?.[chain.length - 1];
    if (m.kind === 'dash') {
      // consecutive bullet paragraphs: nothing but the previous bullet's own paragraph between
      const near = prev !== undefined && m.start - (lastEnd.get('dash') ?? 0) <= 3;
      if (!near) finish('dash');
      const c = chains.get('dash') ?? [];
      c.push(m);
      chains.set('dash', c);
      let e = m.body;
      while (e < text.length && text[e] !== '\n') e++;
      while (e < text.length && (text[e] === '\n' || text[e] === ' ' || text[e] === '\u3000')) e++;
      lastEnd.set('dash', e);
      continue;
    }
    if (prev && m.value === prev.value + 1 && m.start - prev.start <= GAP[m.kind]) {
      chain!.push(m);
    } else if (m.value === 1) {
      finish(m.kind);
      chains.set(m.kind, [m]);
    }
  }
  for (const k of [...chains.keys()]) finish(k);
  return out.sort((a, b) => a.start - b.start);
}
