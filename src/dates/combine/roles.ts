/**
 * The words around a date that make it a deadline (到2023年, 3月底前, 截止到5月15日) or a since
 * (2018年以来, 从今年开始, 2020年以后), and what they do to its from..to.
 */
import type { DateRole } from '../../types.js';
import { compareDays, shiftDays, type Day, type Moment } from '../calendar.js';
import type { Resolved } from '../fields.js';

const DEADLINE_PRE_RE = /(?:截止到|截止至|截止于|截至到|截至|截止|直到|直至|到|至)(?:目前|今年)?$/;
const SINCE_PRE_RE = /(?:自从|自|从|始于)$/;
const SINCE_POST_RE = /^ ?(?:以来|至今|起 ?至今|起(?![草步点诉源飞码])|开始|伊始)/;
const AFTER_POST_RE = /^ ?(?:或之后|及以后|及之后|或以后|以后|之后|后(?![续期来面方台劲盾备发勤年天月周]))/;
const BEFORE_POST_RE =
  /^ ?(?:或之前|及以前|及之前|或以前|以前|之前|前(?![夕后列沿进景提期行面往所瞻端茅方台头线移置身\d零一二两三四五六七八九十几]))/;
/** Approximation after a date or time: 8点左右, 晚上7点许. */
const APPROX_POST_RE = /^(?:左右|许)/;
const UNTIL_POST_RE = /^ ?(?:为止|止(?![步血损境痛住于息]))/;

const coarse = (g: Resolved['gran']): boolean => g !== 'day' && g !== 'time';

/** A mention with its role and affixes applied. */
export interface Framed {
  start: number;
  end: number;
  from?: Moment;
  to?: Moment;
  role: DateRole;
  /** 或之前, 及以前: every day up to the end, not a deadline counted from the reference day. */
  open?: boolean;
}

/** A date that names the end of a period: 年底, 3月底, 年末, 岁末, 年终. */
const END_WORD_RE = /[底末终]$/;

/**
 * Does X以前 / X之前 / X前 stop before X rather than at its end? 以前 always does (earlier than
 * X: 2018年以前); 之前 and 前 only for a period already past (2015年前 in a 2018 text), while
 * ahead they are deadlines that include X (明年6月之前 = by June 30, 2030年前). Never for an end
 * word (3月底以前 = by the 31st) or a day; without a reference day, 之前 is strict and 前 is not.
 */
function strictBefore(text: string, start: number, end: number, word: string, res: Resolved, ref: Day | undefined): boolean {
  if (!coarse(res.gran) || /或|及/.test(word) || END_WORD_RE.test(text.slice(start, end))) return false;
  if (word.includes('以前')) return true;
  if (ref && res.to) return compareDays(res.to, ref) < 0;
  return word.includes('之前');
}

/**
 * Read the affixes around text[start, end) (no further back than `floor`) and set the role:
 * since (以来, 以后), deadline (前, 到…, 截至…), or the resolved role; a range only takes a
 * leading 从/到 word.
 * @example frame('到2023年', 1, 6, …year 2023…) // { start: 0, end: 6, role: 'deadline', … }
 */
export function frame(
  text: string,
  start: number,
  end: number,
  floor: number,
  res: Resolved,
  isRange: boolean,
  ref: Day | undefined,
): Framed {
  let role: DateRole = res.role ?? 'point';
  let from = res.from;
  let to = res.to;
  const before = text.slice(Math.max(floor, start - 5), start);
  const after = text.slice(end, end + 4);
  const pre = DEADLINE_PRE_RE.exec(before);
  const spre = SINCE_PRE_RE.exec(before);
  let m: RegExpExecArray | null;
  if (!isRange && (m = SINCE_POST_RE.exec(after))) {
    end += m[0].length;
    if (spre) start -= spre[0].length;
    role = 'since';
  } else if (!isRange && (m = AFTER_POST_RE.exec(after))) {
    end += m[0].length;
    role = 'since';
    if (from && to && coarse(res.gran) && !m[0].includes('或') && !m[0].includes('及')) from = shiftDays(to, 1);
  } else if (!isRange && (m = BEFORE_POST_RE.exec(after))) {
    if (from && strictBefore(text, start, end, m[0], res, ref)) to = shiftDays(from, -1);
    end += m[0].length;
    role = 'deadline';
    if (pre) start -= pre[0].length;
    if (/或|及/.test(m[0])) return { start, end, from, to, role, open: true };
  } else if (pre && !isRange) {
    start -= pre[0].length;
    role = 'deadline';
    const u = UNTIL_POST_RE.exec(after);
    if (u) end += u[0].length;
  } else if (spre) {
    start -= spre[0].length;
    if (!isRange && res.role !== 'span') role = 'since'; // 从2018/1/10-2018/7/10 stays a span
    const u = isRange ? UNTIL_POST_RE.exec(after) : null;
    if (u) end += u[0].length; // 自2020-05-26起至2020-05-29止
  } else if ((m = APPROX_POST_RE.exec(after))) end += m[0].length;
  return { start, end, from, to, role };
}

/**
 * The from..to a role implies against the reference day: a deadline runs from the reference
 * day (when it comes before the end), a since up to it.
 */
export function bound(f: Framed, res: Resolved, ref: Day | undefined, isRange: boolean): Framed {
  let { from, to, role } = f;
  if (role === 'deadline' && f.open) from = undefined;
  else if (role === 'deadline') {
    from = ref && to && compareDays(ref, to) <= 0 ? { ...ref } : role === res.role ? from : undefined;
    if (from && to && compareDays(from, to) > 0) from = undefined;
  } else if (role === 'since') {
    to = ref && from && compareDays(ref, from) >= 0 ? { ...ref } : undefined;
  } else if (isRange) role = 'span';
  return { ...f, from, to, role };
}
