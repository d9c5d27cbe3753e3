/**
 * Options that used to be silently ignored or cut (reliability issue, item 9).
 */
import { describe, expect, it } from 'vitest';
import { makeContext } from '../../src/context.js';
import { analyze, extractDates, extractQuantities, extractTargets, normalize, parseDate } from '../../src/index.js';
import { OPTION_KEYS, assertOptions, resolveReferenceDate } from '../../src/options.js';

describe('unknown option keys are a TypeError naming the key', () => {
  const fns = [analyze, extractDates, extractQuantities, extractTargets, parseDate];
  for (const fn of fns) {
    it(`${fn.name} rejects 'referencedate'`, () => {
      expect(() => fn('今年增长5%', { referencedate: '2021-05-13' } as never)).toThrow(TypeError);
      expect(() => fn('今年增长5%', { referencedate: '2021-05-13' } as never)).toThrow(/'referencedate'.*did you mean 'referenceDate'/);
    });
  }
  it('normalize rejects an unknown key too, and accepts the analyze options', () => {
    expect(() => normalize('中文', { joinlines: false } as never)).toThrow(/'joinlines'/);
    expect(normalize('中文', { referenceDate: '2021-05-13', script: 'keep' } as never).text).toBe('中文');
  });
  it('the terms option of analyze is a known key', () => {
    expect(() => analyze('县域经济', { terms: false } as never)).not.toThrow();
  });
  it('the known keys live in one list', () => {
    expect(OPTION_KEYS).toEqual(expect.arrayContaining(['referenceDate', 'script', 'joinLines']));
    for (const k of OPTION_KEYS) expect(() => assertOptions({ [k]: undefined }, 'opts', OPTION_KEYS)).not.toThrow();
    expect(() => assertOptions({ tokenizer: 1 })).not.toThrow(); // other option families check their own keys
  });
});

describe('opts that is not an options object is a TypeError', () => {
  for (const bad of [[], ['2021-05-13'], new Date(2021, 4, 13), 'x', 5, null]) {
    it(`analyze(text, ${Array.isArray(bad) ? 'an array' : String(bad)})`, () => {
      expect(() => analyze('今年', bad as never)).toThrow(TypeError);
    });
  }
});

describe('referenceDate values', () => {
  it('null counts as absent (documented), like undefined', () => {
    expect(resolveReferenceDate({ referenceDate: null })).toBeUndefined();
    expect(analyze('今年增长5%', { referenceDate: null }).dates[0]).toMatchObject({ text: '今年', relative: true });
  });
  it("'2021-05-13 garbage' is a RangeError, not cut to the day", () => {
    expect(() => resolveReferenceDate({ referenceDate: '2021-05-13 garbage' })).toThrow(RangeError);
    expect(() => analyze('今年', { referenceDate: '2021-05-13garbage' })).toThrow(RangeError);
    expect(() => analyze('今年', { referenceDate: '2021-05-13T' })).toThrow(RangeError);
  });
  it('an ISO date-time keeps its day as written', () => {
    expect(resolveReferenceDate({ referenceDate: '2021-05-13T23:30:00+08:00' })).toEqual({ year: 2021, month: 5, day: 13 });
    expect(resolveReferenceDate({ referenceDate: '2021-05-13T23:30:00.123Z' })).toEqual({ year: 2021, month: 5, day: 13 });
    expect(resolveReferenceDate({ referenceDate: '2021-05-13 08:00' })).toEqual({ year: 2021, month: 5, day: 13 });
  });
  it('years outside 1–9999 are a RangeError (was to: "275760-12-NaN")', () => {
    expect(() => analyze('今年', { referenceDate: new Date(8.64e15) })).toThrow(RangeError);
    expect(() => analyze('今年', { referenceDate: new Date(-8.64e15) })).toThrow(RangeError);
    expect(() => analyze('今年', { referenceDate: '0000-01-01' })).toThrow(RangeError);
    expect(analyze('今年', { referenceDate: '9999-12-31' }).dates[0]).toMatchObject({ from: '9999-01-01', to: '9999-12-31' });
  });
});

describe('analyze and extract* pass the normalize options on', () => {
  const trad = '國內生產總值增長5%';
  it('script: keep leaves Traditional text as it is', () => {
    expect(analyze(trad).normalized).toBe('国内生产总值增长5%');
    expect(analyze(trad, { script: 'keep' }).normalized).toBe(trad);
  });
  it('joinLines: false keeps a hard-wrapped line break that auto would join', () => {
    const wrapped =
      '各地要加快推进重点项目建设，确保全年目标任务顺利完成，力争实现地区生产总值增长百分之六左\n右，城镇新增就业十二万人以上，居民收入增长与经济增长基本同步。\n';
    expect(analyze(wrapped).normalized).not.toContain('\n右');
    expect(analyze(wrapped, { joinLines: false }).normalized).toBe(wrapped);
  });
  it('an invalid value is a TypeError', () => {
    expect(() => analyze('中文', { script: 'trad' as never })).toThrow(TypeError);
    expect(() => extractDates('中文', { joinLines: 'yes' as never })).toThrow(TypeError);
  });
});

describe('the context is settled once', () => {
  it('is frozen, and holds the reference date inferred from the normalized text', () => {
    const ctx = makeContext('本報烟台５月１３日訊　2021年5月30日舉行', {}, (t) => (t.includes('本报') ? '2021-05-13' : undefined));
    expect(Object.isFrozen(ctx)).toBe(true);
    expect(ctx.ref).toEqual({ year: 2021, month: 5, day: 13 });
    expect(ctx.inferred).toBe(true);
  });
  it('a given date wins over inference and is not marked inferred', () => {
    const ctx = makeContext('本报5月13日讯', { referenceDate: '2020-01-02' }, () => '2021-05-13');
    expect(ctx.ref).toEqual({ year: 2020, month: 1, day: 2 });
    expect(ctx.inferred).toBe(false);
  });
  it('analyze infers from the dateline', () => {
    expect(analyze('本报烟台5月13日讯 2021年5月30日举行').referenceDate).toBe('2021-05-13');
  });
});
