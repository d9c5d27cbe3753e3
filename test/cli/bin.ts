/**
 * The built `tifa` bin for child-process tests: bin/tifa.js of this repo (needs ./dist from
 * `npm test`'s pretest build), or $TIFA_BIN (a private build: bash scripts/dev-build.sh cli →
 * TIFA_BIN=/tmp/tifa-build-cli/bin/tifa.js).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const REPO = resolve(__dirname, '..', '..');
export const BIN = process.env.TIFA_BIN ? resolve(process.env.TIFA_BIN) : join(REPO, 'bin', 'tifa.js');
/** Why the CLI tests cannot run, or undefined when they can. */
export const BIN_MISSING = existsSync(join(dirname(BIN), '..', 'dist', 'cli', 'main.js'))
  ? undefined
  : `no build next to ${BIN} (run npm test, which builds first, or set TIFA_BIN to a private build)`;

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the bin with arguments (and optional stdin) in `cwd`. */
export function tifa(args: string[], opts: { input?: string | Buffer; cwd?: string } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: opts.input ?? '',
    cwd: opts.cwd ?? REPO,
    encoding: 'utf8',
    timeout: 60000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
