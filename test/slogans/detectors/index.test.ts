import { describe, expect, it } from 'vitest';
import { DETECTORS, makeScan } from '../../../src/slogans/detectors/index.js';
import { extractSlogans } from '../../../src/slogans/index.js';
import { findAll } from '../../../src/slogans/extract.js';

describe('detector list', () => {
  it('has unique names and each detector reports only its declared types', () => {
    const names = DETECTORS.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    const text = '坚持“稳中求进、以进促稳”，推进两新一重建设，让夜经济热起来、活起来、火起来。一是扩大内需。二是稳定就业。';
    const scan = makeScan(text);
    for (const d of DETECTORS) for (const f of d.find(text, scan)) expect(d.types).toContain(f.type);
  });

  it('findAll with one detector returns only that detector’s finds', () => {
    const only = DETECTORS.filter((d) => d.name === 'enumeration');
    const got = findAll('一是扩大内需。二是稳定就业。让城市更美好、乡村更美丽、群众更幸福', only);
    expect(got.map((f) => f.type)).toEqual(['enumeration']);
  });
});

describe('unbounded input', () => {
  it('a 、-list of 130k items does not overflow the stack (was Math.min(...lens))', () => {
    const input = '发展' + Array.from({ length: 130000 }, (_, i) => (i % 2 ? '天更蓝' : '水更清')).join('、') + '。';
    const got = extractSlogans(input);
    expect(got).toHaveLength(1);
    expect(got[0].parts).toHaveLength(130000);
    expect(got[0].pattern).toBe('{}更{}');
    expect(input.slice(got[0].start, got[0].end)).toBe(got[0].text);
  });
});
