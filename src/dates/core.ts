/**
 * The core date grammar: [year [period of the year]] [month [part of the month]] [day] [time],
 * absolute or relative (今年, 上月, 明天), found by one linear-time regex and read into Fields.
 * What the fields mean is decided in resolve.ts.
 */
import { small, yearOf } from './numerals.js';

/** What a core expression states, before it is resolved against a reference date. */
export interface Fields {
  year?: number; // absolute
  yearRel?: number; // 今年 0, 去年 -1, 明年 +1
  /** A period of the year: 'h1' 'h2' 'q1'…'q4' 'first3q' 'firstN:4' 'start' 'mid' 'end' 'within' 'whole' 'spring'. */
  yearPart?: string;
  month?: number;
  monthRel?: number;
  monthCn?: boolean;
  /** A part of the month: 'x1' 'x2' 'x3' (旬), 'x23' (中下旬), 'x12', 'start' 'end'. */
  monthPart?: string;
  day?: number;
  dayRel?: number;
  /** Time of day: hour/minute, or a period word alone. */
  hour?: number;
  minute?: number;
  /** The end hour of an hour range sharing one 点 (五到六点); the minute is the end's (五到六点半). */
  hourTo?: number;
  period?: string;
  /** A weekday (1 Monday … 7 Sunday) of the reference week shifted by weekRel weeks (下周一). */
  weekday?: number;
  weekRel?: number;
}

/** A core match that only counts as the right end of a range (十二日, 六点 alone). */
export interface Weak {
  weak?: boolean;
}

const Y_ABS = '(?<y>\\d{2,4}|[零〇○一二三四五六七八九]{2,4}|[两二]千(?:零?[一二三四五六七八九十]{1,3})?) ?年(?!代)';
const Y_REL = '(?<yr>大前年|大后年|今年|去年|前年|明年|后年|本年|上年|上一年|下一年)';
/** A count inside an ordinal or first/last part: 第三, 前2, 最后 3. */
const N_ORD = '(?:[一二两三四五六七八九十]{1,3}|\\d{1,2})';
const WEEK_WORD = '(?:周|週|星期|礼拜|禮拜)';
/** Ordinal and first/last parts of a year: 的第三个月, 第一周, 的前2周, 前10天, 的最后3周, 最後 4 个月. */
const Y_NTH = `第${N_ORD}个月|第${N_ORD}个?${WEEK_WORD}(?![年岁])|前 ?${N_ORD} ?(?:个?${WEEK_WORD}|天)|最[后後] ?${N_ORD} ?(?:个?${WEEK_WORD}|个?月|天)`;
const Y_PART =
  `(?<yp>的?(?:[上下前后]半年度?|第?[一二三四1-4]季度[末底]?|前[一二三1-3]季度|前[一二三四五六七八九十1-9]{1,2}个?月|${Y_NTH})|首季度?|Q[1-4]|[一二三四]季(?!度)|年?[底末]|年?初(?![步级次衷心中始稿])|年?中(?=[，,。、；;]|期)|年?内|度)`;
const STANDALONE =
  '(?<sp>[上下]个半年|[上下]半年|第?[一二三四]季度[末底]?|首季度?|前[一二三]季度|年内|全年|年初(?![步级次衷心中始稿])|年[底末终]|岁末|年中(?=[，,。、；;]|期)|新春伊始|Q[1-4])';
