/**
 * Regression corpus: next to each document NAME.txt an expected analysis NAME.expected.json,
 * and a readable per-result diff between it and what tifa finds now. Used by
 * `tifa corpus DIR --update/--check`, `npm run corpus:update` and test/cli/corpus.test.ts.
 */
import type { Analysis } from '../types.js';
import { KINDS, oneLine, summary, type AnyResult, type Kind } from './results.js';

/** The content of NAME.expected.json. */
export interface ExpectedFile {
  /** The document's file name (without directory). */
  file: string;
  /** The options the analysis was made with; edit `referenceDate` by hand and re-run --update. */
  options: { referenceDate?: string };
  analysis: Analysis;
}

/** NAME.txt → NAME.expected.json. */
export const expectedName = (txt: string): string => `${txt.replace(/\.txt$/i, '')}.expected.json`;

/** The JSON text of an expected file (stable: two-space indent, final newline). */
export const expectedJson = (e: ExpectedFile): string => `${JSON.stringify(e, null, 2)}\n`;

/** Leaf fields of a result as 'path' → printed value, skipping the span itself. */
function leaves(v: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (v === undefined) return out;
  if (v === null || typeof v !== 'object') {
    out.set(prefix, JSON.stringify(v));
    return out;
  }
  if (Array.isArray(v)) {
    out.set(prefix, JSON.stringify(v));
    return out;
  }
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (!prefix && (k === 'text' || k === 'start' || k === 'end')) continue;
    leaves(x, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A field value in one short piece: a nested result by its text, anything else as JSON. */
const brief = (v: unknown): string =>
  v === undefined ? '(none)' : isObject(v) && typeof v.text === 'string' ? `«${oneLine(v.text)}»` : JSON.stringify(v);

const spanKey = (r: AnyResult) => `${r.start}:${r.end}`;
const where = (r: AnyResult) => `[${r.start},${r.end}) «${oneLine(String(r.text))}»`;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Group results by span, keeping their order within a span. */
function bySpan(list: AnyResult[]): Map<string, AnyResult[]> {
  const m = new Map<string, AnyResult[]>();
  for (const r of list) {
    const k = spanKey(r);
    const g = m.get(k);
    if (g) g.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/**
 * The differences of one kind, one line each:
 * `- [721,737) «…» …` (no longer found), `+ …` (newly found),
 * `~ [721,737) «…»: value.value 2000 → 3000` (same span, changed resolution).
 */
export function diffKind(kind: Kind, expected: AnyResult[], actual: AnyResult[]): string[] {
  const lines: { at: number; line: string }[] = [];
  const exp = bySpan(expected);
  const act = bySpan(actual);
  for (const [key, es] of exp) {
    const as = act.get(key) ?? [];
    // results at one span: pair identical ones first, then in order
    const left = es.filter((e) => !as.some((a) => same(a, e)));
    const right = as.filter((a) => !es.some((e) => same(a, e)));
    const n = Math.min(left.length, right.length);
    for (let i = 0; i < n; i++) {
      const changes: string[] = [];
      const before = left[i] as Record<string, unknown>;
      const after = right[i] as Record<string, unknown>;
      for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
        if (k === 'text' || k === 'start' || k === 'end' || same(before[k], after[k])) continue;
        if (isObject(before[k]) && isObject(after[k])) {
          const b = leaves(before[k], k);
          const a = leaves(after[k], k);
          for (const p of new Set([...b.keys(), ...a.keys()])) {
            if (b.get(p) !== a.get(p)) changes.push(`${p} ${b.get(p) ?? '(none)'} → ${a.get(p) ?? '(none)'}`);
          }
        } else changes.push(`${k} ${brief(before[k])} → ${brief(after[k])}`);
      }
      lines.push({ at: left[i].start, line: `  ~ ${kind} ${where(left[i])}: ${changes.join('; ')}` });
    }
    for (const e of left.slice(n)) lines.push({ at: e.start, line: `  - ${kind} ${where(e)} ${summary(kind, e)}` });
    for (const a of right.slice(n)) lines.push({ at: a.start, line: `  + ${kind} ${where(a)} ${summary(kind, a)}` });
  }
  for (const [key, as] of act) {
    if (exp.has(key)) continue;
    for (const a of as) lines.push({ at: a.start, line: `  + ${kind} ${where(a)} ${summary(kind, a)}` });
  }
  return lines.sort((x, y) => x.at - y.at).map((l) => l.line);
}

/** Where two texts first differ, with a little context. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 10);
  return `at ${i}: «${oneLine(a.slice(from, i + 20))}» → «${oneLine(b.slice(from, i + 20))}»`;
}

const arr = (a: Partial<Analysis>, k: Kind): AnyResult[] => {
  const v = (a as Record<string, unknown>)[k];
  return Array.isArray(v) ? (v as AnyResult[]) : [];
};

/**
 * Every difference between an expected and an actual analysis, as readable lines; [] when
 * they are the same. Each result is matched by its span, so a moved or re-resolved result
 * shows as one line, not as a wall of JSON.
 */
export function diffAnalysis(expected: Partial<Analysis>, actual: Partial<Analysis>): string[] {
  const out: string[] = [];
  if (expected.referenceDate !== actual.referenceDate) {
    out.push(`  ~ referenceDate ${expected.referenceDate ?? '(none)'} → ${actual.referenceDate ?? '(none)'}`);
  }
  if (typeof expected.normalized === 'string' && typeof actual.normalized === 'string' && expected.normalized !== actual.normalized) {
    out.push(`  ~ normalized text ${firstDifference(expected.normalized, actual.normalized)}`);
  }
  const results = KINDS.flatMap((kind) => diffKind(kind, arr(expected, kind), arr(actual, kind)));
  // text order across kinds: each line carries '[start,end)'
  const at = (l: string) => Number(l.slice(l.indexOf('[') + 1, l.indexOf(',', l.indexOf('['))));
  return [
    ...out,
    ...results
      .map((l, i) => ({ l, i }))
      .sort((x, y) => at(x.l) - at(y.l) || x.i - y.i)
      .map((x) => x.l),
  ];
}

/** Counts of a diff's lines: '3 added, 1 removed, 2 changed'. */
export function diffStats(lines: string[]): string {
  const n = (c: string) => lines.filter((l) => l.startsWith(`  ${c} `)).length;
  return `${n('+')} added, ${n('-')} removed, ${n('~')} changed`;
}
