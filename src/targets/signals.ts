/**
 * What a sentence says around a figure: modality, status (commitment or reported result),
 * deadline and subject.
 */
import type { DateMention } from '../types.js';
import { ACTUAL_MARKERS, MODALS, TARGET_MARKERS } from './lexicon.js';

/** A date mention with its normalized-text position. */
export interface PlacedDate {
  d: DateMention;
  start: number;
  end: number;
}

/** How far back (code units) a figure looks for its signals: keeps every look-up bounded. */
export const LOOKBACK = 400;

/** Characters before 要 that make it part of a word (主要, 重要, 需要 …), not a modal. */
const NOT_MODAL_BEFORE: Record<string, string> = { 要: '主重需必只首纪摘概简切紧不想扼险显政', 将: '即必大老武名' };
const NOT_MODAL_AFTER: Record<string, string> = { 要: '求素点害闻务件领', 将: '军领士来近' };

/** The nearest modal word before `at` in [from, at), with its position. */
export function modalBefore(text: string, from: number, at: number): { word: string; index: number } | undefined {
  const lo = Math.max(from, at - LOOKBACK);
  const win = text.slice(lo, at);
  let best: { word: string; index: number } | undefined;
  for (const w of MODALS) {
    let i = win.lastIndexOf(w);
    while (i >= 0) {
      const k = lo + i;
      const ok = w.length > 1 || (!NOT_MODAL_BEFORE[w]?.includes(text[k - 1] ?? '') && !NOT_MODAL_AFTER[w]?.includes(text[k + 1] ?? ''));
      if (ok) break;
      i = i > 0 ? win.lastIndexOf(w, i - 1) : -1;
    }
    if (i >= 0 && (!best || lo + i > best.index)) best = { word: w, index: lo + i };
  }
  return best;
}

/** Nearest marker before `at` (in [from, at)) from a word list, as its index, or -1; a marker
 *  right after 比/较 is a base of comparison (比去年), not a time. */
function lastMarker(text: string, from: number, at: number, words: string[]): number {
  const lo = Math.max(from, at - LOOKBACK);
  const win = text.slice(lo, at);
  let best = -1;
  for (const w of words) {
    let i = win.lastIndexOf(w);
    while (i >= 0 && '比较'.includes(text[lo + i - 1] ?? '_')) i = i > 0 ? win.lastIndexOf(w, i - 1) : -1;
    if (i >= 0 && lo + i > best) best = lo + i;
  }
  return best;
}

/** Dates that name the past by their words (过去一年, 去年, 上半年 of a past year is left to from/to). */
const PAST_WORDS = /过去|去年|上年|前年|以来/;

/** 'past' when a date ends before the reference day, 'future' when it is a deadline or ends on or after it. */
function dateTense(d: DateMention, ref?: string): 'past' | 'future' | undefined {
  if (PAST_WORDS.test(d.text) || d.role === 'since') return 'past';
  if (d.role === 'deadline') return 'future';
  if (!ref || !d.to) return d.granularity === 'plan' ? 'future' : undefined;
  return d.to < ref ? 'past' : 'future';
}

/** A deadline, a plan period or an explicit year after the reference: a commitment's date. */
const isStrongFuture = (d: DateMention, ref?: string): boolean =>
  d.role === 'deadline' || d.granularity === 'plan' || THIS_YEAR.test(d.text) || (!d.relative && Boolean(ref && d.from && d.from > ref));
/** Relative dates that name the year of writing itself (今年, 全年, 年内), not a moment of it. */
const THIS_YEAR = /今年|明年|年内|全年|本年|当年/;

interface Signals {
  target: number;
  actual: number;
  weakTarget: number;
}

function signalsIn(text: string, from: number, at: number, dates: PlacedDate[], ref?: string, review = false, words = true): Signals {
  const actual = lastMarker(text, from, at, ACTUAL_MARKERS);
  const modal = modalBefore(text, from, at)?.index ?? -1;
  // in a review, 目标/规划 name what was set before (超过全年预期目标), not a new commitment
  const marker = review || !words ? -1 : lastMarker(text, from, at, TARGET_MARKERS);
  let past = -1;
  let future = -1;
  let weak = -1;
  for (const p of dates) {
    if (p.start < from || p.start >= at) continue;
    const t = dateTense(p.d, ref);
    // in a review, 全年 is the reviewed year and a plan period names the plan reviewed
    const reviewed = review && (THIS_YEAR.test(p.d.text) || p.d.granularity === 'plan') && p.d.role !== 'deadline';
    if (t === 'past' || reviewed) past = Math.max(past, p.start);
    else if (t === 'future' && isStrongFuture(p.d, ref)) future = Math.max(future, p.start);
    else if (t === 'future' || p.d.relative) weak = Math.max(weak, p.start);
  }
  return { target: Math.max(modal, marker, future), actual: Math.max(actual, past), weakTarget: weak };
}

