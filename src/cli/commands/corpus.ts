/**
 * `tifa corpus DIR`: analyze every .txt document of a directory; `--update` writes
 * NAME.expected.json next to each, `--check` diffs against them.
 */
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { analyze } from '../../index.js';
import { diffAnalysis, diffStats, expectedJson, expectedName, type ExpectedFile } from '../corpus.js';
import { textFilesUnder } from '../files.js';
import { readError } from '../input.js';
import {
  encodingOption,
  formatOption,
  onlyOption,
  readText,
  refOption,
  verboseOption,
  writer,
  type CliCommand,
  type Io,
  type Writer,
} from '../shared.js';
import { runAnalyze, type AnalyzeFlags } from './analyze.js';

interface CorpusFlags extends AnalyzeFlags {
  update?: boolean;
  check?: boolean;
}

/** An expected file: absent, corrupt (with why), or read. */
type Expected = { state: 'missing' } | { state: 'corrupt'; why: string } | { state: 'ok'; file: ExpectedFile };

async function readExpected(file: string): Promise<Expected> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    return { state: 'corrupt', why: readError(e) };
  }
  try {
    const v = JSON.parse(raw) as ExpectedFile;
    if (v === null || typeof v !== 'object' || typeof v.analysis !== 'object' || v.analysis === null) {
      return { state: 'corrupt', why: 'no "analysis" object' };
    }
    return { state: 'ok', file: v };
  } catch (e) {
    return { state: 'corrupt', why: `not valid JSON: ${(e as Error).message}` };
  }
}

const previousOf = (e: Expected): ExpectedFile | undefined => (e.state === 'ok' ? e.file : undefined);

/** Tally of a `--check` run. */
interface Tally {
  code: number;
  differing: number;
}

/** --update or --check one document. */
async function updateOrCheck(file: string, dir: string, flags: CorpusFlags, io: Io, out: Writer, tally: Tally): Promise<void> {
  const text = await readText(file, flags.encoding, io, { verbose: flags.verbose });
  if (text === undefined) {
    tally.code = 1;
    return;
  }
  const expFile = expectedName(file);
  const expected = await readExpected(expFile);
  const previous = previousOf(expected);
  const referenceDate = flags.ref ?? previous?.options?.referenceDate;
  const analysis = analyze(text, referenceDate ? { referenceDate } : undefined);
  if (flags.update) {
    const next: ExpectedFile = { file: basename(file), options: referenceDate ? { referenceDate } : {}, analysis };
    const lines = previous ? diffAnalysis(previous.analysis, analysis) : [];
    try {
      writeFileSync(expFile, expectedJson(next));
    } catch (e) {
      io.stderr.write(`tifa: cannot write ${expFile}: ${readError(e)}\n`);
      tally.code = 1;
      return;
    }
    const verb = expected.state === 'corrupt' ? 'replaced corrupt' : previous ? (lines.length ? 'updated' : 'unchanged') : 'created';
    await out(`${verb} ${expFile}${lines.length ? ` (${diffStats(lines)})` : ''}\n`);
    return;
  }
  if (expected.state === 'corrupt') {
    tally.differing++;
    tally.code = 1;
    io.stderr.write(`tifa: ${expFile} is corrupt (${expected.why}); run tifa corpus ${dir} --update to rewrite it\n`);
    return;
  }
  if (!previous) {
    tally.differing++;
    await out(`${file}: no ${basename(expFile)}; run tifa corpus ${dir} --update\n`);
    return;
  }
  const lines = diffAnalysis(previous.analysis, analysis);
  if (lines.length) {
    tally.differing++;
    await out(`${file}: ${diffStats(lines)}\n${lines.join('\n')}\n`);
  }
}

/** `tifa corpus DIR`: analyze, --update the expected files, or --check against them. */
async function runCorpus(dir: string, flags: CorpusFlags, io: Io): Promise<number> {
  let files: string[];
  try {
    files = await textFilesUnder(dir);
  } catch (e) {
    io.stderr.write(`tifa: cannot read directory ${dir}: ${readError(e)}\n`);
    return 1;
  }
  if (!files.length) io.stderr.write(`tifa: no .txt files in ${dir}\n`);
  if (!flags.update && !flags.check) {
    const expected = new Map<string, string | undefined>();
    for (const f of files) {
      const e = await readExpected(expectedName(f));
      if (e.state === 'corrupt') io.stderr.write(`tifa: ignoring ${expectedName(f)}: corrupt (${e.why})\n`);
      expected.set(f, previousOf(e)?.options?.referenceDate);
    }
    return runAnalyze(files, flags, io, (f) => expected.get(f));
  }
  const out = writer(io.stdout);
  const tally: Tally = { code: 0, differing: 0 };
  for (const file of files) await updateOrCheck(file, dir, flags, io, out, tally);
  if (flags.check) {
    const { differing } = tally;
    await out(
      differing ? `${differing} of ${files.length} documents differ\n` : `${files.length} documents match their expected analyses\n`,
    );
    if (differing && tally.code === 0) tally.code = 3;
  }
  return tally.code;
}

/** Registers `tifa corpus`. */
export const corpusCommand: CliCommand = (program, cli) => {
  program
    .command('corpus')
    .description(
      'analyze every .txt file of a directory and its subfolders; --update writes NAME.expected.json next to each, --check diffs against them',
    )
    .argument('<dir>', 'directory of .txt documents')
    .option('--update', 'write or refresh NAME.expected.json for every document')
    .option('--check', 'compare with NAME.expected.json and print a per-result diff (exit 3 on differences)')
    .addOption(refOption())
    .addOption(formatOption('ndjson'))
    .addOption(onlyOption())
    .option('--normalized', 'include the normalized text in json/ndjson records')
    .addOption(encodingOption())
    .addOption(verboseOption())
    .option('--no-progress', 'never show a progress bar')
    .action(async (dir: string, flags: CorpusFlags, cmd: Command) => {
      if (flags.update && flags.check) cmd.error('tifa corpus: --update and --check exclude each other', { exitCode: 2 });
      if ((flags.update || flags.check) && flags.only)
        cmd.error('tifa corpus: --only cannot be used with --update or --check', { exitCode: 2 });
      cli.exit(await runCorpus(dir, flags, cli.io));
    });
};
