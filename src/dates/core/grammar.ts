/**
 * The core date grammar: [year [period of the year]] [month [part of the month]] [day] [time],
 * absolute or relative (今年, 上月, 明天), as one linear-time regex with named groups, compiled
 * without the names (read by number). Reading a match is core/read.ts; meaning is resolve/.
 */

const Y_ABS = '(?<y>\\d{2,4}|[零〇○一二三四五六七八九]{2,4}|[两二]千(?:零?[一二三四五六七八九十]{1,3})?) ?年(?!代)';
const Y_REL = '(?<yr>大前年|大后年|今年|去年|前年|明年|后年|本年|上年|上一年|下一年)';
/** A count inside an ordinal or first/last part: 第三, 前2, 最后 3. */
const N_ORD = '(?:[一二两三四五六七八九十]{1,3}|\\d{1,2})';
const WEEK_WORD = '(?:周|週|星期|礼拜|禮拜)';
/** Ordinal and first/last parts of a year: 的第三个月, 第一周, 的前2周, 前10天, 的最后3周, 最後 4 个月. */
const Y_NTH = `第${N_ORD}个月|第${N_ORD}天|第${N_ORD}个?${WEEK_WORD}(?![年岁])|前 ?${N_ORD} ?(?:个?${WEEK_WORD}|天)|最[后後] ?${N_ORD} ?(?:个?${WEEK_WORD}|个?月|天)`;
const Y_PART = `(?<yp>的?(?:[上下前后]半年度?|第?[一二三四1-4]季度[末底]?|前[一二三1-3]季度|前[一二三四五六七八九十1-9]{1,2}个?月|${Y_NTH})|首季度?|Q[1-4]|[一二三四]季(?!度)|年?[底末]|年?初(?![步级次衷心中始稿])|年?中(?=[，,。、；;]|期|$)|年?内|度|伊始|暑[假期]|寒假)`;
const STANDALONE =
  '(?<sp>[上下]个半年|[上下]半年|第?[一二三四1-4]季度[末底]?|首季度?|前[一二三]季度|年内|全年|年初(?![步级次衷心中始稿])|年[底末终]|岁末|年中(?=[，,。、；;]|期|$)|新春伊始|Q[1-4])';
const M_ABS = '(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|正|腊|冬) ?月份?';
const M_REL = '(?<mr>本月|上月|下月|上上个月|下下个月|上一个月|下一个月|上一月|下一月|上个月|下个月|这个月|当月|次月)';
/** Weeks of a month: 的第一周, 的最后一个星期一, 第二个周日. */
const M_WEEK = `的?(?:第${N_ORD}个?${WEEK_WORD}(?![年岁一二三四五六日天])|最[后後]一个?${WEEK_WORD}(?![年岁一二三四五六日天])|(?:第${N_ORD}个|最[后後]一个)${WEEK_WORD}[一二三四五六日天])`;
const M_PART = `(?<mp>上旬|中下旬|上中旬|中旬|下旬|[上下]半月|初(?![步级次衷心])|底|末|中(?=[，,。、；;）)\\s]|$)|的?第${N_ORD}天|${M_WEEK})`;
/**
 * 上半月, 下半月 alone: of the reference month (not after a year without a month: 2025年上半月
 * names no month); 月初, 月底, 月末 alone: of the month the context gives (3月1日到月底), else the reference month.
 */
const M_HALF = '(?<mh>(?<!年)[上下]半月|(?<![年岁日每])月(?:初(?![步级次衷心])|底|末))';
const D_ABS = '(?<d>3[01]|[12]\\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九]) ?(?<dm>[日号])';
/**
 * What may follow a day written in digits without 日/号 (1月3, 1月3至2月10): the end, a space or
 * punctuation, 起/止/以前…, or a range word before another date (not 1月3-5个, 1月3家).
 */
const CN_NUM = '[零〇一二两三四五六七八九十]';
const DAY_THEN = `(?:\\d{1,2} ?[日号月]|\\d{4}|${CN_NUM}{1,3}[日号月]|[^\\d零〇一二两三四五六七八九十])`;
const DIGIT_DAY_NEXT = `(?=$|[\\s，。、；;,!?！？)）起止]|[以之][前后]|(?:至|到|-|—|~|～)${DAY_THEN})`;
const D_BARE = `(?<dl>(?:初[一二三四五六七八九十]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?![日号个万亿千百年多余天届次倍项家名位点%\\d零〇一二三四五六七八九十])|(?<=\\d ?月 ?)(?:3[01]|[12]\\d|0?[1-9])${DIGIT_DAY_NEXT})`;
const D_REL =
  '(?<dr>大前天|大后天|今天|明天|后天|昨天|前天|今日|明日|昨日|当天|(?<![应相])当日(?![常益])|次日|翌日|今晚|今晨|今早|昨晚|明早|明晚|昨夜|大年初[一二三四五六七八九十]|大年三十)';
