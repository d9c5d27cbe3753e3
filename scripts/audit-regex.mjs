#!/usr/bin/env node
// `npm run audit:regex`: every regular expression in src/ checked for super-linear
// backtracking (ReDoS) with recheck. Exits 1 when any is vulnerable (or unknown with --strict).
//
// Regexes are found by parsing the TypeScript (not by grepping): regex literals, and
// `new RegExp(...)` / `RegExp(...)` calls. A call whose source is a string or template literal
// without substitutions is checked too; one built from a variable or with `${…}` is reported
// as "unchecked dynamic" (its source is only known at run time) — unless every `${…}` is a
// constant of the same file (`const PLACE = '(?:市|区)'`, a template of such constants, or
// `[...].join('|')` of string literals, or `unname(…).source`, which only strips group names),
// which the script folds in before checking.
//
// The regexes a static read cannot fold (built from fragments imported from src/text, or from
// data tables) are then caught at run time: with a built dist/, the script wraps the RegExp
// constructor, imports every entry of the package and runs `analyze` (and the other public
// extractors) over the fixtures, so every regex the library builds while reading text is
// recorded from its real source and checked like the others. `--no-runtime` skips that pass.
//
// Usage: node scripts/audit-regex.mjs [--json] [--strict] [--verbose] [--no-runtime] [dir…]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (f) => args.includes(f);
const dirs = args.filter((a) => !a.startsWith('--'));
if (dirs.length === 0) dirs.push(join(root, 'src'));

