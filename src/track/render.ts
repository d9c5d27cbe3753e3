/**
 * Tracks as text for the CLI: rows for a table or CSV, and the quoted context of a figure.
 * Browser-safe (no Node built-ins); the HTML page is in `page.ts`. Values are written the
 * way the other CLI formats write them (src/cli/results.ts).
 */
import { quantitySummary } from '../cli/results.js';
import { RE } from '../text/index.js';
import type { Quantity } from '../types.js';
import type { Track, TrackedFigure } from './types.js';

/** One figure in one line: '≈5 %', '≥12000000 人' (the CLI's quantity summary). */
export const figureValue = (q: Quantity): string => quantitySummary(q);

/** The columns of `tifa track --format csv`, one row per commitment and result. */
export const TRACK_COLUMNS = [
  'key',
  'subject',
  'metric',
  'verdict',
  'progress',
  'due_year',
  'target_doc',
  'target_text',
  'target_start',
  'target_end',
  'target_value',
  'result_doc',
  'result_text',
  'result_start',
  'result_end',
  'result_value',
  'result_year',
  'final',
  'reason',
] as const;

const fig = (f: TrackedFigure | undefined): string[] =>
  f ? [f.doc, f.target.text, String(f.target.start), String(f.target.end), figureValue(f.target.value)] : ['', '', '', '', ''];

/**
 * Rows for CSV: one per result, or one with empty result fields when none answers.
 *
 * @example trackRows([track]) // [['gdp:growth', '', '国内生产总值', 'met', '', '2023', 'a.txt', '国内生产总值增长5%左右', …]]
 */
export function trackRows(tracks: readonly Track[]): string[][] {
  const rows: string[][] = [];
  for (const t of tracks) {
    const head = [
      t.key,
      t.subject ?? '',
      t.metric,
      t.verdict,
      t.progress === undefined ? '' : String(t.progress),
      t.dueYear === undefined ? '' : String(t.dueYear),
      ...fig(t.target),
    ];
    const results = t.results.length ? t.results : [undefined];
    for (const r of results)
      rows.push([...head, ...fig(r), r?.year === undefined ? '' : String(r.year), r ? String(r.final) : '', t.reason]);
  }
  return rows;
}

/** The table columns: one row per commitment with its latest result. */
export const TABLE_HEADER = ['verdict', 'key', 'subject', 'commitment', 'latest result', 'progress'];

/** One table row per track: '[met] gdp:growth … a.txt 国内生产总值增长5%左右 …'. */
export function tableRows(tracks: readonly Track[]): string[][] {
  return tracks.map((t) => {
    const last = t.results[t.results.length - 1];
    const quote = (f: TrackedFigure) => `${f.doc}: ${f.target.text.replace(/\s+/g, ' ')}`;
    return [
      t.verdict,
      t.key,
      t.subject ?? '',
      quote(t.target),
      last ? quote(last) : '—',
      t.progress === undefined ? '' : `${Math.round(t.progress * 1000) / 10}%`,
    ];
  });
}

/** Where a quoted sentence stops. */
const STOP = new RegExp(`${RE.sentenceEnd}|\\n`);

/**
 * The sentence around a span: up to `reach` characters either side, cut at sentence ends.
 *
 * @example context('去年增长5%。今年增长6%左右。明年…', 7, 14) // { before: '', text: '今年增长6%左右', after: '。' }
 */
export function context(text: string, start: number, end: number, reach = 60): { before: string; text: string; after: string } {
  let from = Math.max(0, start - reach);
  for (let i = start - 1; i >= from; i--) {
    if (STOP.test(text[i])) {
      from = i + 1;
      break;
    }
  }
  let to = Math.min(text.length, end + reach);
  const stop = text.slice(end, to).search(STOP);
  if (stop >= 0) to = end + stop + 1;
  return { before: text.slice(from, start), text: text.slice(start, end), after: text.slice(end, to) };
}
