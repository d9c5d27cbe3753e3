/**
 * The scanning prefilter: one pass over the text's character codes finds, for every date form,
 * the positions where a match of that form can start. Each form's regex then runs sticky at
 * those positions only, instead of scanning the whole text itself.
 *
 * The tables are derived from the forms (forms/index.ts): each form's first characters, the
 * characters that may not precede it, and its nearest required character (`near`). The
 * conditions are necessary, never sufficient: the regex decides. A test checks that
 * `matchesAt` with these starts finds exactly what a global scan of each form's regex finds.
 */
import { FORMS } from './forms/index.js';
import type { DateForm, ScanPoint } from './forms/types.js';

/** Start positions per form name, ascending. */
export type Starts = Record<string, number[]>;

/** The tables of one list of forms. */
interface Tables {
  forms: readonly DateForm[];
  /**
   * Per character: bit k when it can start forms[k] (at most 32 forms).
   */
  table: Uint32Array;
  /** Per character: bit j when it belongs to near class j (at most 32 classes). */
  nearTable: Uint32Array;
  /** Forms a character forbids right after itself. */
  block: Uint32Array;
  /**
   * 1 where `table` or `nearTable` is not 0: the one lookup most characters need. A 64 KB byte
   * table stays in cache where the two 256 KB word tables do not.
   */
  hit: Uint8Array;
  /** Bits of `table` that are forms. */
  formMask: number;
  /** Per form: its near class, or -1 (the nearest character of the class at or after a start). */
  nearOf: Int8Array;
  /** Per form: how far its near character may lie (no near class: always within reach). */
  within: Int32Array;
  /** Per form: its own start test, if any. */
  tests: (DateForm['startsAt'] | undefined)[];
  classes: number;
}

/** Derive the prefilter tables of a list of forms (at most 32 forms and 32 near classes). */
export function tablesOf(forms: readonly DateForm[]): Tables {
  const table = new Uint32Array(65536);
  const nearTable = new Uint32Array(65536);
  const block = new Uint32Array(65536);
  const nearOf = new Int8Array(forms.length).fill(-1);
  const within = new Int32Array(forms.length).fill(1 << 30);
  const classes = new Map<string, number>();
  forms.forEach((f) => {
    if (f.near && !classes.has(f.near.chars)) classes.set(f.near.chars, classes.size);
  });
  const F = forms.length;
  if (F > 32 || classes.size > 32) throw new Error('dates/scan: more than 32 forms or near classes');
  forms.forEach((f, k) => {
    const bit = (1 << k) >>> 0;
    for (const ch of f.first) table[ch.charCodeAt(0)] |= bit;
    for (const ch of f.notAfter ?? '') block[ch.charCodeAt(0)] |= bit;
    if (!f.near) return;
    nearOf[k] = classes.get(f.near.chars)!;
    within[k] = f.near.within;
  });
  for (const [chars, j] of classes) for (const ch of chars) nearTable[ch.charCodeAt(0)] |= (1 << j) >>> 0;
  const hit = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) hit[c] = table[c] !== 0 || nearTable[c] !== 0 ? 1 : 0;
  const formMask = F === 32 ? 0xffffffff : (1 << F) - 1;
  return { forms, table, nearTable, block, hit, formMask, nearOf, within, tests: forms.map((f) => f.startsAt), classes: classes.size };
}

let TABLES: Tables | undefined;

/**
 * Where each date form can start in `text`, in one pass (from the end, so that what follows a
 * position is known when the position is judged).
 *
 * @example startsOf('到2023年').core // [1]
 */
export function startsOf(text: string, t: Tables = (TABLES ??= tablesOf(FORMS))): Starts {
  const { forms, table, nearTable, block, hit, formMask, nearOf, within, tests } = t;
  const n = text.length;
  const rev: number[][] = forms.map(() => []);
  // where the next character of each near class is, after i
  const next = new Int32Array(t.classes).fill(n + 9);
  const point: ScanPoint = { digitEnd: n, near: n + 9 };
  let digitEnd = n;
  for (let i = n - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (hit[c] === 0) {
      // most characters: no form starts here and no form looks for them
      digitEnd = i;
      continue;
    }
    const e = table[c];
    let cls = nearTable[c];
    if (c < 48 || c > 57) digitEnd = i;
    // near classes first: a form's near character may be its own first one (周 of 周一)
    while (cls !== 0) {
      const low = cls & -cls;
      next[31 - Math.clz32(low)] = i;
      cls ^= low;
    }
    let cand = e & formMask;
    if (cand !== 0 && i > 0) cand &= ~block[text.charCodeAt(i - 1)];
    while (cand !== 0) {
      const low = cand & -cand;
      const k = 31 - Math.clz32(low);
      cand ^= low;
      const j = nearOf[k];
      const nearAt = j < 0 ? n + 9 : next[j];
      const test = tests[k];
      if (test === undefined) {
        if (nearAt <= i + within[k]) rev[k].push(i);
      } else {
        point.digitEnd = digitEnd;
        point.near = nearAt;
        if (test(text, i, c, point)) rev[k].push(i);
      }
    }
  }
  const out: Starts = {};
  forms.forEach((f, k) => {
    out[f.name] = rev[k].reverse();
  });
  return out;
}

/**
 * The matches of a sticky regex (flag `y`) tried at ascending `starts`, non-overlapping and
 * non-empty, exactly as a global scan of the same regex would report them when `starts`
 * holds every position a match can begin at. Without `starts`, every position is tried.
 */
export function matchesAt(re: RegExp, text: string, starts?: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = 0;
  const n = starts ? starts.length : text.length;
  for (let k = 0; k < n; k++) {
    const i = starts ? starts[k] : k;
    if (i < next) continue;
    re.lastIndex = i;
    const m = re.exec(text);
    if (m && m[0].length > 0) {
      out.push(m);
      next = i + m[0].length;
    }
  }
  return out;
}
