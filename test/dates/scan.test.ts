import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORE_AT, unname } from '../../src/dates/core/grammar.js';
import { FORMS } from '../../src/dates/forms/index.js';
import { matchesAt, startsOf } from '../../src/dates/scan.js';
import { normalize } from '../../src/normalize/index.js';
import { fixtures } from '../helpers.js';

/** Every registered form's regex, by name: the equivalence below covers each form added to the registry. */
const RES: Record<string, RegExp> = Object.fromEntries(FORMS.map((f) => [f.name, f.re]));

/** What a plain global scan of the same regex reports: [start, text] of each non-empty match. */
function globalScan(re: RegExp, text: string): [number, string][] {
  const g = new RegExp(re.source, re.flags.replace('y', '') + 'g');
  return [...text.matchAll(g)].filter((m) => m[0].length > 0).map((m) => [m.index, m[0]]);
}
const viaStarts = (re: RegExp, text: string, starts?: number[]): [number, string][] =>
  matchesAt(re, text, starts).map((m) => [m.index, m[0]]);

function expectSameAsGlobal(text: string): void {
  const at = startsOf(text);
  for (const [form, re] of Object.entries(RES)) {
    const want = globalScan(re, text);
    expect(viaStarts(re, text), `${form}: every position`).toEqual(want);
    expect(viaStarts(re, text, at[form]), `${form}: prefiltered starts in ${JSON.stringify(text.slice(0, 60))}`).toEqual(want);
  }
}

// fresh sentences touching every form, including the look-behind and unit-distance edges
const SENTENCES = [
  '到2023年，全省地区生产总值达到5万亿元；2021年5月13日上午8时30分召开会议。',
  '“十四五”末期、十三五以来、第十四个五年规划、上世纪90年代、二十一世纪二十年代、80年代初。',
  '近三年、最近5天、未来三年、今后五年、过去十年、前1周、上2个月、后1年、接下来的两天。',
  '5年前、3天后、十分钟之前、两个星期以后；用三年时间、用2到3年的时间、三年内、5年之内。',
  '下周一、上上周末、本周、这一周、上个星期三、礼拜天、禮拜六、周年、一周年、每周一。',
  '2021.5.13、2021-05-13、2021/5/13、13.5.2015、3-7-2017、05/05/89、1.2.3.4、192.168.1.1。',
  '民国三年、民国38年；二〇二一年十二月、两千零四年八月十五、正月初一、腊月二十三、大年初一。',
  '今年一季度、去年同期、前年底、明年上半年、年内、全年、年初、年底前、岁末、新春伊始、Q3。',
  '3月底前、2月中旬、5月9日至14日、7:30-14:30、中午12:00、晚上六点、凌晨、傍晚、深夜、午后。',
  '12345年、123年、1:30:45、3点意见、三点意见、第一季度、第3季度、首季、前三季度、前4个月。',
  '40多年、一年半、半个月、8天20小时、三个钟头、十五分钟、第十五天、这三天、那五年。',
  '“十四五”时期、「十五五」开局之年、‘十三五’收官、十四五规划期内、11十四五、第十四五。',
  // the longest reach from a start to its required unit, per form
  '九十九 个小时以后、十二 个星期之前、一二三四多个 星期、二十一世纪九十年代、二〇二一年、用 十二 到十五年的时间、九十九 年以内。',
  '九十九 至 九十九 个星期内、1至2年内、两周内、30日内、3-5个月以内、第三季度末、一季度底前。',
  '1月3至2月10、12月1 20:00、09-01 20:01 至 12-01 18:07、3/4、比分3-1、现在、目前、马上、最近5天、月底、每月底、0月7。',
  '上周星期三到这周二、上一年、马上一年、当月第三周、2025年第一天、二〇二二年伊始、去年暑假、2021-06-14T08:00:00。',
];

