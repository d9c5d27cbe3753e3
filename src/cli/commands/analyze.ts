/**
 * `tifa analyze [FILE…]`: analyze documents (stdin when no file, or "-") and stream the
 * results out as json, ndjson, csv or a table.
 */
import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { analyze } from '../../index.js';
import type { Analysis } from '../../types.js';
import { csvHeader, csvRows } from '../csv.js';
import { expandFiles } from '../files.js';
import { runNdjson, runParallel } from '../parallel.js';
import type { Encoding } from '../input.js';
import { toRecord, type DocumentAnalysis } from '../record.js';
import { KINDS, type Kind } from '../results.js';
import {
  encodingOption,
  formatOption,
  onlyOption,
  readText,
  refOption,
  verboseOption,
  writer,
  type CliCommand,
  type Format,
  type Io,
} from '../shared.js';
import { documentTable } from '../table.js';

function jobsArg(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError(`'${v}' is not a number of worker threads (1–256).`);
  return n;
}

/** Above this many files, a TTY stderr gets a progress bar. */
const PROGRESS_MIN_FILES = 5;

export interface AnalyzeFlags {
  ref?: string;
  format: Format;
  only?: Kind[];
  normalized?: boolean;
  encoding: Encoding;
  progress: boolean;
  verbose?: boolean;
  /** Worker threads (tifa/batch); in-process when absent. */
  jobs?: number;
  input?: 'text' | 'ndjson';
}

function progressBar(io: Io, total: number, wanted: boolean): cliProgress.SingleBar | undefined {
  if (!wanted || !io.stderr.isTTY || total <= PROGRESS_MIN_FILES) return undefined;
  return new cliProgress.SingleBar(
    {
      stream: io.stderr as NodeJS.WritableStream,
      format: 'tifa {bar} {value}/{total} files {file}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
}

/**
 * Analyze documents one by one and stream them out in the chosen format; resolves to the
 * exit code (1 when a file could not be read or analyzed, the others still processed).
 *
 * @example await runAnalyze(['报告.txt'], { format: 'ndjson', encoding: 'auto', progress: false }, io) // 0
 */
export async function runAnalyze(
  files: string[],
  flags: AnalyzeFlags,
  io: Io,
  refFor?: (file: string) => string | undefined,
): Promise<number> {
  const out = writer(io.stdout);
  const kinds = flags.only ?? [...KINDS];
  let code = 0;
  let first = true;
  const bar = progressBar(io, files.length, flags.progress);
  bar?.start(files.length, 0, { file: '' });
  if (flags.format === 'csv') await out(csvHeader());
  if (flags.format === 'json') await out('[');
  if (flags.jobs !== undefined && !refFor) {
    code = await runParallel(files, flags, io, async (file, analysis, o) => {
      await o(formatRecord(toRecord(file, analysis, kinds, Boolean(flags.normalized)), flags.format, kinds, first, io));
      first = false;
    });
    if (flags.format === 'json') await out(first ? ']\n' : '\n]\n');
    return code;
  }
  for (const [i, file] of files.entries()) {
    if (out.isClosed()) break;
    bar?.update({ file: basename(file) });
    const text = await readText(file, flags.encoding, io, {
      before: () => bar?.stop(),
      after: () => bar?.start(files.length, i + 1, { file: '' }),
      verbose: flags.verbose,
    });
    if (text === undefined) {
      code = 1;
      continue;
    }
    let analysis: Analysis;
    try {
      const ref = flags.ref ?? refFor?.(file);
      analysis = analyze(text, ref ? { referenceDate: ref } : undefined);
    } catch (e) {
      io.stderr.write(`tifa: ${file}: analysis failed: ${(e as Error).message}\n`);
      code = 1;
      continue;
    }
    const rec = toRecord(file, analysis, kinds, Boolean(flags.normalized));
    await out(formatRecord(rec, flags.format, kinds, first, io));
    first = false;
    bar?.increment();
  }
  bar?.stop();
  if (flags.format === 'json') await out(first ? ']\n' : '\n]\n');
  return code;
}

/** One document's record in an output format (json pieces join into one array). */
function formatRecord(rec: DocumentAnalysis, f: Format, kinds: Kind[], first: boolean, io: Io): string {
  switch (f) {
    case 'json':
      return `${first ? '\n' : ',\n'}${JSON.stringify(rec, null, 2)}`;
    case 'ndjson':
      return `${JSON.stringify(rec)}\n`;
    case 'csv':
      return csvRows(rec, kinds);
    case 'table':
      return documentTable(rec, kinds, io.stdout.columns ?? 120);
  }
}

/** Registers `tifa analyze`. */
export const analyzeCommand: CliCommand = (program, cli) => {
  program
    .command('analyze')
    .description('analyze documents (stdin when no file, or "-") and print the results')
    .argument('[files...]', 'text files to read; globs (quoted or not) are expanded')
    .addOption(refOption())
    .addOption(formatOption('json'))
    .addOption(onlyOption())
    .option('--normalized', 'include the normalized text in json/ndjson records')
    .addOption(encodingOption())
    .addOption(verboseOption())
    .option('--no-progress', 'never show a progress bar')
    .addOption(new Option('-j, --jobs <n>', 'analyze on N worker threads (tifa/batch), output still in input order').argParser(jobsArg))
    .addOption(
      new Option(
        '--input <kind>',
        'text: each file is one document; ndjson: one {"id"?, "text", "referenceDate"?} (or a JSON string) per line, streamed, one output line per input line',
      )
        .choices(['text', 'ndjson'])
        .default('text'),
    )
    .action(async (files: string[], flags: AnalyzeFlags, cmd: Command) => {
      if (!files.length) {
        if (cli.io.stdinIsTTY) cmd.error('tifa analyze: name one or more files, or pipe text on stdin', { exitCode: 2 });
        files = ['-'];
      }
      if (flags.input === 'ndjson') {
        if (flags.format !== 'ndjson' && cmd.getOptionValueSource('format') === 'cli')
          cmd.error('tifa analyze: --input ndjson writes ndjson (drop --format)', { exitCode: 2 });
        return cli.exit(await runNdjson(await expandFiles(files), flags, cli.io));
      }
      cli.exit(await runAnalyze(await expandFiles(files), flags, cli.io));
    });
};
