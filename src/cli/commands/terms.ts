/**
 * `tifa terms FILE…`: the key terms of each document (see docs/terms.md), as a table, json,
 * ndjson or csv.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { keywords, loadTokenizer, type Keyword, type TokenizerName } from '../../terms/index.js';
import { csvField } from '../csv.js';
import { expandFiles } from '../files.js';
import type { Encoding } from '../input.js';
import { encodingOption, formatOption, readText, verboseOption, writer, type CliCommand, type Format, type Io } from '../shared.js';
import { renderTable } from '../table.js';

interface TermsFlags {
  top: number;
  tokenizer: TokenizerName;
  format: Format;
  encoding: Encoding;
  verbose?: boolean;
}

function topArg(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`'${v}' is not a positive whole number.`);
  return n;
}

/** One document's terms in an output format. */
function formatTerms(file: string, terms: Keyword[], f: Format, first: boolean): string {
  switch (f) {
    case 'json':
      return `${first ? '\n' : ',\n'}${JSON.stringify({ file, terms }, null, 2)}`;
    case 'ndjson':
      return `${JSON.stringify({ file, terms })}\n`;
    case 'csv':
      return terms
        .map(
          (t) =>
            [file, t.term, t.score.toFixed(4), t.count, t.spans.map((s) => `${s.start}-${s.end}`).join(' ')]
              .map((c) => csvField(String(c)))
              .join(',') + '\n',
        )
        .join('');
    case 'table': {
      const rows = terms.map((t) => [
        t.term,
        t.score.toFixed(3),
        String(t.count),
        t.spans
          .slice(0, 5)
          .map((s) => `${s.start}-${s.end}`)
          .join(' '),
      ]);
      return `${file}  ${terms.length} term${terms.length === 1 ? '' : 's'}\n${renderTable(['term', 'score', 'count', 'spans'], rows)}\n`;
    }
  }
}

/**
 * Key terms of each file; resolves to the exit code (1 when a file could not be read).
 *
 * @example await runTerms(['报告.txt'], { top: 10, tokenizer: 'segmentit', format: 'table', encoding: 'auto' }, io) // 0
 */
async function runTerms(files: string[], flags: TermsFlags, io: Io): Promise<number> {
  const out = writer(io.stdout);
  const tokenizer = await loadTokenizer(flags.tokenizer);
  let code = 0;
  let first = true;
  if (flags.format === 'csv') await out('file,term,score,count,spans\n');
  if (flags.format === 'json') await out('[');
  for (const file of files) {
    if (out.isClosed()) break;
    const text = await readText(file, flags.encoding, io, { verbose: flags.verbose });
    if (text === undefined) {
      code = 1;
      continue;
    }
    await out(formatTerms(file, await keywords(text, { tokenizer, top: flags.top }), flags.format, first));
    first = false;
  }
  if (flags.format === 'json') await out(first ? ']\n' : '\n]\n');
  return code;
}

/** Registers `tifa terms`. */
export const termsCommand: CliCommand = (program, cli) => {
  program
    .command('terms')
    .description('list the key terms of each document (word segmentation; see docs/terms.md)')
    .argument('[files...]', 'text files to read (stdin when none, or "-"); globs are expanded')
    .addOption(new Option('--top <n>', 'how many terms per document').argParser(topArg).default(20))
    .addOption(
      new Option('--tokenizer <name>', 'word segmenter (jieba needs @node-rs/jieba installed)')
        .choices(['segmentit', 'jieba'])
        .default('segmentit'),
    )
    .addOption(formatOption('table'))
    .addOption(encodingOption())
    .addOption(verboseOption())
    .action(async (files: string[], flags: TermsFlags, cmd: Command) => {
      if (!files.length) {
        if (cli.io.stdinIsTTY) cmd.error('tifa terms: name one or more files, or pipe text on stdin', { exitCode: 2 });
        files = ['-'];
      }
      try {
        cli.exit(await runTerms(await expandFiles(files), flags, cli.io));
      } catch (e) {
        if ((e as Error).name === 'WriteError') throw e;
        cli.io.stderr.write(`tifa: terms: ${(e as Error).message}\n`);
        cli.exit(1);
      }
    });
};
