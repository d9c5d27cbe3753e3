import { describe, expect, it } from 'vitest';
import type { Keyed } from '../../src/track/key.js';
import { DEFAULT_TOLERANCE, judge } from '../../src/track/verdict.js';

const k = (measure: Keyed['measure'], value: number, direction: Keyed['direction'] = 'higher', max?: number): Keyed => ({
  key: `x:${measure}`,
  measure,
  direction,
  family: measure === 'level' ? 'money' : '%',
  value,
  ...(max !== undefined ? { max } : {}),
  average: false,
});

describe('judge', () => {
  it('meets about-rates within 0.5 points from below, and above them', () => {
    expect(judge(k('growth', 6), 'about', k('growth', 5.5), DEFAULT_TOLERANCE)).toEqual({ met: true, reason: 'at least 6 (±0.5): 5.5' });
    expect(judge(k('growth', 6), 'about', k('growth', 5.4), DEFAULT_TOLERANCE).met).toBe(false);
    expect(judge(k('growth', 6), 'about', k('growth', 7.9), DEFAULT_TOLERANCE).met).toBe(true);
  });

  it('meets about-levels within 5 %', () => {
    expect(judge(k('level', 1000), 'about', k('level', 950), DEFAULT_TOLERANCE).met).toBe(true);
    expect(judge(k('level', 1000), 'about', k('level', 949), DEFAULT_TOLERANCE).met).toBe(false);
  });

  it('treats atLeast/over as floors and atMost/under as ceilings', () => {
    expect(judge(k('level', 1000), 'atLeast', k('level', 999), DEFAULT_TOLERANCE).met).toBe(false);
    expect(judge(k('level', 1000), 'over', k('level', 1000), DEFAULT_TOLERANCE).met).toBe(true);
    expect(judge(k('share', 3), 'atMost', k('share', 3.2), DEFAULT_TOLERANCE)).toEqual({ met: false, reason: 'at most 3: 3.2' });
    expect(judge(k('share', 3), 'under', k('share', 2.9), DEFAULT_TOLERANCE).met).toBe(true);
  });

  it('turns exact and about into ceilings where lower is better', () => {
    expect(judge(k('growth', 3, 'lower'), 'about', k('growth', 3.4), DEFAULT_TOLERANCE).met).toBe(true);
    expect(judge(k('growth', 3, 'lower'), 'about', k('growth', 3.6), DEFAULT_TOLERANCE).met).toBe(false);
    expect(judge(k('growth', -13.5, 'lower'), 'exact', k('growth', -14), DEFAULT_TOLERANCE).met).toBe(true);
  });

  it('meets ranges inside and beyond on the good side', () => {
    expect(judge(k('growth', 6, 'higher', 6.5), 'exact', k('growth', 6.2), DEFAULT_TOLERANCE)).toEqual({
      met: true,
      reason: 'at least 6..6.5: 6.2',
    });
    expect(judge(k('growth', 6, 'higher', 6.5), 'exact', k('growth', 5.9), DEFAULT_TOLERANCE).met).toBe(false);
    expect(judge(k('share', 2, 'lower', 3), 'exact', k('share', 3.1), DEFAULT_TOLERANCE).met).toBe(false);
  });
});
