/**
 * tifa/batch when workers misbehave (reliability issue, item 6): a worker that exits with code
 * 0 mid-task, one that loops, one that dies with an error code — each fails only its own
 * document, and the batch neither hangs nor loses the others.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeEach, analyzeMany } from '../../src/batch/index.js';

const dist = process.env.TIFA_DIST ?? join(__dirname, '..', '..', 'dist');
const built = existsSync(join(dist, 'batch', 'worker.js'));
let entry: string;

describe.skipIf(!built)('a lost worker fails only its own document', () => {
  beforeAll(() => {
    // a tifa entry that misbehaves on cue, and the batch worker beside it
    const dir = mkdtempSync(join(tmpdir(), 'tifa-faults-'));
    mkdirSync(join(dir, 'batch'));
    const real = pathToFileURL(join(dist, 'index.js')).href;
    writeFileSync(
      join(dir, 'index.mjs'),
      `import * as tifa from ${JSON.stringify(real)};
export function analyze(text, opts) {
  if (text === 'EXIT') process.exit(0);
  if (text === 'LOOP') for (;;) {}
  if (text === 'CRASH') process.exit(7);
  return tifa.analyze(text, opts);
}\n`,
    );
    writeFileSync(
      join(dir, 'batch', 'worker.js'),
      `export { default } from ${JSON.stringify(pathToFileURL(join(dist, 'batch', 'worker.js')).href)};\n`,
    );
    entry = pathToFileURL(join(dir, 'index.mjs')).href;
  });

  it('exit 0 mid-task, an endless loop, exit 7: three failures, the rest analyzed, in order', async () => {
    const inputs = ['今年增长5%', 'EXIT', '到2025年新增就业10万人', 'LOOP', '力争突破2000亿元', 'CRASH', '年底前完成'];
    const got = await analyzeMany(inputs, { jobs: 2, timeout: 4000, entry });
    expect(got.map((r) => r.ok)).toEqual([true, false, true, false, true, false, true]);
    const msg = (i: number) => (got[i].ok ? '' : (got[i] as { error: Error }).error.message);
    expect(msg(1)).toMatch(/worker was lost|timed out/);
    expect(msg(3)).toMatch(/timed out after 4000 ms/);
    expect(msg(5)).toMatch(/worker was lost: .*code: 7/);
    expect(got[2].ok && got[2].value.quantities[0]).toMatchObject({ text: '10万人', value: 100000 });
  }, 60_000);

  it('analyzeEach goes on past a bad document (was: stopped at the first)', async () => {
    const seen: boolean[] = [];
    for await (const r of analyzeEach(['好', 'EXIT', 42 as unknown as string, '好'], { jobs: 1, timeout: 5000, entry })) seen.push(r.ok);
    expect(seen).toEqual([true, false, false, true]);
  }, 60_000);
});

describe('arguments are checked before any worker starts', () => {
  it("analyzeMany('abc') is a TypeError (was: three one-letter texts)", async () => {
    await expect(analyzeMany('abc' as never)).rejects.toThrow(TypeError);
    await expect(analyzeMany(42 as never)).rejects.toThrow(TypeError);
  });
  it('unknown option keys and bad timeouts', async () => {
    await expect(analyzeMany(['x'], { job: 2 } as never)).rejects.toThrow(/unknown option 'job'/);
    await expect(analyzeMany(['x'], { timeout: 0 })).rejects.toThrow(RangeError);
    await expect(analyzeMany(['x'], [] as never)).rejects.toThrow(TypeError);
  });
});
