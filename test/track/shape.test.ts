/**
 * Operation shape: commitments are hashed by key and year, so the pairs looked at grow
 * linearly with the number of documents (not with its square).
 */
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/targets/index.js';
import { trackTargets, type TrackDoc } from '../../src/track/index.js';

/** A yearly county report: last year's results and this year's targets for four indicators. */
function report(i: number): TrackDoc {
  const year = 1990 + i;
  const text =
    `过去一年，全县地区生产总值增长${(5 + (i % 4) / 2).toFixed(1)}%，一般公共预算收入增长${4 + (i % 3)}%，城镇新增就业${3000 + i}人，` +
    `高新技术企业达到${50 + i}家。\n今年主要预期目标是：全县地区生产总值增长6%左右，一般公共预算收入增长5%，城镇新增就业3000人以上，高新技术企业达到${52 + i}家。`;
  const referenceDate = `${year}-02-11`;
  return { id: String(year), text, referenceDate, targets: extractTargets(text, { referenceDate }) };
}

const docsOf = (n: number) => Array.from({ length: n }, (_, i) => report(i));

describe('operation shape', () => {
  const all = docsOf(32);
  const count = (n: number) => {
    const stats = { comparisons: 0 };
    const tracks = trackTargets(all.slice(0, n).reverse(), { stats });
    return { stats, tracks };
  };

  it('looks at each commitment’s own key and year only', () => {
    const small = count(8);
    const large = count(32);
    expect(small.tracks).toHaveLength(8 * 4);
    expect(large.tracks).toHaveLength(32 * 4);
    // one result per commitment answers (the next year's), and that is all that is looked at
    expect(small.stats.comparisons).toBe(7 * 4);
    expect(large.stats.comparisons).toBe(31 * 4);
    expect(large.tracks.filter((t) => t.verdict === 'pending')).toHaveLength(4);
  });

  it('reuses targets given with a document', () => {
    const d = report(0);
    const next = report(1);
    const tracks = trackTargets([{ ...d, targets: [] }, next]);
    expect(tracks.map((t) => t.target.doc)).toEqual(['1991', '1991', '1991', '1991']);
  });
});
