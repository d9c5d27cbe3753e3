/**
 * Importing `tifa` must never load a segmenter. Checked on the built package (./dist, or the
 * private build named by TIFA_BUILD, e.g. /tmp/tifa-build-terms) in three ways:
 * - statically: the static module graph of dist/index.js and dist/index.cjs names neither
 *   package (analyze's `terms` option reaches tifa/terms through a dynamic import, on demand);
 * - at run time, ESM: a resolve hook logs every module `import('tifa')` resolves;
 * - at run time, CommonJS: require.cache after `require('tifa')`.
 * A positive control (tifa/terms + loadTokenizer()) shows the hook does see segmentit.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.env.TIFA_BUILD ?? join(__dirname, '..', '..');
const SEGMENTERS = /segmentit|@node-rs[\\/]jieba/;
const RELATIVE = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)["'](\.{1,2}\/[^"']+)["']/g;
const STATIC = /(?:\bfrom\s*|(?<![.\w])require\s*\(\s*|\bimport\s+)["'](\.{1,2}\/[^"']+)["']/g;

/** Every file reachable from `entry` through relative imports and requires (with STATIC: not through import()). */
function graph(entry: string, pattern = RELATIVE): string[] {
  const seen = new Set<string>([entry]);
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    for (const m of readFileSync(file, 'utf8').matchAll(pattern)) {
      const next = resolve(dirname(file), m[1]!);
      if (!seen.has(next) && existsSync(next)) {
        seen.add(next);
        todo.push(next);
      }
    }
  }
  return [...seen];
}

/** Run an ESM snippet in `root` with a resolve hook; the URLs it resolved. */
function resolvedUrls(code: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'tifa-lazy-'));
  const log = join(dir, 'resolved.log');
  writeFileSync(log, '');
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, r.url + '\\n');
  return r;
}`,
  );
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`);
  execFileSync(process.execPath, ['--import', join(dir, 'register.mjs'), '--input-type=module', '-e', code], { cwd: root });
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

const termsEntry = join(root, 'dist', 'terms', 'index.js');
// A dist built before tifa/terms existed cannot be checked (npm test rebuilds it first).
const built =
  existsSync(join(root, 'dist', 'index.js')) && existsSync(termsEntry) && readFileSync(termsEntry, 'utf8').includes('loadTokenizer');

describe.skipIf(!built)(`importing tifa does not load a segmenter (${built ? root : 'skipped: no current build in ' + root})`, () => {
  it('statically: the root entry module graph never names segmentit or @node-rs/jieba', () => {
    for (const entry of ['index.js', 'index.cjs']) {
      const files = graph(join(root, 'dist', entry), STATIC);
      expect(files.length).toBeGreaterThan(1); // the entry and its chunks were followed
      for (const f of files) expect(readFileSync(f, 'utf8')).not.toMatch(SEGMENTERS);
    }
    // …while tifa/terms does name it (the check can fail).
    expect(graph(join(root, 'dist', 'terms', 'index.js')).some((f) => SEGMENTERS.test(readFileSync(f, 'utf8')))).toBe(true);
  });

  it('at run time (ESM): import("tifa") and a full analyze() resolve no segmenter module', () => {
    const urls = resolvedUrls(`const t = await import('tifa'); t.analyze('國內生產總值增長５．５％左右，县域经济');`);
    expect(urls.some((u) => u.includes('/dist/index.js'))).toBe(true);
    expect(urls.filter((u) => SEGMENTERS.test(u))).toEqual([]);
  });

  it('positive control: tifa/terms resolves segmentit only once a tokenizer is asked for', () => {
    const before = resolvedUrls(`await import('tifa/terms');`);
    expect(before.filter((u) => SEGMENTERS.test(u))).toEqual([]);
    const after = resolvedUrls(`const m = await import('tifa/terms'); await m.loadTokenizer();`);
    expect(after.some((u) => /segmentit/.test(u))).toBe(true);
  }, 30000);

  it('at run time (CommonJS): require("tifa") leaves no segmenter in require.cache', () => {
    const out = execFileSync(
      process.execPath,
      ['-e', `require('tifa').analyze('县域经济'); console.log(JSON.stringify(Object.keys(require.cache)))`],
      { cwd: root },
    ).toString();
    const loaded: string[] = JSON.parse(out);
    expect(loaded.some((f) => f.includes(`${join('dist', 'index.cjs')}`))).toBe(true);
    expect(loaded.filter((f) => SEGMENTERS.test(f))).toEqual([]);
  });
});
