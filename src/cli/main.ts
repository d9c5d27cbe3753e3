/**
 * The `tifa` command line (see docs/cli.md):
 *
 *   tifa analyze [FILE…] [--ref YYYY-MM-DD] [--format json|ndjson|csv|table] [--only KINDS]
 *   tifa highlight FILE [--ref YYYY-MM-DD] [-o out.html]
 *   tifa corpus DIR [--update | --check] [--ref …] [--format …]
 *
 * Exit codes: 0 ok · 1 a file could not be read (the others are still processed) · 2 bad
 * flags (with usage) · 3 `corpus --check` found differences.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import cliProgress from 'cli-progress';
import { analyze } from '../index.js';
import { resolveReferenceDate } from '../options.js';
import type { Analysis } from '../types.js';
import { diffAnalysis, diffStats, expectedJson, expectedName, type ExpectedFile } from './corpus.js';
import { csvHeader, csvRows } from './csv.js';
import { highlightHtml } from './highlight.js';
import { ENCODINGS, readDocument, readError, type Encoding } from './input.js';
import { toRecord, type DocumentAnalysis } from './record.js';
import { KINDS, parseKinds, type Kind } from './results.js';
import { documentTable } from './table.js';
import { slogansCommand } from './slogans.js';

export const FORMATS = ['json', 'ndjson', 'csv', 'table'] as const;
export type Format = (typeof FORMATS)[number];

/** Where the CLI writes; injectable for tests. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdinIsTTY: boolean;
}

export interface MainOptions {
  /** Printed by --version (bin/tifa.js reads it from package.json). */
  version?: string;
  io?: Io;
}

/** Above this many files, a TTY stderr gets a progress bar. */
const PROGRESS_MIN_FILES = 5;

/** `--ref` value: a real calendar day 'YYYY-MM-DD'. */
function refArg(v: string): string {
  try {
    resolveReferenceDate({ referenceDate: v });
  } catch {
    throw new InvalidArgumentError(`'${v}' is not a real calendar day in the form YYYY-MM-DD.`);
  }
  if (v.length !== 10) throw new InvalidArgumentError(`'${v}' is not in the form YYYY-MM-DD.`);
  return v;
}

function onlyArg(v: string): Kind[] {
  try {
    return parseKinds(v);
  } catch (e) {
    throw new InvalidArgumentError(`${(e as Error).message}.`);
  }
}

/** Writes that respect back-pressure and stop quietly when the reader goes away (| head). */
function writer(stream: NodeJS.WritableStream) {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') closed = true;
    else throw e;
  });
  const write = async (s: string): Promise<void> => {
    if (closed || !s) return;
    if (!stream.write(s)) await new Promise<void>((res) => {
      stream.once('drain', res);
      stream.once('error', () => res());
    });
  };
  /** True once the reader has gone away: stop working. */
  return Object.assign(write, { isClosed: () => closed });
}

interface AnalyzeFlags {
  ref?: string;
  format: Format;
  only?: Kind[];
  normalized?: boolean;
  encoding: Encoding;
  progress: boolean;
}

/** Analyze documents one by one and stream them out in the chosen format. */
/**
 * The text of a document, or undefined after telling stderr why it could not be read
 * (`before`/`after` run around the message, e.g. to hide a progress bar).
 */
async function readText(
  file: string,
  encoding: Encoding,
  io: Io,
  around?: { before: () => void; after: () => void },
): Promise<string | undefined> {
  try {
    return (await readDocument(file, encoding)).text;
  } catch (e) {
    around?.before();
    io.stderr.write(`tifa: cannot read ${file}: ${readError(e)}\n`);
    around?.after();
    return undefined;
  }
}

