/**
 * Two-character openings as a 64 K bitmap of their hashes, for start tests: a collision only
 * lets the regex try one more position (a prefilter may over-approximate, never under).
 */

/** A hash of two character codes into 16 bits. */
export const hash2 = (a: number, b: number): number => (a * 31 + b) & 0xffff;

/**
 * The bitmap of space-separated two-character words.
 * @example pairs('今年 去年')[hash2(0x4eca, 0x5e74)] // 1
 */
export function pairs(list: string): Uint8Array {
  const m = new Uint8Array(65536);
  for (const p of list.split(' ')) m[hash2(p.charCodeAt(0), p.charCodeAt(1))] = 1;
  return m;
}

/** A 64 K table with 1 at each character of `chars`. */
export function charSet(chars: string): Uint8Array {
  const t = new Uint8Array(65536);
  for (const ch of chars) t[ch.charCodeAt(0)] = 1;
  return t;
}
