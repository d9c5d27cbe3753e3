/**
 * `tifa slogans FILE… [--format table|csv|json] [--min-count N]`: the formulations of a
 * corpus — each formulation once, with its forms, documents, counts and first and last
 * appearance — and the templates whose slots the documents fill differently.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { formulations, type FormulationDoc, type Formulations } from '../../slogans/index.js';
import { csvLine } from '../csv.js';
import { ENCODINGS, readDocument, readError, type Encoding } from '../input.js';
import { oneLine } from '../results.js';
import { renderTable } from '../table.js';
import type { CliCommand } from '../shared.js';

export const SLOGAN_FORMATS = ['table', 'csv', 'json'] as const;
export type SloganFormat = (typeof SLOGAN_FORMATS)[number];

/** Where the command writes (the CLI's Io fits). */
export interface SlogansIo {
  stdout: NodeJS.WritableStream & { columns?: number };
  stderr: NodeJS.WritableStream;
}

export interface SlogansFlags {
  format: SloganFormat;
  minCount: number;
  encoding: Encoding;
}

export const SLOGAN_CSV_COLUMNS = [
  'kind',
  'key',
  'type',
  'count',
  'documents',
  'forms',
  'pattern',
  'first_doc',
  'first_date',
  'last_doc',
  'last_date',
];

const when = (a: { doc: string; date?: string }): string => (a.date ? `${a.doc} ${a.date}` : a.doc);

/**
 * The formulations as a terminal table, then the templates with changing slots.
 *
 * @example formulationsTable({ formulations: [{ key: '二个确立', count: 2, documents: ['a', 'b'], … }], templates: [] })
 * // 'count  docs  type  key  forms  first  last\n…'
 */
export function formulationsTable(r: Formulations): string {
  const rows = r.formulations.map((f) => [
    String(f.count),
    String(f.documents.length),
    f.type,
    oneLine(f.key),
    oneLine(f.forms.join(' | ')),
    when(f.first),
    when(f.last),
  ]);
  let out = `${r.formulations.length} formulation${r.formulations.length === 1 ? '' : 's'}\n`;
  if (rows.length) out += renderTable(['count', 'docs', 'type', 'key', 'forms', 'first', 'last'], rows, [0, 0, 0, 30, 30, 0, 0]);
  if (r.templates.length) {
    const trows = r.templates.map((t) => [
      t.pattern,
      String(t.documents.length),
      oneLine(t.fillings.map((x) => `${x.key} (${x.documents.join(',')})`).join(' | ')),
    ]);
    out += `\n${r.templates.length} template${r.templates.length === 1 ? '' : 's'} filled differently across documents\n`;
    out += renderTable(['pattern', 'docs', 'fillings'], trows, [24, 0, 80]);
  }
  return out;
}

/**
 * The formulations as CSV: one row per formulation (kind 'formulation') and per template (kind 'template').
 *
 * @example formulationsCsv(r).split('\r\n')[0] // 'kind,key,type,count,documents,forms,pattern,first_doc,first_date,last_doc,last_date'
 */
export function formulationsCsv(r: Formulations): string {
  let out = csvLine(SLOGAN_CSV_COLUMNS);
  for (const f of r.formulations) {
    out += csvLine([
      'formulation',
      f.key,
      f.type,
      String(f.count),
      f.documents.join(' '),
      f.forms.join(' | '),
      f.pattern ?? '',
      f.first.doc,
      f.first.date ?? '',
      f.last.doc,
      f.last.date ?? '',
    ]);
  }
  for (const t of r.templates) {
    out += csvLine([
      'template',
      t.pattern,
      '',
      String(t.fillings.length),
      t.documents.join(' '),
      t.fillings.map((x) => x.key).join(' | '),
      t.pattern,
      '',
      '',
      '',
      '',
    ]);
  }
  return out;
}

/** Read the files (each once; unreadable ones reported), run formulations(), print. Resolves to the exit code. */
export async function runSlogans(files: string[], flags: SlogansFlags, io: SlogansIo): Promise<number> {
  let code = 0;
  const docs: FormulationDoc[] = [];
  for (const file of files) {
    try {
      docs.push({ id: file, text: (await readDocument(file, flags.encoding)).text });
    } catch (e) {
      io.stderr.write(`tifa: cannot read ${file}: ${readError(e)}\n`);
      code = 1;
    }
  }
  const r = formulations(docs, { minCount: flags.minCount });
  switch (flags.format) {
    case 'json':
      io.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      break;
    case 'csv':
      io.stdout.write(formulationsCsv(r));
      break;
    case 'table':
      io.stdout.write(formulationsTable(r));
      break;
  }
  return code;
}

function countArg(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`'${v}' is not a whole number of at least 1.`);
  return n;
}

/**
 * Register the `slogans` command on `program` (it inherits the program's output and exit
 * settings); `done` receives the exit code.
 *
 * @example slogansCommand(program, io, (code) => (result = code)) // tifa slogans a.txt b.txt --format csv
 */
export function slogansCommand(program: Command, io: SlogansIo, done: (code: number) => void): Command {
  return program
    .command('slogans')
    .description('formulations (提法) across documents: forms, documents, counts, first and last appearance')
    .argument('<files...>', 'text files to read ("-" for stdin)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(SLOGAN_FORMATS).default('table'))
    .addOption(new Option('--min-count <n>', 'leave out formulations seen fewer times').argParser(countArg).default(1))
    .addOption(
      new Option('--encoding <name>', 'input encoding: auto (UTF-8, else GB18030), utf8 or gb18030').choices(ENCODINGS).default('auto'),
    )
    .action(async (files: string[], flags: SlogansFlags) => done(await runSlogans(files, flags, io)));
}

/** `tifa slogans` as one of the CLI's commands. */
export const slogansCliCommand: CliCommand = (program, cli) => void slogansCommand(program, cli.io, cli.exit);