describe('scan prefilter', () => {
  it('covers every registered form, each with a sticky regex and a unique name', () => {
    expect(Object.keys(RES).length).toBe(FORMS.length);
    for (const f of FORMS) expect(f.re.sticky, f.name).toBe(true);
  });

  it('finds on fresh sentences exactly what a global scan finds, for every form', () => {
    for (const s of SENTENCES) expectSameAsGlobal(s);
  });

  it('finds on the regression corpus exactly what a global scan finds', () => {
    for (const text of fixtures().values()) expectSameAsGlobal(normalize(text).text);
  });

  it('finds in every string of the date tests exactly what a global scan finds', () => {
    const dir = join(__dirname);
    let n = 0;
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((x) => x.endsWith('.test.ts'))) {
      const src = readFileSync(join(dir, f), 'utf8');
      for (const m of src.matchAll(/'([^'\\\n]*[\u3400-\u9fff\d][^'\\\n]*)'/g)) {
        expectSameAsGlobal(m[1]);
        n++;
      }
    }
    expect(n).toBeGreaterThan(300);
  });

  it('finds on random date-heavy strings exactly what a global scan finds', () => {
    const alphabet = [
      ...'0123456789零〇○一二两三四五六七八九十廿百千万半年月日号点时分秒季周週星期礼拜禮天旬代世纪初底末中内前后上下本这个今去明昨大次正腊冬当早晚午凌傍夜清深第首全岁新春伊始Q近最过未来此接用到的民国规划五“”「」‘’"\'.-/:  ，。、以之来起至',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        expectSameAsGlobal(chars.join(''));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds on random strings of date tokens exactly what a global scan finds', () => {
    const tokens = [
      ...'0123456789一二三四五六七八九十零〇两廿半多余个年月日号点时分秒季周天旬初底末中内前后上下本这近用到的第每“”「」".-/: ，',
      ...'九十九 2021 二〇二一 两千零四 个月 个星期 个小时 个钟头 分钟 星期 礼拜 之前 以前 之后 以后 以内 之内 时间 左右 最近 过去 未来 今后 此后 接下来 十四五 世纪 年代 上世纪 民国 规划 开局之年 中旬 下旬 半年 季度 首季 年内 年底 今年 去年 明年 今天 上午 下午 晚上 凌晨'.split(
        ' ',
      ),
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens), { maxLength: 16 }), (parts) => {
        expectSameAsGlobal(parts.join(''));
      }),
      { numRuns: 3000 },
    );
  });

  it('starts are ascending positions of the text', () => {
    const text = '力争到2025年，“十四五”末建成；下周一上午9时开会。';
    const at = startsOf(text);
    expect(at.core).toContain(3);
    expect(at.plan).toContain(10);
    for (const list of Object.values(at)) expect([...list].sort((a, b) => a - b)).toEqual(list);
  });

  it('matchesAt without starts behaves like a global scan (non-overlapping, leftmost)', () => {
    expect(viaStarts(/ab|b/y, 'abab')).toEqual([
      [0, 'ab'],
      [2, 'ab'],
    ]);
    expect(viaStarts(/a*/y, 'baab')).toEqual([[1, 'aa']]);
  });
});

describe('unname', () => {
  it('makes named groups plain and numbers them, skipping non-capturing groups, classes and escapes', () => {
    const u = unname('(?<y>\\d+)年(?:(?<m>\\d+)月)?(?<![(])\\((a)(?<d>[日号])');
    expect(u.source).toBe('(\\d+)年(?:(\\d+)月)?(?<![(])\\((a)([日号])');
    expect(u.index).toEqual({ y: 1, m: 2, d: 4 });
    const m = new RegExp(u.source).exec('2021年5月(a日')!;
    expect([m[u.index.y], m[u.index.m], m[u.index.d]]).toEqual(['2021', '5', '日']);
  });

  it('leaves the core grammar without names', () => {
    expect(CORE_AT.source).not.toMatch(/\(\?<[A-Za-z]/);
  });
});
