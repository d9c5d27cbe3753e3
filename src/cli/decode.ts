/**
 * Bytes to text for the CLI, never silently: strict UTF-8 by default, UTF-16 by its byte
 * order mark or its NUL pattern, GB18030 only when asked or when the file is GB18030 from its
 * first non-ASCII byte; binary data and broken UTF-8 are refused with the byte offset.
 */

export type Encoding = 'auto' | 'utf8' | 'utf16le' | 'utf16be' | 'gb18030';

export const ENCODINGS: readonly Encoding[] = ['auto', 'utf8', 'utf16le', 'utf16be', 'gb18030'];

/** Decoded text and the encoding that was used. */
export interface Decoded {
  text: string;
  encoding: Exclude<Encoding, 'auto'>;
  /** How the encoding was chosen, for --verbose: 'asked', 'BOM', 'NUL pattern', 'valid UTF-8', … */
  why: string;
}

/** The bytes cannot be read as text; the message says why and where. */
export class DecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecodeError';
  }
}

/** Length of the UTF-8 sequence starting at bytes[i], or 0 when it is not a valid one. */
function utf8SequenceAt(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const cont = (k: number) => i + k < b.length && (b[i + k] & 0xc0) === 0x80;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const c1 = b[i + 1];
    if (c === 0xe0 && c1 < 0xa0) return 0; // overlong
    if (c === 0xed && c1 >= 0xa0) return 0; // surrogate
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const c1 = b[i + 1];
    if ((c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 >= 0x90)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * Where UTF-8 decoding of `bytes` first fails (-1 when it never does), and whether a valid
 * multi-byte sequence came before that.
 *
 * @example utf8Check(Buffer.from([0xe4, 0xb8, 0xad, 0xff])) // { invalidAt: 3, multiByteBefore: true }
 */
export function utf8Check(bytes: Uint8Array): { invalidAt: number; multiByteBefore: boolean } {
  let multi = false;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i] < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(bytes, i);
    if (n === 0) return { invalidAt: i, multiByteBefore: multi };
    multi = true;
    i += n;
  }
  return { invalidAt: -1, multiByteBefore: multi };
}

/** 'utf16le' / 'utf16be' when the NULs of `bytes` fall on one side of most code units (ASCII in UTF-16). */
function utf16ByNuls(b: Uint8Array): 'utf16le' | 'utf16be' | undefined {
  if (b.length < 2 || b.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < b.length; i++) if (b[i] === 0) i % 2 === 0 ? even++ : odd++;
  const units = b.length / 2;
  if (odd >= units * 0.1 && even <= odd * 0.02) return 'utf16le';
  if (even >= units * 0.1 && odd <= even * 0.02) return 'utf16be';
  return undefined;
}

/** Control characters other than tab, line breaks, form feed and escape: what text files do not hold. */
function looksBinary(text: string): boolean {
  let bad = 0;
  const n = Math.min(text.length, 1 << 16);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13 && c !== 27) || c === 0xfffd) bad++;
  }
  return bad > 0 && bad >= n * 0.01;
}

function strictDecode(bytes: Uint8Array, label: string, name: string): string {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DecodeError(`not valid ${name}`);
  }
}

function decodeUtf8(bytes: Uint8Array): string {
  const { invalidAt } = utf8Check(bytes);
  if (invalidAt >= 0) {
    throw new DecodeError(`not valid UTF-8 at byte ${invalidAt} (use --encoding gb18030 or utf16le if the file is in another encoding)`);
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** The encoding `auto` picks, and why. */
function detect(bytes: Uint8Array): { encoding: Exclude<Encoding, 'auto'>; why: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf8', why: 'BOM' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf16le', why: 'BOM' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf16be', why: 'BOM' };
  const byNuls = utf16ByNuls(bytes);
  if (byNuls) return { encoding: byNuls, why: 'NUL pattern' };
  if (bytes.includes(0)) throw new DecodeError('binary data (NUL bytes), not a text file');
  const { invalidAt, multiByteBefore } = utf8Check(bytes);
  if (invalidAt < 0) return { encoding: 'utf8', why: 'valid UTF-8' };
  if (!multiByteBefore) {
    try {
      strictDecode(bytes, 'gb18030', 'GB18030');
      return { encoding: 'gb18030', why: `not UTF-8 from byte ${invalidAt}, valid GB18030` };
    } catch {
      // neither: report the UTF-8 error below
    }
  }
  return { encoding: 'utf8', why: 'default' };
}

/**
 * Decode bytes. 'auto': a byte order mark decides; else UTF-16 by its NUL pattern; else strict
 * UTF-8; GB18030 only when the file is valid GB18030 and not UTF-8 from its first non-ASCII
 * byte on. Invalid bytes and binary data throw a DecodeError naming the byte offset; a leading
 * byte order mark is dropped, so result offsets count from the first real character.
 *
 * @example decode(Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), 'auto') // { text: '中文', encoding: 'gb18030', why: '…' }
 * @example decode(Buffer.from([0xe4, 0xb8, 0xad, 0xff])) // throws DecodeError: not valid UTF-8 at byte 3 …
 */
export function decode(bytes: Uint8Array, encoding: Encoding = 'auto'): Decoded {
  const { encoding: used, why } = encoding === 'auto' ? detect(bytes) : { encoding, why: 'asked' };
  let text: string;
  switch (used) {
    case 'utf8':
      text = decodeUtf8(bytes);
      break;
    case 'utf16le':
      text = strictDecode(bytes, 'utf-16le', 'UTF-16LE');
      break;
    case 'utf16be':
      text = strictDecode(bytes, 'utf-16be', 'UTF-16BE');
      break;
    case 'gb18030':
      text = strictDecode(bytes, 'gb18030', 'GB18030');
      break;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (looksBinary(text)) throw new DecodeError(`binary data (control characters), not a text file (read as ${used})`);
  return { text, encoding: used, why };
}
