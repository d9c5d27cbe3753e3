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
  /** Forms (bit k = forms[k]) a character can start. */
  first: Uint32Array;
  /** Forms a character forbids right after itself. */
  block: Uint32Array;
  /** Near classes (bit j) a character belongs to. */
  near: Uint32Array;
  /** 1 where a character matters at all (starts a form or belongs to a near class). */
  any: Uint8Array;
  /** Per form: its near class, or -1. */
  nearOf: Int8Array;
  /** Per form: how far its near character may lie (no near class: always within reach). */
  within: Int32Array;
  /** Per form: its own start test, if any. */
  tests: (DateForm['startsAt'] | undefined)[];
  classes: number;
}

/** Derive the prefilter tables of a list of forms (at most 32 forms, 32 near classes). */
export function tablesOf(forms: readonly DateForm[]): Tables {
  if (forms.length > 32) throw new Error('dates/scan: at most 32 forms');
  const first = new Uint32Array(65536);
  const block = new Uint32Array(65536);
  const near = new Uint32Array(65536);
  const any = new Uint8Array(65536);
  const nearOf = new Int8Array(forms.length).fill(-1);
  const within = new Int32Array(forms.length).fill(1 << 30);
  const classes = new Map<string, number>();
  forms.forEach((f, k) => {
    const bit = (1 << k) >>> 0;
    for (const ch of f.first) first[ch.charCodeAt(0)] |= bit;
    for (const ch of f.notAfter ?? '') block[ch.charCodeAt(0)] |= bit;
    if (!f.near) return;
    let j = classes.get(f.near.chars);
    if (j === undefined) {
      j = classes.size;
      classes.set(f.near.chars, j);
      for (const ch of f.near.chars) near[ch.charCodeAt(0)] |= 1 << j;
    }
    nearOf[k] = j;
    within[k] = f.near.within;
  });
  if (classes.size > 32) throw new Error('dates/scan: at most 32 near classes');
  for (let c = 0; c < 65536; c++) any[c] = first[c] !== 0 || near[c] !== 0 ? 1 : 0;
  return { forms, first, block, near, any, nearOf, within, tests: forms.map((f) => f.startsAt), classes: classes.size };
}

let TABLES: Tables | undefined;

/**
 * Where each date form can start in `text`, in one pass (from the end, so that what follows a
 * position is known when the position is judged).
 *
 * @example startsOf('到2023年').core // [1]
 */
export function startsOf(text: string, t: Tables = (TABLES ??= tablesOf(FORMS))): Starts {
  const { forms, first, block, near, any, nearOf, within, tests } = t;
  const n = text.length;
  const rev: number[][] = forms.map(() => []);
  // where the next character of each near class is, after i
  const next = new Int32Array(t.classes).fill(n + 9);
  const point: ScanPoint = { digitEnd: n, near: n + 9 };
  let digitEnd = n;
  for (let i = n - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (any[c] === 0) {
      // most characters: no form starts here and no form looks for them
      digitEnd = i;
      continue;
    }
    if (c < 48 || c > 57) digitEnd = i;
    let cand = first[c];
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
    let cls = near[c];
    while (cls !== 0) {
      const low = cls & -cls;
      next[31 - Math.clz32(low)] = i;
      cls ^= low;
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
