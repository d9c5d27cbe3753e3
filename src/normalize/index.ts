/**
 * Offset-preserving normalization: what every extractor reads, with a map back to the
 * caller's original string.
 */
import { OPTION_KEYS, assertOptions, assertText } from '../options.js';
import type { Span } from '../types.js';
import { fixDigits } from './digits.js';
import { joinAllLines, joinLinesOf } from './lines.js';
import { compose, finalMapOf, firstAtOrAfter, sourceOf, type Rewrite, type Runs } from './offsets.js';
import { toSimplified, type Script } from './script.js';
import { survey } from './survey.js';
import { toHalfWidth } from './width.js';

// The public surface is normalize() and its types; the passes (toSimplified, toHalfWidth,
// fixDigits, joinLines, …) are internal: import them from their own modules inside tifa.
export type { Script } from './script.js';

export interface NormalizeOptions {
  /** 'auto' (default): Traditional text is converted to Simplified with opencc-js; 'simplified': always convert; 'keep': never. */
  script?: 'auto' | 'simplified' | 'keep';
  /**
   * 'auto' (default): rejoin lines where the layout shows hard wrapping (a column of even
   * widths, long prose lines cut mid-sentence); true: the text is known to be hard-wrapped, so
   * every break inside a sentence goes (blank lines and list items stay); false: keep every break.
   */
  joinLines?: 'auto' | boolean;
}

export interface Normalized {
  /** The normalized text that extractors read. */
  text: string;
  /** Map an index in `text` back to the caller's input (text.length maps to input.length). */
  toOriginal(index: number): number;
  /** Map a span [start, end) of `text` back to a Span of the caller's input. */
  toOriginalSpan(start: number, end: number): Span;
  /** The first index of `text` whose source is at or after `index` of the input (the inverse of toOriginal on kept characters). */
  fromOriginal(index: number): number;
  /** The script of the input (before any conversion). */
  script: Script;
}

const SCRIPT_VALUES = ['auto', 'simplified', 'keep'];

/**
 * Normalize Chinese policy text for extraction, keeping an exact map to the original:
 * full-width ASCII to half-width, OCR-spaced digits rejoined, thousands separators removed,
 * Traditional → Simplified, hard-wrapped column lines rejoined.
 *
 * @example
 * const n = normalize('國內生產總值增長５．５％左右');
 * n.text                     // '国内生产总值增长5.5%左右'
 * n.toOriginalSpan(8, 12)    // { text: '５．５％', start: 8, end: 12 }
 */
export function normalize(input: string, opts?: NormalizeOptions): Normalized {
  assertText(input);
  assertOptions(opts, 'opts', OPTION_KEYS);
  const scriptOpt = opts?.script ?? 'auto';
  if (!SCRIPT_VALUES.includes(scriptOpt as string)) {
    throw new TypeError(`tifa: opts.script must be 'auto', 'simplified' or 'keep', got ${String(scriptOpt)}`);
  }
  const joinOpt = opts?.joinLines ?? 'auto';
  if (joinOpt !== 'auto' && typeof joinOpt !== 'boolean') {
    throw new TypeError(`tifa: opts.joinLines must be 'auto' or a boolean, got ${String(joinOpt)}`);
  }

  let text = input;
  let map: Runs | undefined;
  const apply = (r: Rewrite | undefined) => {
    if (!r) return;
    map = compose(map, r.map);
    text = r.text;
  };

  let detected = survey(input);
  if (joinOpt === true) {
    // known hard wrapping: join first, so the width and digit passes see the joined lines
    const joined = joinAllLines(text);
    if (joined) {
      apply(joined);
      detected = survey(text);
    }
  }
  const convert = scriptOpt === 'simplified' || (scriptOpt === 'auto' && detected.script !== 'simplified');
  if (detected.fullWidth) apply(toHalfWidth(text));
  if (convert) text = toSimplified(text); // one-to-one: the map is unchanged
  // survey's line widths hold while no pass before this one changed a width (toSimplified keeps them)
  if (joinOpt === 'auto') joinToFixedPoint(text, detected.fullWidth ? undefined : detected.lineWidths, apply, () => text);
  if (detected.digitGap || detected.fullWidth) apply(fixDigits(text));

  const finalMap = finalMapOf(map);
  map = undefined;
  const n = input.length;
  const toOriginal = (index: number): number => {
    if (!Number.isFinite(index)) return index > 0 ? n : 0;
    const i = Math.max(0, Math.trunc(index));
    if (i >= text.length) return n;
    return sourceOf(finalMap, i);
  };
  const toOriginalSpan = (start: number, end: number): Span => {
    const s = toOriginal(start);
    const e = end <= start ? s : toOriginal(end - 1) + 1;
    const e2 = Math.min(Math.max(e, s), n);
    // keep a surrogate pair whole
    const e3 = e2 < n && isLowSurrogate(input.charCodeAt(e2)) && e2 > 0 ? e2 + 1 : e2;
    return { text: input.slice(s, e3), start: s, end: e3 };
  };
  const fromOriginal = (index: number): number => firstAtOrAfter(finalMap, text.length, index);
  return { text, toOriginal, toOriginalSpan, fromOriginal, script: detected.script };
}

/** Most joinLines passes: each one that changes anything removes a line break. */
const MAX_JOIN_PASSES = 4;

/**
 * Join hard-wrapped lines until a pass finds nothing more to join, so that normalizing the
 * result again changes nothing (joining widens lines, which can move the column estimate).
 */
function joinToFixedPoint(
  text: string,
  widths: readonly number[] | undefined,
  apply: (r: Rewrite | undefined) => void,
  current: () => string,
): void {
  let r = joinLinesOf(text, widths);
  for (let pass = 1; r && pass <= MAX_JOIN_PASSES; pass++) {
    apply(r);
    r = pass < MAX_JOIN_PASSES ? joinLinesOf(current()) : undefined;
  }
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export type { Span } from '../types.js';
