/**
 * Reading a metric's form: fold its script and spelling, and trim what does not name the
 * indicator — time words (今年), scope words (全省, 我市), a leading place (烟台市), copulas
 * (为, 达到), averaging (年均) and growth words (增速, 涨幅), which belong to the measure.
 */
import { normalize } from '../normalize/index.js';
import { RE } from '../text/index.js';

/** What a metric says once trimmed. */
export interface MetricForm {
  /** The indicator's name as looked up: '地区生产总值', '居民消费价格'. */
  name: string;
  /** A place that opens the metric: '烟台市'. */
  place?: string;
  /** 年均/平均增长: an average over a period. */
  average: boolean;
  /** The metric itself names a growth rate (增速, 涨幅, 增长). */
  growthWord: boolean;
  /** The metric itself names a fall (降幅, 下降). */
  fallWord: boolean;
}

const TIME =
  /^(?:把|使|今年|明年|全年|年内|去年|上年|当年|本年度?|\d{4}年(?:底|末)?|“?十[一二三四五六七八九]五”?(?:时期|期间|末)?|到|至|力争|确保|预计|争取|努力|其中|同时)/;
const SCOPE = /^(?:全国|我国|全省|全市|全区|全县|全州|全盟|全旗|全镇|全乡|全域|我省|我市|我区|我县|我州|本省|本市|本区|本县)/;
const TRAILING =
  /(?:平均为|平均|为|达|达到|实现|完成|保持在|保持|控制在|稳定在|年均|累计|总计|合计|预计|预期目标|预期|目标|要|将|力争|确保|争取|分别|实际|同比|比上年)$/;
/** A baseline left in the metric: 城镇化率从47.5%, 补助由每人每年380元. */
const BASELINE = new RegExp(`[从由]${RE.han}{0,6}[0-9.]+(?:${RE.han}|%){0,5}$`);
const GROWTH_WORD = /(?:增速|增幅|涨幅|增长率|增长幅度|增长|上涨|涨)$/;
const FALL_WORD = /(?:降幅|下降|降低)$/;
const AVERAGE = /^(?:年均|平均)/;

/** Place-name suffixes of administrative subjects. */
const PLACE = new RegExp(`^(${RE.han}{2,6}?(?:自治区|自治州|新区|高新区|开发区|市|县|省|州|旗|盟|区))(?=(?:${RE.han}|[a-z]){2})`);
/** Common nouns that end like a place name. */
const NOT_PLACE =
  /(?:地区|城区|社区|园区|景区|片区|市区|街区|山区|牧区|林区|灾区|辖区|城市|都市|超市|上市|门市|股市|楼市|自贸区|示范区|功能区|产业园区|建成区|试验区|保护区|集聚区|核心区|服务区|小区|港区|矿区|库区|厂区|校区|农区|垦区|行政区|政区)$|^(?:全|城市|我|各|本|该|新增|单位|万元|人均|规上|规模|城镇|农村|居民|国内|地方|一般|社会|外贸|进出口|常住|户籍)/;

/** Spaces, quotes and brackets, dropped from names. */
const PUNCT = new RegExp(`\\s|${RE.openQuote}|${RE.closeQuote}|["'()（）【】[\\]]`, 'g');

const cache = new Map<string, string>();

/**
 * A name folded for comparison: Simplified, half-width, lower case, no spaces, quotes or
 * brackets, 规模以上 as 规上.
 *
 * @example foldName('規模以上工業增加值') // '规上工业增加值'
 */
export function foldName(s: string): string {
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  const folded = normalize(s, { joinLines: false })
    .text.toLowerCase()
    .replace(PUNCT, '')
    .replace(/规模以上/g, '规上');
  if (cache.size > 10000) cache.clear();
  cache.set(s, folded);
  return folded;
}

/** Strip every leading match of `re` from `s`. */
function stripLeading(s: string, re: RegExp): string {
  let out = s;
  for (let m = re.exec(out); m && m[0].length < out.length; m = re.exec(out)) out = out.slice(m[0].length);
  return out;
}

/**
 * A metric cut before a parallel modifier: '城镇' in 城镇、农村居民人均可支配收入分别增长5.9%、7.1%
 * takes the shared head of the next one (城镇居民人均可支配收入): parallel modifiers are as long
 * as each other.
 */
function sharedHead(metric: string, clause: string): string {
  if (metric.length > 4) return metric;
  const at = clause.indexOf(metric);
  if (at < 0 || !'、和与及'.includes(clause[at + metric.length] ?? '')) return metric;
  const rest = clause.slice(at + metric.length + 1);
  const end = rest.indexOf('分别');
  return end > metric.length + 1 ? metric + rest.slice(metric.length, end) : metric;
}

/**
 * A figure left at the end of a metric: '城乡居民人均可支配收入增长5.1%和' → '城乡居民人均可支配收入'.
 * Walked back by hand (an end-anchored regex would rescan the digits from every start).
 */
function dropTrailingFigure(s: string): string {
  if (!'和、'.includes(s[s.length - 1] ?? '\u0000') || s.length < 2) return s;
  let i = s.length - 1;
  if (s[i - 1] === '%') i--;
  const digitsEnd = i;
  while (i > 0 && /[0-9.]/.test(s[i - 1])) i--;
  if (i === digitsEnd) return s;
  const head = s.slice(0, i);
  const verb = /(?:增长|提高|下降|达到)$/.exec(head);
  return verb ? head.slice(0, verb.index) : head;
}

/**
 * Read a metric (with the clause it came from, for 年均).
 *
 * @example readMetric('全省地区生产总值', '全省地区生产总值年均增长6%左右')
 * // { name: '地区生产总值', average: true, growthWord: false, fallWord: false }
 */
export function readMetric(metric: string, clause = ''): MetricForm {
  let s = stripLeading(dropTrailingFigure(foldName(sharedHead(metric, clause))), TIME);
  let place: string | undefined;
  const p = PLACE.exec(s);
  if (p && !NOT_PLACE.test(p[1])) {
    place = p[1];
    s = s.slice(p[1].length);
  }
  s = stripLeading(stripLeading(s, SCOPE), TIME);
  let average = /年均|平均增长|平均每年/.test(clause) || /年均/.test(s);
  if (AVERAGE.test(s) && s.length > 3) {
    average = true;
    s = s.replace(AVERAGE, '');
  }
  let growthWord = false;
  let fallWord = false;
  for (let round = 0; round < 4; round++) {
    const before = s;
    s = s.replace(BASELINE, '').replace(TRAILING, '').replace(/率平$/, '率');
    const g = GROWTH_WORD.exec(s);
    if (g && g.index > 1) {
      growthWord = true;
      s = s.slice(0, g.index);
    }
    const f = FALL_WORD.exec(s);
    if (f && f.index > 1) {
      fallWord = true;
      s = s.slice(0, f.index);
    }
    if (s.length <= 1) s = before;
    if (s === before) break;
  }
  s = s.replace(/总(?=产量|产值)/, '');
  const form: MetricForm = { name: s || foldName(metric), average, growthWord, fallWord };
  if (place) form.place = place;
  return form;
}
