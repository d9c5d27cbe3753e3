/**
 * A plain-text table that lines up in a terminal even with Chinese text: every cell is
 * measured in display columns (a CJK character takes two), not in string length.
 */
import { displayWidth } from '../normalize/lines.js';
import type { DocumentAnalysis } from './record.js';
import { SINGULAR, oneLine, placeAll, summary, type Kind } from './results.js';

/**
 * Cut `s` to at most `width` display columns, ending in '…' when cut.
 *
 * @example fitWidth('地区生产总值过2000亿元', 10) // '地区生产…' (8 + 1 columns)
 */
export function fitWidth(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let w = 0;
  let i = 0;
  while (i < s.length) {
    const step = s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff ? 2 : 1;
    const cw = displayWidth(s, i, i + step);
    if (w + cw > width - 1) break;
    w += cw;
    i += step;
  }
  return `${s.slice(0, i)}…`;
}

/** Pad `s` with spaces to `width` display columns. */
export const padWidth = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

/**
 * Lay out rows under a header; the last column is not padded. Cells must already be one line.
 *
 * @example renderTable(['kind', 'text'], [['date', '年底前']])
 * // 'kind  text\n----  ------\ndate  年底前\n'
 */
export function renderTable(header: string[], rows: string[][], maxWidths: number[] = []): string {
  const cells = [header, ...rows].map((r) => r.map((c, i) => (maxWidths[i] ? fitWidth(c, maxWidths[i]) : c)));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i] ?? ''))));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : padWidth(c, widths[i])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return `${[line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n')}\n`;
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
