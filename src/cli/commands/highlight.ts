/**
 * `tifa highlight FILE`: a self-contained HTML page with every result marked in the
 * original text.
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyze } from '../../index.js';
import { highlightHtml } from '../highlight.js';
import { readError, type Encoding } from '../input.js';
import type { Kind } from '../results.js';
import { encodingOption, onlyOption, readText, refOption, verboseOption, writer, type CliCommand } from '../shared.js';

interface HighlightFlags {
  ref?: string;
  only?: Kind[];
  output?: string;
  title?: string;
  encoding: Encoding;
  verbose?: boolean;
}

/** Registers `tifa highlight`. */
export const highlightCommand: CliCommand = (program, cli) => {
  program
    .command('highlight')
    .description('write a self-contained HTML page with every result marked in the original text')
    .argument('<file>', 'text file to read ("-" for stdin)')
    .addOption(refOption())
    .addOption(onlyOption())
    .option('-o, --output <file>', 'write the page to this file instead of stdout')
    .option('--title <title>', 'page title (default: the file name)')
    .addOption(encodingOption())
    .addOption(verboseOption())
    .action(async (file: string, flags: HighlightFlags) => {
      const text = await readText(file, flags.encoding, cli.io, { verbose: flags.verbose });
      if (text === undefined) return cli.exit(1);
      const analysis = analyze(text, flags.ref ? { referenceDate: flags.ref } : undefined);
      const html = highlightHtml(text, analysis, { title: flags.title ?? (file === '-' ? 'stdin' : basename(file)), kinds: flags.only });
      if (!flags.output) return writer(cli.io.stdout)(html);
      try {
        writeFileSync(flags.output, html);
      } catch (e) {
        cli.io.stderr.write(`tifa: cannot write ${flags.output}: ${readError(e)}\n`);
        cli.exit(1);
      }
    });
};
