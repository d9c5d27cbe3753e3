import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/numbers/index.js';
import { q } from './helpers.js';

describe('extractQuantities: national and provincial work-report sentences', () => {
  it('reads growth targets with qualifiers after the number', () => {
    expect(q('国内生产总值增长5%左右；城镇新增就业1200万人以上，粮食产量保持在1.3万亿斤以上。')).toEqual([
      ['5%左右', 5, '%', 'about'],
      ['1200万人以上', 12000000, '人', 'atLeast'],
      ['1.3万亿斤以上', 1300000000000, '斤', 'atLeast'],
    ]);
  });

  it('folds magnitudes into money and keeps the currency as the unit', () => {
    expect(q('拟安排地方政府专项债券3.9万亿元，比上年增加1000亿元，实际使用外资逾200亿美元。')).toEqual([
      ['3.9万亿元', 3900000000000, '元', 'exact'],
      ['1000亿元', 100000000000, '元', 'exact'],
      ['逾200亿美元', 20000000000, '美元', 'over'],
    ]);
    expect(q('投资两千亿元，其中224.2亿元已到位，港资12亿港元，欧元贷款3亿欧元')).toEqual([
      ['两千亿元', 200000000000, '元', 'exact'],
      ['224.2亿元', 22420000000, '元', 'exact'],
      ['12亿港元', 1200000000, '港元', 'exact'],
      ['3亿欧元', 300000000, '欧元', 'exact'],
    ]);
  });

  it('reads qualifiers before the number', () => {
    expect(q('地区生产总值突破8万亿元，外贸总额近3万亿元，全年营收超过两万亿元，不低于500家，不到1000人，约3000户，不超过2个')).toEqual([
      ['突破8万亿元', 8000000000000, '元', 'over'],
      ['近3万亿元', 3000000000000, '元', 'nearly'],
      ['超过两万亿元', 2000000000000, '元', 'over'],
      ['不低于500家', 500, '家', 'atLeast'],
      ['不到1000人', 1000, '人', 'under'],
      ['约3000户', 3000, '户', 'about'],
      ['不超过2个', 2, '个', 'atMost'],
    ]);
  });

  it('keeps 通过 / 最近 from qualifying the number', () => {
    expect(q('通过3家评审，最近5个项目')).toEqual([
      ['3家', 3, '家', 'exact'],
      ['5个', 5, '个', 'exact'],
    ]);
  });

  it('reads 多 / 余 as more, inside the numeral or before the unit', () => {
    expect(q('惠及880多万户，引进1000余家企业，服务年限达40多年，十余万人参加')).toEqual([
      ['880多万户', 8800000, '户', 'more'],
      ['1000余家', 1000, '家', 'more'],
      ['40多年', 40, '年', 'more'],
      ['十余万人', 100000, '人', 'more'],
    ]);
  });

  it('reads ranges with any dash, 至, 到 and borrows a trailing magnitude', () => {
    expect(q('聚焦1—3个主导产业，上市公司2–3家，增速高于全省1-2个百分点，占比5%—6%，吸纳两到三万人，投资10至20亿元，周期为3~5年')).toEqual([
      ['1—3个', 1, '个', 'exact', 3],
      ['2–3家', 2, '家', 'exact', 3],
      ['1-2个百分点', 1, '个百分点', 'exact', 2],
      ['5%—6%', 5, '%', 'exact', 6],
      ['两到三万人', 20000, '人', 'exact', 30000],
      ['10至20亿元', 1000000000, '元', 'exact', 2000000000],
      ['3~5年', 3, '年', 'exact', 5],
    ]);
  });

  it('reads neighbouring digits as a rough range', () => {
    expect(q('周期为三五年，引进三四个项目，吸纳二三十万人，七八成企业，百分之二三十，一两个百分点')).toEqual([
      ['三五年', 3, '年', 'exact', 5],
      ['三四个', 3, '个', 'exact', 4],
      ['二三十万人', 200000, '人', 'exact', 300000],
      ['七八成', 70, '%', 'exact', 80],
      ['百分之二三十', 20, '%', 'exact', 30],
      ['一两个百分点', 1, '个百分点', 'exact', 2],
    ]);
    expect(q('五六十年代，一二三产业，一二线城市')).toEqual([]);
  });

  it('joins a lower and an upper bound into one range', () => {
    expect(q('面积大于10平方公里小于20平方公里')).toEqual([['大于10平方公里小于20平方公里', 10, '平方公里', 'exact', 20]]);
    expect(q('人数在10000与20000之间')).toEqual([['10000与20000之间', 10000, '', 'exact', 20000]]);
  });

  it('reads percent forms, percentage points, fractions and multiples', () => {
    expect(q('增长百分之八点五，七成以上，提高0.3个百分点，占全省1/5，占全国的三分之一，千分之三，打八五折')).toEqual([
      ['百分之八点五', 8.5, '%', 'exact'],
      ['七成以上', 70, '%', 'atLeast'],
      ['0.3个百分点', 0.3, '个百分点', 'exact'],
      ['1/5', 0.2, '', 'exact'],
      ['三分之一', 0.333333333333333, '', 'exact'],
      ['千分之三', 0.3, '%', 'exact'],
      ['八五折', 85, '%', 'exact'],
    ]);
    expect(q('经济总量翻一番，收入翻两番，是2010年的2.1倍，实现翻番')).toEqual([
      ['翻一番', 2, '倍', 'exact'],
      ['翻两番', 4, '倍', 'exact'],
      ['2.1倍', 2.1, '倍', 'exact'],
      ['翻番', 2, '倍', 'exact'],
    ]);
  });

  it('reads durations and physical units, with 半', () => {
    expect(
      q('工期缩短到两天半，学制为三年，期限延长一年半，全程42.195公里，新增4500万亩，浓度30微克/立方米，装机120万千瓦，一吨半'),
    ).toEqual([
      ['两天半', 2.5, '天', 'exact'],
      ['三年', 3, '年', 'exact'],
      ['一年半', 1.5, '年', 'exact'],
      ['42.195公里', 42.195, '公里', 'exact'],
      ['4500万亩', 45000000, '亩', 'exact'],
      ['30微克/立方米', 30, '微克/立方米', 'exact'],
      ['120万千瓦', 1200000, '千瓦', 'exact'],
      ['一吨半', 1.5, '吨', 'exact'],
    ]);
  });

  it('reads Latin units and rates', () => {
    expect(q('动力电池产能50GWh，光伏装机3.5GW，PM2.5浓度33μg/m³，身高168cm')).toEqual([
      ['50GWh', 50, 'GWh', 'exact'],
      ['3.5GW', 3.5, 'GW', 'exact'],
      ['33μg/m³', 33, 'μg/m³', 'exact'],
      ['168cm', 168, 'cm', 'exact'],
    ]);
  });

  it('reads ordinals with unit 第 only before a counting word or alone', () => {
    expect(q('第十九届大会，排名第3名，居全省第二位，第一方阵，第三方机构，第一季度')).toEqual([
      ['第十九', 19, '第', 'exact'],
      ['第3', 3, '第', 'exact'],
      ['第二', 2, '第', 'exact'],
    ]);
  });

  it('reads exponents and drops figures too large to compare', () => {
    expect(q('2e5，2^5，12.32e+14，9^999')).toEqual([
      ['2e5', 200000, '', 'exact'],
      ['2^5', 32, '', 'exact'],
      ['12.32e+14', 1232000000000000, '', 'exact'],
    ]);
  });

  it('reads negative numbers', () => {
    expect(q('增速为-2.5%，利润负增长，下降负三十二')).toEqual([
      ['-2.5%', -2.5, '%', 'exact'],
      ['负三十二', -32, '', 'exact'],
    ]);
  });
});

