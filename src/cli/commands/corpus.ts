/**
 * `tifa corpus DIR`: analyze every .txt document of a directory; `--update` writes
 * NAME.expected.json next to each, `--check` diffs against them.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { analyze } from '../../index.js';
import { diffAnalysis, diffStats, expectedJson, expectedName, type ExpectedFile } from '../corpus.js';
import { readError } from '../input.js';
import { encodingOption, formatOption, onlyOption, readText, refOption, writer, type CliCommand, type Io, type Writer } from '../shared.js';
import { runAnalyze, type AnalyzeFlags } from './analyze.js';

interface CorpusFlags extends AnalyzeFlags {
  update?: boolean;
  check?: boolean;
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

/** Tally of a `--check` run. */
interface Tally {
  code: number;
  differing: number;
}

/** --update or --check one document. */
async function updateOrCheck(file: string, dir: string, flags: CorpusFlags, io: Io, out: Writer, tally: Tally): Promise<void> {
  const text = await readText(file, flags.encoding, io);
  if (text === undefined) {
    tally.code = 1;
    return;
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
  const tally: Tally = { code: 0, differing: 0 };
  for (const file of files) await updateOrCheck(file, dir, flags, io, out, tally);
  if (flags.check) {
    const { differing } = tally;
    await out(differing ? `${differing} of ${files.length} documents differ\n` : `${files.length} documents match their expected analyses\n`);
    if (differing && tally.code === 0) tally.code = 3;
  }
  return tally.code;
}

/** Registers `tifa corpus`. */
export const corpusCommand: CliCommand = (program, cli) => {
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
      cli.exit(await runCorpus(dir, flags, cli.io));
    });
};