const M_ABS = '(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|正|腊|冬) ?月份?';
const M_REL = '(?<mr>本月|上月|下月|上个月|下个月|这个月|次月)';
/** Weeks of a month: 的第一周, 的最后一个星期一, 第二个周日. */
const M_WEEK = `的?(?:第${N_ORD}个?${WEEK_WORD}(?![年岁一二三四五六日天])|(?:第${N_ORD}个|最[后後]一个)${WEEK_WORD}[一二三四五六日天])`;
const M_PART = `(?<mp>上旬|中下旬|上中旬|中旬|下旬|[上下]半月|初(?![步级次衷心])|底|末|${M_WEEK})`;
/** 上半月, 下半月 alone: of the reference month (not after a year without a month: 2025年上半月 names no month). */
const M_HALF = '(?<mh>(?<!年)[上下]半月)';
const D_ABS = '(?<d>3[01]|[12]\\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九]) ?(?<dm>[日号])';
const D_BARE = `(?<dl>初[一二三四五六七八九十]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?![日号个万亿千百年多余天届次倍项家名位点%\\d零〇一二三四五六七八九十])`;
const D_REL = '(?<dr>大前天|大后天|今天|明天|后天|昨天|前天|今日|明日|昨日|当天|次日|今晚|今晨|今早|昨晚|明早|明晚|昨夜|大年初[一二三四五六七八九十]|大年三十)';
const PERIOD = '(?<tp>上午|下午|中午|晚上|早上|早晨|早间|清晨|凌晨|傍晚|晚间|夜间|夜里|深夜|午后|晚|早)';
const HOUR = '(?:2[0-4]|[01]?\\d|[零一二两三四五六七八九十]{1,3})';
/** 五到六点, 8-10点: a left hour before the one that carries 点/时. */
const HOUR_TO = `(?: ?(?:到|至|-|~|～) ?(?<th2>${HOUR})(?= ?[点时]))`;
const TIME =
  `${PERIOD}? ?(?:(?<th>${HOUR})${HOUR_TO}? ?(?::(?<tmi>[0-5]\\d)(?::[0-5]\\d)?(?: ?(?<ampm>[apAP])\\.? ?[mM]\\.?)?|[点时](?:(?<tm2>半|一刻|三刻|[0-5]?\\d|[零一二三四五六七八九十]{1,3})分?(?:(?:[0-5]?\\d|[零一二三四五六七八九十]{1,3})秒)?)?整?))?`;

const LEFT = '(?<!\\d:)(?<![\\d.零〇○一二两三四五六七八九十百千万亿第每多几余马])';
/** Where a core expression can start: a digit, a numeral soon followed by a date unit, or a date word. */
const TRIGGER =
  '(?=\\d|[零〇○一二两三四五六七八九十廿][^]{0,3}?[年月日号点时季]|今[年天日晚晨早]|去年|前[年天一二三]|明[年天日早晚]|后[年天]|本[年月]|上[午半个月年一]|下[午半个月年一]|大[前后年]|这个月|次[月日]|[正腊冬]月|初[一二三四五六七八九十]|当天|昨[天日晚夜]|早|中午|晚|凌晨|傍晚|夜[间里]|清晨|深夜|午后|第[一二三四1-4]季|首季|全年|年[内初底末终中]|岁末|新春|Q[1-4])';

/** The grammar with its named groups (readable); compiled below without the names. */
const CORE_SRC = `${TRIGGER}${LEFT}(?:(?:${Y_ABS}|${Y_REL})${Y_PART}?|${STANDALONE})? ?(?:(?:${M_ABS}|${M_REL})${M_PART}?|${M_HALF})?(?:${D_ABS}|${D_REL}|${D_BARE})? ?(?:${TIME})`;
/** A time of day alone: after a numeric date (2010.01.29晚上六点), where the core's look-behind forbids a digit. */
const TIME_AT_SRC = ` ?(?:${TIME})`;

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
const G: GroupIndex = CORE.index;
const GT: GroupIndex = TIME_ONLY.index;

/**
 * The core grammar, anchored at lastIndex (sticky) and run at the starts scan.ts finds; index
 * spans of the groups come from the `d` flag.
 */
export const CORE_AT = new RegExp(CORE.source, 'yd');
/** A time of day alone, anchored at lastIndex: read its matches with readTime. */
export const TIME_AT = new RegExp(TIME_ONLY.source, 'yd');

/** Read a TIME_AT match (see readCore). */
export const readTime = (m: RegExpExecArray): CoreMatch | undefined => readCore(m, GT);

const REL_YEAR: Record<string, number> = {
  大前年: -3, 前年: -2, 去年: -1, 上年: -1, 上一年: -1, 今年: 0, 本年: 0, 明年: 1, 下一年: 1, 后年: 2, 大后年: 3,
};
const REL_MONTH: Record<string, number> = { 本月: 0, 这个月: 0, 上月: -1, 上个月: -1, 下月: 1, 下个月: 1, 次月: 1 };
const REL_DAY: Record<string, number> = {
  大前天: -3, 前天: -2, 昨天: -1, 昨日: -1, 昨晚: -1, 昨夜: -1, 今天: 0, 今日: 0, 当天: 0, 今晚: 0, 今晨: 0, 今早: 0,
  明天: 1, 明日: 1, 次日: 1, 明早: 1, 明晚: 1, 后天: 2, 大后天: 3,
};
const DAY_PERIOD: Record<string, string> = { 今晚: '晚上', 昨晚: '晚上', 明晚: '晚上', 昨夜: '深夜', 今晨: '清晨', 今早: '早上', 明早: '早上' };
const MONTH_WORD: Record<string, number> = { 正: 1, 腊: 12, 冬: 11 };

