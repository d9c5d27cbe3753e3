/**
 * CLI input decoding (reliability issue, item 5): never silent garbage.
 */
import { describe, expect, it } from 'vitest';
import { DecodeError, decode, utf8Check } from '../../src/cli/decode.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string, bom = false) => {
  const b = Buffer.alloc(s.length * 2 + (bom ? 2 : 0));
  if (bom) b.writeUInt16LE(0xfeff, 0);
  for (let i = 0; i < s.length; i++) b.writeUInt16LE(s.charCodeAt(i), i * 2 + (bom ? 2 : 0));
  return b;
};
const utf16be = (s: string, bom = false) => {
  const le = utf16le(s, bom);
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
};
const TEXT = '县政府工作报告\n2024年全县地区生产总值增长6.5%左右。\n';

describe('UTF-8, strictly', () => {
  it('one invalid byte at the end is an error naming its offset (was: the whole file as GB18030)', () => {
    const bytes = Buffer.concat([utf8(TEXT), Buffer.from([0xe5, 0xb9])]);
    expect(() => decode(bytes)).toThrow(DecodeError);
    expect(() => decode(bytes)).toThrow(`not valid UTF-8 at byte ${utf8(TEXT).length}`);
  });
  it('a file cut in the middle of a character is reported too, with --encoding utf8 as well', () => {
    const bytes = utf8(TEXT).subarray(0, 5);
    expect(() => decode(bytes, 'utf8')).toThrow('not valid UTF-8 at byte 3');
  });
  it('finds the first bad byte: overlong, surrogate, stray continuation', () => {
    expect(utf8Check(Uint8Array.from([0x41, 0xc0, 0x80])).invalidAt).toBe(1);
    expect(utf8Check(Uint8Array.from([0xed, 0xa0, 0x80])).invalidAt).toBe(0);
    expect(utf8Check(Uint8Array.from([0xe4, 0xb8, 0xad, 0x80])).invalidAt).toBe(3);
    expect(utf8Check(utf8('中文😀')).invalidAt).toBe(-1);
  });
  it('a UTF-8 BOM is dropped', () => {
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(TEXT)]))).toMatchObject({
      text: TEXT,
      encoding: 'utf8',
      why: 'BOM',
    });
  });
});

describe('UTF-16', () => {
  it('by its BOM, little- and big-endian', () => {
    expect(decode(utf16le(TEXT, true))).toMatchObject({ text: TEXT, encoding: 'utf16le', why: 'BOM' });
    expect(decode(utf16be(TEXT, true))).toMatchObject({ text: TEXT, encoding: 'utf16be', why: 'BOM' });
  });
  it('by its NUL pattern without a BOM', () => {
    expect(decode(utf16le(TEXT))).toMatchObject({ text: TEXT, encoding: 'utf16le', why: 'NUL pattern' });
    expect(decode(utf16be(TEXT))).toMatchObject({ text: TEXT, encoding: 'utf16be', why: 'NUL pattern' });
  });
  it('when asked', () => {
    expect(decode(utf16le('中文'), 'utf16le').text).toBe('中文');
  });
});

describe('GB18030', () => {
  // '力争年内突破15亿元' in GBK
  const gbk = Buffer.concat([Buffer.from('c1a6d5f9c4eac4dacdbbc6c6', 'hex'), Buffer.from('15'), Buffer.from('d2dad4aa', 'hex')]);
  it('when the whole file is valid GB18030 and not UTF-8 from its first non-ASCII byte', () => {
    expect(decode(gbk)).toMatchObject({ text: '力争年内突破15亿元', encoding: 'gb18030' });
  });
  it('when asked', () => {
    expect(decode(gbk, 'gb18030').text).toBe('力争年内突破15亿元');
  });
  it('not when valid UTF-8 came first (a UTF-8 file with one bad byte is an error, not GB18030)', () => {
    expect(() => decode(Buffer.concat([utf8('中文'), gbk]))).toThrow('not valid UTF-8 at byte 6');
  });
});

describe('binary data is refused', () => {
  it('NUL bytes without a UTF-16 pattern', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    expect(() => decode(png)).toThrow(/binary data/);
  });
  it('control characters', () => {
    expect(() => decode(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 0x41, 0x42]))).toThrow(/binary data/);
  });
  it('plain text with a form feed or an escape sequence is still text', () => {
    expect(decode(utf8('第一页\f第二页\x1b[0m')).text).toBe('第一页\f第二页\x1b[0m');
  });
});
