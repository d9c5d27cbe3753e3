/**
 * What every command of the `tifa` CLI shares: where it writes, how it reads a document, and
 * the flags several commands accept.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { resolveReferenceDate } from '../options.js';
import { ENCODINGS, readDocument, readError, type Encoding } from './input.js';
import { KINDS, parseKinds, type Kind } from './results.js';

export const FORMATS = ['json', 'ndjson', 'csv', 'table'] as const;
export type Format = (typeof FORMATS)[number];

/** Where the CLI writes; injectable for tests. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdinIsTTY: boolean;
}

/** What a command gets from main: the streams, and a way to set the exit code. */
export interface Cli {
  io: Io;
  /** Set the process's exit code (the last call wins). */
  exit(code: number): void;
}

/**
 * One CLI command: adds itself (name, arguments, flags, action) to the program.
 *
 * @example const hello: CliCommand = (program, cli) => void program.command('hello').action(() => cli.exit(0));
 */
export type CliCommand = (program: Command, cli: Cli) => void;

/** `--ref` value: a real calendar day 'YYYY-MM-DD'. */
export function refArg(v: string): string {
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

export const refOption = () =>
  new Option('--ref <date>', 'reference date for relative dates (YYYY-MM-DD); default: inferred from the text').argParser(refArg);
export const encodingOption = () =>
  new Option(
    '--encoding <name>',
    'input encoding: auto (BOM, UTF-16 NUL pattern, strict UTF-8, GB18030 when not UTF-8 from the first non-ASCII byte), utf8, utf16le, utf16be or gb18030',
  )
    .choices(ENCODINGS)
    .default('auto');
export const verboseOption = () => new Option('--verbose', 'tell stderr which encoding each input was read in, and why');
export const formatOption = (def: Format) => new Option('-f, --format <format>', 'output format').choices(FORMATS).default(def);
export const onlyOption = () => new Option('--only <kinds>', `comma-separated kinds to report: ${KINDS.join(',')}`).argParser(onlyArg);

/** A function that writes a string, respecting back-pressure; `isClosed()` once the reader went away. */
export type Writer = ((s: string) => Promise<void>) & { isClosed(): boolean };

/**
 * Writes that respect back-pressure and stop quietly when the reader goes away (| head).
 * Any other write error (ENOSPC on a full disk) is raised as a `WriteError` by the next write.
 */
export function writer(stream: NodeJS.WritableStream): Writer {
  let closed = false;
  let failed: NodeJS.ErrnoException | undefined;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') closed = true;
    else failed ??= e;
  });
  const write = async (s: string): Promise<void> => {
    if (failed) throw new WriteError(failed);
    if (closed || !s) return;
    if (!stream.write(s)) {
      await new Promise<void>((res) => {
        stream.once('drain', res);
        stream.once('error', () => res());
      });
    }
    if (failed) throw new WriteError(failed);
  };
  return Object.assign(write, { isClosed: () => closed || failed !== undefined });
}

/** Output could not be written (no space left, …): main reports it in one line and exits 1. */
export class WriteError extends Error {
  constructor(readonly reason: NodeJS.ErrnoException) {
    super(`cannot write output: ${reason.code === 'ENOSPC' ? 'no space left on device' : reason.message}`);
    this.name = 'WriteError';
  }
}

/**
 * The text of a document, or undefined after telling stderr why it could not be read
 * (`around.before`/`after` run around the message, e.g. to hide a progress bar; with
 * `around.verbose`, stderr is told which encoding was used and why).
 *
 * @example await readText('政府工作报告.txt', 'auto', io) // '各位代表：…'
 */
export async function readText(
  file: string,
  encoding: Encoding,
  io: Io,
  around: { before?: () => void; after?: () => void; verbose?: boolean } = {},
): Promise<string | undefined> {
  try {
    const doc = await readDocument(file, encoding);
    if (around.verbose) io.stderr.write(`tifa: ${file}: read as ${doc.encoding} (${doc.why})\n`);
    return doc.text;
  } catch (e) {
    around.before?.();
    io.stderr.write(`tifa: cannot read ${file}: ${readError(e)}\n`);
    around.after?.();
    return undefined;
  }
}
