import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/targets/index.js';
import type { Target } from '../../src/types.js';
import { expectSpansExact } from '../helpers.js';

/** The fields a reader checks first, in a compact form. */
const brief = (t: Target) => ({
  metric: t.metric,
  action: t.action,
  value: t.value.value,
  max: t.value.max,
  unit: t.value.unit,
  approx: t.value.approx,
  count: t.count?.value,
  status: t.status,
});

function run(input: string, referenceDate = '2021-05-13') {
  const ts = extractTargets(input, { referenceDate });
  expectSpansExact(input, ts);
  return ts;
}

describe('threshold lists with counts, metric carried over', () => {
  const s =
    '根据《方案》,到2023年,力争全市各区市和国家级园区中,地区生产总值过2000亿元的1个、过1000亿元的2个、过500亿元的6个,一般公共预算收入过100亿元的3个、过50亿元的3个、过30亿元的5个,并在全国、全省排名中赶超进位。';
  const ts = run(s);
  it('gives one target per figure', () => {
    expect(ts.map(brief)).toEqual([
      { metric: '地区生产总值', action: '过', value: 200000000000, max: undefined, unit: '元', approx: 'over', count: 1, status: 'target' },
      { metric: '地区生产总值', action: '过', value: 100000000000, max: undefined, unit: '元', approx: 'over', count: 2, status: 'target' },
      { metric: '地区生产总值', action: '过', value: 50000000000, max: undefined, unit: '元', approx: 'over', count: 6, status: 'target' },
      {
        metric: '一般公共预算收入',
        action: '过',
        value: 10000000000,
        max: undefined,
        unit: '元',
        approx: 'over',
        count: 3,
        status: 'target',
      },
      {
        metric: '一般公共预算收入',
        action: '过',
        value: 5000000000,
        max: undefined,
        unit: '元',
        approx: 'over',
        count: 3,
        status: 'target',
      },
      {
        metric: '一般公共预算收入',
        action: '过',
        value: 3000000000,
        max: undefined,
        unit: '元',
        approx: 'over',
        count: 5,
        status: 'target',
      },
    ]);
  });
  it('takes the governing deadline and modality', () => {
    for (const t of ts) {
      expect(t.deadline?.text).toBe('到2023年');
      expect(t.deadline?.to).toBe('2023-12-31');
      expect(t.modality).toBe('力争');
    }
    expect(ts[0].text).toBe('地区生产总值过2000亿元的1个');
    expect(ts[1].text).toBe('过1000亿元的2个');
  });
});

describe('one verb over several objects', () => {
  const s =
    '年内新增规上工业企业30家、产值过10亿元企业3家、上市公司2—3家，力争主要经济指标增速均高于全市平均1—2个百分点、生产总值对全市增长的贡献度达到25%左右。';
  const ts = run(s, '2023-02-10');
  it('carries the verb and reads each metric', () => {
    expect(ts.map(brief)).toEqual([
      {
        metric: '规上工业企业',
        action: '新增',
        value: 30,
        max: undefined,
        unit: '家',
        approx: 'exact',
        count: undefined,
        status: 'target',
      },
      {
        metric: '产值过10亿元企业',
        action: '新增',
        value: 3,
        max: undefined,
        unit: '家',
        approx: 'exact',
        count: undefined,
        status: 'target',
      },
      { metric: '上市公司', action: '新增', value: 2, max: 3, unit: '家', approx: 'exact', count: undefined, status: 'target' },
      {
        metric: '主要经济指标增速',
        action: '高于',
        value: 1,
        max: 2,
        unit: '个百分点',
        approx: 'exact',
        count: undefined,
        status: 'target',
      },
      {
        metric: '生产总值对全市增长的贡献度',
        action: '达到',
        value: 25,
        max: undefined,
        unit: '%',
        approx: 'about',
        count: undefined,
        status: 'target',
      },
    ]);
    expect(ts[0].deadline?.text).toBe('年内');
    expect(ts[0].deadline?.to).toBe('2023-12-31');
    expect(ts[3].modality).toBe('力争');
  });
});