/** All .ts files under a folder (not .d.ts). */
function tsFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (/\.(ts|mts|cts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Every regex of one source file: { file, line, source, flags } or { …, dynamic: text }. */
function regexesOf(file) {
  const code = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const found = [];
  const where = (node) => ({ file: relative(root, file), line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 });
  // module-level string constants, folded as far as they are made of literals
  const consts = new Map();
  const constValue = (n, depth = 0) => {
    if (!n || depth > 8) return undefined;
    if (ts.isParenthesizedExpression(n) || ts.isAsExpression(n)) return constValue(n.expression, depth + 1);
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
    if (ts.isIdentifier(n)) return consts.has(n.text) ? constValue(consts.get(n.text), depth + 1) : undefined;
    if (ts.isTemplateExpression(n)) {
      let out = n.head.text;
      for (const span of n.templateSpans) {
        const v = constValue(span.expression, depth + 1);
        if (v === undefined) return undefined;
        out += v + span.literal.text;
      }
      return out;
    }
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const a = constValue(n.left, depth + 1);
      const b = constValue(n.right, depth + 1);
      return a === undefined || b === undefined ? undefined : a + b;
    }
    // unname(X).source, or C.source with const C = unname(X) (src/dates/core.ts), only strips
    // group names: check X
    if (ts.isPropertyAccessExpression(n) && n.name.text === 'source') {
      let call = n.expression;
      if (ts.isIdentifier(call) && consts.has(call.text)) call = consts.get(call.text);
      if (ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === 'unname') {
        return constValue(call.arguments[0], depth + 1);
      }
    }
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'join') {
      const arr = n.expression.expression;
      const sep = n.arguments.length === 0 ? ',' : constValue(n.arguments[0], depth + 1);
      if (sep === undefined || !ts.isArrayLiteralExpression(arr)) return undefined;
      const parts = arr.elements.map((e) => constValue(e, depth + 1));
      return parts.some((x) => x === undefined) ? undefined : parts.join(sep);
    }
    return undefined;
  };
  for (const st of sf.statements) {
    if (ts.isVariableStatement(st) && st.declarationList.flags & ts.NodeFlags.Const) {
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) consts.set(d.name.text, d.initializer);
    }
  }
  const literalText = (n) => constValue(n);
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const t = node.getText(sf);
      const cut = t.lastIndexOf('/');
      found.push({ ...where(node), source: t.slice(1, cut), flags: t.slice(cut + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [srcArg, flagsArg] = node.arguments ?? [];
      const source = literalText(srcArg);
      const flags = flagsArg === undefined ? '' : literalText(flagsArg);
      if (source !== undefined && flags !== undefined) found.push({ ...where(node), source, flags });
      else found.push({ ...where(node), dynamic: node.getText(sf).replace(/\s+/g, ' ').slice(0, 120) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/**
 * Every regex the built package constructs with `new RegExp` / `RegExp()` while it is imported
 * and while it reads the fixtures: [{ file: 'dist (run time)', line: 0, source, flags }].
 * Regexes built by dependencies are left out (their stack does not pass through dist/).
 */
async function builtAtRunTime() {
  const dist = join(root, 'dist');
  let entries;
  try {
    entries = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /(^|\/)index\.js$/.test(f));
  } catch {
    return []; // not built: the static pass alone
  }
  const seen = new Map();
  const Native = RegExp;
  const record = (args) => {
    const stack = new Error().stack ?? '';
    if (!stack.includes(`${dist}/`)) return;
    const [src, flags] = args;
    const source = src instanceof Native ? src.source : String(src);
    const f = flags === undefined ? (src instanceof Native ? src.flags : '') : String(flags);
    seen.set(`/${source}/${f}`, { file: 'dist (built at run time)', line: 0, source, flags: f });
  };
  globalThis.RegExp = new Proxy(Native, {
    construct: (t, args, nt) => (record(args), Reflect.construct(t, args, nt === globalThis.RegExp ? t : nt)),
    apply: (t, self, args) => (record(args), Reflect.apply(t, self, args)),
  });
  try {
    const mods = [];
    for (const e of entries) mods.push(await import(pathToFileURL(join(dist, e)).href));
    const fixtures = join(root, 'fixtures');
    const texts = readdirSync(fixtures)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(fixtures, f), 'utf8'));
    texts.push('二〇二一年農曆正月十五，距“十四五”末還有一年半；今後五年，3年後，每年增長6.5%左右。');
    const run = ['analyze', 'extractDates', 'extractTargets', 'extractSlogans', 'extractQuantities', 'normalize'];
    for (const m of mods)
      for (const name of run) if (typeof m[name] === 'function') for (const t of texts) await m[name](t, { referenceDate: '2021-03-05' });
    for (const m of mods) if (typeof m.trackTargets === 'function') m.trackTargets(texts.map((text, i) => ({ id: String(i), text })));
  } finally {
    globalThis.RegExp = Native;
  }
  return [...seen.values()];
}

const t0 = performance.now();
const all = dirs.flatMap((d) => tsFiles(d)).flatMap(regexesOf);
const built = flag('--no-runtime') ? [] : await builtAtRunTime();
const toCheck = [...all.filter((r) => r.dynamic === undefined), ...built];
const dynamic = all.filter((r) => r.dynamic !== undefined);

// recheck: the native agent (async `check`) when its binary is installed, else the pure-JS
// checker. Identical patterns are checked once.
const recheck = await import('recheck');
const params = { timeout: 10_000 };
const cache = new Map();
const checkOne = (source, rawFlags) => {
  // `d` (match indices) does not change how a regex matches, and recheck rejects it
  const flags = rawFlags.replace('d', '');
  const key = `/${source}/${flags}`;
  if (!cache.has(key)) cache.set(key, recheck.check(source, flags, params));
  return cache.get(key);
};
const results = await Promise.all(toCheck.map(async (r) => ({ ...r, diag: await checkOne(r.source, r.flags) })));
const ms = performance.now() - t0;

const vulnerable = results.filter((r) => r.diag.status === 'vulnerable');
const unknown = results.filter((r) => r.diag.status === 'unknown');

if (flag('--json')) {
  console.log(
    JSON.stringify(
      {
        checked: results.length,
        unique: cache.size,
        ms: Math.round(ms),
        vulnerable: vulnerable.map(({ file, line, source, flags, diag }) => ({
          file,
          line,
          source,
          flags,
          complexity: diag.complexity.summary,
          attack: diag.attack.pattern,
        })),
        unknown: unknown.map(({ file, line, source, flags, diag }) => ({ file, line, source, flags, error: diag.error })),
        dynamic: dynamic.map(({ file, line, dynamic }) => ({ file, line, expression: dynamic })),
      },
      null,
      2,
    ),
  );
} else {
  if (flag('--verbose')) {
    for (const r of results)
      console.log(`${r.diag.status.padEnd(10)} ${r.file}:${r.line}  /${r.source}/${r.flags}  ${r.diag.complexity?.summary ?? ''}`);
  }
  for (const r of vulnerable) {
    console.log(`VULNERABLE ${r.file}:${r.line}  /${r.source}/${r.flags}`);
    console.log(`           ${r.diag.complexity.summary}; attack: ${r.diag.attack.pattern}`);
  }
  for (const r of unknown)
    console.log(
      `unknown    ${r.file}:${r.line}  /${r.source}/${r.flags}  (${r.diag.error.kind}${r.diag.error.message ? ': ' + r.diag.error.message : ''})`,
    );
  if (flag('--verbose') || built.length === 0) for (const r of dynamic) console.log(`dynamic ${r.file}:${r.line}  ${r.dynamic}`);
  console.log(
    `audit:regex: ${results.length} regexes (${cache.size} distinct) in ${dirs.map((d) => relative(root, d) || '.').join(', ')}: ` +
      `${results.length - vulnerable.length - unknown.length} safe, ${vulnerable.length} vulnerable, ${unknown.length} unknown; ` +
      `${built.length} of them built at run time, read from dist/ (${dynamic.length} dynamic in the source: covered by that pass) — ${(ms / 1000).toFixed(1)} s`,
  );
}
const failed = vulnerable.length > 0 || (flag('--strict') && unknown.length > 0);
process.exit(failed ? 1 : 0);
