/**
 * The CLI under hostile conditions (reliability issue, items 3, 5, 10): a full disk, corrupt
 * expected files, binary and mis-encoded input, tables with very many rows or wide punctuation.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderTable } from '../../src/cli/table.js';
import { BIN, BIN_MISSING, tifa } from './bin.js';

let dir: string;
const path = (name: string) => join(dir, name);

describe('table', () => {
  it('renders 130k rows (was: Math.max(...) stack overflow at ~125k results)', () => {
    const rows = Array.from({ length: 130_000 }, (_, i) => ['quantity', `${i}-${i + 2}`, '5%']);
    const t = renderTable(['kind', 'span', 'text'], rows);
    expect(t.split('\n')).toHaveLength(130_000 + 3);
  });
  it('lines up … — “ ” by their terminal width (was: hand-measured, 31 of 399 fixture rows off)', () => {
    const t = renderTable(
      ['text', 'x'],
      [
        ['“两个确立”', '1'],
        ['年底前……', '2'],
        ['一——二', '3'],
        ['abc', '4'],
      ],
    );
    const lines = t.trimEnd().split('\n');
    const col = (l: string) => stringWidth(l.slice(0, l.lastIndexOf(' ') + 1));
    const at = col(lines[0]);
    for (const l of lines.slice(2)) expect(col(l)).toBe(at);
  });
});

describe.skipIf(Boolean(BIN_MISSING) || !existsSync('/dev/full'))('tifa bin on a full disk', () => {
  it('ENOSPC on stdout is one line on stderr and exit 1 (was: a stack trace)', () => {
    const d = mkdtempSync(join(tmpdir(), 'tifa-full-'));
    const f = join(d, 'a.txt');
    writeFileSync(f, '今年地区生产总值增长5%左右。'.repeat(2000));
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'analyze', f], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 60000 });
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toEqual(['tifa: cannot write output: no space left on device']);
    } finally {
      closeSync(full);
    }
  });
});

describe.skipIf(Boolean(BIN_MISSING))('tifa bin on bad input', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tifa-rel-'));
    writeFileSync(path('ok.txt'), '到2025年新增就业10万人。');
    writeFileSync(path('cut.txt'), Buffer.concat([Buffer.from('到2025年新增就业10万人。'), Buffer.from([0xe4, 0xb8])]));
    writeFileSync(path('bin.txt'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const s = '到2025年新增就业10万人。';
    const le = Buffer.alloc(2 + s.length * 2);
    le.writeUInt16LE(0xfeff, 0);
    for (let i = 0; i < s.length; i++) le.writeUInt16LE(s.charCodeAt(i), 2 + i * 2);
    writeFileSync(path('u16.txt'), le);
  });
  it('a UTF-8 file cut mid-character: exit 1 with the byte offset; the other files still analyzed', () => {
    const r = tifa(['analyze', '-f', 'ndjson', path('cut.txt'), path('ok.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`cannot read ${path('cut.txt')}: not valid UTF-8 at byte ${Buffer.byteLength('到2025年新增就业10万人。')}`);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });
  it('binary input is refused with exit 1', () => {
    const r = tifa(['analyze', path('bin.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/binary data/);
  });
  it('UTF-16 with a BOM is read; --verbose says which encoding and why', () => {
    const r = tifa(['analyze', '-f', 'ndjson', '--only', 'quantities', '--verbose', path('u16.txt')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).quantities[0]).toMatchObject({ text: '10万人', value: 100000 });
    expect(r.stderr).toContain('read as utf16le (BOM)');
  });
  it('a corrupt .expected.json is reported as corrupt, not missing', () => {
    const c = path('corpus');
    mkdirSync(c);
    writeFileSync(join(c, 'a.txt'), '力争年内突破15亿元。');
    writeFileSync(join(c, 'a.expected.json'), '{"file": "a.txt", "analysis": {');
    const r = tifa(['corpus', c, '--check']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a\.expected\.json is corrupt \(not valid JSON/);
    expect(r.stdout).not.toMatch(/no a\.expected\.json/);
    const u = tifa(['corpus', c, '--update']);
    expect(u.stdout).toMatch(/^replaced corrupt .*a\.expected\.json/);
    expect(tifa(['corpus', c, '--check']).code).toBe(0);
  });
});
