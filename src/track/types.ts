/**
 * Result shapes of `tifa/track` (see docs/track.md): a commitment followed to the results
 * that later documents report for it.
 */
import type { Target } from '../types.js';

/** One document to track across. */
export interface TrackDoc {
  /** How results name the document (a file name, a URL, …). */
  id: string;
  text: string;
  /** Date the document speaks from; else inferred from its dateline; else unknown. */
  referenceDate?: Date | string;
  /** Who speaks in the document ('栖霞市'): the subject of its figures that name none. */
  subject?: string;
  /**
   * Its targets when already extracted (by `analyze` or `extractTargets` with this document's
   * reference date): reused instead of extracting again.
   */
  targets?: Target[];
}

export interface TrackOptions {
  /**
   * How far (percentage points) a rate may fall short of an `about` (左右) target and still be
   * met: 5%左右 is met by 4.5 % and above. Default 0.5.
   */
  pointTolerance?: number;
  /** The same for levels, relative: 1200万人左右 is met from 1140万 (5 %) up. Default 0.05. */
  relativeTolerance?: number;
  /** Diagnostics: when given, `comparisons` is increased by every commitment–result pair looked at. */
  stats?: { comparisons: number };
}

/**
 * What a figure measures. `growth`: a rate of change in % (增长6%); `level`: an amount with a
 * unit (5万亿元, 3780家); `increment`: an amount added or removed (新增1200万人, 减少1000万人);
 * `share`: a rate or ratio in % (城镇化率65%, 失业率5.5%);
 * `change`: a change of a rate in points (提高1个百分点); `count`: how many pass a threshold
 * (过百亿元企业5家). Different measures never answer each other.
 */
export type Measure = 'growth' | 'level' | 'increment' | 'share' | 'change' | 'count';

/** Which way is good: `higher` (GDP, income) or `lower` (失业率, 能耗, 物价涨幅, 赤字率, 排放). */
export type Direction = 'higher' | 'lower';

export type Verdict = 'met' | 'missed' | 'pending' | 'unknown';

/** A figure of one document. */
export interface TrackedFigure {
  doc: string;
  target: Target;
}

/** A reported result that answers a commitment. */
export interface TrackResult extends TrackedFigure {
  /** The year the result reports on (2023 for 去年 in a March 2024 report). */
  year?: number;
  /** True when its period reaches the commitment's deadline (it can decide the verdict). */
  final: boolean;
}

export interface Track {
  /** Canonical metric and measure: 'gdp:growth' for 国内生产总值/地区生产总值/GDP增长…. */
  key: string;
  /** The metric as the commitment states it. */
  metric: string;
  /** Who committed ('栖霞市'); tracks never mix subjects. */
  subject?: string;
  target: TrackedFigure;
  /** Results from later documents that answer it, in document order. */
  results: TrackResult[];
  verdict: Verdict;
  /** Latest result ÷ target value, when both are levels of the same unit family. */
  progress?: number;
  /** The measure of `key`. */
  measure: Measure;
  /** Which way is good for this commitment. */
  direction: Direction;
  /** The year the commitment is due (2025 for 到2025年), when known. */
  dueYear?: number;
  /** Why the verdict: 'about 5 % within 0.5 points: 5.2 %', 'deadline 2025 after the latest document'. */
  reason: string;
}
