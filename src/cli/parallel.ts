/**
 * `tifa analyze --jobs N` and `--input ndjson`: documents analyzed on tifa/batch's worker pool,
 * streamed in input order with bounded memory; a document that fails is reported in place.
 */
import { createReadStream } from 'node:fs';
import { analyzeEach, analyzeStream } from '../batch/index.js';
import type { Analysis } from '../types.js';
import { readError } from './input.js';
import { toRecord } from './record.js';
import { KINDS } from './results.js';
import { readText, writer, type Io, type Writer } from './shared.js';
import type { AnalyzeFlags } from './commands/analyze.js';

/** The bytes of each ndjson source in turn: files, or '-' for stdin. */
async function* ndjsonBytes(files: string[], io: Io, failed: () => void): AsyncGenerator<Uint8Array> {
  for (const file of files) {
    try {
      const stream = file === '-' ? process.stdin : createReadStream(file);
      for await (const chunk of stream) yield chunk as Uint8Array;
    } catch (e) {
      io.stderr.write(`tifa: cannot read ${file}: ${readError(e)}\n`);
      failed();
    }
  }
}

/**
 * ndjson in (`{id?, text, referenceDate?}` or a JSON string per line), ndjson out: one line per
 * non-blank input line, in order, errors in place as `{line, error}`.
 *
 * @example await runNdjson(['corpus.ndjson'], { jobs: 4, … }, io) // 0
 */
export async function runNdjson(files: string[], flags: AnalyzeFlags, io: Io): Promise<number> {
  const out = writer(io.stdout);
  let code = 0;
  const kinds = flags.only ?? [...KINDS];
  const source = ndjsonBytes(files, io, () => void (code = 1));
  const opts = { jobs: flags.jobs ?? 1, ...(flags.ref ? { referenceDate: flags.ref } : {}) };
  for await (const line of analyzeStream(source, opts)) {
    if (out.isClosed()) break;
    const rec = JSON.parse(line) as Analysis & { id?: unknown; line?: number; error?: string };
    if (rec.error !== undefined) {
      await out(line);
      continue;
    }
    const { id, ...analysis } = rec;
    const { file: _file, ...projected } = toRecord('', analysis, kinds, Boolean(flags.normalized));
    await out(`${JSON.stringify(id !== undefined ? { id, ...projected } : projected)}\n`);
  }
  return code;
}

/** The texts of `files`, read as they are needed; unreadable ones become undefined. */
async function* texts(files: string[], flags: AnalyzeFlags, io: Io, failed: () => void): AsyncGenerator<{ text: string; id: unknown }> {
  for (const file of files) {
    const text = await readText(file, flags.encoding, io, { verbose: flags.verbose });
    if (text === undefined) failed();
    else yield { text, id: file };
  }
}

/**
 * Text files analyzed on `flags.jobs` workers, printed in order as `emit` formats them.
 *
 * @example await runParallel(['a.txt', 'b.txt'], flags, io, (file, a, out) => out(JSON.stringify(a))) // 0
 */
export async function runParallel(
  files: string[],
  flags: AnalyzeFlags,
  io: Io,
  emit: (file: string, analysis: Analysis, out: Writer) => Promise<void>,
): Promise<number> {
  const out = writer(io.stdout);
  let code = 0;
  const opts = { jobs: flags.jobs ?? 1, ...(flags.ref ? { referenceDate: flags.ref } : {}) };
  const read = texts(files, flags, io, () => void (code = 1));
  // the file names in the order their texts were handed to the pool
  const names: string[] = [];
  const inputs = (async function* () {
    for await (const t of read) {
      names.push(t.id as string);
      yield { text: t.text };
    }
  })();
  let k = 0;
  for await (const r of analyzeEach(inputs, opts)) {
    const file = names[k++];
    if (out.isClosed()) break;
    if (!r.ok) {
      io.stderr.write(`tifa: ${file}: analysis failed: ${r.error.message}\n`);
      code = 1;
      continue;
    }
    await emit(file, r.value, out);
  }
  return code;
}
