/**
 * Frames: what a heading or a sentence's opening clause says about the time of everything that
 * follows it — a review of the past (过去五年, 五年来, 一、2015年工作回顾, a year before the
 * reference date) or a plan for the future (今后五年, 到2025年, 今年, “十四五”时期). A frame holds
 * for its paragraph, list items and following sentences until another frame replaces it; a
 * top-level heading (二、…) without one ends it.
 */
import type { DateMention } from '../types.js';
import type { Piece } from '../text/index.js';
import type { PlacedDate } from './signals.js';

/** The time a frame puts on what follows it; a future frame may carry a deadline. */
export interface Frame {
  tense: 'past' | 'future';
  deadline?: DateMention;
}

const N = '[一二两三四五六七八九十几0-9]';
/** Words of a review: 过去五年, 这五年, 十年来, 近年来, 一年来, 去年, 工作回顾, and a bare 五年 opening
 *  its clause (五年建成…, 五年累计…: a plan says 今后五年, 用五年时间, 五年内). */
const PAST = new RegExp(
  `过去(?:的)?${N}{0,3}年|这${N}{1,3}年|${N}{1,3}年(?:来|以来)|近${N}{0,3}年来|近年来|一年来|^去年|回顾|^${N}{1,2}年(?![内后间前里中时行计规攻左以多半度])`,
);
/** Words of a plan: 今后五年, 未来五年, 今后一个时期, 今年, 明年, 主要目标, 工作安排, 总体部署. */
const FUTURE = new RegExp(`今后${N}{0,3}年|未来${N}{0,3}年|今后一个时期|^今年|^明年|主要目标|预期目标|目标任务|工作安排|总体部署|重点工作`);
/** What may stand before a frame at the opening of a clause: dashes, spaces, 在, 我们. */
const OPENER = /^[\s\u3000—-]*(?:在|我们|我国|全国|全省|全市|全区|全县|同时|其中)?/;
/** How far into its clause a frame may start. */
const OPENING_REACH = 3;

/** A top-level heading: 一、…, 第二部分 …, a short line. */
const HEADING = /^[\s\u3000]*(?:[一二三四五六七八九十]+[、．.]|第[一二三四五六七八九十]+部分)/;

/** A plan period used as a noun (“十三五”规划, “十四五”重大项目): a name, not a time. */
export function isNounPlan(text: string, p: PlacedDate): boolean {
  if (p.d.granularity !== 'plan') return false;
  if (/(?:规划|纲要|计划)$/.test(p.d.text)) return true;
  return /^[”"」]?(?:规划|纲要|计划|重大|项目|开局|建议)/.test(text.slice(p.end, p.end + 3));
}

/** A price base (按2015年价格计算, 按可比价格): a date of reckoning, not a time of the figure. */
export const isPriceBase = (text: string, p: PlacedDate): boolean =>
  /按照?$|以$/.test(text.slice(Math.max(0, p.start - 2), p.start)) && /^(?:不变)?价格?|^可比价/.test(text.slice(p.end, p.end + 4));

/** The frame a date in an opening clause sets, or undefined. */
function dateFrame(d: DateMention, ref?: string): Frame | undefined {
  if (d.role === 'since' || /过去|去年|上年|前年|以来|年来|^近/.test(d.text)) return { tense: 'past' };
  if (d.role === 'deadline') return { tense: 'future', deadline: d };
  if (!ref || !d.to || !d.from || d.granularity === 'time' || d.granularity === 'duration') return undefined;
  if (d.to < ref && (d.granularity === 'plan' || d.to.slice(0, 4) < ref.slice(0, 4))) return { tense: 'past' };
  if (d.to >= ref && (d.granularity === 'plan' || d.granularity === 'year')) return { tense: 'future', deadline: d };
  return undefined;
}

/**
 * The frame sentence `s` opens, judged from its first clause (a heading line as a whole); dates
 * are the sentence's governing dates (noun plans and price bases left out).
 *
 * @example frameOf('过去五年，我国发展成就举世瞩目', …) // { tense: 'past' }
 * @example frameOf('今后五年，经济年均增长7%', …)     // { tense: 'future', deadline: 今后五年 (to 2020-12-31) }
 */
export function frameOf(text: string, s: Piece, dates: PlacedDate[], ref?: string): Frame | undefined {
  const line = text.slice(s.start, s.end);
  const heading = HEADING.test(line) && line.length <= 40;
  const cut = heading ? line.length : line.search(/[，,；;：:]/);
  const first = cut < 0 ? line : line.slice(0, cut);
  const end = s.start + first.length;
  const marker = first.length - first.replace(HEADING, '').replace(OPENER, '').length;
  // a frame opens its clause: 过去五年，… / 到2025年，… — not 提出到2020年…行动目标
  const reach = heading ? first.length : marker + OPENING_REACH;
  for (const p of dates) {
    if (p.start < s.start + marker || p.start > s.start + reach || p.end > end) continue;
    const f = dateFrame(p.d, ref);
    if (f) return f;
  }
  const body = first.replace(HEADING, '').replace(OPENER, '');
  const near = heading ? body : body.slice(0, OPENING_REACH + 6);
  const past = near.search(PAST);
  const future = near.search(FUTURE);
  if (past >= 0 && (heading || past <= OPENING_REACH) && (future < 0 || past <= future)) return { tense: 'past' };
  if (future >= 0 && (heading || future <= OPENING_REACH)) return { tense: 'future' };
  return undefined;
}

/** A top-level heading line: it ends the frame before it even when it sets none. */
export const isHeading = (line: string): boolean => HEADING.test(line) && line.length <= 40 && !/[。！？]/.test(line);