describe('growth and level of the same metric', () => {
  const s =
    '强力推进总投资224.2亿元的90个重点项目，2月中旬集中开工，年内确保完成投资107.9亿元，全市固定资产投资增长7%以上，地区生产总值增长5.5%以上，突破300亿元，一般公共预算收入增长8%以上，突破15亿元。';
  const ts = run(s, '2023-02-10');
  it('reads growth and level, carries the metric, skips the attributive figures', () => {
    expect(ts.map(brief)).toEqual([
      {
        metric: '投资',
        action: '完成',
        value: 10790000000,
        max: undefined,
        unit: '元',
        approx: 'exact',
        count: undefined,
        status: 'target',
      },
      {
        metric: '全市固定资产投资',
        action: '增长',
        value: 7,
        max: undefined,
        unit: '%',
        approx: 'atLeast',
        count: undefined,
        status: 'target',
      },
      {
        metric: '地区生产总值',
        action: '增长',
        value: 5.5,
        max: undefined,
        unit: '%',
        approx: 'atLeast',
        count: undefined,
        status: 'target',
      },
      {
        metric: '地区生产总值',
        action: '突破',
        value: 30000000000,
        max: undefined,
        unit: '元',
        approx: 'over',
        count: undefined,
        status: 'target',
      },
      {
        metric: '一般公共预算收入',
        action: '增长',
        value: 8,
        max: undefined,
        unit: '%',
        approx: 'atLeast',
        count: undefined,
        status: 'target',
      },
      {
        metric: '一般公共预算收入',
        action: '突破',
        value: 1500000000,
        max: undefined,
        unit: '元',
        approx: 'over',
        count: undefined,
        status: 'target',
      },
    ]);
    expect(ts[0].modality).toBe('确保');
    expect(ts.every((t) => t.deadline?.text === '年内')).toBe(true);
  });
});

describe('分别 pairs metrics with values', () => {
  it('pairs in order', () => {
    const s = '到2025年，全省高新技术企业、科技型中小企业分别达到600家和1000家。';
    const ts = run(s);
    expect(ts.map((t) => [t.metric, t.action, t.value.value, t.value.unit])).toEqual([
      ['高新技术企业', '达到', 600, '家'],
      ['科技型中小企业', '达到', 1000, '家'],
    ]);
    expect(ts[1].deadline?.to).toBe('2025-12-31');
  });
});

describe('several deadlines in one sentence', () => {
  it('gives each figure its own date', () => {
    const s = '确保全市工业产值全年增长10%以上、“十四五”末达到两千亿元以上。';
    const ts = run(s);
    expect(ts.map((t) => [t.metric, t.action, t.value.value, t.value.approx, t.deadline?.text])).toEqual([
      ['全市工业产值', '增长', 10, 'atLeast', '全年'],
      ['全市工业产值', '达到', 200000000000, 'atLeast', '“十四五”末'],
    ]);
  });
  it('figures before their nouns take the date of their item', () => {
    const s = '确保3月底前开工53个新项目、全年新开工项目130个以上。';
    const ts = run(s, '2023-02-10');
    expect(ts.map((t) => [t.metric, t.action, t.value.value, t.value.approx, t.deadline?.text])).toEqual([
      ['新项目', '开工', 53, 'exact', '3月底前'],
      ['项目', '新开工', 130, 'atLeast', '全年'],
    ]);
  });
});

describe('ceilings, reductions and relative targets', () => {
  it('reads 控制在…以内 and 下降', () => {
    const s = '今年，全市城镇调查失业率控制在5.5%以内，单位地区生产总值能耗下降3%。';
    const ts = run(s);
    expect(ts.map((t) => [t.metric, t.action, t.value.value, t.value.unit, t.value.approx, t.status])).toEqual([
      ['全市城镇调查失业率', '控制在', 5.5, '%', 'atMost', 'target'],
      ['单位地区生产总值能耗', '下降', 3, '%', 'exact', 'target'],
    ]);
  });
});

describe('reported results', () => {
  it('marks 已达 and past years as actual', () => {
    const s = '目前,烟台市高新技术企业已达823家,国家科技型中小企业1708家,高新技术产业产值占比达到48.3%。';
    const ts = run(s, '2020-05-20');
    expect(ts.map((t) => [t.metric, t.value.value, t.value.unit, t.status])).toEqual([
      ['高新技术企业', 823, '家', 'actual'],
      ['国家科技型中小企业', 1708, '家', 'actual'],
      ['高新技术产业产值占比', 48.3, '%', 'actual'],
    ]);
    expect(ts[0].subject).toBe('烟台市');
  });
  it('reads a past year as a result', () => {
    const s = '2019年全市引进高端研发机构80家，新增省级以上创新平台46个，全社会研发投入总额达到189亿元，居全省第二位。';
    const ts = run(s, '2020-05-20');
    expect(ts.map((t) => [t.metric, t.action, t.value.value, t.status])).toEqual([
      ['高端研发机构', '引进', 80, 'actual'],
      ['省级以上创新平台', '新增', 46, 'actual'],
      ['全社会研发投入总额', '达到', 18900000000, 'actual'],
    ]);
  });
});

