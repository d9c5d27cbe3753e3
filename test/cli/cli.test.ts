/**
 * The built bin as a child process: formats, stdin, several files, a missing file, bad flags,
 * highlight and corpus. Each record must equal what the library's analyze() returns.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import type { Analysis } from '../../src/types.js';
import { BIN, BIN_MISSING, tifa } from './bin.js';

if (BIN_MISSING) console.warn(`test/cli/cli.test.ts skipped: ${BIN_MISSING}`);

// Fresh documents (not the fixtures): a national-style report line, a Traditional-script
// provincial line with full-width digits, and a short notice.
const DOCS: Record<string, string> = {
  'national.txt': '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右。力争年内突破15亿元。',
  'province.txt': '全省規模以上工業增加值增長６．５％，到２０２５年，高新技術企業數量突破１萬家。',
  'notice, "q".txt': '各区县要在6月底前完成排查，确保“两不愁三保障”全面落实。',
};

let dir: string;
let lib: { analyze(input: string, opts?: { referenceDate?: string }): Analysis };
const path = (name: string) => join(dir, name);
/** What the library itself returns, as the CLI prints it (no normalized text). */
const expectedRecord = (file: string, text: string, ref?: string) => {
  // the CLI's records hold the four result kinds; durations are analyze()'s own field
  const { normalized: _n, durations: _d, ...rest } = lib.analyze(text, ref ? { referenceDate: ref } : undefined);
  return { file, ...rest };
};

