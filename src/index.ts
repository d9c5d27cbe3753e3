/**
 * tifa — read Chinese policy text: numbers and quantities, dates and deadlines, slogans and
 * rhetorical patterns, and quantitative targets, with exact spans into the original input.
 */
import { makeContext } from './context.js';
import { datesIn, durationsOf, inferReferenceDate, withoutDurations } from './dates/index.js';
import { quantitiesIn } from './numbers/index.js';
import { formatDay, resolveReferenceDate } from './options.js';
import { slogansIn } from './slogans/index.js';
import { targetsIn } from './targets/index.js';
import type { Analysis, Options } from './types.js';

export * from './types.js';
export { normalize, type Normalized, type NormalizeOptions } from './normalize/index.js';
export { parseNumber, extractQuantities } from './numbers/index.js';
export { extractDates, parseDate, inferReferenceDate } from './dates/index.js';
export { extractSlogans, countSlogans, type SloganCount } from './slogans/index.js';
export { extractTargets } from './targets/index.js';

/**
 * Everything tifa finds in one text. The reference date is `opts.referenceDate` when given,
 * else inferred from the text (a dateline, a full date near the top), else absent.
 *
 * @example
 * const a = analyze(text, { referenceDate: '2021-05-13' });
 * a.targets[0] // { metric: '地区生产总值', action: '过', value: { value: 200000000000, … }, … }
 */
export function analyze(input: string, opts?: Options): Analysis {
  const ctx = makeContext(input, opts);
  if (!ctx.ref) {
    const inferred = inferReferenceDate(input);
    if (inferred) ctx.ref = resolveReferenceDate({ referenceDate: inferred });
  }
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