const WEEKDAY_OF: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

/**
 * Ordinal and first/last parts of a year (after 的): 第三个月 → 'month:3', 第一周 → 'week:1',
 * 前2周 → 'firstWeeks:2', 前10天 → 'firstDays:10', 最后3周 → 'lastWeeks:3', 最后4个月 →
 * 'lastMonths:4', 最后5天 → 'lastDays:5'. Undefined when the count does not fit the year.
 */
function yearNth(t: string): string | undefined {
  const m = /^(第|前|最[后後]) ?([^ 个周週星礼禮天月]+) ?个?(周|週|星期|礼拜|禮拜|月|天)/.exec(t);
  if (!m) return undefined;
  const n = small(m[2].replace(/两/g, '二'));
  const unit = m[3] === '月' ? 'Months' : m[3] === '天' ? 'Days' : 'Weeks';
  const max = unit === 'Months' ? 12 : unit === 'Weeks' ? 52 : 366;
  if (!n || n > max) return undefined;
  if (m[1] === '第') return unit === 'Months' ? `month:${n}` : unit === 'Weeks' ? `week:${n}` : undefined;
  return `${m[1] === '前' ? 'first' : 'last'}${unit}:${n}`;
}

function yearPart(s: string): string | undefined {
  const t = s.replace(/^年/, '').replace(/^的/, '');
  if (/^(?:第.*(?:个月|周|週|星期|礼拜|禮拜)|前.*(?:周|週|星期|礼拜|禮拜|天)|最)/.test(t)) return yearNth(t);
  if (/^上个半年/.test(t)) return 'prevHalf';
  if (/^下个半年/.test(t)) return 'nextHalf';
  if (/^[上前]半年/.test(t)) return 'h1';
  if (/^[下后]半年/.test(t)) return 'h2';
  if (/^首季/.test(t)) return 'q1';
  let m = /^前([一二三1-3])季度/.exec(t);
  if (m) return `first:${(small(m[1]) ?? 1) * 3}`;
  m = /^第?([一二三四1-4])季度[末底]$/.exec(t);
  if (m) return `qend:${small(m[1])}`; // 三季度末: the quarter's last month
  m = /^第?([一二三四1-4])季/.exec(t) ?? /^Q([1-4])/.exec(t);
  if (m) return `q${small(m[1])}`;
  m = /^前(.+?)个?月/.exec(t);
  if (m) {
    const n = small(m[1]);
    return n && n <= 12 ? `first:${n}` : undefined;
  }
  if (/^[底末终]/.test(t) || t === '岁末') return 'end';
  if (t.startsWith('初')) return 'start';
  if (t.startsWith('中')) return 'mid';
  if (t.startsWith('内')) return 'within';
  if (t === '全年') return 'whole';
  if (t === '度') return 'fiscal';
  if (t === '新春伊始') return 'spring';
  return undefined;
}

/**
 * A part of a month: 上旬 → 'x1' … 月底 → 'end'; 的第一周 → 'week:1' (the n-th week from the
 * month's first Monday); 的最后一个星期一 → 'wd:-1:1', 第二个周日 → 'wd:2:7'. Undefined when the
 * count does not fit a month.
 */
function monthPart(s: string): string | undefined {
  const fixed = { 上旬: 'x1', 中旬: 'x2', 下旬: 'x3', 中下旬: 'x23', 上中旬: 'x12', 上半月: 'h1', 下半月: 'h2', 初: 'start', 底: 'end', 末: 'end' }[s];
  if (fixed) return fixed;
  const m = /^的?(第|最[后後])([^个周週星礼禮]*)个?(?:周|週|星期|礼拜|禮拜)(.?)$/.exec(s);
  if (!m) return undefined;
  const n = m[1] === '第' ? small(m[2].replace(/两/g, '二')) : -1;
  if (!n || n > 5) return undefined;
  if (!m[3]) return n > 0 ? `week:${n}` : undefined;
  return `wd:${n}:${WEEKDAY_OF[m[3]]}`;
}

/** Words of approximation before a clock time: 大约十点. */
const ABOUT_RE = /(?:大约|大概)$/;
/** What may not come before a bare Chinese-numeral hour read with 之后/以前: 这三点之后, 以上三点之后. */
const COUNTED_BEFORE_RE = /[这那上述下几每第前]$/;

