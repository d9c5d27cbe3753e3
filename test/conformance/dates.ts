/**
 * Recognizers-Text's date specs (DateParser, DatePeriodParser, DateTimeModel) read as tifa
 * DateMentions. A resolution value is 'YYYY-MM-DD', 'YYYY-MM-DD HH:mm:ss' or 'HH:mm:ss';
 * tifa's from/to are 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm'.
 */
import type { DateMention } from '../../src/types.js';
import { aligned, type RtResult } from './quantities.js';

/** One acceptable resolution of an expected mention (Future or Past, or one of the model's values). */
export interface Alt {
  from?: string;
  to?: string;
}
export interface WantDate {
  start: number;
  end: number;
  text: string;
  alts: Alt[];
}

const DATE_RE = /^\d{4}-\d\d-\d\d$/;
const DATETIME_RE = /^(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d)(:\d\d)?$/;
const TIME_RE = /^(\d\d:\d\d)(:\d\d)?$/;
const resolvable = (v: unknown): v is string => typeof v === 'string' && (DATE_RE.test(v) || DATETIME_RE.test(v) || TIME_RE.test(v));

function sameValue(want: string, got: unknown): boolean {
  if (typeof got !== 'string') return false;
  if (DATE_RE.test(want)) return got.slice(0, 10) === want;
  const dt = DATETIME_RE.exec(want);
  if (dt) return got.slice(0, 16) === `${dt[1]}T${dt[2]}`;
  const t = TIME_RE.exec(want);
  return Boolean(t) && got.length >= 16 && got[10] === 'T' && got.slice(11, 16) === t![1];
}

/** One unit (a day, or a minute with a time) before `v`: RT's range ends are exclusive, tifa's `to` inclusive. */
function unitBefore(v: string): string {
  if (DATE_RE.test(v)) return new Date(Date.parse(`${v}T00:00:00Z`) - 864e5).toISOString().slice(0, 10);
  const dt = DATETIME_RE.exec(v);
  if (dt) {
    const t = new Date(Date.parse(`${dt[1]}T${dt[2]}:00Z`) - 6e4).toISOString();
    return `${t.slice(0, 10)} ${t.slice(11, 16)}`;
  }
  const m = TIME_RE.exec(v);
  if (!m) return v;
  const mins = (Number(m[1]!.slice(0, 2)) * 60 + Number(m[1]!.slice(3)) + 1439) % 1440;
  return `${String(Math.floor(mins / 60)).padStart(2, '0')}:${String(mins % 60).padStart(2, '0')}`;
}

/** Does a produced mention carry this alternative (from, and to for ranges)? */
function sameResolution(alt: Alt, p: DateMention): boolean {
  if (!alt.from && !alt.to) return true; // durations, sets, unresolved: the mention is enough
  if (alt.from && !sameValue(alt.from, p.from)) return false;
  const to = p.to ?? p.from;
  return !alt.to || sameValue(alt.to, to) || sameValue(unitBefore(alt.to), to);
}

/** An RT date result as a span plus its resolution alternatives. */
export function expectDate(r: RtResult): WantDate {
  if (r.Value) {
    // DateParser / DatePeriodParser: Start + Length, Future and Past resolutions
    const alts = [r.Value.FutureResolution, r.Value.PastResolution].map((v) => ({ from: v?.date ?? v?.startDate, to: v?.endDate }));
    return { start: r.Start, end: r.Start + (r.Length ?? 0), text: r.Text, alts };
  }
  const alts = (r.Resolution?.values ?? [])
    .map((v) => ({ from: v.value ?? v.start, to: v.value === undefined ? v.end : undefined }))
    .map(({ from, to }) => ({ from: resolvable(from) ? from : undefined, to: resolvable(to) ? to : undefined }));
  return { start: r.Start, end: (r.End ?? 0) + 1, text: r.Text, alts: alts.length ? alts : [{}] };
}

/** Whether tifa's mentions pass one case: each expected mention has an aligned mention with one of its resolutions. */
export function datesPass(expected: WantDate[], produced: DateMention[]): boolean {
  const got = produced.filter((p) => typeof p.start === 'number' && typeof p.end === 'number');
  if (!expected.length) return got.length === 0;
  return expected.every((e) => {
    const here = got.filter((p) => aligned(e, p));
    // RT resolves an impossible date (2月30日) to 0001-01-01: pass when nothing real is produced.
    if (e.alts.every((a) => a.from?.startsWith('0001-'))) return !here.some((p) => p.from && !p.from.startsWith('0001-'));
    return here.some((p) => e.alts.some((a) => sameResolution(a, p)));
  });
}
