/**
 * The canonical key of a figure: what it measures (the indicator, from its metric's form and
 * the indicator table) and how (growth, level, share, …), plus the unit family its value is
 * compared in. Pattern (the metric's form) is read in `metric.ts`; this file resolves meaning.
 */
import type { Target } from '../types.js';
import { INDICATORS, LOWER_IS_BETTER, type Indicator } from './indicators.js';
import { foldName, readMetric } from './metric.js';
import type { Direction, Measure } from './types.js';

/** A figure reduced to what matching and verdicts need. */
export interface Keyed {
  /** 'gdp:growth', '高新技术企业:level'. */
  key: string;
  measure: Measure;
  direction: Direction;
  /** The unit family the value is compared in: 'money', 'mass', '%', '家', … */
  family: string;
  /** The compared value in the family's base unit, signed for falls (下降3% → −3). */
  value: number;
  max?: number;
  /** Place named in the metric ('烟台市地区生产总值' → '烟台市'). */
  place?: string;
  /** 年均/平均: an average over the period. */
  average: boolean;
}

const BY_NAME = new Map<string, Indicator>();
for (const ind of INDICATORS) for (const n of ind.names) BY_NAME.set(foldName(n), ind);

/** Verbs of a fall: a growth figure after them is negative. */
const FALL = /(?:下降|降低|减少|回落|下跌|缩减|压减|削减|降)/;
/** Verbs of a change (as opposed to reaching a level). */
const CHANGE = /^(?:增长|增加|提高|上涨|上升|扩大|下降|降低|减少|回落|下跌|缩减|压减|削减|增|降|涨)(?!到|至)/;
/** Verbs and metric words of an amount added or removed. */
const INCREMENT_ACTION = /^(?:新|增加|净增|减少|净减|压减|削减|引进|培育|认定)/;
/** Metrics that are rates or ratios by name. */
const RATE_NAME = /(?:率|比重|占比|比例|强度|指数|系数|密度)$/;

/** Unit → family and factor to the family's base. Units not listed are their own family. */
const UNITS: Record<string, [string, number]> = {
  元: ['money', 1],
  美元: ['usd', 1],
  吨: ['mass', 1000],
  公斤: ['mass', 1],
  千克: ['mass', 1],
  斤: ['mass', 0.5],
  公里: ['length', 1000],
  千米: ['length', 1000],
  米: ['length', 1],
  公顷: ['area', 1],
  亩: ['area', 1 / 15],
  平方公里: ['area', 100],
  平方米: ['area', 0.0001],
  家: ['entity', 1],
  个: ['entity', 1],
  户: ['household', 1],
  人: ['people', 1],
  名: ['people', 1],
  '%': ['%', 1],
  个百分点: ['points', 1],
  百分点: ['points', 1],
};

/**
 * The unit family and factor of a unit; magnitudes left in the unit are folded in.
 *
 * @example unitFamily('万吨') // { family: 'mass', factor: 10000000 }
 */
export function unitFamily(unit: string): { family: string; factor: number } {
  let factor = 1;
  let u = unit.trim();
  for (;;) {
    const m = /^(万|亿|千|百)(?=.)/.exec(u);
    if (!m || UNITS[u]) break;
    factor *= m[1] === '万' ? 1e4 : m[1] === '亿' ? 1e8 : m[1] === '千' ? 1e3 : 100;
    u = u.slice(1);
  }
  const known = UNITS[u];
  return known ? { family: known[0], factor: factor * known[1] } : { family: u, factor };
}

function measureOf(t: Target, name: string, ind: Indicator | undefined, growthWord: boolean): Measure {
  if (t.count) return 'count';
  const unit = t.value.unit;
  if (/百分点$/.test(unit)) return 'change';
  const action = t.action ?? '';
  if (unit === '%') {
    if (ind?.percentIsGrowth || growthWord) return 'growth';
    if (RATE_NAME.test(name)) return CHANGE.test(action) && !/到|至/.test(t.text) ? 'growth' : 'share';
    return CHANGE.test(action) ? 'growth' : 'share';
  }
  if (INCREMENT_ACTION.test(action) || /^新增|新增/.test(name)) return 'increment';
  return 'level';
}

/**
 * A target's key, measure, direction and comparable value.
 *
 * @example keyOf(extractTargets('全省地区生产总值增长6%左右')[0])
 * // { key: 'gdp:growth', measure: 'growth', direction: 'higher', family: '%', value: 6, average: false }
 */
export function keyOf(t: Target): Keyed {
  const m = readMetric(t.metric, t.text);
  // 新增 read as the verb of 新增城镇就业 still belongs to the indicator's name
  const ind = BY_NAME.get(m.name) ?? (t.action ? BY_NAME.get(foldName(t.action) + m.name) : undefined);
  const measure = measureOf(t, m.name, ind, m.growthWord);
  const falls = FALL.test(t.action ?? '') || m.fallWord;
  const direction: Direction =
    falls && measure !== 'increment'
      ? 'lower'
      : measure === 'increment'
        ? 'higher'
        : (ind?.direction ?? (LOWER_IS_BETTER.test(m.name) ? 'lower' : 'higher'));
  const q = t.count ?? t.value;
  const { family, factor } = unitFamily(q.unit);
  const sign = falls && (measure === 'growth' || measure === 'change') ? -1 : 1;
  const keyed: Keyed = {
    key: `${ind?.id ?? m.name}:${measure}`,
    measure,
    direction,
    family: t.count ? `${family}>${t.value.value}${t.value.unit}` : family,
    value: sign * q.value * factor,
    average: m.average,
  };
  if (q.max !== undefined) keyed.max = sign * q.max * factor;
  if (keyed.max !== undefined && keyed.max < keyed.value) [keyed.value, keyed.max] = [keyed.max, keyed.value];
  if (m.place) keyed.place = m.place;
  return keyed;
}
