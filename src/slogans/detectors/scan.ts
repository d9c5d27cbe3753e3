/**
 * The shared per-text scan detectors read: quotes, clauses, title mask, quoted candidates —
 * each computed on first use.
 */
import { findQuotes, quotedSlogans } from '../quoted.js';
import { clausesOf } from '../series.js';
import type { Scan } from './types.js';
import { coverOf, type PackedPieces } from '../../text/split.js';
import type { Found } from '../found.js';
import type { Quote } from '../quoted.js';

/**
 * A lazy scan of `text`.
 *
 * @example makeScan('树立“绿水青山”理念').quotes // [{ open: '“', start: 3, end: 7 }]
 */
export function makeScan(text: string): Scan {
  let quotes: Quote[] | undefined;
  let clauses: PackedPieces | undefined;
  let inTitle: ((i: number) => boolean) | undefined;
  let quoted: Found[] | undefined;
  const scan: Scan = {
    text,
    get quotes() {
      return (quotes ??= findQuotes(text));
    },
    get clauses() {
      return (clauses ??= clausesOf(text));
    },
    get inTitle() {
      return (inTitle ??= coverOf(scan.quotes.filter((q) => q.open === '《')));
    },
    get quoted() {
      return (quoted ??= quotedSlogans(text, scan.quotes));
    },
  };
  return scan;
}
