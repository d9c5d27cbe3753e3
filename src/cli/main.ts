/**
 * The `tifa` command line (see docs/cli.md). Each command is one file under `commands/`
 * and one line in COMMANDS below.
 *
 * Exit codes: 0 ok · 1 a file could not be read (the others are still processed) or the
 * output could not be written · 2 bad flags (with usage) · 3 `corpus --check` found differences.
 */
import { Command, CommanderError } from 'commander';
import { analyzeCommand } from './commands/analyze.js';
import { corpusCommand } from './commands/corpus.js';
import { highlightCommand } from './commands/highlight.js';
import { slogansCliCommand } from './commands/slogans.js';
import { termsCommand } from './commands/terms.js';
import { trackCommand } from './commands/track.js';
import { WriteError, type Cli, type CliCommand, type Io } from './shared.js';

export { FORMATS, type Format, type Io } from './shared.js';

/** Every command of the CLI, in the order `tifa --help` lists them. Add a command: one file, one line. */
const COMMANDS: CliCommand[] = [
  analyzeCommand, // tifa analyze FILE…
  highlightCommand, // tifa highlight FILE
  corpusCommand, // tifa corpus DIR --update|--check
  termsCommand, // tifa terms FILE…
  slogansCliCommand, // tifa slogans FILE…
  trackCommand, // tifa track FILE…
];

export interface MainOptions {
  /** Printed by --version (bin/tifa.js reads it from package.json). */
  version?: string;
  io?: Io;
}

const EXAMPLES = `
Exit codes: 0 ok, 1 a file could not be read (others still processed), 2 bad flags,
3 corpus --check found differences.

Examples:
  tifa analyze report.txt --ref 2021-05-13 --format table
  tifa analyze docs/*.txt --format csv --only targets > targets.csv
  cat report.txt | tifa analyze --format ndjson
  tifa highlight report.txt -o report.html
  tifa corpus my-docs/ --update     then     tifa corpus my-docs/ --check
  tifa terms "reports/*.txt" --top 10`;

/** The program with its global flags, writing to `io`. */
function program(io: Io, version: string): Command {
  return new Command('tifa')
    .description('Read Chinese policy text: quantities, dates, slogans and targets with exact spans.')
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    })
    .addHelpText('after', EXAMPLES);
}

/**
 * Run the CLI with `argv` (without node and script) and resolve to the exit code.
 *
 * @example await main(['analyze', 'report.txt', '--format', 'csv']) // 0
 */
export async function main(argv: string[], opts: MainOptions = {}): Promise<number> {
  const io: Io = opts.io ?? { stdout: process.stdout, stderr: process.stderr, stdinIsTTY: Boolean(process.stdin.isTTY) };
  let result = 0;
  const cli: Cli = { io, exit: (code) => void (result = code) };
  const prog = program(io, opts.version ?? '0.0.0');
  for (const register of COMMANDS) register(prog, cli);
  try {
    if (!argv.length) {
      prog.outputHelp({ error: true });
      return 2;
    }
    await prog.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
    }
    if (e instanceof WriteError) {
      io.stderr.write(`tifa: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  return result;
}
