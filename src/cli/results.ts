/**
 * What the CLI shows of an Analysis: the result kinds, one flat list of results, and a short
 * human summary of each result's resolution (used by the table, the highlight tooltips and
 * the corpus diff). Written against api.md's shapes but tolerant of whatever analyze()
 * returns: a missing list is an empty list, an unknown field is ignored.
 */
import type { Analysis, DateMention, Quantity, Slogan, Span, Target } from '../types.js';

/** The result lists of an Analysis, in display order (outermost first when they overlap). */
export const KINDS = ['targets', 'slogans', 'dates', 'quantities'] as const;
export type Kind = (typeof KINDS)[number];

/** The order of the lists in an Analysis (api.md), used for printed records. */
export const RECORD_ORDER: readonly Kind[] = ['quantities', 'dates', 'slogans', 'targets'];

/** One result's kind as a word: 'target', 'quantity'. */
export const SINGULAR: Record<Kind, string> = { targets: 'target', slogans: 'slogan', dates: 'date', quantities: 'quantity' };

/** Singular and short spellings accepted by `--only`. */
const KIND_ALIASES: Record<string, Kind> = {
  target: 'targets',
  targets: 'targets',
  slogan: 'slogans',
  slogans: 'slogans',
  date: 'dates',
  dates: 'dates',
  quantity: 'quantities',
  quantities: 'quantities',
  number: 'quantities',
  numbers: 'quantities',
};

/**
 * Parse an `--only` list.
 *
 * @example parseKinds('targets,date') // ['targets', 'dates']
 * @throws Error naming the unknown kind.
 */
export function parseKinds(list: string): Kind[] {
  const out: Kind[] = [];
  for (const raw of list.split(',')) {
    const name = raw.trim().toLowerCase();
    if (!name) continue;
    const kind = KIND_ALIASES[name];
    if (!kind) throw new Error(`unknown kind '${raw.trim()}' (expected ${KINDS.join(', ')})`);
    if (!out.includes(kind)) out.push(kind);
  }
  if (!out.length) throw new Error(`--only needs at least one of ${KINDS.join(', ')}`);
  return out;
}

/** Any result: a span plus resolved fields. */
export type AnyResult = Span & Record<string, unknown>;

/** A result with its kind and a stable id within its document ('t3', 'q12'). */
export interface Placed {
  kind: Kind;
  id: string;
  r: AnyResult;
}

const ID_PREFIX: Record<Kind, string> = { targets: 't', slogans: 's', dates: 'd', quantities: 'q' };

/** The result list of one kind, or [] when analyze() did not produce it. */
export function listOf(a: Partial<Analysis>, kind: Kind): AnyResult[] {
  const v = (a as Record<string, unknown>)[kind];
  return Array.isArray(v) ? (v.filter(isSpan) as AnyResult[]) : [];
}

const isSpan = (x: unknown): x is Span =>
  typeof x === 'object' && x !== null && typeof (x as Span).start === 'number' && typeof (x as Span).end === 'number';

/** Every result of the chosen kinds, each with its kind and id, sorted by position. */
export function placeAll(a: Partial<Analysis>, kinds: readonly Kind[] = KINDS): Placed[] {
  const out: Placed[] = [];
  for (const kind of KINDS) {
    if (!kinds.includes(kind)) continue;
    const list = (a as Record<string, unknown>)[kind];
    if (!Array.isArray(list)) continue;
    // ids follow the index in analysis[kind], so 't2' is analysis.targets[2]
    list.forEach((r, i) => {
      if (isSpan(r)) out.push({ kind, id: `${ID_PREFIX[kind]}${i}`, r: r as AnyResult });
    });
  }
  const rank = (k: Kind) => KINDS.indexOf(k);
  return out.sort((x, y) => x.r.start - y.r.start || y.r.end - x.r.end || rank(x.kind) - rank(y.kind));
}

/**
 * A number as people read it: integers with no exponent, decimals without float noise.
 *
 * @example formatNumber(22420000000) // '22420000000'; formatNumber(0.1 + 0.2) // '0.3'
 */
