/**
 * tifa — read Chinese policy text: numbers and quantities, dates and deadlines, slogans and
 * rhetorical patterns, and quantitative targets, with exact spans into the original input.
 */
import { makeContext } from './context.js';
import { datesIn, durationsOf, withoutDurations } from './dates/extract.js';
import { inferFrom } from './dates/infer.js';
import { quantitiesIn } from './numbers/extract.js';
import { formatDay } from './options.js';
import { slogansIn } from './slogans/extract.js';
import { targetsIn } from './targets/extract.js';
import { type TermsRequest, termsOf, wantsTerms } from './terms/attach.js';
import type { AsyncKeywordOptions, Keyword } from './terms/index.js';
import type { Analysis, Options } from './types.js';

export * from './types.js';
export { normalize, type Normalized, type NormalizeOptions } from './normalize/index.js';
export { parseNumber, extractQuantities } from './numbers/index.js';
export { extractDates, parseDate, inferReferenceDate } from './dates/index.js';
export {
  extractSlogans,
  countSlogans,
  formulations,
  type SloganCount,
  type Formulation,
  type Formulations,
  type FormulationDoc,
} from './slogans/index.js';
export { extractTargets } from './targets/index.js';
export {
  trackTargets,
  type Track,
  type TrackDoc,
  type TrackOptions,
  type TrackResult,
  type TrackedFigure,
  type Measure,
  type Direction,
  type Verdict,
} from './track/index.js';
export type { AsyncKeywordOptions, Keyword, Tokenizer, TokenizerName, TermStats } from './terms/index.js';
export type { TermsRequest } from './terms/attach.js';

/** analyze()'s options: the reference date, and whether to add the key terms. */
export interface AnalyzeOptions extends Options {
  /** Add the key terms (`tifa/terms`): true for the defaults, or keyword options
   *  (`{ top, tokenizer, corpus, minCount }`). The segmenter loads asynchronously, so
   *  analyze() then returns a Promise. */
  terms?: TermsRequest;
}

/** An Analysis with the key terms of the text, best first. */
export interface AnalysisWithTerms extends Analysis {
  terms: Keyword[];
}

/**
 * Everything tifa finds in one text. The reference date is `opts.referenceDate` when given,
 * else inferred from the text (a dateline, a full date near the top), else absent. With
 * `terms` it also returns the key terms; the segmenter loads lazily, so the result is then a
 * Promise.
 *
 * @example
 * const a = analyze(text, { referenceDate: '2021-05-13' });
 * a.targets[0] // { metric: '地区生产总值', action: '过', value: { value: 200000000000, … }, … }
 * const b = await analyze('发展县域经济，壮大县域经济，县域经济是基础。', { terms: { top: 1 } });
 * b.terms[0].term // '县域经济'
 */
export function analyze(input: string, opts: AnalyzeOptions & { terms: true | AsyncKeywordOptions }): Promise<AnalysisWithTerms>;
export function analyze(input: string, opts?: AnalyzeOptions & { terms?: false }): Analysis;
export function analyze(input: string, opts?: AnalyzeOptions): Analysis | Promise<AnalysisWithTerms>;
export function analyze(input: string, opts?: AnalyzeOptions): Analysis | Promise<AnalysisWithTerms> {
  const terms = opts?.terms;
  if (!wantsTerms(terms)) return analyzeText(input, opts);
  let analysis: Analysis;
  try {
    analysis = analyzeText(input, opts);
  } catch (e) {
    return Promise.reject(e);
  }
  return termsOf(input, terms).then((found) => ({ ...analysis, terms: found }));
}

function analyzeText(input: string, opts?: Options): Analysis {
  const ctx = makeContext(input, opts, inferFrom);
  return {
    ...(ctx.ref ? { referenceDate: formatDay(ctx.ref) } : {}),
    normalized: ctx.text,
    quantities: quantitiesIn(ctx),
    dates: opts?.durations ? datesIn(ctx) : withoutDurations(datesIn(ctx)),
    durations: durationsOf(datesIn(ctx)),
    slogans: slogansIn(ctx),
    targets: targetsIn(ctx),
  };
}
