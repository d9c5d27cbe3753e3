/**
 * Data table: national statistical indicators as work reports and plans name them, with
 * their synonyms (Simplified; metrics are folded to Simplified before lookup) and which way
 * is good. A metric whose normalized form is one of `names` gets the indicator's `id` as its
 * key; any other metric is keyed by its own normalized form.
 *
 * Names are matched whole (after scope words, place names and 年均/平均 are trimmed), so
 * 人均地区生产总值 stays apart from 地区生产总值. Growth words (增速, 涨幅, 增长) belong to the
 * measure, not the name: 居民消费价格涨幅 is looked up as 居民消费价格 with measure growth.
 */
import type { Direction } from './types.js';

export interface Indicator {
  id: string;
  names: readonly string[];
  direction: Direction;
  /** A % figure of it is a rate of change (price indices), not a share. */
  percentIsGrowth?: boolean;
}

export const INDICATORS: readonly Indicator[] = [
  {
    id: 'gdp',
    direction: 'higher',
    names: ['国内生产总值', '地区生产总值', '生产总值', 'gdp', '经济总量', '经济', '经济增长', '国民经济', '经济发展'],
  },
  { id: 'gdp-per-capita', direction: 'higher', names: ['人均国内生产总值', '人均地区生产总值', '人均生产总值', '人均gdp'] },
  {
    id: 'cpi',
    direction: 'lower',
    percentIsGrowth: true,
    names: [
      '居民消费价格',
      '居民消费价格指数',
      '居民消费价格总水平',
      'cpi',
      '物价',
      '物价总水平',
      '消费价格',
      '消费者物价指数',
      '居民消费物价',
    ],
  },
  {
    id: 'urban-new-jobs',
    direction: 'higher',
    names: ['城镇新增就业', '新增城镇就业', '城镇新增就业人数', '新增城镇就业人数', '城镇新增就业岗位'],
  },
  { id: 'unemployment-surveyed', direction: 'lower', names: ['城镇调查失业率', '调查失业率', '全国城镇调查失业率'] },
  { id: 'unemployment-registered', direction: 'lower', names: ['城镇登记失业率', '登记失业率'] },
  { id: 'unemployment', direction: 'lower', names: ['失业率', '城镇失业率'] },
  {
    id: 'general-budget-revenue',
    direction: 'higher',
    names: [
      '一般公共预算收入',
      '地方一般公共预算收入',
      '一般预算收入',
      '地方一般预算收入',
      '一般公共财政预算收入',
      '公共财政预算收入',
      '地方财政一般预算收入',
    ],
  },
  { id: 'fiscal-revenue', direction: 'higher', names: ['财政收入', '地方财政收入', '财政总收入', '全口径财政收入', '全部财政收入'] },
  {
    id: 'energy-intensity',
    direction: 'lower',
    names: [
      '单位国内生产总值能耗',
      '单位gdp能耗',
      '单位地区生产总值能耗',
      '单位生产总值能耗',
      '万元国内生产总值能耗',
      '万元gdp能耗',
      '万元地区生产总值能耗',
      '能耗强度',
      '单位国内生产总值能源消耗',
    ],
  },
  {
    id: 'carbon-intensity',
    direction: 'lower',
    names: ['单位国内生产总值二氧化碳排放', '单位gdp二氧化碳排放', '单位地区生产总值二氧化碳排放', '碳排放强度', '二氧化碳排放强度'],
  },
  { id: 'grain-output', direction: 'higher', names: ['粮食产量', '粮食总产量', '粮食总产', '粮食生产', '粮食'] },
  { id: 'disposable-income', direction: 'higher', names: ['居民人均可支配收入', '全体居民人均可支配收入', '人均可支配收入'] },
  { id: 'urban-disposable-income', direction: 'higher', names: ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入', '城镇居民收入'] },
  {
    id: 'rural-disposable-income',
    direction: 'higher',
    names: ['农村居民人均可支配收入', '农村常住居民人均可支配收入', '农民人均纯收入', '农村居民人均纯收入', '农民收入', '农村居民收入'],
  },
  {
    id: 'retail-sales',
    direction: 'higher',
    names: ['社会消费品零售总额', '社会消费品零售额', '社会消费品零售', '社零', '社零额', '社零总额'],
  },
  {
    id: 'fixed-investment',
    direction: 'higher',
    names: ['固定资产投资', '全社会固定资产投资', '固定资产投资额', '全社会固定资产投资额', '固投'],
  },
  {
    id: 'foreign-trade',
    direction: 'higher',
    names: [
      '进出口总额',
      '进出口',
      '外贸进出口',
      '外贸进出口总额',
      '货物进出口',
      '货物进出口总额',
      '对外贸易',
      '外贸',
      '进出口贸易',
      '进出口贸易额',
    ],
  },
  { id: 'exports', direction: 'higher', names: ['出口', '出口总额', '出口额', '货物出口'] },
  {
    id: 'foreign-investment',
    direction: 'higher',
    names: ['实际使用外资', '实际利用外资', '实际使用外商直接投资', '利用外资', '外商直接投资'],
  },
  {
    id: 'rd-intensity',
    direction: 'higher',
    names: [
      '研发经费投入强度',
      '研究与试验发展经费投入强度',
      '研发投入强度',
      'r&d经费投入强度',
      '研发经费支出占国内生产总值比重',
      '研发经费投入占地区生产总值比重',
      '全社会研发经费投入强度',
    ],
  },
  {
    id: 'rd-spending',
    direction: 'higher',
    names: ['研发经费投入', '研发投入', '研究与试验发展经费支出', '全社会研发经费投入', '研发经费支出'],
  },
  { id: 'urbanization', direction: 'higher', names: ['常住人口城镇化率', '城镇化率', '户籍人口城镇化率'] },
  { id: 'deficit-ratio', direction: 'lower', names: ['赤字率', '财政赤字率'] },
  { id: 'industrial-value-added', direction: 'higher', names: ['规上工业增加值', '规模以上工业增加值', '规模工业增加值'] },
  { id: 'industry-value-added', direction: 'higher', names: ['工业增加值', '全部工业增加值', '全部工业'] },
  { id: 'services-value-added', direction: 'higher', names: ['服务业增加值', '第三产业增加值'] },
  {
    id: 'digital-economy-share',
    direction: 'higher',
    names: ['数字经济核心产业增加值占国内生产总值比重', '数字经济核心产业增加值占地区生产总值比重', '数字经济核心产业增加值占比'],
  },
  { id: 'population', direction: 'higher', names: ['常住人口', '总人口', '户籍人口'] },
  { id: 'poverty', direction: 'lower', names: ['农村贫困人口', '贫困人口'] },
  { id: 'life-expectancy', direction: 'higher', names: ['人均预期寿命', '居民人均预期寿命', '平均预期寿命'] },
  { id: 'forest-coverage', direction: 'higher', names: ['森林覆盖率'] },
  {
    id: 'good-air-days',
    direction: 'higher',
    names: ['空气质量优良天数比率', '空气质量优良天数比例', '地级及以上城市空气质量优良天数比率', '优良天数比率', '空气质量优良率'],
  },
  { id: 'pm25', direction: 'lower', names: ['细颗粒物(pm2.5)浓度', 'pm2.5浓度', '细颗粒物浓度', '细颗粒物平均浓度', 'pm2.5平均浓度'] },
  {
    id: 'emissions',
    direction: 'lower',
    names: ['主要污染物排放总量', '主要污染物排放', '化学需氧量排放', '二氧化硫排放', '氮氧化物排放', '氨氮排放', '二氧化碳排放'],
  },
  { id: 'local-special-bonds', direction: 'higher', names: ['地方政府专项债券', '专项债券', '地方专项债券'] },
  { id: 'high-tech-enterprises', direction: 'higher', names: ['高新技术企业', '国家高新技术企业', '国家级高新技术企业'] },
  {
    id: 'industrial-enterprises-above-scale',
    direction: 'higher',
    names: ['规上工业企业', '规模以上工业企业', '规上企业', '规模以上企业'],
  },
  { id: 'new-market-entities', direction: 'higher', names: ['新增市场主体', '市场主体'] },
  { id: 'tourism-revenue', direction: 'higher', names: ['旅游总收入', '旅游收入', '旅游业总收入'] },
  { id: 'tourist-visits', direction: 'higher', names: ['接待游客', '游客接待量', '接待国内外游客', '旅游接待人次', '接待游客人次'] },
];

/** Words that, at the end of a metric, only say "lower is better" (they are part of the name). */
export const LOWER_IS_BETTER = /(?:失业率|能耗|排放|排放量|排放强度|赤字率|贫困人口|浓度|死亡率|事故|发生率|负债率|不良率|亏损)$/;