describe('extractQuantities: Traditional script, full-width digits, OCR damage', () => {
  it('maps spans of converted Traditional text and full-width digits back to the input', () => {
    expect(q('國內生產總值增長５％左右，城鎮新增就業１２００萬人以上，赤字規模４．０６萬億元。')).toEqual([
      ['５％左右', 5, '%', 'about'],
      ['１２００萬人以上', 12000000, '人', 'atLeast'],
      ['４．０６萬億元', 4060000000000, '元', 'exact'],
    ]);
    expect(q('確保糧食總產量穩定在千億斤以上，農業人口約占百分之六十五')).toEqual([
      ['千億斤以上', 100000000000, '斤', 'atLeast'],
      ['約占百分之六十五', 65, '%', 'about'],
    ]);
    expect(q('財政收入增長百分之八，達到壹佰貳拾億元')).toEqual([
      ['百分之八', 8, '%', 'exact'],
      ['壹佰貳拾億元', 12000000000, '元', 'exact'],
    ]);
  });

  it('reads OCR-spaced digits as one number with a span over the spaces', () => {
    const s = '挑战42 . 195公里全程马拉松和21 . 095公里半程马拉松';
    expect(q(s)).toEqual([
      ['42 . 195公里', 42.195, '公里', 'exact'],
      ['21 . 095公里', 21.095, '公里', 'exact'],
    ]);
  });

  it('reads thousands separators, ASCII and full-width', () => {
    expect(q('营业收入82,225.00万元，职工1，234，567人，资产82，225.00万元')).toEqual([
      ['82,225.00万元', 822250000, '元', 'exact'],
      ['1，234，567人', 1234567, '人', 'exact'],
      ['82，225.00万元', 822250000, '元', 'exact'],
    ]);
    // a full-width comma before a single group is a clause comma
    expect(q('新增5，300家')).toEqual([
      ['5', 5, '', 'exact'],
      ['300家', 300, '家', 'exact'],
    ]);
  });
});

