/**
 * The calendar library (tyme4ts) is loaded only when a Chinese-calendar form is resolved:
 * importing tifa and reading Simplified text without such forms never loads it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = process.env.TIFA_DIST ?? join(__dirname, '..', '..', '..', 'dist');

function probe(file: string, ...texts: string[]): { afterImport: boolean; afterExtract: boolean; found: string[][] } {
  const entry = pathToFileURL(join(dist, file)).href;
  const out = execFileSync(process.execPath, [join(__dirname, 'lazy-probe.mjs'), entry, ...texts], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!);
}

describe.skipIf(!existsSync(join(dist, 'index.js')))('lazy calendar library (built package)', () => {
  it('is not loaded for text without lunar forms', () => {
    const r = probe('index.js', '全市地区生产总值增长5.5%左右，力争到2025年突破2000亿元。', '5月12日下午3点召开会议');
    expect(r.afterImport).toBe(false);
    expect(r.afterExtract).toBe(false);
    expect(r.found[1]).toEqual(['5月12日下午3点 2024-05-12T15:00']);
  });
  it('is loaded once a lunar form is resolved, from the ESM and the CommonJS build', () => {
    for (const file of ['index.js', 'index.cjs']) {
      const r = probe(file, '2022年春节前后');
      expect(r.afterImport).toBe(false);
      expect(r.afterExtract).toBe(true);
      expect(r.found).toEqual([['2022年春节前后 2022-01-25']]);
    }
  });
});
