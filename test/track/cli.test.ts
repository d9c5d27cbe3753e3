/**
 * `tifa track` through the built bin: formats, --ref, any document order, exit codes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN_MISSING, tifa } from '../cli/bin.js';
import type { Track } from '../../src/track/index.js';

const dir = mkdtempSync(join(tmpdir(), 'tifa-track-'));
const PLAN = '今年全区主要预期目标：地区生产总值增长6%左右，一般公共预算收入增长5%，新增城镇就业1.2万人以上。';
const REVIEW = '过去一年，全区地区生产总值增长6.3%，一般公共预算收入增长3.8%，新增城镇就业1.35万人。';
writeFileSync(join(dir, 'plan.txt'), PLAN);
writeFileSync(join(dir, 'review.txt'), REVIEW);
const REFS = ['--ref', 'plan.txt=2023-01-16', '--ref', 'review.txt=2024-01-15'];

describe.skipIf(Boolean(BIN_MISSING))('tifa track', () => {
  it('writes json tracks, whatever the order of the files', () => {
    const r = tifa(['track', 'review.txt', 'plan.txt', ...REFS, '--format', 'json'], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const tracks = JSON.parse(r.stdout) as Track[];
    expect(tracks.map((t) => [t.key, t.verdict, t.target.doc, t.results.map((x) => x.target.text)])).toEqual([
      ['gdp:growth', 'met', 'plan.txt', ['全区地区生产总值增长6.3%']],
      ['general-budget-revenue:growth', 'missed', 'plan.txt', ['一般公共预算收入增长3.8%']],
      ['urban-new-jobs:increment', 'met', 'plan.txt', ['新增城镇就业1.35万人']],
    ]);
    const t = tracks[0].target.target;
    expect(PLAN.slice(t.start, t.end)).toBe(t.text);
  });

  it('writes csv, one row per commitment and result', () => {
    const r = tifa(['track', 'plan.txt', 'review.txt', ...REFS, '-f', 'csv'], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'key,subject,metric,verdict,progress,due_year,target_doc,target_text,target_start,target_end,target_value,result_doc,result_text,result_start,result_end,result_value,result_year,final,reason',
    );
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/^urban-new-jobs:increment,,城镇就业,met,1.125,2023,plan.txt,/);
  });

  it('writes an aligned table by default', () => {
    const r = tifa(['track', 'plan.txt', 'review.txt', ...REFS], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^verdict +key +subject +commitment +latest result +progress$/);
    expect(r.stdout).toContain('missed   general-budget-revenue:growth');
  });

  it('writes a self-contained html page to a file', () => {
    const out = join(dir, 'track.html');
    const r = tifa(['track', 'plan.txt', 'review.txt', ...REFS, '-f', 'html', '-o', out], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stdout: '' });
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<mark class="t" data-doc="plan.txt" data-start="11" data-end="23">地区生产总值增长6%左右</mark>');
    expect(html).not.toMatch(/<script|<link|src=/);
  });

  it('rejects a bad --ref with exit 2 and an unreadable file with exit 1', () => {
    expect(tifa(['track', 'plan.txt', '--ref', 'plan.txt=2023-02-30'], { cwd: dir }).code).toBe(2);
    expect(tifa(['track', 'plan.txt', '--ref', '2023-02-03'], { cwd: dir }).code).toBe(2);
    const r = tifa(['track', 'plan.txt', 'missing.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot read missing.txt: no such file');
  });
});