/**
 * Commitment or reported result. The nearest strong signal before the figure in its sentence
 * decides — a modal word, a target word, a deadline or a future year make a target; 已, 目前,
 * 去年, 过去一年 or a past date a result; failing that, the nearest such signal earlier in the
 * paragraph; failing that, a relative date of this year (今年, 全年, 年末) makes a target.
 * Under a frame (过去五年 / 今后五年) the frame decides what the sentence leaves open; in a
 * review, target words and 全年 do not make a commitment. Undefined when nothing says.
 */
export function statusAt(
  text: string,
  sentenceStart: number,
  at: number,
  dates: PlacedDate[],
  ref?: string,
  paragraphStart = sentenceStart,
  frame?: 'past' | 'future',
  bounded = true,
): 'target' | 'actual' | undefined {
  const review = frame === 'past';
  const own = signalsIn(text, sentenceStart, at, dates, ref, review);
  const decide = (s: Signals) => (s.actual >= 0 || s.target >= 0 ? (s.actual >= s.target ? 'actual' : 'target') : undefined);
  if (frame) return decide(own) ?? (frame === 'past' ? 'actual' : 'target');
  return (
    decide(own) ??
    // earlier sentences lend their modal words and dates, not their nouns (规划纲要, 行动目标)
    (paragraphStart < sentenceStart ? decide(signalsIn(text, paragraphStart, sentenceStart, dates, ref, false, false)) : undefined) ??
    // 全年 / 今年 alone make a target only of a bounded figure (…以上, 左右): 全年新增21.6% is a result
    (own.weakTarget >= 0 && bounded ? 'target' : undefined)
  );
}

/**
 * The governing date of a figure: nearest before it in its item, else in its sentence (a
 * deadline preferred), else the deadline that opens its paragraph (到2023年，力争…).
 */
export function deadlineFor(
  dates: PlacedDate[],
  itemStart: number,
  sentenceStart: number,
  at: number,
  paragraphStart = sentenceStart,
): DateMention | undefined {
  const own = sentenceDate(dates, itemStart, sentenceStart, at);
  if (own || paragraphStart >= sentenceStart) return own;
  return dates.find((p) => p.start >= paragraphStart && p.end <= sentenceStart && (p.d.role === 'deadline' || p.d.granularity === 'plan'))
    ?.d;
}

function sentenceDate(dates: PlacedDate[], itemStart: number, sentenceStart: number, at: number): DateMention | undefined {
  let best: PlacedDate | undefined;
  for (const p of dates) {
    if (p.start < sentenceStart || p.end > at) continue;
    if (p.d.granularity === 'time') continue;
    if (!best || p.start > best.start) best = p;
  }
  if (best && best.start >= itemStart) return best.d;
  // prefer deadline-like dates when reaching back across items
  const back = dates.filter((p) => p.start >= sentenceStart && p.end <= at && p.d.granularity !== 'time');
  const deadline = back.filter((p) => p.d.role === 'deadline' || p.d.granularity === 'plan').pop();
  return (deadline ?? best)?.d;
}

/** Place-name suffixes of administrative subjects (Traditional forms too). */
const PLACE = '(?:综合保税区|保税区|综试区|开发区|高新区|新区|园区|自治区|自治州|特区|市|区|县|省|州|旗|镇|乡|區|縣|鎮|鄉)';
/** What follows a subject that opens its clause: a modal or a time word. */
const AFTER_SUBJECT = '(?=将|要|力争|确保|计划|争取|全年|今年|年内|明年|继续|还将|也将|將|力爭|確保|爭取|會)';
/** A clause that opens with its subject: 莱山区将…, 黄渤海新区力争…, 烟台将… */
const SUBJECT_RE = new RegExp(`^([\\u4e00-\\u9fa5]{1,8}?${PLACE})${AFTER_SUBJECT}`);
/** A bare name before a modal (成都要…, 西安将…): a subject only when the document names it as a place. */
const SUBJECT_BARE_RE =
  /^(?![在以对把从为按由向与和及])([\u4e00-\u9fa5]{2,4}?)(?=要(?![求素点害闻务件领])|将(?![军领士来近])|將(?![軍領士來近])|力争|确保|争取|力爭|確保|爭取)/;
