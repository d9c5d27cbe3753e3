/**
 * The one interface every slogan detector implements, and the shared scan it reads.
 * A detector is a plain object: a name, the type(s) it reports, the layer it competes in,
 * and `find(text, scan)` returning candidates in normalized-text coordinates.
 */
import type { SloganType } from '../../types.js';
import type { PackedPieces } from '../../text/split.js';
import type { Found } from '../found.js';
import type { Quote } from '../quoted.js';

/**
 * Candidates of one layer compete: of overlapping ones the longer (then higher-ranked) wins.
 * Layers do not compete with each other: a formula may sit inside a parallel series, and an
 * enumeration over both.
 * - 'formula': numeral-led formulas, quoted or not (一村一品, “三个一”).
 * - 'phrase': series, templates, quoted coinages.
 * - 'list': numbered and bulleted enumerations.
 */
export type Layer = 'formula' | 'phrase' | 'list';

/** What every detector may read, computed once per text (lazily). */
export interface Scan {
  readonly text: string;
  /** Every quotation and book title (content bounds). */
  readonly quotes: Quote[];
  /** Clauses between clause punctuation, quotes and brackets (packed start/end pairs). */
  readonly clauses: PackedPieces;
  /** Whether index i is inside a book title 《…》. */
  readonly inTitle: (i: number) => boolean;
  /** Quoted candidates (formulas and others), shared by the quoted detectors. */
  readonly quoted: Found[];
}

export interface Detector {
  /** A short unique name ('quoted-formula', 'parallel-series', …). */
  name: string;
  /** The types its candidates carry. */
  types: readonly SloganType[];
  layer: Layer;
  /** Candidates in normalized-text coordinates; never throws. */
  find(text: string, scan: Scan): Found[];
}
