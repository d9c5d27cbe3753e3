/**
 * tifa/batch: worker-thread analysis, in order, bounded, streaming. The workers load a
 * built package (TIFA_DIST, else ./dist — `npm test` builds it first).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeEach, analyzeMany, analyzeStream, unwrapAll } from '../../src/batch/index.js';
import { lines } from '../../src/batch/lines.js';
import { fixtures } from '../helpers.js';

const dist = process.env.TIFA_DIST ?? join(__dirname, '..', '..', 'dist');
const entry = pathToFileURL(join(dist, 'index.js')).href;
const built = existsSync(join(dist, 'index.js'));

describe('lines()', () => {
  it('splits chunks at any byte, UTF-8 sequences and CRLF included', async () => {
    const bytes = new TextEncoder().encode('第一行\r\n“十四五”\n\n最后一行没有换行');
    const chunks = Array.from(bytes, (b) => Uint8Array.of(b)); // one byte per chunk: every 3-byte character is cut
    const out: string[] = [];
    for await (const l of lines(chunks)) out.push(l);
    expect(out).toEqual(['第一行', '“十四五”', '', '最后一行没有换行']);
  });
  it('takes text chunks too', async () => {
    const out: string[] = [];
    for await (const l of lines(['a\nb', 'c\n', 'd'])) out.push(l);
    expect(out).toEqual(['a', 'bc', 'd']);
  });
});

describe('options', () => {
  it('rejects a bad jobs or window before starting any worker', async () => {
    await expect(analyzeMany(['x'], { jobs: 0 })).rejects.toThrow(RangeError);
    await expect(analyzeMany(['x'], { jobs: 1.5 })).rejects.toThrow(/jobs/);
    await expect(analyzeMany(['x'], { window: -1 })).rejects.toThrow(/window/);
  });
});

describe.skipIf(!built)('analyzeMany / analyzeEach / analyzeStream (workers load the built package)', () => {
  const docs = [...fixtures().values()];

  it('returns what analyze() returns, in input order, whatever finishes first', async () => {
    const tifa = await import(entry);
    // a long text first and short ones after, so later inputs finish earlier
    const inputs = [docs.join('\n\n').repeat(3), '今年地区生产总值增长5.5%左右', ...docs, '', '到2025年新增就业10万人'];
    const got = unwrapAll(await analyzeMany(inputs, { jobs: 3, referenceDate: '2021-05-13', entry }));
    expect(got).toHaveLength(inputs.length);
    got.forEach((a, i) => expect(a).toEqual(tifa.analyze(inputs[i], { referenceDate: '2021-05-13' })));
  }, 60_000);

  it('gives each input its own reference date when it carries one', async () => {
    const tifa = await import(entry);
    const got = unwrapAll(
      await analyzeMany([{ text: '年内完成', referenceDate: '2019-02-01' }, { text: '年内完成' }], {
        jobs: 2,
        referenceDate: '2023-07-01',
        entry,
      }),
    );
    expect(got[0]).toEqual(tifa.analyze('年内完成', { referenceDate: '2019-02-01' }));
    expect(got[0].referenceDate).toBe('2019-02-01');
    expect(got[1].referenceDate).toBe('2023-07-01');
  });

  it('a non-string input fails alone with the TypeError analyze() throws (was: the whole batch rejected)', async () => {
    const got = await analyzeMany(['好', 42 as unknown as string, '到2025年新增就业10万人'], { jobs: 1, entry });
    expect(got.map((r) => r.ok)).toEqual([true, false, true]);
    expect(!got[1].ok && got[1].error).toBeInstanceOf(TypeError);
    expect(() => unwrapAll(got)).toThrow(TypeError);
    const bad = await analyzeMany(['好'], { jobs: 1, entry, referenceDate: '2021-02-30' });
    expect(!bad[0].ok && bad[0].error).toBeInstanceOf(RangeError);
  });

  it('pulls at most `window` inputs ahead of the consumer, and stops on break', async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield `第${pulled}个项目投资${pulled}亿元`;
      }
    }
    const seen: number[] = [];
    for await (const a of analyzeEach(endless(), { jobs: 2, window: 3, entry })) {
      seen.push(a.ok ? a.value.quantities.length : -1);
      expect(pulled).toBeLessThanOrEqual(seen.length + 3);
      if (seen.length === 10) break;
    }
    expect(seen).toHaveLength(10);
    expect(pulled).toBeLessThanOrEqual(13);
  });

  it('streams ndjson: order kept, ids passed through, bad lines reported in place', async () => {
    const tifa = await import(entry);
    const body =
      [
        JSON.stringify('力争突破2000亿元'),
        '',
        '{not json',
        JSON.stringify({ id: 'b', text: '“十四五”期间', referenceDate: '2021-03-05' }),
        JSON.stringify({ id: 7 }),
        JSON.stringify({ text: docs[0] }),
      ].join('\n') + '\n';
    const bytes = new TextEncoder().encode(body);
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.subarray(i, i + 7));
    const out: string[] = [];
    for await (const l of analyzeStream(chunks, { jobs: 2, entry })) out.push(l);
    expect(out.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
    const recs = out.map((l) => JSON.parse(l));
    expect(recs).toHaveLength(5);
    expect(recs[0]).toEqual(tifa.analyze('力争突破2000亿元'));
    expect(recs[1]).toEqual({ line: 3, error: expect.stringMatching(/^not JSON/) });
    expect(recs[2]).toEqual({ id: 'b', ...tifa.analyze('“十四五”期间', { referenceDate: '2021-03-05' }) });
    expect(recs[3]).toEqual({ id: 7, line: 5, error: expect.stringContaining('"text"') });
    expect(recs[4]).toEqual(tifa.analyze(docs[0]));
  });

  it('reports a missing entry module instead of hanging', async () => {
    const [r] = await analyzeMany(['好'], { jobs: 1, entry: pathToFileURL('/nonexistent/tifa/index.js').href });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toMatch(/could not load|lost/);
  });
});