describe('subjects', () => {
  it('takes the sentence subject', () => {
    const ts = run('莱山区将确保全年引进重大项目60个以上、实际使用外资突破10亿美元。', '2023-02-10');
    expect(ts.map((t) => [t.subject, t.metric, t.value.value, t.value.unit, t.value.approx])).toEqual([
      ['莱山区', '重大项目', 60, '个', 'atLeast'],
      ['莱山区', '实际使用外资', 1000000000, '美元', 'over'],
    ]);
  });
  it('takes the section speaker of a pledge collection', () => {
    const doc = '推动县域经济跨越发展\n\n市委常委、栖霞市委书记 包华\n\n一是抓项目。年内确保引进项目10个以上。\n';
    const ts = run(doc, '2023-02-10');
    expect(ts.map((t) => [t.subject, t.metric, t.value.value])).toEqual([['栖霞市', '项目', 10]]);
  });
});

describe('national work report style', () => {
  const simplified =
    '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；粮食产量保持在1.3万亿斤以上；单位国内生产总值能耗降低2%左右。';
  const traditional =
    '今年發展主要預期目標是：國內生產總值增長5%左右；城鎮新增就業1200萬人以上，城鎮調查失業率5.5%左右；居民消費價格漲幅3%左右；糧食產量保持在1.3萬億斤以上；單位國內生產總值能耗降低2%左右。';
  const expected = [
    ['国内生产总值', 5, '%', 'about'],
    ['城镇新增就业', 12000000, '人', 'atLeast'],
    ['城镇调查失业率', 5.5, '%', 'about'],
    ['居民消费价格涨幅', 3, '%', 'about'],
    ['粮食产量', 1300000000000, '斤', 'atLeast'],
    ['单位国内生产总值能耗', 2, '%', 'about'],
  ];
  it('reads every target (Simplified)', () => {
    const ts = run(simplified, '2024-03-05');
    expect(ts.map((t) => [t.metric, t.value.value, t.value.unit, t.value.approx])).toEqual(expected);
    expect(ts.every((t) => t.status === 'target')).toBe(true);
  });
  it('reads every target (Traditional), spans in the Traditional original', () => {
    const ts = run(traditional, '2024-03-05');
    expect(ts.map((t) => [t.metric, t.value.value, t.value.unit, t.value.approx])).toEqual(expected);
    expect(ts[0].text).toBe('國內生產總值增長5%左右');
  });
});

describe('precision', () => {
  it('plain counts of things built are not targets', () => {
    expect(run('高质量推进幸福新城、海上世界、芝罘仙境3个重大片区开发建设。')).toEqual([]);
    expect(run('调整优化10个指挥部、6个专班“10+6”工作体系。')).toEqual([]);
    expect(run('加快推进总投资1819亿元的205个区级重点项目。')).toEqual([]);
  });
  it('durations and quoted slogans are not targets', () => {
    expect(run('力争用三年时间实现县域经济综合实力明显提升。')).toEqual([]);
    expect(run('吹响了“誓夺首季开门红、决胜万亿级城市”的冲锋号。')).toEqual([]);
  });
  it('never throws on odd input', () => {
    for (const s of ['', '过', '分别', '增长%', '达到1', '“过10亿元', '\n\n市委书记 张三\n']) expect(() => run(s)).not.toThrow();
  });
});

describe('deadline defaults', () => {
  it('takes the deadline that opens the paragraph', () => {
    const s = '到2025年，全省经济实力再上新台阶。力争全省地区生产总值突破10万亿元，人均地区生产总值达到10万元以上。';
    const ts = run(s, '2021-02-01');
    expect(ts.map((t) => [t.metric, t.value.value, t.deadline?.text, t.deadline?.to])).toEqual([
      ['全省地区生产总值', 10000000000000, '到2025年', '2025-12-31'],
      ['人均地区生产总值', 100000, '到2025年', '2025-12-31'],
    ]);
  });
  it('assumes the document year when no date governs a commitment', () => {
    const s = '全区力争引进亿元以上项目20个以上。';
    const [t] = run(s, '2022-03-01');
    expect(t.deadline).toEqual({
      text: '',
      start: 0,
      end: 0,
      from: '2022-03-01',
      to: '2022-12-31',
      granularity: 'year',
      role: 'deadline',
      relative: true,
      implicit: true,
    });
  });
  it('has no deadline without a reference date', () => {
    const [t] = extractTargets('全区力争引进亿元以上项目20个以上。');
    expect(t.deadline).toBeUndefined();
  });
});

