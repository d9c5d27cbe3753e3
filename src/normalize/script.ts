import { ConverterFactory } from 'opencc-js/core';
import CJK_COMPATIBILITY from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import HK_VARIANTS_REV from 'opencc-js/dict/HKVariantsRev';
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import TS_PHRASES from 'opencc-js/dict/TSPhrases';
import TW_VARIANTS_REV from 'opencc-js/dict/TWVariantsRev';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './script-data.js';

export type Script = 'simplified' | 'traditional' | 'mixed';

/** 1: Traditional-only, 2: Simplified-only, per UTF-16 code unit of the CJK block (built on first use). */
let marks: Uint8Array | undefined;

function buildMarks(): Uint8Array {
  const m = new Uint8Array(0x10000);
  for (const c of TRADITIONAL_ONLY) m[c.charCodeAt(0)] = 1;
  for (const c of SIMPLIFIED_ONLY) m[c.charCodeAt(0)] = 2;
  return m;
}

/** The per-code-unit script marks (1 Traditional-only, 2 Simplified-only), built on first use. */
export function scriptMarks(): Uint8Array {
  marks ??= buildMarks();
  return marks;
}

/** The script of a text from its counts of script-specific characters. */
export const scriptOf = (traditional: number, simplified: number): Script =>
  traditional === 0
    ? 'simplified'
    : simplified === 0
      ? 'traditional'
      : traditional >= 4 * simplified
        ? 'traditional'
        : simplified >= 4 * traditional
          ? 'simplified'
          : 'mixed';

/**
 * Which script a text is written in, from the counts of script-specific characters.
 * Text with neither (digits, Latin, shared characters) counts as simplified.
 *
 * @example detectScript('國內生產總值增長5%左右') // 'traditional'
 */
export function detectScript(s: string): { script: Script; traditional: number; simplified: number } {
  const m = scriptMarks();
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < s.length; i++) {
    const k = m[s.charCodeAt(i)];
    if (k === 1) traditional++;
    else if (k === 2) simplified++;
  }
  return { script: scriptOf(traditional, simplified), traditional, simplified };
}

let convert: ((s: string) => string) | undefined;
const charCache = new Map<string, string>();

/**
 * opencc-js's Traditional → Simplified chain, and only it: compatibility ideographs to their
 * unified forms, Taiwan and Hong Kong character variants to OpenCC's standard Traditional,
 * then Traditional phrases and characters to Simplified (its t2s, with tw2s/hk2s's character
 * variants). None of the Simplified → Traditional or regional phrase tables is loaded.
 */
function buildConverter(): (s: string) => string {
  return ConverterFactory([CJK_COMPATIBILITY], [TW_VARIANTS_REV, HK_VARIANTS_REV], [TS_PHRASES, TS_CHARACTERS]);
}

/**
 * Traditional → Simplified with opencc-js (its dictionary is built on first use). The result
 * has the same length as the input: where a phrase conversion would change the length, the
 * text is converted character by character instead, so offsets stay one-to-one.
 *
 * @example toSimplified('國內生產總值') // '国内生产总值'
 */
export function toSimplified(s: string): string {
  convert ??= buildConverter();
  const whole = convert(s);
  if (whole.length === s.length) return whole;
  let out = '';
  for (const ch of s) {
    let c = charCache.get(ch);
    if (c === undefined) {
      c = convert(ch);
      if (c.length !== ch.length) c = ch;
      charCache.set(ch, c);
    }
    out += c;
  }
  return out;
}
