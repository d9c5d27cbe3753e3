/**
 * `tifa slogans FILE…`: formulations across documents in table, csv and json, through the
 * built bin; and the renderers on their own.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { formulationsCsv, formulationsTable } from '../../src/cli/commands/slogans.js';
import { formulations } from '../../src/slogans/index.js';
import { BIN_MISSING, tifa } from './bin.js';

// Fresh documents: a county report, a provincial one in Traditional script, a city notice.
const DOCS: Record<string, string> = {
  'county.txt': '2022年3月1日\n全县上下要坚持“两个确立”，让招商引资热起来、活起来、火起来。',
  'province.txt': '2023年2月10日\n全省堅持兩個確立，讓幹部緊起來、實起來、幹起來。',
  'city.txt': '各部门要坚持两个确立，推动工作落实。',
};

let dir: string;
const path = (name: string) => join(dir, name);

describe('formulations renderers', () => {
  const r = formulations([
    { id: 'a', text: DOCS['county.txt'] },
    { id: 'b', text: DOCS['province.txt'] },
  ]);
  it('the table lists the merged formulation and the template with changing slots', () => {
    const t = formulationsTable(r);
    expect(t).toMatch(/^\d+ formulations\n/);
    expect(t).toContain('二个确立');
    expect(t).toContain('两个确立 | 兩個確立');
    expect(t).toMatch(/1 template filled differently across documents/);
    expect(t).toContain('{}起来');
  });
  it('csv has one row per formulation and per template', () => {
    const rows: string[][] = parse(formulationsCsv(r));
    expect(rows[0]).toEqual([
      'kind',
      'key',
      'type',
      'count',
      'documents',
      'forms',
      'pattern',
      'first_doc',
      'first_date',
      'last_doc',
      'last_date',
    ]);
    const key = rows.find((x) => x[1] === '二个确立')!;
    expect(key).toEqual([
      'formulation',
      '二个确立',
      'formula',
      '2',
      'a b',
      '两个确立 | 兩個確立',
      '',
      'a',
      '2022-03-01',
      'b',
      '2023-02-10',
    ]);
    expect(rows.filter((x) => x[0] === 'template').map((x) => x[1])).toEqual(['{}起来']);
  });
});

describe.skipIf(Boolean(BIN_MISSING))('tifa slogans', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tifa-slogans-'));
    for (const [name, text] of Object.entries(DOCS)) writeFileSync(path(name), text);
  });

  it('json: one formulation over three documents, first and last by reference date', () => {
    const r = tifa(['slogans', path('province.txt'), path('city.txt'), path('county.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const f = out.formulations.find((x: { key: string }) => x.key === '二个确立');
    expect(f).toMatchObject({ count: 3, forms: ['兩個確立', '两个确立'] });
    expect(f.documents).toEqual([path('province.txt'), path('city.txt'), path('county.txt')]);
    expect(f.first).toEqual({ doc: path('county.txt'), date: '2022-03-01' });
    expect(f.last).toEqual({ doc: path('city.txt') });
  });

  it('a missing file is reported, the others still read (exit 1)', () => {
    const r = tifa(['slogans', path('county.txt'), path('missing.txt'), '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read .*missing\.txt/);
    expect(r.stdout).toMatch(/^kind,key,type/);
  });

  it('bad flags exit 2', () => {
    expect(tifa(['slogans', path('county.txt'), '--format', 'xml']).code).toBe(2);
    expect(tifa(['slogans', path('county.txt'), '--min-count', '0']).code).toBe(2);
    expect(tifa(['slogans']).code).toBe(2);
  });
});