/**
 * How many characters of an approximation word (大约, 大概) stand right before a clock time.
 * @example clockWordBefore('大约十点', 2) // 2
 */
function clockWordBefore(text: string, at: number): number {
  const m = ABOUT_RE.exec(text.slice(Math.max(0, at - 2), at));
  return m ? m[0].length : 0;
}

/**
 * What may follow a bare hour (3点, 8-10点, no date, period word or minutes) for it to read as a
 * clock time: 钟/整/半, before/after/about words, a range dash, punctuation or the end.
 */
const CLOCK_NEXT_RE = /^(?:$|[钟整半前后许起至到\-—~～，。、；;,.!?！？）)\s]|以[前后]|之[前后]|左右|开始)/;
/** Does a clock time read at `end`? 十点多 too, but not 十点多家企业. */
function clockNext(text: string, end: number): boolean {
  const next = text.slice(end, end + 3);
  return CLOCK_NEXT_RE.test(next) || (next[0] === '多' && CLOCK_NEXT_RE.test(next.slice(1)));
}

/**
 * Is a Chinese-numeral hour with no date or period word still a clock time? 零点 (not 零点几,
 * 零点五), and an hour before 之后/以后/之前/以前 (十二点之后, but not 这三点之后).
 */
function clockAlone(g: Groups, text: string, start: number, end: number): boolean {
  const next = text.slice(end, end + 2);
  if (g.th === '零' && g.tm2 === undefined) return !/^[几\d零〇一二两三四五六七八九十]/.test(next);
  if (/^(?:之|以)[前后]/.test(next) && g.tm2 === undefined) {
    return !COUNTED_BEFORE_RE.test(text.slice(Math.max(0, start - 2), start));
  }
  return false;
}

/** A core match read into fields and trimmed; undefined when the match is not a date. */
export interface CoreMatch extends Weak {
  start: number;
  end: number;
  fields: Fields;
}

