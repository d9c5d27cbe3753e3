/**
 * The publication date a text implies, for analyze() when no referenceDate is given: a full
 * date near the top, or a dateline (本报烟台5月13日讯, 新华社北京3月5日电, 本报讯 5月12日) whose
 * year comes from the text's own full dates.
 */
import { formatDay, isValidDay } from './calendar.js';

const HEAD = 400;
const FULL_RE = /(?<!\d)(\d{4})(?:年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日|([-./])(\d{1,2})\4(\d{1,2})(?!\d))/g;
// A dateline: the date before 讯/电 (本报烟台5月13日讯), or after it (本报讯 5月12日, 新华社电（记者
// 王某）3月5日). The second is found in code: after 讯/电, up to three closing marks or spaces, one
// parenthesis of at most 20 characters, then the date. (As one regex, its optional bounded parts
// made the audit's fuzzing report a polynomial now and then, though every part is bounded.)
const DATELINE_BEFORE_RE = /(?<![\d年])(\d{1,2}) ?月 ?(\d{1,2}) ?日 ?(?:讯|电)/;
const WIRE_RE = /[讯电]/g;
const MONTH_DAY_RE = /(?<![\d年])(\d{1,2}) ?月 ?(\d{1,2}) ?日/y;
const SKIP = new Set([' ', '\t', '\n', ')', '）', '】', ']', '\u3000']);
const CLOSE: Record<string, string> = { '(': ')', '（': '）' };

/** Where a dateline's date may start after the 讯/电 ending at `i`, skipping marks and one aside. */
function afterWire(head: string, i: number): number {
  let k = i;
  for (let n = 0; n < 3 && SKIP.has(head[k]); n++) k++;
  const close = CLOSE[head[k]];
  if (close !== undefined) {
    const end = head.indexOf(close, k + 1);
    const nl = head.indexOf('\n', k + 1);
    if (end < 0 || end - k - 1 > 20 || (nl >= 0 && nl < end)) return k;
    k = end + 1;
    if (/\s/.test(head[k] ?? '')) k++;
  }
  return k;
}

/** The first date after a 讯/电 of the head: [index, month, day], or undefined. */
function afterWireDate(head: string): [number, number, number] | undefined {
  for (const w of head.matchAll(WIRE_RE)) {
    MONTH_DAY_RE.lastIndex = afterWire(head, w.index + 1);
    const m = MONTH_DAY_RE.exec(head);
    if (m) return [w.index, Number(m[1]), Number(m[2])];
  }
  return undefined;
}

/**
 * The first dateline of the head: month and day, or undefined.
 * @example datelineOf('本报讯（记者 李华）5月12日，…') // { mo: 5, d: 12 }
 */
function datelineOf(head: string): { mo: number; d: number } | undefined {
  const a = DATELINE_BEFORE_RE.exec(head);
  const b = afterWireDate(head);
  if (a && (!b || a.index <= b[0])) return { mo: Number(a[1]), d: Number(a[2]) };
  return b ? { mo: b[1], d: b[2] } : undefined;
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