/** The nation as subject in a national report: 我国…, 全国…. */
const NATION_RE = /^(我国|全国|我國|全國)(?=[\u4e00-\u9fa5])/;
const NOT_SUBJECT = /^(?:我们|今年|全年|年内|明年|同时|其中|此外|下一步|目前|当前|今后|未来|这|那|其|我|各|全|新)/;
/** Stems the document writes with a place suffix (成都 of 成都市): one linear pass. */
const PLACE_STEM = /([\u4e00-\u9fa5]{2,3}?)(?:市|省|县|縣)(?![\u4e00-\u9fa5]{0,1}[场民委长])/g;

/**
 * The stems of place names a document writes with their suffix.
 *
 * @example placeStems('成都市地区生产总值…成都要…') // Set { '成都', … }
 */
export function placeStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(PLACE_STEM)) out.add(m[1]);
  return out;
}

/**
 * The subject that opens a clause, or undefined; a bare name (成都要…) only when `places` (the
 * document's place stems) has it — else '' (the clause has a subject, not a known place).
 *
 * @example clauseSubject('莱山区将新引进项目10个') // '莱山区'
 * @example clauseSubject('成都要力争…', new Set(['成都'])) // '成都'
 */
export function clauseSubject(clause: string, places?: Set<string>): string | undefined {
  const c = clause.replace(/^[\s\u3000“"—-]+/, '');
  const nation = NATION_RE.exec(c);
  if (nation) return nation[1];
  const m = SUBJECT_RE.exec(c);
  if (m) {
    if (/^我[市区县省]$/.test(m[1])) return m[1];
    return NOT_SUBJECT.test(m[1]) ? undefined : m[1];
  }
  const bare = SUBJECT_BARE_RE.exec(c);
  if (!bare || NOT_SUBJECT.test(bare[1]) || /^(?:力争|确保|争取|努力|全力|加快|推动|着力|坚持|持续)/.test(bare[1])) return undefined;
  const modal = c[bare[1].length];
  if ((NOT_MODAL_BEFORE[modal] ?? '').includes(bare[1][bare[1].length - 1])) return undefined; // 主要, 必将
  // an unconfirmed name still says the clause has its own subject: '' keeps the section's out
  return places?.has(bare[1]) ? bare[1] : '';
}

/** Titles that make a short line a speaker line (职务 姓名). */
const TITLE = /书记|区长|市长|县长|省长|主任|局长|厅长|主席|镇长|乡长|部长|经理|董事长/;
/** The line ends with a name after a space. */
const NAME_AT_END = /[\s\u3000][\u4e00-\u9fa5·]{2,4}\s*$/;
const isSpeakerLine = (line: string): boolean =>
  line.length >= 4 && line.length <= 60 && !/[。！？]/.test(line) && TITLE.test(line) && NAME_AT_END.test(line);
const ORG_IN_TITLE = new RegExp(`([\\u4e00-\\u9fa5]{2,8}?${PLACE})(?=委|工委|党委|党工委|政府|管委|人民政府)`, 'g');

/** The place a speaker line speaks for: '市委常委、栖霞市委书记 包华' → '栖霞市'. */
export function speakerSubject(line: string): string | undefined {
  if (!isSpeakerLine(line)) return undefined;
  let last: string | undefined;
  for (const m of line.matchAll(ORG_IN_TITLE)) {
    const org = m[1].replace(/^.*[、，,]/, '');
    if (org.length >= 2 && !/^[市区县省]委?/.test(org)) last = org;
  }
  return last;
}

/** Common nouns that end like a place name (单位地区, 城市, 上市). */
const COMMON_NOUN_END =
  /(?:地区|城区|社区|园区|景区|片区|市区|街区|山区|牧区|林区|灾区|辖区|城市|都市|超市|上市|门市|股市|楼市|车市|夜市)$/;
const LEADING_PLACE = /^([\u4e00-\u9fa5]{2,5}?[市区县省])(?=[\u4e00-\u9fa5]{2})/;

/**
 * A metric that opens with its place: '烟台市高新技术企业' → { subject: '烟台市', metric: '高新技术企业' }.
 * Scope words (全市, 我市) stay in the metric.
 */
export function splitPlace(metric: string): { subject?: string; metric: string } {
  const m = LEADING_PLACE.exec(metric);
  if (!m || /^[全我各本该]/.test(m[1]) || COMMON_NOUN_END.test(m[1])) return { metric };
  return { subject: m[1], metric: metric.slice(m[1].length) };
}
