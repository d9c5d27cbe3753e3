/**
 * Importing tifa is cheap: no segmenter, no opencc-js converter built until a text needs it.
 * (The import time itself is measured in bench/analyze.mjs, not asserted here.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = process.env.TIFA_DIST ?? join(__dirname, '..', '..', 'dist');
const entry = pathToFileURL(join(dist, 'index.js')).href;

function probe(...texts: string[]): { convertersAfterImport: number; convertersAfterAnalyze: number; urls: string[] } {
  const out = execFileSync(process.execPath, [join(__dirname, 'lazy-probe.mjs'), entry, ...texts], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!);
}

describe.skipIf(!existsSync(join(dist, 'index.js')))('cold import of the built package', () => {
  it('loads no segmenter and builds no opencc converter for Simplified text', () => {
    const r = probe('全市地区生产总值增长5.5%左右，力争到2025年突破2000亿元。');
    expect(r.urls.some((u) => u.endsWith('/dist/index.js'))).toBe(true); // the probe saw the import
    expect(r.urls.filter((u) => /segmentit|jieba/.test(u))).toEqual([]);
    expect(r.convertersAfterImport).toBe(0);
    expect(r.convertersAfterAnalyze).toBe(0);
  });
  it('builds the converter once a Traditional text comes in (the probe can see it)', () => {
    const r = probe('國內生產總值增長５．５％左右', '經濟發展');
    expect(r.convertersAfterImport).toBe(0);
    expect(r.convertersAfterAnalyze).toBe(1);
  });
});
