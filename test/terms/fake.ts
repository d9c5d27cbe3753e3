import type { Tokenizer } from '../../src/terms/tokenizer.js';

/**
 * A deterministic test tokenizer: forward maximum matching over a small dictionary, unknown
 * characters one by one, whitespace dropped (as real segmenters may do).
 */
export function dictTokenizer(words: string[], maxInput?: number): Tokenizer & { calls: string[] } {
  const dict = new Set(words);
  const longest = Math.max(1, ...words.map((w) => w.length));
  const calls: string[] = [];
  return {
    name: 'dict',
    maxInput,
    calls,
    cut(text: string): string[] {
      calls.push(text);
      const out: string[] = [];
      for (let i = 0; i < text.length; ) {
        if (/\s/.test(text[i]!)) {
          i++;
          continue;
        }
        let n = Math.min(longest, text.length - i);
        while (n > 1 && !dict.has(text.slice(i, i + n))) n--;
        out.push(text.slice(i, i + n));
        i += n;
      }
      return out;
    },
  };
}
