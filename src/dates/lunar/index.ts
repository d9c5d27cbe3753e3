/**
 * The Chinese calendar in the date reader: lunar dates, festivals, solar terms and seasons as
 * date candidates. Finding them costs one table look-up per character; the calendar library
 * (engine.ts) is loaded only when one of them is resolved.
 */
import { isNumeralAt } from '../../text/index.js';
import { TIME_AT, readTime } from '../core.js';
import type { Candidate } from '../forms.js';
import { FESTIVALS, SEASONS, SOLAR_TERMS } from './festivals.js';
import { readLunar, readSeasonChar, readWord, type LunarMatch } from './read.js';
import { resolveAfter, resolveLunar } from './resolve.js';

export { useLunarCalendar } from './engine.js';

/** What a two-character opening can start. */
const WORD = 1; // a festival, term or season word
const LUNAR = 2; // 农历, 闰X, 正月, 大年, 初X, 廿X
const REL_SEASON = 4; // 今冬, 明春
const MONTH_DAY = 8; // 月 then a day (the month starts one or two characters before)
const YEAR_SEASON = 16; // 年 then 春/夏/秋/冬

const OPENINGS = new Map<string, number>();
const FIRST = new Uint8Array(65536);
function open(pair: string, kind: number): void {
  OPENINGS.set(pair, (OPENINGS.get(pair) ?? 0) | kind);
  FIRST[pair.charCodeAt(0)] = 1;
}
for (const w of [...Object.keys(FESTIVALS), ...SOLAR_TERMS, ...Object.keys(SEASONS)]) if (w.length > 1) open(w.slice(0, 2), WORD);
for (const p of ['农历', '阴历', '夏历', '正月', '腊月', '冬月', '大年']) open(p, LUNAR);
for (const c of '一二三四五六七八九十正腊冬') for (const l of '闰閏') open(l + c, LUNAR);
for (const c of '一二三四五六七八九十') open(`初${c}`, LUNAR);
for (const c of '一二三四五六七八九') open(`廿${c}`, LUNAR);
for (const c of '今明去') for (const s of '春夏秋冬') open(c + s, REL_SEASON);
for (const c of '初廿一二三四五六七八九十') open(`月${c}`, MONTH_DAY);
for (const s of '春夏秋冬') open(`年${s}`, YEAR_SEASON);

const MONTH_CHAR = /[正腊冬一二三四五六七八九十]/;

/** Where the month before the 月 at `j` starts (十二月 → j − 2), or undefined. */
function monthStart(text: string, j: number): number | undefined {
  const two = text.slice(Math.max(0, j - 2), j);
  const s = /^十[一二]$/.test(two) ? j - 2 : MONTH_CHAR.test(text[j - 1] ?? '') ? j - 1 : undefined;
  if (s === undefined || isNumeralAt(text, s - 1)) return undefined;
  return s;
}

/** A time of day right after a lunar day (除夕晚上6点半, 七夕节半夜11点). */
function withClock(text: string, m: LunarMatch): LunarMatch {
  const f = m.fields;
  if (!f || (f.kind === 'lunarDate' && f.day === undefined) || f.kind === 'season') return m;
  if (f.kind === 'festival' && f.around !== 'day') return m;
  const midnight = text.startsWith('半夜', m.end);
  const at = midnight ? m.end + 2 : m.end;
  TIME_AT.lastIndex = at;
  const hit = TIME_AT.exec(text);
  const t = hit ? readTime(hit) : undefined;
  if (!t || t.start > at + 1) return m;
  if (midnight && t.fields.hour === undefined) return m;
  const clock = midnight ? { ...t.fields, period: t.fields.period ?? '深夜' } : t.fields;
  return { ...m, end: t.end, clock };
}

/** Try the readers an opening allows at position i. */
function readAt(text: string, i: number, kind: number): LunarMatch | undefined {
  let m: LunarMatch | undefined;
  if (kind & WORD) m = readWord(text, i);
  if (!m && kind & LUNAR && text[i - 1] !== '月') m = readLunar(text, i);
  if (!m && kind & REL_SEASON) m = readSeasonChar(text, i);
  if (!m && kind & YEAR_SEASON) m = readWord(text, i + 1) ?? readSeasonChar(text, i + 1); // 2024年冬至 before 2021年冬
  if (!m && kind & MONTH_DAY) {
    const s = monthStart(text, i);
    if (s !== undefined) m = readLunar(text, s);
  }
  return m;
}

/**
 * The Chinese-calendar date candidates of a normalized text. A candidate without fields is a
 * veto: a lunar-looking word that is no date here (初一学生), kept from the Gregorian reading.
 *
 * @example lunarCandidates('2022年春节前后')[0] // { start: 0, end: 9 } → 2022-01-25..2022-02-08
 */
export function lunarCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  let next = 0;
  const n = text.length - 1;
  for (let i = 0; i < n; i++) {
    if (FIRST[text.charCodeAt(i)] === 0) continue;
    const kind = OPENINGS.get(text.slice(i, i + 2));
    if (kind === undefined) continue;
    let m = readAt(text, i, kind);
    if (!m || m.start < next) continue;
    m = withClock(text, m);
    const match = m;
    out.push({ start: m.start, end: m.end, resolve: (ref) => resolveLunar(match, ref), after: (left) => resolveAfter(match, left) });
    next = m.end;
    i = Math.max(i, m.end - 1);
  }
  return out;
}