const PERIOD = '(?<tp>上午|下午|中午|晚上|早上|早晨|早间|清晨|凌晨|傍晚|晚间|夜间|夜里|深夜|午后|晚|早)';
const HOUR = '(?:2[0-4]|[01]?\\d|[零一二两三四五六七八九十]{1,3})';
/** 五到六点, 8-10点: a left hour before the one that carries 点/时. */
const HOUR_TO = `(?: ?(?:到|至|-|~|～) ?(?<th2>${HOUR})(?= ?[点时]))`;
const TIME = `${PERIOD}? ?(?:(?<th>${HOUR})${HOUR_TO}? ?(?::(?<tmi>[0-5]\\d)(?::[0-5]\\d)?(?: ?(?<ampm>[apAP])\\.? ?[mM]\\.?)?|(?:点钟?|时)(?:(?<tm2>半|一刻|三刻|[0-5]?\\d|[零一二三四五六七八九十]{1,3})分?(?:(?:[0-5]?\\d|[零一二三四五六七八九十]{1,3})秒)?)?整?))?`;

const LEFT = '(?<!\\d:)(?<![\\d.零〇○一二两三四五六七八九十百千万亿第每多几余马])';
/** Where a core expression can start: a digit, a numeral soon followed by a date unit, or a date word. */
const TRIGGER =
  '(?=\\d|[零〇○一二两三四五六七八九十廿][^]{0,3}?[年月日号点时季]|今[年天日晚晨早]|去年|前[年天一二三]|明[年天日早晚]|后[年天]|本[年月]|上[午半个月年一]|下[午半个月年一]|上上个月|下下个月|大[前后年]|这个月|当月|月[初底末]|次[月日]|[正腊冬]月|初[一二三四五六七八九十]|当[天日]|翌日|昨[天日晚夜]|早|中午|晚|凌晨|傍晚|夜[间里]|清晨|深夜|午后|第[一二三四1-4]季|首季|全年|年[内初底末终中]|岁末|新春|Q[1-4])';

/** The grammar with its named groups (readable); compiled below without the names. */
const CORE_SRC = `${TRIGGER}${LEFT}(?:(?:${Y_ABS}|${Y_REL})${Y_PART}?|${STANDALONE})? ?(?:(?:${M_ABS}|${M_REL})${M_PART}?|${M_HALF})?(?: ?${D_ABS}|${D_REL}| ?${D_BARE})? ?(?:${TIME})`;
/** A time of day alone: after a numeric date (2010.01.29晚上六点, ISO 2021-06-14T08:00), where the core's look-behind forbids a digit. */
const TIME_AT_SRC = `(?:T(?=\\d)| ?)(?:${TIME})`;

/**
 * A regex source with its named groups made plain, and each name's group number. A match of a
 * regex with named groups builds a `groups` object (and `indices.groups`) in V8's slow
 * dictionary mode when there are many names; plain groups are read by number instead.
 *
 * @example unname('(?<y>\\d+)年(?:(?<m>\\d+)月)?') // { source: '(\\d+)年(?:(\\d+)月)?', index: { y: 1, m: 2 } }
 */
export function unname(src: string): { source: string; index: Record<string, number> } {
  const index: Record<string, number> = {};
  let out = '';
  let group = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      out += c + src[i + 1];
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') {
      const named = /^\(\?<([A-Za-z_]\w*)>/.exec(src.slice(i, i + 40));
      if (named) {
        index[named[1]] = ++group;
        out += '(';
        i += named[0].length - 1;
        continue;
      }
      if (src[i + 1] !== '?') group++;
    }
    out += c;
  }
  return { source: out, index };
}

/** Group numbers of a compiled grammar's names. */
export type GroupIndex = Record<string, number>;
const CORE = unname(CORE_SRC);
const TIME_ONLY = unname(TIME_AT_SRC);
export const G: GroupIndex = CORE.index;
export const GT: GroupIndex = TIME_ONLY.index;

/**
 * The core grammar, anchored at lastIndex (sticky) and run at the starts scan.ts finds; index
 * spans of the groups come from the `d` flag.
 */
export const CORE_AT = new RegExp(CORE.source, 'yd');
/** A time of day alone, anchored at lastIndex: read its matches with readTime. */
export const TIME_AT = new RegExp(TIME_ONLY.source, 'yd');

/** The groups of a core match, by name (a plain object of fixed shape). */
export interface Groups {
  y?: string;
  yr?: string;
  yp?: string;
  sp?: string;
  m?: string;
  mr?: string;
  mp?: string;
  d?: string;
  dm?: string;
  dr?: string;
  dl?: string;
  tp?: string;
  th?: string;
  tmi?: string;
  ampm?: string;
  tm2?: string;
  mh?: string;
  th2?: string;
}

/** The groups of a match of CORE_AT (index G) or TIME_AT (index GT); names a grammar lacks are undefined. */
export const groupsOf = (m: RegExpExecArray, x: GroupIndex): Groups => ({
  y: m[x.y],
  yr: m[x.yr],
  yp: m[x.yp],
  sp: m[x.sp],
  m: m[x.m],
  mr: m[x.mr],
  mp: m[x.mp],
  d: m[x.d],
  dm: m[x.dm],
  dr: m[x.dr],
  dl: m[x.dl],
  tp: m[x.tp],
  th: m[x.th],
  tmi: m[x.tmi],
  ampm: m[x.ampm],
  tm2: m[x.tm2],
  mh: m[x.mh],
  th2: m[x.th2],
});
/** Where group `name` starts in the text (the `d` flag's indices), when it took part in the match. */
export const startOf = (m: RegExpExecArray, x: GroupIndex, name: keyof Groups): number | undefined => {
  const k = x[name];
  return k === undefined ? undefined : m.indices?.[k]?.[0];
};