describe('extractQuantities: what is not a quantity', () => {
  it('skips dates, times and plan periods', () => {
    expect(q('2021年5月12日7:30-14:30，5月15日中午12:00，13日，上半年，一季度，2018年以来，“十四五”时期，二〇二一年，90年代')).toEqual([]);
  });

  it('skips month·day event names', () => {
    expect(q('开展“3·15”消费维权和“12·15”专项行动')).toEqual([]);
  });

  it('skips clock minutes but keeps durations in minutes', () => {
    expect(q('会议时间：上午9时30分，12点05分开幕，会期90分钟')).toEqual([['90分钟', 90, '分钟', 'exact']]);
  });

  it('skips the years and the duration that frames them', () => {
    expect(q('2019年至2021年连续3年增长')).toEqual([]);
  });

  it('skips codes: 5G, PM2.5, phone numbers, e-mail, URLs, product names', () => {
    expect(q('建设5G基站，PM2.5浓度，热线电话0535-6610000，邮箱abc123@163.com，网址www.yantai.gov.cn，H7N9，“智能制造2025”')).toEqual([]);
  });

  it('skips list markers', () => {
    expect(q('一是稳增长。二是促改革。\n（三）推动开放\n1、加强领导\n十一是抓落实')).toEqual([]);
  });

  it('skips 一批 / 一种 where 一 is an article, but counts 一个 / 一家', () => {
    expect(q('培育一批龙头企业、一种模式，建设一个中心、引进一家企业')).toEqual([
      ['一个', 1, '个', 'exact'],
      ['一家', 1, '家', 'exact'],
    ]);
  });

  it('skips scale classes (千亿级, 5A级, 100亿级)', () => {
    expect(q('打造千亿级产业集群、万亿级城市、5A级景区、100亿级项目')).toEqual([]);
  });
});

describe('extractQuantities: arguments', () => {
  it('throws a TypeError naming the argument for non-strings', () => {
    expect(() => extractQuantities(42 as unknown as string)).toThrow(/input/);
    expect(() => extractQuantities(null as unknown as string)).toThrow(TypeError);
  });

  it('returns an empty list for empty or number-free text', () => {
    expect(extractQuantities('')).toEqual([]);
    expect(extractQuantities('坚持稳中求进工作总基调')).toEqual([]);
  });
});
