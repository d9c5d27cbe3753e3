#!/usr/bin/env node
/**
 * The architecture's size rule: no file in src/ over 300 lines and no function over 80, except
 * data tables (files named *-data.ts or data.ts, and files whose first line says `// data table`).
 * Prints each breach; exits 1 when there is one. `--list` prints every function over 60 too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const MAX_FILE = 300;
const MAX_FN = 80;
const root = new URL('../src/', import.meta.url).pathname;
const list = process.argv.includes('--list');

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) yield p;
  }
}

const isData = (path, text) => /(?:^|[-/])data\.ts$/.test(path) || text.startsWith('// data table');
const rel = (p) => p.slice(root.length - 4);
const problems = [];
for (const path of files(root)) {
  const text = readFileSync(path, 'utf8');
  if (isData(path, text)) continue;
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines > MAX_FILE) problems.push(`${rel(path)}: ${lines} lines (max ${MAX_FILE})`);
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const a = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const b = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      const n = b - a + 1;
      const name = node.name?.getText(sf) ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(sf) : '(anonymous)');
      if (n > MAX_FN) problems.push(`${rel(path)}:${a + 1} ${name}: ${n} lines (max ${MAX_FN})`);
      else if (list && n > 60) console.log(`  near: ${rel(path)}:${a + 1} ${name}: ${n} lines`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}
for (const p of problems) console.log(p);
console.log(problems.length ? `check-size: ${problems.length} over the limits` : 'check-size: every file ≤ 300 lines, every function ≤ 80');
process.exit(problems.length ? 1 : 0);