async function runAnalyze(files: string[], flags: AnalyzeFlags, io: Io, refFor?: (file: string) => string | undefined): Promise<number> {
  const out = writer(io.stdout);
  const kinds = flags.only ?? [...KINDS];
  let code = 0;
  let first = true;
  const showBar = flags.progress && Boolean(io.stderr.isTTY) && files.length > PROGRESS_MIN_FILES;
  const bar = showBar
    ? new cliProgress.SingleBar(
        { stream: io.stderr as NodeJS.WritableStream, format: 'tifa {bar} {value}/{total} files {file}', hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  bar?.start(files.length, 0, { file: '' });
  if (flags.format === 'csv') await out(csvHeader());
  if (flags.format === 'json') await out('[');
  for (const file of files) {
    if (out.isClosed()) break;
    bar?.update({ file: basename(file) });
    const text = await readText(file, flags.encoding, io, {
      before: () => bar?.stop(),
      after: () => bar?.start(files.length, files.indexOf(file) + 1, { file: '' }),
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
    await out(format(rec, flags.format, kinds, first, io));
    first = false;
    bar?.increment();
  }
  bar?.stop();
  if (flags.format === 'json') await out(first ? ']\n' : '\n]\n');
  return code;
}

function format(rec: DocumentAnalysis, f: Format, kinds: Kind[], first: boolean, io: Io): string {
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

/** The .txt files of a directory, sorted by name. */
function corpusFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.txt$/i.test(f))
    .sort()
    .map((f) => join(dir, f));
}

async function readExpected(file: string): Promise<ExpectedFile | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as ExpectedFile;
  } catch {
    return undefined;
  }
}

interface CorpusFlags extends AnalyzeFlags {
  update?: boolean;
  check?: boolean;
}

/** `tifa corpus DIR`: analyze, --update the expected files, or --check against them. */
async function runCorpus(dir: string, flags: CorpusFlags, io: Io): Promise<number> {
  let files: string[];
  try {
    files = corpusFiles(dir);
  } catch (e) {
    io.stderr.write(`tifa: cannot read directory ${dir}: ${readError(e)}\n`);
    return 1;
  }
  if (!files.length) io.stderr.write(`tifa: no .txt files in ${dir}\n`);
  if (!flags.update && !flags.check) {
    const expected = new Map<string, string | undefined>();
    for (const f of files) expected.set(f, (await readExpected(expectedName(f)))?.options?.referenceDate);
    return runAnalyze(files, flags, io, (f) => expected.get(f));
  }
  const out = writer(io.stdout);
  let code = 0;
  let differing = 0;
  for (const file of files) {
    const text = await readText(file, flags.encoding, io);
    if (text === undefined) {
      code = 1;
      continue;
    }
    const expFile = expectedName(file);
    const previous = await readExpected(expFile);
    const referenceDate = flags.ref ?? previous?.options?.referenceDate;
    const analysis = analyze(text, referenceDate ? { referenceDate } : undefined);
    if (flags.update) {
      const next: ExpectedFile = { file: basename(file), options: referenceDate ? { referenceDate } : {}, analysis };
      const lines = previous ? diffAnalysis(previous.analysis, analysis) : [];
      writeFileSync(expFile, expectedJson(next));
      await out(`${previous ? (lines.length ? 'updated' : 'unchanged') : 'created'} ${expFile}${lines.length ? ` (${diffStats(lines)})` : ''}\n`);
      continue;
    }
    if (!previous) {
      differing++;
      await out(`${file}: no ${basename(expFile)}; run tifa corpus ${dir} --update\n`);
      continue;
    }
    const lines = diffAnalysis(previous.analysis, analysis);
    if (lines.length) {
      differing++;
      await out(`${file}: ${diffStats(lines)}\n${lines.join('\n')}\n`);
    }
  }
  if (flags.check) {
    await out(differing ? `${differing} of ${files.length} documents differ\n` : `${files.length} documents match their expected analyses\n`);
    if (differing && code === 0) code = 3;
  }
  return code;
}

/**
 * Run the CLI with `argv` (without node and script) and resolve to the exit code.
 *
 * @example await main(['analyze', 'report.txt', '--format', 'csv']) // 0
 */
export async function main(argv: string[], opts: MainOptions = {}): Promise<number> {
  const io: Io = opts.io ?? { stdout: process.stdout, stderr: process.stderr, stdinIsTTY: Boolean(process.stdin.isTTY) };
  let result = 0;
  const program = new Command('tifa');
  program
    .description('Read Chinese policy text: quantities, dates, slogans and targets with exact spans.')
    .version(opts.version ?? '0.0.0', '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    })
    .addHelpText(
      'after',
      `
Exit codes: 0 ok, 1 a file could not be read (others still processed), 2 bad flags,
3 corpus --check found differences.

Examples:
  tifa analyze report.txt --ref 2021-05-13 --format table
  tifa analyze docs/*.txt --format csv --only targets > targets.csv
  cat report.txt | tifa analyze --format ndjson
  tifa highlight report.txt -o report.html
  tifa corpus my-docs/ --update     then     tifa corpus my-docs/ --check`,
    );

  const refOption = () => new Option('--ref <date>', 'reference date for relative dates (YYYY-MM-DD); default: inferred from the text').argParser(refArg);
  const encodingOption = () =>
    new Option('--encoding <name>', 'input encoding: auto (UTF-8, else GB18030), utf8 or gb18030').choices(ENCODINGS).default('auto');
  const formatOption = (def: Format) => new Option('-f, --format <format>', 'output format').choices(FORMATS).default(def);
  const onlyOption = () => new Option('--only <kinds>', `comma-separated kinds to report: ${KINDS.join(',')}`).argParser(onlyArg);

  program
    .command('analyze')
    .description('analyze documents (stdin when no file, or "-") and print the results')
    .argument('[files...]', 'text files to read')
    .addOption(refOption())
    .addOption(formatOption('json'))
    .addOption(onlyOption())
    .option('--normalized', 'include the normalized text in json/ndjson records')
    .addOption(encodingOption())
    .option('--no-progress', 'never show a progress bar')
    .action(async (files: string[], flags: AnalyzeFlags, cmd: Command) => {
      if (!files.length) {
        if (io.stdinIsTTY) cmd.error('tifa analyze: name one or more files, or pipe text on stdin', { exitCode: 2 });
        files = ['-'];
      }
      result = await runAnalyze(files, flags, io);
    });

  program
    .command('highlight')
    .description('write a self-contained HTML page with every result marked in the original text')
    .argument('<file>', 'text file to read ("-" for stdin)')
    .addOption(refOption())
    .addOption(onlyOption())
    .option('-o, --output <file>', 'write the page to this file instead of stdout')
    .option('--title <title>', 'page title (default: the file name)')
    .addOption(encodingOption())
    .action(async (file: string, flags: { ref?: string; only?: Kind[]; output?: string; title?: string; encoding: Encoding }) => {
      const text = await readText(file, flags.encoding, io);
      if (text === undefined) {
        result = 1;
        return;
      }
      const analysis = analyze(text, flags.ref ? { referenceDate: flags.ref } : undefined);
      const html = highlightHtml(text, analysis, { title: flags.title ?? (file === '-' ? 'stdin' : basename(file)), kinds: flags.only });
      if (flags.output) {
        try {
          writeFileSync(flags.output, html);
        } catch (e) {
          io.stderr.write(`tifa: cannot write ${flags.output}: ${readError(e)}\n`);
          result = 1;
        }
      } else await writer(io.stdout)(html);
    });

  program
    .command('corpus')
    .description('analyze every .txt file of a directory; --update writes NAME.expected.json next to each, --check diffs against them')
    .argument('<dir>', 'directory of .txt documents')
    .option('--update', 'write or refresh NAME.expected.json for every document')
    .option('--check', 'compare with NAME.expected.json and print a per-result diff (exit 3 on differences)')
    .addOption(refOption())
    .addOption(formatOption('ndjson'))
    .addOption(onlyOption())
    .option('--normalized', 'include the normalized text in json/ndjson records')
    .addOption(encodingOption())
    .option('--no-progress', 'never show a progress bar')
    .action(async (dir: string, flags: CorpusFlags, cmd: Command) => {
      if (flags.update && flags.check) cmd.error('tifa corpus: --update and --check exclude each other', { exitCode: 2 });
      if ((flags.update || flags.check) && flags.only) cmd.error('tifa corpus: --only cannot be used with --update or --check', { exitCode: 2 });
      result = await runCorpus(dir, flags, io);
    });

  slogansCommand(program, io, (code) => (result = code));

  try {
    if (!argv.length) {
      program.outputHelp({ error: true });
      return 2;
    }
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
    }
    throw e;
  }
  return result;
}