describe('fresh text', () => {
  it('reads full-width and OCR-spaced figures, spans in the damaged original', () => {
    const s = '到２０２５年，全市规上工业企业突破１２００家，数字经济核心产业增加值占比达到1 0 %左右。';
    const ts = run(s, '2022-01-20');
    expect(ts.map((t) => [t.metric, t.action, t.value.value, t.value.unit, t.value.approx, t.deadline?.to])).toEqual([
      ['全市规上工业企业', '突破', 1200, '家', 'over', '2025-12-31'],
      ['数字经济核心产业增加值占比', '达到', 10, '%', 'about', '2025-12-31'],
    ]);
    expect(ts[0].value.text).toBe('突破１２００家');
    expect(ts[1].value.text).toBe('1 0 %左右');
  });
  it('reads last year as results and this year as targets', () => {
    const s = '去年，全省城镇新增就业120万人，地区生产总值同比增长5.1%。今年，全省城镇新增就业110万人以上，地区生产总值增长6%左右。';
    const ts = run(s, '2023-01-15');
    expect(ts.map((t) => [t.metric, t.value.value, t.status])).toEqual([
      ['城镇新增就业', 1200000, 'actual'],
      ['地区生产总值', 5.1, 'actual'],
      ['城镇新增就业', 1100000, 'target'],
      ['地区生产总值', 6, 'target'],
    ]);
  });
  it('keeps the modality of each clause', () => {
    const s = '全县确保完成固定资产投资50亿元，力争社会消费品零售总额增长8%。';
    const ts = run(s, '2023-01-15');
    expect(ts.map((t) => [t.metric, t.modality])).toEqual([
      ['固定资产投资', '确保'],
      ['社会消费品零售总额', '力争'],
    ]);
  });
});

describe('work report: results of the past year, and budget figures', () => {
  it('a paragraph opened by 过去一年 reports results throughout', () => {
    const s =
      '过去一年，我国经济回升向好，国内生产总值超过126万亿元，增长5.2%。城镇新增就业1244万人，年末城镇调查失业率5.1%。居民消费价格上涨0.2%。';
    const ts = run(s, '2024-03-05');
    expect(ts.map((t) => [t.metric, t.action, t.value.value, t.value.approx, t.status])).toEqual([
      ['国内生产总值', '超过', 126000000000000, 'over', 'actual'],
      ['国内生产总值', '增长', 5.2, 'exact', 'actual'],
      ['城镇新增就业', '新增', 12440000, 'exact', 'actual'],
      ['城镇调查失业率', undefined, 5.1, 'exact', 'actual'],
      ['居民消费价格', '上涨', 0.2, 'exact', 'actual'],
    ]);
  });
  it('比上年 is a base of comparison, not a past date', () => {
    const s = '拟安排地方政府专项债券3.9万亿元，比上年增加1000亿元。';
    const ts = run(s, '2024-03-05');
    expect(ts.map((t) => [t.metric, t.action, t.value.value, t.status, t.modality])).toEqual([
      ['地方政府专项债券', '安排', 3900000000000, 'target', '拟'],
      ['地方政府专项债券', '增加', 100000000000, 'target', '拟'],
    ]);
  });
  it('a reported year keeps its growth figure as a result', () => {
    const s = '2022年，全市实现地区生产总值8711.75亿元，按不变价格计算，比上年增长4.2%。';
    const ts = run(s, '2023-02-01');
    expect(ts.map((t) => [t.metric, t.value.value, t.status, t.deadline?.text])).toEqual([
      ['地区生产总值', 871175000000, 'actual', '2022年'],
      ['地区生产总值', 4.2, 'actual', '2022年'],
    ]);
  });
});

describe('a paragraph deadline governs commitments only', () => {
  it('leaves a reported result without it', () => {
    const s = '到2023年，力争地区生产总值过2000亿元的1个、过1000亿元的2个。高新技术企业已达823家。';
    const ts = run(s, '2021-05-13');
    expect(ts.map((t) => [t.status, t.metric, t.count?.value ?? null, t.deadline?.text ?? null])).toEqual([
      ['target', '地区生产总值', 1, '到2023年'],
      ['target', '地区生产总值', 2, '到2023年'],
      ['actual', '高新技术企业', null, null],
    ]);
  });
});
