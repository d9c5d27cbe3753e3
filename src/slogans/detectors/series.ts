/** Series and templates in running text. */
import { formulaNumeral } from '../grammar.js';
import { quoteSeries, runOnSeries } from '../run-on.js';
import { clauseTemplates, parallelSeries } from '../series.js';
import type { Detector } from './types.js';

/** 热起来、活起来、火起来 → '{}起来'. */
export const parallelSeriesDetector: Detector = {
  name: 'parallel-series',
  types: ['parallel', 'template'],
  layer: 'phrase',
  find: (text, scan) => parallelSeries(text, scan.clauses),
};

/** 让城市生活更加美好，让乡村生活更加舒心，让群众生活更加幸福 → '让{}生活更加{}'. */
export const clauseTemplate: Detector = {
  name: 'clause-template',
  types: ['template'],
  layer: 'phrase',
  find: (text) => clauseTemplates(text),
};

/** 热起来活起来火起来 (no separators, as in headlines) → '{}起来'. */
export const runOn: Detector = {
  name: 'run-on-series',
  types: ['parallel', 'template'],
  layer: 'phrase',
  find: (text) => runOnSeries(text, (c) => formulaNumeral(c) !== undefined),
};

/** “河长”“湖长”“林长” → '{}长'. */
export const quoteSeriesDetector: Detector = {
  name: 'quote-series',
  types: ['parallel'],
  layer: 'phrase',
  find: (text, scan) =>
    quoteSeries(
      text,
      scan.quotes.filter((q) => q.open !== '《'),
    ),
};
