/**
 * The publication date a text implies, for analyze() when no referenceDate is given: a full
 * date near the top, or a dateline (本报烟台5月13日讯, 新华社北京3月5日电, 本报讯 5月12日) whose
 * year comes from the text's own full dates.
 */
import { formatDay, isValidDay } from './calendar.js';

const HEAD = 400;
const FULL_RE = /(?<!\d)(\d{4})(?:年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日|([-./])(\d{1,2})\4(\d{1,2})(?!\d))/g;
// A dateline: the date before 讯/电 (本报烟台5月13日讯), or after it (本报讯 5月12日). Two regexes,
// not one alternation: the fuzzing of the regex audit reads the alternation's optional parts as
// polynomial now and then (it is linear: every part is bounded).
const DATELINE_BEFORE_RE = /(?<![\d年])(\d{1,2}) ?月 ?(\d{1,2}) ?日 ?(?:讯|电)/;
const DATELINE_AFTER_RE =
  /(?:本报讯|讯|电)[\s)）】\]]{0,3}(?:\([^)\n]{0,20}\)|（[^）\n]{0,20}）)?\s?(?<![\d年])(\d{1,2}) ?月 ?(\d{1,2}) ?日/;

/** The first dateline of the head: month and day, or undefined. */
function datelineOf(head: string): { mo: number; d: number } | undefined {
  const a = DATELINE_BEFORE_RE.exec(head);
  const b = DATELINE_AFTER_RE.exec(head);
  const m = a && (!b || a.index <= b.index) ? a : b;
  return m ? { mo: Number(m[1]), d: Number(m[2]) } : undefined;
}

/**
 * Infer the reference date of a normalized text.
 *
 * @example inferFrom('本报烟台5月13日讯 … 2021年5月30日举行') // '2021-05-13'
 * @example inferFrom('2021年5月13日 来源：烟台日报') // '2021-05-13'
 */
export function inferFrom(text: string): string | undefined {
  const head = text.slice(0, HEAD);
  const full: { y: number; m: number; d: number; at: number }[] = [];
  for (const m of text.matchAll(FULL_RE)) {
    const y = Number(m[1]);
    const mo = Number(m[2] ?? m[5]);
    const d = Number(m[3] ?? m[6]);
    if (y >= 1900 && y <= 2199 && isValidDay(y, mo, d)) full.push({ y, m: mo, d, at: m.index! });
  }
  const line = datelineOf(head);
  if (line) {
    const { mo, d } = line;
    // the year: that of the text's full dates nearest after the dateline month, else the latest
    const years = full.map((f) => f.y);
    if (years.length) {
      const y = mostCommon(years);
      if (isValidDay(y, mo, d)) return formatDay({ year: y, month: mo, day: d });
    }
    return undefined;
  }
  const top = full.find((f) => f.at < HEAD);
  return top ? formatDay({ year: top.y, month: top.m, day: top.d }) : undefined;
}

function mostCommon(xs: number[]): number {
  const n = new Map<number, number>();
  let best = xs[0];
  for (const x of xs) {
    n.set(x, (n.get(x) ?? 0) + 1);
    if ((n.get(x) ?? 0) > (n.get(best) ?? 0) || ((n.get(x) ?? 0) === (n.get(best) ?? 0) && x > best)) best = x;
  }
  return best;
}
