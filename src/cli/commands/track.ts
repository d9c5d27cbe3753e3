/**
 * `tifa track FILE… [--ref FILE=YYYY-MM-DD …] [--format table|csv|json|html] [-o out]`:
 * follow each commitment of the documents to the later documents' results (see docs/track.md).
 * Each document's reference date comes from --ref, else its dateline (inferReferenceDate).
 */
import { writeFileSync } from 'node:fs';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { resolveReferenceDate } from '../../options.js';
import { trackTargets, type TrackDoc } from '../../track/index.js';
import { trackPage } from '../../track/page.js';
import { TABLE_HEADER, TRACK_COLUMNS, tableRows, trackRows } from '../../track/render.js';
import { csvLine } from '../csv.js';
import { ENCODINGS, readDocument, readError, type Encoding } from '../input.js';
import { renderTable } from '../table.js';
import type { CliCommand } from '../shared.js';

export const TRACK_FORMATS = ['table', 'csv', 'json', 'html'] as const;
type TrackFormat = (typeof TRACK_FORMATS)[number];

/** Where the command writes (the shape of main's Io). */
export interface TrackIo {
  stdout: NodeJS.WritableStream & { columns?: number };
  stderr: NodeJS.WritableStream;
}

interface TrackFlags {
  ref: string[];
  format: TrackFormat;
  encoding: Encoding;
  output?: string;
  title?: string;
}

/**
 * One `--ref` value: 'FILE=YYYY-MM-DD', collected into a list.
 *
 * @example refPair('a.txt=2023-03-05', []) // ['a.txt=2023-03-05']
 */
export function refPair(v: string, prev: string[] = []): string[] {
  const at = v.lastIndexOf('=');
  const day = v.slice(at + 1);
  if (at <= 0) throw new InvalidArgumentError(`'${v}' is not FILE=YYYY-MM-DD.`);
  try {
    resolveReferenceDate({ referenceDate: day });
  } catch {
    throw new InvalidArgumentError(`'${day}' is not a real calendar day in the form YYYY-MM-DD.`);
  }
  if (day.length !== 10) throw new InvalidArgumentError(`'${day}' is not in the form YYYY-MM-DD.`);
  return [...prev, v];
}

/** Read the documents; undefined after telling stderr which could not be read. */
async function readDocs(files: string[], flags: TrackFlags, io: TrackIo): Promise<TrackDoc[] | undefined> {
  const refs = new Map(flags.ref.map((r) => [r.slice(0, r.lastIndexOf('=')), r.slice(r.lastIndexOf('=') + 1)]));
  for (const f of refs.keys()) if (!files.includes(f)) io.stderr.write(`tifa: --ref names ${f}, which is not among the files\n`);
  const docs: TrackDoc[] = [];
  let failed = false;
  for (const file of files) {
    try {
      const { text } = await readDocument(file, flags.encoding);
      const ref = refs.get(file);
      docs.push({ id: file, text, ...(ref ? { referenceDate: ref } : {}) });
    } catch (e) {
      io.stderr.write(`tifa: cannot read ${file}: ${readError(e)}\n`);
      failed = true;
    }
  }
  return failed ? undefined : docs;
}

function render(docs: TrackDoc[], flags: TrackFlags, io: TrackIo): string {
  const tracks = trackTargets(docs);
  switch (flags.format) {
    case 'json':
      return `${JSON.stringify(tracks, null, 2)}\n`;
    case 'csv':
      return [csvLine(TRACK_COLUMNS), ...trackRows(tracks).map(csvLine)].join('');
    case 'table': {
      const w = Math.max(24, Math.floor(((io.stdout.columns ?? 120) - 40) / 2));
      return tracks.length ? renderTable(TABLE_HEADER, tableRows(tracks), [0, 0, 10, w, w, 0]) : 'no commitments found\n';
    }
    case 'html':
      return trackPage(tracks, new Map(docs.map((d) => [d.id, d.text])), flags.title ?? 'tifa track');
  }
}

/**
 * Add `tifa track` to the program; `done` receives the exit code (0 ok, 1 a file could not be
 * read or written).
 *
 * @example registerTrack(program, io, (code) => (result = code))
 */
export function registerTrack(program: Command, io: TrackIo, done: (code: number) => void): void {
  program
    .command('track')
    .description('follow each commitment to the results later documents report, with a verdict (met, missed, pending, unknown)')
    .argument('<files...>', "documents, in any order (a work report and next year's, a plan and the yearly reports)")
    .addOption(
      new Option('--ref <file=date>', 'reference date of one document, FILE=YYYY-MM-DD (repeatable); default: inferred from its text')
        .argParser(refPair)
        .default([]),
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices(TRACK_FORMATS).default('table'))
    .addOption(
      new Option('--encoding <name>', 'input encoding: auto (UTF-8, else GB18030), utf8 or gb18030').choices(ENCODINGS).default('auto'),
    )
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .option('--title <title>', 'html page title')
    .action(async (files: string[], flags: TrackFlags) => {
      const docs = await readDocs(files, flags, io);
      if (!docs) return done(1);
      const out = render(docs, flags, io);
      if (!flags.output) {
        io.stdout.write(out);
        return done(0);
      }
      try {
        writeFileSync(flags.output, out);
        done(0);
      } catch (e) {
        io.stderr.write(`tifa: cannot write ${flags.output}: ${readError(e)}\n`);
        done(1);
      }
    });
}

/** `tifa track` as one of the CLI's commands. */
export const trackCommand: CliCommand = (program, cli) => registerTrack(program, cli.io, cli.exit);
