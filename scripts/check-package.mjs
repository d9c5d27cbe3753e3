#!/usr/bin/env node
/**
 * `npm run check:package`: the package as a user receives it, offline. Packs the built
 * package (no rebuild), then
 * - attw (are the types wrong?) on the tarball: every sub-path resolves with types under
 *   node10, node16 (CJS and ESM) and bundler resolution;
 * - publint on the tarball: exports, files and fields are consistent;
 * - a consumer project: the tarball installed (offline, from npm's cache) into a temp folder,
 *   and a file that imports every sub-path type-checked with moduleResolution node10, node16
 *   and bundler (no @types/node; lib dom for the URL global that tifa/batch's options name),
 *   then run from ESM and CommonJS.
 * A sub-path declared in package.json whose source does not exist yet (src/track) is left out.
 * Exits 1 on any problem. `--keep` keeps the temp folder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] }).toString();

/** Sub-paths of `exports` (without './package.json'), and those whose source is missing. */
const declared = Object.keys(pkg.exports).filter((k) => k !== './package.json');
const missing = declared.filter((k) => k !== '.' && !existsSync(join(root, 'src', k.slice(2), 'index.ts')));
const subpaths = declared.filter((k) => !missing.includes(k));

/** One documented value of each sub-path, used (not only imported) by the consumer file. */
const USE = {
  '.': ['analyze', "analyze('到2025年新增就业10万人').quantities.length"],
  './normalize': ['normalize', "normalize('國內生產總值').text.length"],
  './numbers': ['parseNumber', "parseNumber('两千亿') ?? 0"],
  './dates': ['extractDates', "extractDates('2024年').length"],
  './slogans': ['extractSlogans', "extractSlogans('一园一业一平台').length"],
  './targets': ['extractTargets', "extractTargets('突破15亿元').length"],
  './terms': ['loadTokenizer', 'typeof loadTokenizer === "function" ? 1 : 0'],
  './batch': ['analyzeMany', 'typeof analyzeMany === "function" ? 1 : 0'],
  './track': ['trackTargets', "trackTargets([{ id: 'a', text: '' }]).length"],
};

const problems = [];
const step = (name, fn) => {
  const t = performance.now();
  try {
    fn();
    console.log(`check-package: ${name} ok (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  } catch (e) {
    const out = [e.stdout, e.stderr].filter(Boolean).map(String).join('\n').trim();
    problems.push(name);
    console.log(`check-package: ${name} FAILED\n${out || e.message}`);
  }
};

const dir = mkdtempSync(join(tmpdir(), 'tifa-package-'));
if (!existsSync(join(root, 'dist', 'index.js'))) run(bin('tsup'), ['--silent']);
const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir]));
const tarball = join(dir, packed[0].filename);
console.log(
  `check-package: ${packed[0].filename}: ${(packed[0].size / 1024).toFixed(0)} KiB packed, ` +
    `${(packed[0].unpackedSize / 1024).toFixed(0)} KiB unpacked, ${packed[0].entryCount} files` +
    (missing.length ? ` (not yet built: ${missing.join(', ')})` : ''),
);
const shipped = packed[0].files.map((f) => f.path);
step('no source maps, screenshots or notes in the tarball', () => {
  const bad = shipped.filter((p) => /\.map$|\.png$|^docs\/(?:performance|conformance)\.md$/.test(p));
  if (bad.length) throw new Error(`shipped: ${bad.join(', ')}`);
});

step('attw', () => {
  const exclude = missing.length ? ['--exclude-entrypoints', ...missing] : [];
  run(bin('attw'), [tarball, '--format', 'ascii', '--no-emoji', '--no-color', ...exclude]);
});

/** Output of a command whether it exits 0 or not. */
function output(cmd, args) {
  try {
    return run(cmd, args);
  } catch (e) {
    return `${e.stdout ?? ''}\n${e.stderr ?? ''}`;
  }
}

step('publint', () => {
  const out = output(bin('publint'), ['run', tarball, '--strict']);
  const lines = out.split('\n').filter((l) => /^\d+\. /.test(l) && !missing.some((m) => l.includes(`["${m}"]`)));
  if (lines.length) throw new Error(lines.join('\n'));
});

step('consumer project type-checks under node10, node16 and bundler, and runs', () => consumer());

function consumer() {
  const app = join(dir, 'app');
  run('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'tifa-consumer', private: true, type: 'module' }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', tarball], app);
  const imports = subpaths.map((s, i) => `import { ${USE[s][0]} as v${i} } from 'tifa${s === '.' ? '' : s.slice(1)}';`);
  const uses = subpaths.map((s, i) => USE[s][1].replace(USE[s][0], `v${i}`).replace(USE[s][0], `v${i}`));
  writeFileSync(join(app, 'index.ts'), `${imports.join('\n')}\nexport const n: number = ${uses.map((u) => `Number(${u})`).join(' + ')};\n`);
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const [module, moduleResolution] of [
    ['commonjs', 'node10'],
    ['node16', 'node16'],
    ['esnext', 'bundler'],
  ]) {
    const options = {
      noEmit: true,
      strict: true,
      skipLibCheck: false,
      types: [],
      target: 'es2022',
      lib: ['es2022', 'dom'],
      module,
      moduleResolution,
    };
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['index.ts'] }));
    run(process.execPath, [tsc, '-p', 'tsconfig.json'], app);
  }
  const js = subpaths.map((s) => `'tifa${s === '.' ? '' : s.slice(1)}'`).join(', ');
  run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `for (const s of [${js}]) { const m = await import(s); if (!Object.keys(m).length) throw new Error(s); }`,
    ],
    app,
  );
  run(process.execPath, ['-e', `for (const s of [${js}]) { if (!Object.keys(require(s)).length) throw new Error(s); }`], app);
}

if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
else console.log(`check-package: kept ${dir}`);
if (problems.length) {
  console.log(`check-package: ${problems.length} problem(s): ${problems.join('; ')}`);
  process.exit(1);
}
