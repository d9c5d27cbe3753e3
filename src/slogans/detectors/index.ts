/**
 * The list of slogan detectors. Adding a form = one file in this folder exporting a Detector,
 * plus one line here. Order matters only for ties (same span, same rank): earlier wins.
 */
import { enumeration } from './enumeration.js';
import { formula } from './formula.js';
import { quotedFormula, quotedPhrase } from './quoted.js';
import { correlative, sentenceLead } from './frames.js';
import { shortQuote } from './short-quote.js';
import { clauseTemplate, parallelSeriesDetector, quoteSeriesDetector, runOn } from './series.js';
import type { Detector } from './types.js';

export const DETECTORS: readonly Detector[] = [
  quotedFormula,
  formula,
  shortQuote,
  quotedPhrase,
  parallelSeriesDetector,
  clauseTemplate,
  runOn,
  quoteSeriesDetector,
  sentenceLead,
  correlative,
  enumeration,
];

export type { Detector, Layer, Scan } from './types.js';
export { makeScan } from './scan.js';
