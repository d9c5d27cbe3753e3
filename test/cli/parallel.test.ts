/**
 * `tifa analyze --jobs N` and `--input ndjson` (reliability issue, item 7): the same records
 * as in-process analysis, in order, streamed, with errors in place.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, fixtures } from '../helpers.js';
import { BIN_MISSING, tifa } from './bin.js';

describe.skipIf(Boolean(BIN_MISSING))('analyze --jobs / --input ndjson', () => {
  it('--jobs 2 prints exactly what the in-process run prints, in the same order', () => {
    const files = [...fixtures().keys()].map((f) => join(FIXTURE_DIR, f));
    const serial = tifa(['analyze', '-f', 'ndjson', ...files]);
    const parallel = tifa(['analyze', '-f', 'ndjson', '--jobs', '2', ...files]);
    expect(parallel.code).toBe(0);
    expect(parallel.stdout).toBe(serial.stdout);
    const json = tifa(['analyze', '--jobs', '2', ...files.slice(0, 2)]);
    expect(JSON.parse(json.stdout)).toHaveLength(2);
  }, 120_000);
  it('--jobs with an unreadable file reports it and goes on (exit 1)', () => {
    const r = tifa(['analyze', '-f', 'ndjson', '-j', '2', 'missing.txt', join(FIXTURE_DIR, [...fixtures().keys()][0])]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot read missing.txt');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  }, 60_000);
  it('--input ndjson: one output line per input line, ids kept, errors in place', () => {
    const input = [
      JSON.stringify({ id: 'a', text: '全县粮食产量稳定在30万吨以上', referenceDate: '2024-02-01' }),
      JSON.stringify('到2026年建成5G基站1200个'),
      '{"text": 12}',
      'not json',
      JSON.stringify({ id: 9, text: '年底前完成', referenceDate: '2024-02-30' }),
    ].join('\n');
    const r = tifa(['analyze', '--input', 'ndjson', '--only', 'quantities,dates', '-j', '2'], { input });
    expect(r.code).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(5);
    expect(out[0]).toMatchObject({ id: 'a', referenceDate: '2024-02-01', quantities: [{ text: '30万吨以上', value: 300000 }] });
    expect(out[1].quantities.at(-1)).toMatchObject({ text: '1200个', value: 1200 });
    expect(out[2]).toEqual({ line: 3, error: expect.stringContaining('"text"') });
    expect(out[3]).toEqual({ line: 4, error: expect.stringMatching(/^not JSON/) });
    expect(out[4]).toEqual({ id: 9, line: 5, error: expect.stringMatching(/^RangeError: .*not a real calendar day/) });
  }, 60_000);
  it('--input ndjson from a file, without --jobs (one worker), and --format other than ndjson is exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-nd-'));
    const f = join(dir, 'c.ndjson');
    writeFileSync(
      f,
      `${Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: i, text: `第${i + 1}批项目投资${i + 1}亿元` })).join('\n')}\n`,
    );
    const r = tifa(['analyze', '--input', 'ndjson', '--only', 'quantities', f]);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(out[49].quantities.at(-1)).toMatchObject({ text: '50亿元', value: 5e9 });
    expect(tifa(['analyze', '--input', 'ndjson', '-f', 'csv', f]).code).toBe(2);
  }, 60_000);
});
