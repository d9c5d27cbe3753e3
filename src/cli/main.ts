/**
 * The `tifa` command line. See docs/cli.md.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../index.js';

const USAGE = `usage: tifa analyze FILE… [--ref YYYY-MM-DD] [--format json|ndjson|csv|table]
       tifa highlight FILE [--ref YYYY-MM-DD] [-o out.html]`;

export function main(argv: string[]): number {
  const [cmd, ...rest] = argv;
  if (cmd !== 'analyze' || !rest.length) {
    process.stderr.write(`${USAGE}\n`);
    return cmd === '--help' || cmd === '-h' ? 0 : 2;
  }
  let code = 0;
  for (const f of rest) {
    let text: string;
    try {
      text = readFileSync(f, 'utf8');
    } catch (e) {
      process.stderr.write(`tifa: cannot read ${f}: ${(e as Error).message}\n`);
      code = 1;
      continue;
    }
    process.stdout.write(`${JSON.stringify({ file: f, ...analyze(text) }, null, 2)}\n`);
  }
  return code;
}
