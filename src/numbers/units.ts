/**
 * Unit words that may follow a number: currencies, proportions, physical units, durations and
 * measure words (classifiers). Data tables only; the scanner takes the longest match.
 */

/** Currencies (the unit as written is kept: '美元', '港元', '元人民币'). */
const CURRENCY = [
  '元',
  '圆',
  '块',
  '块钱',
  '元钱',
  '人民币',
  '元人民币',
  '人民币元',
  '美元',
  '美金',
  '美刀',
  '美圆',
  '美分',
  '港元',
  '港币',
  '欧元',
  '日元',
  '日圆',
  '英镑',
  '韩元',
  '卢布',
  '澳元',
  '加元',
  '新加坡元',
  '台币',
  '新台币',
  '瑞士法郎',
  '法郎',
  '澳门元',
  '奈拉',
  '比特币',
  '卢比',
  '泰铢',
  '林吉特',
];

/** Proportions and multiples. */
const SHARE = ['%', '‰', '个百分点', '百分点', '倍'];

/** Physical units, Chinese and Latin. */
const PHYSICAL = [
  '公里',
  '千米',
  '米',
  '厘米',
  '毫米',
  '微米',
  '分米',
  '纳米',
  '英里',
  '英尺',
  '英寸',
  '海里',
  '公分',
  '平方米',
  '平米',
  '平方公里',
  '平方英尺',
  '平方千米',
  '公顷',
  '亩',
  '立方米',
  '升',
  '毫升',
  '公升',
  '吨',
  '公吨',
  '公斤',
  '千克',
  '克',
  '毫克',
  '微克',
  '斤',
  '市斤',
  '磅',
  '千瓦',
  '瓦',
  '兆瓦',
  '吉瓦',
  '千瓦时',
  '度电',
  '千伏',
  '马力',
  '赫兹',
  '兆赫',
  '千赫',
  '兆赫兹',
  '千赫兹',
  '字节',
  '千字节',
  '兆字节',
  '比特',
  '千比特',
  '千卡',
  '大卡',
  '卡路里',
  '摄氏度',
  '标准箱',
  '标箱',
  'km',
  'km2',
  'km²',
  'm2',
  'm²',
  'm3',
  'm³',
  'cm',
  'mm',
  'kg',
  'kW',
  'kw',
  'kWh',
  'MW',
  'MWh',
  'GW',
  'GWh',
  'TWh',
  'KW',
  'TEU',
  'μg',
  'mg',
  'ml',
  'GB',
  'TB',
  'MB',
  'CM',
  'KM',
  'KG',
  'm',
  'g',
  't',
];

/** Durations (年 is a duration only when the number is not a year: see shapes.ts). */
const DURATION = [
  '年',
  '个月',
  '周',
  '个星期',
  '星期',
  '天',
  '小时',
  '个小时',
  '分钟',
  '秒',
  '秒钟',
  '个工作日',
  '工作日',
  '岁',
  '周岁',
  '个季度',
];

/** Measure words: what is counted. */
const MEASURE = [
  '个',
  '家',
  '项',
  '人',
  '名',
  '位',
  '所',
  '条',
  '批',
  '座',
  '栋',
  '幢',
  '台',
  '套',
  '件',
  '户',
  '只',
  '头',
  '辆',
  '架',
  '艘',
  '部',
  '本',
  '张',
  '场',
  '次',
  '人次',
  '户次',
  '架次',
  '车次',
  '航次',
  '处',
  '间',
  '支',
  '根',
  '株',
  '棵',
  '口',
  '宗',
  '笔',
  '份',
  '篇',
  '种',
  '类',
  '起',
  '例',
  '枚',
  '颗',
  '双',
  '对',
  '打',
  '副',
  '队',
  '层',
  '轮',
  '门',
  '节',
  '段',
  '组',
  '章',
  '票',
  '单',
  '盏',
  '片',
  '床',
  '篇次',
  '批次',
  '项次',
];

/** Every unit, with its kind. */
export type UnitKind = 'currency' | 'share' | 'physical' | 'duration' | 'measure';
export const UNIT_KIND = new Map<string, UnitKind>();
for (const [kind, list] of [
  ['measure', MEASURE],
  ['duration', DURATION],
  ['physical', PHYSICAL],
  ['share', SHARE],
  ['currency', CURRENCY],
] as const) {
  for (const u of list) UNIT_KIND.set(u, kind);
}

const UNIT_FIRST = new Set([...UNIT_KIND.keys()].map((u) => u[0]));

/** Longest unit length, for the longest-match scan. */
export const MAX_UNIT = Math.max(...[...UNIT_KIND.keys()].map((u) => u.length));

/**
 * Measure words with which a lone 一 still counts something (一个, 一家, 一项); with the others
 * (一批, 一起, 一种, 一张蓝图) 一 is the indefinite article or part of a word.
 */
export const COUNTABLE_ONE = new Set([
  '个',
  '家',
  '项',
  '人',
  '名',
  '位',
  '所',
  '座',
  '栋',
  '台',
  '套',
  '件',
  '户',
  '辆',
  '架',
  '艘',
  '只',
  '头',
  '条',
  '宗',
  '例',
  '对',
  '双',
  '打',
]);

const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);

/**
 * The longest unit starting at `i` of `t`, or undefined. A Latin unit must not run on into
 * more letters ('5G', '3Dm' are codes, not units).
 *
 * @example unitAt('增长30万千瓦时', 5) // '千瓦时'   (index 5 is after '30万')
 */
export function unitAt(t: string, i: number): string | undefined {
  if (!UNIT_FIRST.has(t[i])) return undefined;
  for (let n = Math.min(MAX_UNIT, t.length - i); n > 0; n--) {
    const u = t.slice(i, i + n);
    if (UNIT_KIND.has(u)) {
      if (isLatin(u[u.length - 1]) && (isLatin(t[i + n]) || /\d/.test(t[i + n] ?? ''))) continue;
      return u;
    }
  }
  return undefined;
}