/** The groups of a core match, by name (a plain object of fixed shape). */
interface Groups {
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
const groupsOf = (m: RegExpExecArray, x: GroupIndex): Groups => ({
  y: m[x.y], yr: m[x.yr], yp: m[x.yp], sp: m[x.sp], m: m[x.m], mr: m[x.mr], mp: m[x.mp], d: m[x.d], dm: m[x.dm],
  dr: m[x.dr], dl: m[x.dl], tp: m[x.tp], th: m[x.th], tmi: m[x.tmi], ampm: m[x.ampm], tm2: m[x.tm2], mh: m[x.mh],
  th2: m[x.th2],
});
/** Where group `name` starts in the text (the `d` flag's indices), when it took part in the match. */
const startOf = (m: RegExpExecArray, x: GroupIndex, name: keyof Groups): number | undefined => {
  const k = x[name];
  return k === undefined ? undefined : m.indices?.[k]?.[0];
};

/**
 * Read one CORE_AT match. Rejects forms that only look like dates (a bare 40年, 十日 without a
 * month, 3点 of 三点意见 without a date or period word).
 *
 * @example readCore('2021年5月13日下午') // fields { year: 2021, month: 5, day: 13, period: '下午' }
 */
export function readCore(m: RegExpExecArray, x: GroupIndex = G): CoreMatch | undefined {
  const g = groupsOf(m, x);
  const f: Fields = {};
  let end = m.index + m[0].length;
  if (g.mh !== undefined) {
    g.mr = '本月';
    g.mp = g.mh;
  }
  const hasMonth = Boolean(g.m || g.mr);
  // day without 日 (八月十五): only right after a month written in Chinese
  if (g.dl !== undefined) {
    const mcn = g.m !== undefined && !/\d/.test(g.m);
    if (!mcn && !g.dl.startsWith('初')) {
      end = startOf(m, x, 'dl')!;
      g.dl = undefined;
      g.th = g.tmi = g.tm2 = g.tp = undefined;
    }
  }
  // standalone time with a Chinese hour (三点意见) or without a date and period word
  const hasDate = Boolean(g.y || g.yr || g.sp || hasMonth || g.d || g.dr || g.dl);
  let weak = false;
  let lead = 0;
  if (g.th !== undefined) {
    if (!hasDate && !g.tp) {
      const cnHour = !/\d/.test(g.th);
      if (cnHour) {
        lead = clockWordBefore(m.input, m.index);
        weak = !lead && !clockAlone(g, m.input, m.index, end);
      }
      // a bare hour before a noun counts points (提出3点意见, 3-5点建议, 大约十点多家企业), not hours
      if ((lead || !cnHour) && g.tmi === undefined && g.tm2 === undefined && !clockNext(m.input, end)) {
        lead = 0;
        weak = true;
      }
    }
  } else if (g.tp && !hasDate && (g.tp === '早' || g.tp === '晚')) {
    end = startOf(m, x, 'tp')!;
    g.tp = undefined;
  }
  if (g.y !== undefined) {
    const y = yearOf(g.y);
    const digits = g.y.length;
    const lead0 = /^[0零〇○]/.test(g.y);
    if (y === undefined) return undefined;
    if (/千/.test(g.y) && !hasMonth) return undefined;
    if (digits === 2 && !/千/.test(g.y) && !hasMonth && !lead0) return undefined;
    if (digits === 3 && !/千/.test(g.y) && !hasMonth) return undefined;
    if (digits === 4 && !/千/.test(g.y) && !hasMonth && (y < 1800 || y > 2199)) return undefined;
    f.year = y;
  }
  if (g.yr !== undefined) f.yearRel = REL_YEAR[g.yr];
  if (g.yp !== undefined) {
    f.yearPart = yearPart(g.yp);
    if (!f.yearPart) return undefined;
  }
  if (g.sp !== undefined) {
    f.yearPart = yearPart(g.sp);
    if (!f.yearPart) return undefined;
  }
  if (g.m !== undefined) {
    f.month = MONTH_WORD[g.m] ?? small(g.m);
    f.monthCn = !/\d/.test(g.m);
  }
  if (g.mr !== undefined) f.monthRel = REL_MONTH[g.mr];
  if (g.mp !== undefined) {
    f.monthPart = monthPart(g.mp);
    if (!f.monthPart) return undefined;
    if (/^w/.test(f.monthPart) && (g.d !== undefined || g.dl !== undefined || g.dr !== undefined)) {
      // 十月的第一周三: the week part ends the expression
      end = (startOf(m, x, 'd') ?? startOf(m, x, 'dl') ?? startOf(m, x, 'dr'))!;
      g.d = g.dl = g.dr = undefined;
      g.th = g.tmi = g.tm2 = g.tp = undefined;
    }
  }
  if (g.d !== undefined) {
    if (!hasMonth && (!/^\d+$/.test(g.d) || g.dm === '号')) {
      if (g.y || g.yr || g.sp) {
        end = startOf(m, x, 'd')!;
        g.th = g.tmi = g.tm2 = g.tp = undefined;
      } else {
        weak = true;
        f.day = small(g.d);
      }
    } else f.day = small(g.d);
  }
  if (g.dl !== undefined) f.day = small(g.dl.replace(/^初/, ''));
  if (g.dr !== undefined) {
    if (g.dr.startsWith('大年')) {
      f.month = 1;
      f.day = g.dr === '大年三十' ? 30 : small(g.dr.slice(3));
      f.monthCn = true;
    } else {
      f.dayRel = REL_DAY[g.dr];
      if (DAY_PERIOD[g.dr]) f.period = DAY_PERIOD[g.dr];
    }
  }
  if (g.tp !== undefined) f.period = g.tp;
  if (g.th !== undefined) {
    f.hour = small(g.th);
    const mi = g.tmi ?? g.tm2;
    f.minute = mi === undefined ? 0 : mi === '半' ? 30 : mi === '一刻' ? 15 : mi === '三刻' ? 45 : small(mi);
    if (f.hour === undefined || f.hour > 24 || f.minute === undefined || f.minute > 59) return undefined;
    if (g.ampm && /[pP]/.test(g.ampm) && f.hour < 12) f.hour += 12;
    if (g.th2 !== undefined) {
      f.hourTo = small(g.th2);
      if (f.hourTo === undefined || f.hourTo > 24 || f.hourTo === f.hour) return undefined;
    }
  }
  let start = m.index - lead;
  const text = m.input;
  while (end > start && /\s/.test(text[end - 1])) end--;
  while (start < end && /\s/.test(text[start])) start++;
  if (end <= start) return undefined;
  if (Object.keys(f).length === 0) return undefined;
  return weak ? { start, end, fields: f, weak } : { start, end, fields: f };
}
