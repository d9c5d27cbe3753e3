import { Converter } from 'opencc-js/t2cn';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './script-data.js';

export type Script = 'simplified' | 'traditional' | 'mixed';

let tradSet: Set<number> | undefined;
let simpSet: Set<number> | undefined;

/**
 * Which script a text is written in, from the counts of script-specific characters.
 * Text with neither (digits, Latin, shared characters) counts as simplified.
 *
 * @example detectScript('國內生產總值增長5%左右') // 'traditional'
 */
export function detectScript(s: string): { script: Script; traditional: number; simplified: number } {
  tradSet ??= new Set([...TRADITIONAL_ONLY].map((c) => c.charCodeAt(0)));
  simpSet ??= new Set([...SIMPLIFIED_ONLY].map((c) => c.charCodeAt(0)));
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x4e00) continue;
    if (tradSet.has(c)) traditional++;
    else if (simpSet.has(c)) simplified++;
  }
  const script: Script =
    traditional === 0 ? 'simplified' : simplified === 0 ? 'traditional' : traditional >= 4 * simplified ? 'traditional' : simplified >= 4 * traditional ? 'simplified' : 'mixed';
  return { script, traditional, simplified };
}

let convert: ((s: string) => string) | undefined;
const charCache = new Map<string, string>();

/**
 * Traditional → Simplified with opencc-js (its dictionary is built on first use). The result
 * has the same length as the input: where a phrase conversion would change the length, the
 * text is converted character by character instead, so offsets stay one-to-one.
 *
 * @example toSimplified('國內生產總值') // '国内生产总值'
 */
export function toSimplified(s: string): string {
  convert ??= Converter({ from: 't', to: 'cn' });
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