export function formatNumber(n: unknown): string {
  if (typeof n !== 'number') return n === undefined || n === null ? '' : String(n);
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return String(n); // no exponent below 1e21
  return String(Number(n.toPrecision(12)));
}

/** formatNumber with thousands separators in the integer part, for human display: '200,000,000,000'. */
export function groupDigits(n: unknown): string {
  const s = formatNumber(n);
  if (!/^-?\d/.test(s) || s.includes('e')) return s;
  const sign = s[0] === '-' ? '-' : '';
  const dot = s.indexOf('.');
  const d = s.slice(sign.length, dot < 0 ? s.length : dot);
  if (d.length <= 4) return s;
  let grouped = d.slice(0, d.length % 3 || 3);
  for (let i = grouped.length; i < d.length; i += 3) grouped += `,${d.slice(i, i + 3)}`;
  return `${sign}${grouped}${dot < 0 ? '' : s.slice(dot)}`;
}

const APPROX_MARK: Record<string, string> = {
  exact: '',
  about: '≈',
  atLeast: '≥',
  over: '>',
  atMost: '≤',
  under: '<',
  nearly: '≲',
  more: '+',
};

/** '>200000000000 元', '1–3 个', '≈5.5 %'. */
export function quantitySummary(q: Partial<Quantity> | undefined): string {
  if (!q || typeof q !== 'object') return '';
  const mark = APPROX_MARK[q.approx ?? 'exact'] ?? `${q.approx} `;
  const range = q.max !== undefined ? `${groupDigits(q.value)}–${groupDigits(q.max)}` : groupDigits(q.value);
  const tail = q.approx === 'more' ? '+' : '';
  return `${q.approx === 'more' ? '' : mark}${range}${tail}${q.unit ? ` ${q.unit}` : ''}`;
}

/** '2021-01-01..2025-12-31 plan span', '→2023-12-31 deadline'. */
export function dateSummary(d: Partial<DateMention> | undefined): string {
  if (!d || typeof d !== 'object') return '';
  let when: string;
  const duration = (d as { duration?: string }).duration;
  if (duration && !d.from && !d.to) when = duration;
  else if (d.from && d.to) when = d.from === d.to ? d.from : `${d.from}..${d.to}`;
  else if (d.to) when = `..${d.to}`;
  else if (d.from) when = `${d.from}..`;
  else when = d.relative ? '(needs a reference date)' : '(unresolved)';
  return [when, d.granularity, d.role].filter(Boolean).join(' ');
}

/** 'formula: 一园 | 一业 | 一平台'. */
export function sloganSummary(s: Partial<Slogan>): string {
  const parts = Array.isArray(s.parts) ? s.parts.join(' | ') : '';
  return `${s.type ?? ''}${parts ? `: ${parts}` : ''}${s.pattern ? ` [${s.pattern}]` : ''}`;
}

/** '地区生产总值 过 >200000000000 元 ×1 个 by 2023-12-31 (target, 力争)'. */
export function targetSummary(t: Partial<Target>): string {
  const bits: string[] = [];
  if (t.subject) bits.push(`${t.subject}:`);
  bits.push(t.metric || '(no metric)');
  if (t.action) bits.push(t.action);
  bits.push(quantitySummary(t.value));
  if (t.count) bits.push(`× ${quantitySummary(t.count)}`);
  if (t.deadline) bits.push(`by ${t.deadline.to ?? t.deadline.text ?? ''}`);
  const tags = [t.status, t.modality].filter(Boolean).join(', ');
  return `${bits.join(' ')}${tags ? ` (${tags})` : ''}`;
}

/** The resolution of any result, one line. */
export function summary(kind: Kind, r: AnyResult): string {
  switch (kind) {
    case 'quantities':
      return quantitySummary(r as unknown as Quantity);
    case 'dates':
      return dateSummary(r as unknown as DateMention);
    case 'slogans':
      return sloganSummary(r as unknown as Slogan);
    case 'targets':
      return targetSummary(r as unknown as Target);
  }
}

/** Collapse runs of whitespace (line breaks inside a span) to one space, for one-line display. */
export const oneLine = (s: string): string => s.replace(/\s+/g, ' ');
