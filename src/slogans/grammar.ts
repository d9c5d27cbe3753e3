/**
 * Closed grammatical classes the slogan detectors read: numerals, classifiers, punctuation,
 * quote pairs, the head nouns that follow a named formulation and the verbs that govern one.
 * None of these is a slogan; they describe the frame around one.
 */
import { QUOTE_PAIRS, isAsciiDigit, isHan, isHanDigit } from '../text/index.js';

export { isHan };

/** Per code unit: the value a formula numeral stands for (0 = not one). */
const FORMULA_VALUE = new Uint8Array(0x10000);
const FORMULA_NUMERALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 双: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
for (const [c, v] of Object.entries(FORMULA_NUMERALS)) FORMULA_VALUE[c.charCodeAt(0)] = v;

/**
 * Numerals that lead a formula: 一…十, 两, 双 (= 2). 百/千/万 are left out: they make idioms
 * (千行百业, 万众一心), not formulas.
 */
export function formulaNumeral(c: string | undefined): number | undefined {
  if (!c) return undefined;
  const v = FORMULA_VALUE[c.charCodeAt(0)];
  return v > 0 ? v : undefined;
}

/** formulaNumeral of the code unit at i, without a string per character (0 when there is none). */
export const formulaNumeralAt = (text: string, i: number): number =>
  i >= 0 && i < text.length ? Math.max(0, FORMULA_VALUE[text.charCodeAt(i)]) : 0;

/** A digit, 十百千万亿, or 双 — not 念/廿 (理念) — (a formula body must not contain one: 十四五 is a plan, not a formula). */
export const isNumeralChar = (c: string | undefined): boolean => c !== undefined && NUMERAL[c.charCodeAt(0)] === 1;

/** Per code unit: 1 for a formula-body numeral (table built once from the text toolkit's classes). */
const NUMERAL = new Uint8Array(0x10000);
for (let u = 0; u < 0x10000; u++) {
  const c = String.fromCharCode(u);
  if (isHanDigit(c) || isAsciiDigit(c) || '十百千万亿双'.includes(c)) NUMERAL[u] = 1;
}

/**
 * Classifiers and time units: after a numeral they make a count (三年, 一批, 两天, 一点),
 * not a formula segment.
 */
const CLASSIFIERS = new Set(
  Array.from(
    '个年月日天周次名家项条批种位些类级期届方面点部张台座所件份套支只头起层片号元亿万千百十股代季轮段步线环节手口人户栋门趟场组笔处篇句本辆艘架株块盘扇排根颗粒滴丝毫般切直致样旦向同并共度时分秒岁斤吨米亩公里把封首',
  ),
);
export const isClassifier = (c: string | undefined): boolean => c !== undefined && CLASSIFIERS.has(c);

/** Head nouns that name what a formulation is (“最多跑一次”改革, 三农工作, 两新一重建设). */
export const FRAME_HEADS = [
  '改革',
  '工作',
  '任务',
  '目标',
  '战略',
  '理论',
  '理念',
  '思路',
  '思想',
  '要求',
  '方针',
  '原则',
  '布局',
  '建设',
  '体系',
  '格局',
  '行动',
  '工程',
  '计划',
  '机制',
  '模式',
  '倡议',
  '政策',
  '举措',
  '方略',
  '部署',
  '同步',
  '联动',
  '意识',
  '自信',
  '维护',
  '确立',
  '产业',
  '战役',
  '方案',
  '路径',
  '框架',
  '精神',
  '重点',
];

const HEADS = new Set(FRAME_HEADS);

/** Does a frame head start exactly at `i`? (Every head is two characters.) */
export const isHeadAt = (text: string, i: number): boolean => HEADS.has(text.slice(i, i + 2));

/** Is one of FRAME_HEADS within the next few characters of `i` (两新一重建设)? */
export function frameFollows(text: string, i: number): boolean {
  for (let k = 0; k <= 2; k++) {
    const at = i + k;
    if (k > 0 && !isHan(text[at - 1])) return false;
    if (isHeadAt(text, at)) return true;
  }
  return false;
}

/** Verbs that govern a named formulation (坚持两个确立, 做好三农工作, 推进两新一重). */
const GOVERNING_VERBS = [
  '坚持',
  '做到',
  '增强',
  '坚定',
  '落实',
  '践行',
  '贯彻',
  '推进',
  '实施',
  '深化',
  '做好',
  '抓好',
  '共建',
  '推动',
  '围绕',
  '按照',
  '聚焦',
  '统筹',
  '实行',
  '树牢',
  '强化',
  '树立',
  '落细',
  '扎实',
  '加强',
  '实现',
  '坚守',
  '把握',
  '遵循',
  '开展',
  '参与',
  '融入',
  '服务',
  '对接',
];

/** Verbs of adherence that govern a count formula (坚持两个确立, 增强八个意识), but not a count of things. */
export const ADHERENCE_VERBS = ['坚持', '做到', '增强', '坚定', '践行', '贯彻', '树牢', '领悟', '把握', '协调推进', '统筹推进'];

/** Does one of `verbs` end right before `i`? */
export function verbPrecedes(text: string, i: number, verbs: readonly string[] = GOVERNING_VERBS): boolean {
  for (const v of verbs) if (i >= v.length && text.startsWith(v, i - v.length)) return true;
  return false;
}

/** Opening quote → closing quote (quotation marks and book titles). */
export const QUOTES: Record<string, string> = QUOTE_PAIRS;

/** Longest common prefix length of two strings. */
export function lcp(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

/** Longest common suffix length of two strings. */
export function lcs(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

/** Verbs that introduce reported speech: a quote right after one is speech, not a coinage (他说“…”). */
export const SPEECH_VERBS = ['说', '表示', '指出', '强调', '称', '认为', '道', '问', '介绍', '坦言', '感慨', '喊', '回答'];

/**
 * Last characters of names of organizations, places, events and products: a short quote
 * ending in one names a thing (“中集集团”, “蓝鲸号”, “樱桃节”), it is not a formulation.
 */
export const NAME_ENDS = '号杯节奖赛局厅委办院所校馆站店村镇乡县市省区岛港湾街桥厂司团队社报刊台剧片歌曲药';

/**
 * Last characters of noun heads: a series whose only frame is a shared ending in one of these
 * is a plain list of things (畜牧业、渔业、林业; 政研室主任、财经办主任; 风能、太阳能), not a
 * formulation.
 */
export const NOUN_LIST_ENDS = '业任园区局厂馆所院者员家能品物站港市县省镇村岛';

/**
 * Correlative openers: clauses that begin alike with one of these, one after another, form a
 * rhetorical frame (一手抓…、一手抓…; 无论是…还是…，无论是…还是…; 既要…，又要…).
 * Each entry: the opener of the first clause and the opener of the following ones.
 */
export const CORRELATIVES: readonly (readonly [string, string])[] = [
  ['一手', '一手'],
  ['一边', '一边'],
  ['无论是', '无论是'],
  ['不论是', '不论是'],
  ['既要', '又要'],
  ['既要', '也要'],
  ['一方面', '另一方面'],
  ['不是', '而是'],
  ['宁可', '也不'],
  ['越是', '越要'],
];

/** Prepositions that open a framed clause (在…上…，在…上…; 以…促…，以…促…). */
export const FRAME_PREPOSITIONS = '在以对把向让用从为于';
