/**
 * Issue 18's CLI items: quoted globs, corpus into subfolders, `tifa terms`; and the command
 * list (adding a command is one file and one line).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN_MISSING, REPO, tifa } from './bin.js';

let dir: string;

describe.skipIf(Boolean(BIN_MISSING))('file arguments and commands', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tifa-cmd-'));
    mkdirSync(join(dir, 'docs', '2024'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'a.txt'), '全县新增城镇就业3000人以上。');
    writeFileSync(join(dir, 'docs', 'b.txt'), '全市地区生产总值增长6%左右。');
    writeFileSync(join(dir, 'docs', '2024', 'c.txt'), '到2027年，县域经济规模突破500亿元，县域经济质量明显提升，县域经济活力增强。');
  });
  it('a quoted glob is expanded, in name order (as Windows shells pass it)', () => {
    const r = tifa(['analyze', '-f', 'ndjson', '--only', 'quantities', 'docs/*.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).file),
    ).toEqual(['docs/a.txt', 'docs/b.txt']);
  });
  it('a glob that matches nothing is reported as a missing file', () => {
    const r = tifa(['analyze', 'nothing/*.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot read nothing/*.txt: no such file');
  });
  it('corpus goes into subfolders', () => {
    const r = tifa(['corpus', 'docs', '-f', 'ndjson', '--only', 'quantities'], { cwd: dir });
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).file),
    ).toEqual(['docs/2024/c.txt', 'docs/a.txt', 'docs/b.txt']);
  });
  it('corpus on a file is an error, exit 1', () => {
    const r = tifa(['corpus', 'docs/a.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('cannot read directory docs/a.txt: not a directory');
  });
  it('terms lists the key terms with exact spans', () => {
    const r = tifa(['terms', '-f', 'ndjson', '--top', '1', 'docs/2024/c.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout);
    const text = readFileSync(join(dir, 'docs', '2024', 'c.txt'), 'utf8');
    expect(rec.file).toBe('docs/2024/c.txt');
    expect(rec.terms[0]).toMatchObject({ term: '县域经济', count: 3 });
    for (const s of rec.terms[0].spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('terms as a table, and a bad --top is exit 2', () => {
    expect(tifa(['terms', '--top', '2', 'docs/2024/c.txt'], { cwd: dir }).stdout).toMatch(
      /^docs\/2024\/c\.txt {2}2 terms\nterm +score +count +spans\n/,
    );
    expect(tifa(['terms', '--top', '0', 'docs/2024/c.txt'], { cwd: dir }).code).toBe(2);
  });
});

describe('the command list', () => {
  it('registers each command from its own file with one line', () => {
    const main = readFileSync(join(REPO, 'src', 'cli', 'main.ts'), 'utf8');
    const list = main.slice(main.indexOf('const COMMANDS'), main.indexOf('];', main.indexOf('const COMMANDS')));
    expect(list.match(/^ {2}\w+Command,/gm)).toEqual(
      expect.arrayContaining(['  analyzeCommand,', '  highlightCommand,', '  corpusCommand,', '  termsCommand,', '  trackCommand,']),
    );
  });
});
