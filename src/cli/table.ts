/**
 * A plain-text table that lines up in a terminal even with Chinese text: every cell is
 * measured in display columns by string-width (East Asian Width: a CJK character takes two,
 * … — “ ” as the terminal shows them), not in string length.
 */
import stringWidth from 'string-width';
import type { DocumentAnalysis } from './record.js';
import { SINGULAR, oneLine, placeAll, summary, type Kind } from './results.js';

/** Display columns of `s` in a terminal. */
export const displayColumns = (s: string): number => stringWidth(s);

/**
 * Cut `s` to at most `width` display columns, ending in '…' when cut.
 *
 * @example fitWidth('地区生产总值过2000亿元', 10) // '地区生产…' (8 + 1 columns)
 */
export function fitWidth(s: string, width: number): string {
  if (stringWidth(s) <= width) return s;
  const room = width - stringWidth('…');
  let w = 0;
  let out = '';
  for (const ch of s) {
    const cw = stringWidth(ch);
    if (w + cw > room) break;
    w += cw;
    out += ch;
  }
  return `${out}…`;
}

/** Pad `s` with spaces to `width` display columns. */
export const padWidth = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - stringWidth(s)));

/**
 * Lay out rows under a header; the last column is not padded. Cells must already be one line.
 * Any number of rows (no argument spreading).
 *
 * @example renderTable(['kind', 'text'], [['date', '年底前']])
 * // 'kind  text\n----  ------\ndate  年底前\n'
 */
export function renderTable(header: string[], rows: string[][], maxWidths: number[] = []): string {
  const clip = (r: string[]) => r.map((c, i) => (maxWidths[i] ? fitWidth(c, maxWidths[i]) : c));
  const head = clip(header);
  const body = rows.map(clip);
  const widths = head.map((c) => stringWidth(c));
  for (const r of body) for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], stringWidth(r[i] ?? ''));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : padWidth(c, widths[i])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const out: string[] = [line(head), rule];
  for (const r of body) out.push(line(r));
  return `${out.join('\n')}\n`;
}

/** One document as a titled table: kind, span, text, resolution. */
export function documentTable(doc: DocumentAnalysis, kinds: readonly Kind[], columns = 120): string {
  const placed = placeAll(doc, kinds);
  const title = `${doc.file}${doc.referenceDate ? `  (reference date ${doc.referenceDate})` : ''}  ${placed.length} result${placed.length === 1 ? '' : 's'}`;
  if (!placed.length) return `${title}\n\n`;
  const rows = placed.map((p) => [SINGULAR[p.kind], `${p.r.start}-${p.r.end}`, oneLine(p.r.text), oneLine(summary(p.kind, p.r))]);
  const textWidth = 34;
  const restWidth = Math.max(30, columns - 8 - 2 - 12 - 2 - textWidth - 2);
  return `${title}\n${renderTable(['kind', 'span', 'text', 'resolution'], rows, [0, 0, textWidth, restWidth])}\n`;
}
