/**
 * Verdicts: whether a reported result meets a commitment.
 *
 * - `about` (左右, 约) and `nearly` are met within a tolerance: 0.5 percentage points for rates
 *   (growth, shares, point changes), 5 % relative for levels, increments and counts.
 * - `atLeast`/`over` (以上, 超过) are floors: met at or above; `atMost`/`under` (以内, 控制在…
 *   以内, 低于) are ceilings: met at or below.
 * - `exact` figures (达到, 增长6%) follow the commitment's direction: a floor where higher is
 *   better, a ceiling where lower is better (失业率, 能耗, 居民消费价格涨幅, 赤字率, 排放, and any
 *   commitment to lower something: 下降3%).
 * - Ranges (6%—6.5%) are met inside, and beyond them on the good side.
 */
import type { Approx } from '../types.js';
import type { Keyed } from './key.js';

/** Tolerances of `about` commitments. */
export interface Tolerance {
  /** Percentage points, for growth, share and change. */
  points: number;
  /** Relative, for levels, increments and counts. */
  relative: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { points: 0.5, relative: 0.05 };

/** How a commitment bounds its result. */
type Bound = 'floor' | 'ceiling';

function boundOf(approx: Approx, direction: Keyed['direction']): Bound {
  switch (approx) {
    case 'atLeast':
    case 'over':
      return 'floor';
    case 'atMost':
    case 'under':
      return 'ceiling';
    case 'exact':
    case 'about':
    case 'nearly':
    case 'more':
      return direction === 'lower' ? 'ceiling' : 'floor';
  }
}

const fmt = (n: number): string => String(Math.round(n * 1e4) / 1e4);

/**
 * Judge one result against one commitment.
 *
 * @example // 国内生产总值增长5%左右 against 增长5.2%
 * judge(keyOf(target), 'about', keyOf(result), DEFAULT_TOLERANCE) // { met: true, reason: 'at least 5 (±0.5): 5.2' }
 */
export function judge(target: Keyed, approx: Approx, result: Keyed, tol: Tolerance): { met: boolean; reason: string } {
  const loose = approx === 'about' || approx === 'nearly';
  const rate = target.measure === 'growth' || target.measure === 'share' || target.measure === 'change';
  const slack = loose ? (rate ? tol.points : tol.relative * Math.abs(target.value)) : 0;
  const r = result.value;
  const bound = boundOf(approx, target.direction);
  const lo = target.value;
  const hi = target.max ?? target.value;
  const met = bound === 'floor' ? r >= lo - slack - 1e-9 : r <= hi + slack + 1e-9;
  const range = target.max !== undefined ? `${fmt(lo)}..${fmt(hi)}` : fmt(lo);
  const how = bound === 'floor' ? 'at least' : 'at most';
  return { met, reason: `${how} ${range}${slack ? ` (±${fmt(slack)})` : ''}: ${fmt(r)}` };
}
