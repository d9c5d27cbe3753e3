/**
 * File arguments: paths as given, and globs expanded by tinyglobby — also when the shell did
 * not expand them (quoted `"docs/*.txt"`, or Windows shells, which never do).
 */
import { existsSync, statSync } from 'node:fs';
import { glob, isDynamicPattern } from 'tinyglobby';

/**
 * Expand each argument that is a glob pattern and names no existing file into the files it
 * matches (sorted); other arguments ('-' for stdin, plain paths) stay as they are. A pattern
 * that matches nothing stays too, so the reader reports it as missing.
 *
 * @example await expandFiles(['docs/*.txt', '-']) // ['docs/a.txt', 'docs/b.txt', '-']
 */
export async function expandFiles(args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const a of args) {
    if (a === '-' || existsSync(a) || !isDynamicPattern(a)) {
      out.push(a);
      continue;
    }
    const found = await glob(a.replace(/\\/g, '/'), { onlyFiles: true, expandDirectories: false });
    if (!found.length) out.push(a);
    for (const f of sorted(found)) out.push(f);
  }
  return out;
}

/**
 * The .txt files under `dir`, in subfolders too, sorted by path.
 *
 * @example await textFilesUnder('reports') // ['reports/2023/a.txt', 'reports/b.txt']
 */
export async function textFilesUnder(dir: string): Promise<string[]> {
  if (!statSync(dir).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
  const found = await glob('**/*.txt', { cwd: dir, onlyFiles: true, caseSensitiveMatch: false, expandDirectories: false });
  return sorted(found).map((f) => (dir.endsWith('/') ? `${dir}${f}` : `${dir}/${f}`));
}

const sorted = (a: string[]): string[] => a.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