describe.skipIf(Boolean(BIN_MISSING))('tifa bin', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tifa-cli-'));
    for (const [name, text] of Object.entries(DOCS)) writeFileSync(path(name), text);
    lib = await import(pathToFileURL(join(dirname(BIN), '..', 'dist', 'index.js')).href);
  });

  describe('flags', () => {
    it('--version prints the package version', () => {
      const pkg = JSON.parse(readFileSync(join(dirname(BIN), '..', 'package.json'), 'utf8'));
      const r = tifa(['--version']);
      expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    });
    it('--help shows the commands and exit codes', () => {
      const r = tifa(['--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/analyze \[options\] \[files\.\.\.\]/);
      expect(r.stdout).toMatch(/highlight \[options\] <file>/);
      expect(r.stdout).toMatch(/Exit codes: 0 ok, 1 a file could not be read/);
      expect(tifa(['analyze', '--help']).stdout).toMatch(/--format <format>/);
    });
    it.each([
      [[], /Usage: tifa/],
      [['analyse', 'x.txt'], /unknown command 'analyse'/],
      [['analyze', '--format', 'xml', 'x.txt'], /argument 'xml' is invalid. Allowed choices are json, ndjson, csv, table/],
      [['analyze', '--ref', '2021-13-01', 'x.txt'], /'2021-13-01' is not a real calendar day/],
      [['analyze', '--ref', '2021-5-3', 'x.txt'], /'2021-5-3' is not a real calendar day/],
      [['analyze', '--only', 'targets,words', 'x.txt'], /unknown kind 'words'/],
      [['analyze', '--frmat', 'csv', 'x.txt'], /unknown option '--frmat'/],
      [['highlight'], /missing required argument 'file'/],
      [['corpus', '.', '--update', '--check'], /--update and --check exclude each other/],
    ])('bad flags %j exit 2 with a message', (args, message) => {
      const r = tifa(args as string[]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    });
  });

  describe('analyze', () => {
    it('json: an array with one record per file, equal to analyze()', () => {
      const r = tifa(['analyze', path('national.txt'), path('province.txt'), '--ref', '2024-03-05']);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      const out = JSON.parse(r.stdout);
      expect(out).toEqual([
        expectedRecord(path('national.txt'), DOCS['national.txt'], '2024-03-05'),
        expectedRecord(path('province.txt'), DOCS['province.txt'], '2024-03-05'),
      ]);
      expect(out[0].referenceDate).toBe('2024-03-05');
      expect(out[0].quantities).toContainEqual({ text: '突破15亿元', start: 58, end: 64, value: 1500000000, unit: '元', approx: 'over' });
    });

    it('ndjson: one line per document; stdin when no file', () => {
      const r = tifa(['analyze', '--format', 'ndjson', '--ref', '2024-03-05'], { input: DOCS['national.txt'] });
      expect(r.code).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0])).toEqual(expectedRecord('-', DOCS['national.txt'], '2024-03-05'));
    });

    it('"-" reads stdin among files; --normalized adds the normalized text', () => {
      const r = tifa(['analyze', '-f', 'ndjson', '--normalized', path('province.txt'), '-'], { input: '到2025年' });
      const recs = r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(recs.map((x) => x.file)).toEqual([path('province.txt'), '-']);
      expect(recs[0].normalized).toBe(lib.analyze(DOCS['province.txt']).normalized);
      expect(recs[0].normalized).toContain('6.5%');
    });

    it('a missing file: exit 1, named on stderr, the others still output', () => {
      const r = tifa(['analyze', '-f', 'ndjson', path('national.txt'), path('missing.txt'), path('province.txt')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`tifa: cannot read ${path('missing.txt')}: no such file\n`);
      expect(
        r.stdout
          .trimEnd()
          .split('\n')
          .map((l) => JSON.parse(l).file),
      ).toEqual([path('national.txt'), path('province.txt')]);
    });

    it('a directory is reported, not crashed on', () => {
      const r = tifa(['analyze', dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`tifa: cannot read ${dir}: is a directory\n`);
      expect(JSON.parse(r.stdout)).toEqual([]);
    });

    it('csv: one row per result; parses back; spans are exact', () => {
      const files = Object.keys(DOCS).map(path);
      const r = tifa(['analyze', '--format', 'csv', '--ref', '2024-03-05', ...files]);
      expect(r.code).toBe(0);
      const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
      const total = Object.entries(DOCS).reduce((n, [_name, text]) => {
        const a = lib.analyze(text, { referenceDate: '2024-03-05' });
        return n + a.quantities.length + a.dates.length + a.slogans.length + a.targets.length;
      }, 0);
      expect(rows).toHaveLength(total);
      expect(total).toBeGreaterThan(3);
      for (const row of rows) {
        const text = DOCS[row.file.slice(dir.length + 1)];
        expect(text.slice(Number(row.start), Number(row.end))).toBe(row.text);
      }
      expect(rows).toContainEqual(
        expect.objectContaining({
          file: path('national.txt'),
          kind: 'quantity',
          text: '突破15亿元',
          value: '1500000000',
          unit: '元',
          approx: 'over',
        }),
      );
      expect(r.stdout.split('\r\n')[0]).toBe(
        'file,kind,text,start,end,value,max,unit,approx,from,to,granularity,role,relative,duration,type,parts,pattern,metric,action,count,count_unit,deadline,deadline_text,modality,subject,status',
      );
      // the file name with a comma and quotes is quoted by RFC 4180
      expect(r.stdout).toContain(`"${path('notice, ""q"".txt')}"`);
    });

    it('--only keeps the chosen kinds', () => {
      const r = tifa(['analyze', '--only', 'target,dates', path('national.txt')]);
      const [rec] = JSON.parse(r.stdout);
      expect(Object.keys(rec).filter((k) => k !== 'referenceDate')).toEqual(['file', 'dates', 'targets']);
      const csv = parse(tifa(['analyze', '-f', 'csv', '--only', 'quantities', path('national.txt')]).stdout, { columns: true }) as Record<
        string,
        string
      >[];
      expect(new Set(csv.map((x) => x.kind))).toEqual(new Set(['quantity']));
    });

    it('table: aligned by display width with CJK text', () => {
      const r = tifa(['analyze', '--format', 'table', '--ref', '2024-03-05', path('national.txt')]);
      expect(r.code).toBe(0);
      const lines = r.stdout.split('\n');
      expect(lines[0]).toMatch(/national\.txt {2}\(reference date 2024-03-05\) {2}\d+ results$/);
      expect(lines[1]).toMatch(/^kind +span +text +resolution$/);
      const row = lines.find((l) => l.includes('突破15亿元'));
      expect(row).toMatch(/^quantity +58-64 +突破15亿元 +>1,500,000,000 元$/);
      // the resolution column starts at the same display column as its header
      expect(stringWidth(row!.slice(0, row!.indexOf('>1,500')))).toBe(lines[1].indexOf('resolution'));
    });

    it('GB18030 (GBK) files are decoded', () => {
      // '力争年内突破15亿元' in GBK
      writeFileSync(
        path('gbk.txt'),
        Buffer.concat([Buffer.from('c1a6d5f9c4eac4dacdbbc6c6', 'hex'), Buffer.from('15'), Buffer.from('d2dad4aa', 'hex')]),
      );
      const r = tifa(['analyze', '-f', 'ndjson', '--only', 'quantities', path('gbk.txt')]);
      expect(JSON.parse(r.stdout).quantities).toEqual([
        { text: '突破15亿元', start: 4, end: 10, value: 1500000000, unit: '元', approx: 'over' },
      ]);
    });

    it('no progress bar when stderr is not a terminal', () => {
      const files = Array.from({ length: 8 }, () => path('national.txt'));
      const r = tifa(['analyze', '-f', 'ndjson', ...files]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout.trimEnd().split('\n')).toHaveLength(8);
    });
  });

  describe('highlight', () => {
    it('writes a self-contained page to -o', () => {
      const out = path('national.html');
      const r = tifa(['highlight', path('national.txt'), '--ref', '2024-03-05', '-o', out]);
      expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
      const html = readFileSync(out, 'utf8');
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toContain('<title>national.txt — tifa</title>');
      expect(html).toMatch(/<span class="hl[^"]*k-quantities[^"]*" data-r="[^"]*q\d+[^"]*" title="[^"]*突破15亿元 → &gt;1,500,000,000 元/);
      expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
    });
    it('writes to stdout without -o; a missing file exits 1', () => {
      expect(tifa(['highlight', '-'], { input: '到2025年' }).stdout).toMatch(/^<!doctype html>/);
      const r = tifa(['highlight', path('missing.txt')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`tifa: cannot read ${path('missing.txt')}: no such file\n`);
    });
  });

  describe('corpus', () => {
    it('analyzes a directory, writes expected files, and diffs against them', () => {
      const c = mkdtempSync(join(tmpdir(), 'tifa-corpus-'));
      writeFileSync(join(c, 'a.txt'), DOCS['national.txt']);
      writeFileSync(join(c, 'b.txt'), DOCS['province.txt']);

      const plain = tifa(['corpus', c]);
      expect(plain.code).toBe(0);
      expect(
        plain.stdout
          .trimEnd()
          .split('\n')
          .map((l) => JSON.parse(l).file),
      ).toEqual([join(c, 'a.txt'), join(c, 'b.txt')]);

      const none = tifa(['corpus', c, '--check']);
      expect(none.code).toBe(3);
      expect(none.stdout).toContain(`${join(c, 'a.txt')}: no a.expected.json; run tifa corpus ${c} --update`);

      const up = tifa(['corpus', c, '--update', '--ref', '2024-03-05']);
      expect(up.code).toBe(0);
      expect(up.stdout).toBe(`created ${join(c, 'a.expected.json')}\ncreated ${join(c, 'b.expected.json')}\n`);
      const exp = JSON.parse(readFileSync(join(c, 'a.expected.json'), 'utf8'));
      expect(exp).toEqual({
        file: 'a.txt',
        options: { referenceDate: '2024-03-05' },
        analysis: lib.analyze(DOCS['national.txt'], { referenceDate: '2024-03-05' }),
      });

      expect(tifa(['corpus', c, '--check'])).toMatchObject({ code: 0, stdout: '2 documents match their expected analyses\n' });

      // a hand edit of the expected value shows as one readable line
      const q = exp.analysis.quantities.findIndex((x: { text: string }) => x.text === '突破15亿元');
      exp.analysis.quantities[q].value = 1600000000;
      writeFileSync(join(c, 'a.expected.json'), JSON.stringify(exp));
      const diff = tifa(['corpus', c, '--check']);
      expect(diff.code).toBe(3);
      expect(diff.stdout).toBe(
        `${join(c, 'a.txt')}: 0 added, 0 removed, 1 changed\n  ~ quantities [58,64) «突破15亿元»: value 1600000000 → 1500000000\n1 of 2 documents differ\n`,
      );
      // --update keeps the recorded reference date and reports the change
      const again = tifa(['corpus', c, '--update']);
      expect(again.stdout).toBe(
        `updated ${join(c, 'a.expected.json')} (0 added, 0 removed, 1 changed)\nunchanged ${join(c, 'b.expected.json')}\n`,
      );
      expect(JSON.parse(readFileSync(join(c, 'a.expected.json'), 'utf8')).options).toEqual({ referenceDate: '2024-03-05' });
      expect(existsSync(join(c, 'b.expected.json'))).toBe(true);
    });
    it('a missing directory exits 1', () => {
      const r = tifa(['corpus', path('nope')]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(`tifa: cannot read directory ${path('nope')}: no such file\n`);
    });
  });
});
