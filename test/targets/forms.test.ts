import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/targets/index.js';
import type { Target } from '../../src/types.js';

const read = (s: string, referenceDate: string) => {
  const ts = extractTargets(s, { referenceDate });
  for (const t of ts) expect(s.slice(t.start, t.end)).toBe(t.text);
  return ts;
};
const brief = (t: Target) => [t.metric, t.value.value, t.value.unit, t.value.approx, t.status, t.deadline?.to ?? null];

describe('targets: reported results under a review frame', () => {
  it('a heading and 过去一年 make results; the next heading with 目标 makes commitments (provincial)', () => {
    const s =
      '一、2023年工作回顾\n过去一年，全省地区生产总值达到5.6万亿元，增长6.1%。\n城镇新增就业82万人，超过全年预期目标。\n二、2024年主要目标\n地区生产总值增长5.5%左右，城镇新增就业75万人以上。';
    expect(read(s, '2024-01-20').map((t) => [t.metric, t.value.value, t.status])).toEqual([
      ['全省地区生产总值', 5600000000000, 'actual'],
      ['全省地区生产总值', 6.1, 'actual'],
      ['城镇新增就业', 820000, 'actual'],
      ['地区生产总值', 5.5, 'target'],
      ['城镇新增就业', 750000, 'target'],
    ]);
  });
  it('五年来 frames a county review; a figure before its noun names the metric', () => {
    const ts = read('五年来，全县建成120个示范项目，农村居民人均可支配收入年均增长8.2%。', '2021-03-01');
    expect(ts.map(brief)).toEqual([
      // 五年来 is a date (since 2016-01-01 up to the reference): it governs the results
      ['示范项目', 120, '个', 'exact', 'actual', '2021-03-01'],
      ['农村居民人均可支配收入', 8.2, '%', 'exact', 'actual', '2021-03-01'],
    ]);
    expect(ts[0].text).toBe('全县建成120个示范项目');
  });
  it('Traditional: 過去五年 reports, 將力爭 commits', () => {
    const ts = read('過去五年，本港新增公營房屋單位10萬個。政府將力爭興建3萬個簡約公屋單位。', '2024-10-16');
    expect(ts.map((t) => [t.value.value, t.status, t.modality ?? null])).toEqual([
      [100000, 'actual', null],
      [30000, 'target', '力争'],
    ]);
    expect(ts[1].metric).toBe('简约公屋单位');
  });
  it('OCR-spaced text keeps its frame and spans', () => {
    const ts = read('过 去 五 年 ， 全 县 新 增 规 上 工 业 企 业 45家 。', '2024-01-10');
    expect(ts.map((t) => [t.value.value, t.status])).toEqual([[45, 'actual']]);
  });
});

describe('targets: deadlines from a frame, and what is no deadline', () => {
  it('今后五年 carries to the following sentence; 从A提高到B gives a baseline (national)', () => {
    const ts = read('今后五年，全国经济年均增长7%左右。城镇化率从58%提高到65%。', '2021-02-01');
    expect(ts.map(brief)).toEqual([
      ['全国经济', 7, '%', 'about', 'target', '2025-12-31'],
      ['城镇化率', 65, '%', 'exact', 'target', '2025-12-31'],
    ]);
    expect(ts[1].baseline?.value).toBe(58);
    expect(ts[1].action).toBe('提高到');
  });
  it('a plan name used as a noun is no deadline; 今年 is', () => {
    const ts = read('今年要启动一批“十四五”规划重大项目，完成交通投资800亿元以上。', '2022-03-01');
    expect(ts.map(brief)).toEqual([['交通投资', 80000000000, '元', 'atLeast', 'target', '2022-12-31']]);
    expect(ts[0].modality).toBe('要');
  });
  it('lengths in 年 and 岁 are metric values, a duration framing action is not', () => {
    const ts = read('到2030年，劳动年龄人口平均受教育年限从10.9年提高到11.8年，人均预期寿命提高1岁。', '2021-03-05');
    expect(ts.map(brief)).toEqual([
      ['劳动年龄人口平均受教育年限', 11.8, '年', 'exact', 'target', '2030-12-31'],
      ['人均预期寿命', 1, '岁', 'exact', 'target', '2030-12-31'],
    ]);
    expect(read('用三年时间，新建乡镇卫生院8所。', '2024-03-01').map((t) => t.value.unit)).toEqual(['所']);
  });
});

describe('targets: one figure, several metrics', () => {
  it('分别 with one figure gives it to each metric', () => {
    const ts = read('今后五年，二氧化硫、氮氧化物排放量分别下降10%。', '2021-03-05');
    expect(ts.map((t) => [t.metric, t.value.value, t.status])).toEqual([
      ['二氧化硫', 10, 'target'],
      ['氮氧化物排放量', 10, 'target'],
    ]);
  });
});

describe('targets: subject', () => {
  it('a place with its suffix opening the clause commits; an unknown bare name is left out', () => {
    const ts = read('西安市将新增城镇就业12万人以上。成都要力争地区生产总值增长6%左右。', '2024-02-01');
    expect(ts.map((t) => [t.metric, t.subject ?? null])).toEqual([
      ['城镇就业', '西安市'],
      ['地区生产总值', null],
    ]);
  });
  it('a bare name the document writes with its suffix is the subject', () => {
    const ts = read('成都市政府工作报告。成都要力争地区生产总值增长6%左右。', '2024-02-01');
    expect(ts.map((t) => t.subject)).toEqual(['成都']);
  });
  it('我国 opening a clause in a national report', () => {
    const ts = read('到2035年，我国人均国内生产总值达到中等发达国家水平，我国常住人口城镇化率提高到75%左右。', '2021-03-05');
    expect(ts.map((t) => [t.subject, t.value.value])).toEqual([['我国', 75]]);
  });
  it('a verb opening the clause is no subject', () => {
    const ts = read('在进度要求上只争朝夕，年内新增规上工业企业30家以上。', '2024-02-01');
    expect(ts.map((t) => t.subject ?? null)).toEqual([null]);
  });
});
