/**
 * Many texts at once on worker threads: `tifa/batch` (Node only — not part of the root
 * export, which must run in a browser).
 *
 * - analyzeMany(texts, { jobs }) → Promise<Analysis[]>, in input order.
 * - analyzeEach(texts, { jobs }) → async iterator of Analysis, in input order, with at most
 *   `window` texts in memory at once (for inputs that are themselves streamed).
 * - analyzeStream(ndjsonChunks, { jobs }) → async iterator of ndjson lines, for corpora larger
 *   than memory: `tifa analyze --jobs 8 < corpus.ndjson > out.ndjson`.
 */
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Analysis, Options } from '../types.js';
import { lines } from './lines.js';
import { Pool } from './pool.js';

export interface BatchOptions extends Options {
  /** Worker threads (default: available CPUs − 1, at least 1). */
  jobs?: number;
  /** Most texts held at once — read, queued, running or finished but not yet returned
   *  in order (default: 4 × jobs). Bounds memory on streamed input. */
  window?: number;
  /** The tifa entry module the workers load (default: the built package's own index.js,
   *  next to this module). */
  entry?: string | URL;
}

/** One input: a text, or a text with its own reference date (and an id passed through). */
export type BatchInput = string | { text: string; referenceDate?: Date | string; id?: unknown };

declare const __filename: string | undefined;

/** The built root entry next to this module: dist/batch/index.(c)js → dist/index.js. */
function defaultEntry(): string {
  const here = typeof __filename === 'string' && __filename ? pathToFileURL(__filename).href : import.meta.url;
  return new URL('../index.js', here).href;
}

function checkOptions(opts: BatchOptions | undefined): { jobs: number; window: number; entry: string } {
  if (opts !== undefined && (opts === null || typeof opts !== 'object')) throw new TypeError('tifa: opts must be an object');
  const jobs = opts?.jobs ?? Math.max(1, availableParallelism() - 1);
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`tifa: opts.jobs must be a positive integer, got ${String(jobs)}`);
  const window = opts?.window ?? 4 * jobs;
  if (!Number.isInteger(window) || window < 1) throw new RangeError(`tifa: opts.window must be a positive integer, got ${String(window)}`);
  const entry = opts?.entry === undefined ? defaultEntry() : String(opts.entry instanceof URL ? opts.entry.href : opts.entry);
  return { jobs, window, entry: /^[a-z]+:/i.test(entry) ? entry : pathToFileURL(entry).href };
}

function split(input: BatchInput, base: Options): { text: unknown; opts: Options } {
  if (input !== null && typeof input === 'object' && 'text' in input) {
    return { text: input.text, opts: input.referenceDate !== undefined ? { ...base, referenceDate: input.referenceDate } : base };
  }
  return { text: input, opts: base };
}

/**
 * Analyze each input on a pool of worker threads and yield the analyses in input order.
 * At most `window` inputs are pulled ahead of the one being yielded, so an endless or huge
 * async input is read at the pace results are consumed. The first failing input (e.g. a
 * non-string: TypeError) ends the iteration with its error; breaking out of the loop stops
 * the workers.
 *
 * @example
 * for await (const a of analyzeEach(texts, { jobs: 4, referenceDate: '2024-03-05' })) console.log(a.targets.length);
 */
export async function* analyzeEach(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>, opts?: BatchOptions): AsyncGenerator<Analysis> {
  const { jobs, window, entry } = checkOptions(opts);
  const base: Options = opts?.referenceDate !== undefined ? { referenceDate: opts.referenceDate } : {};
  const it = (Symbol.asyncIterator in Object(inputs) ? (inputs as AsyncIterable<BatchInput>)[Symbol.asyncIterator]() : (inputs as Iterable<BatchInput>)[Symbol.iterator]()) as
    | AsyncIterator<BatchInput>
    | Iterator<BatchInput>;
  const pool = new Pool(jobs, entry);
  yield* inOrder(it, window, pool, (input) => {
    const { text, opts: o } = split(input, base);
    return pool.run(text, o);
  });
}

/**
 * Analyze many texts on worker threads; the analyses come back in input order.
 *
 * @example
 * const results = await analyzeMany(['今年GDP增长5%左右', '到2025年新增就业10万人'], { jobs: 2, referenceDate: '2024-03-05' });
 * results[1].quantities[0].value // 100000
 */
export async function analyzeMany(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>, opts?: BatchOptions): Promise<Analysis[]> {
  const out: Analysis[] = [];
  for await (const a of analyzeEach(inputs, { window: Number.MAX_SAFE_INTEGER, ...opts })) out.push(a);
  return out;
}

/** One ndjson output record: the analysis (with the input's id when it had one), or the error. */
export type StreamRecord = (Analysis & { id?: unknown }) | { id?: unknown; line: number; error: string };

/**
 * ndjson in, ndjson out, for corpora larger than memory. Each input line is a JSON string
 * (the text) or an object `{"text": …, "referenceDate"?: …, "id"?: …}`; blank lines are
 * skipped. Each output line (ending in '\n') is the analysis plus the input's `id`, in input
 * order; a line that cannot be read or analyzed becomes `{"line": n, "error": "…"}` and the
 * stream goes on.
 *
 * @example
 * for await (const line of analyzeStream(process.stdin, { jobs: 8 })) process.stdout.write(line);
 */
export async function* analyzeStream(source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>, opts?: BatchOptions): AsyncGenerator<string> {
  type Item = { line: number; id?: unknown; text?: unknown; referenceDate?: Date | string; error?: string };
  async function* items(): AsyncGenerator<Item> {
    let n = 0;
    for await (const l of lines(source)) {
      n++;
      if (l.trim() === '') continue;
      let v: unknown;
      try {
        v = JSON.parse(l);
      } catch (e) {
        yield { line: n, error: `not JSON: ${(e as Error).message}` };
        continue;
      }
      if (typeof v === 'string') yield { line: n, text: v };
      else if (v !== null && typeof v === 'object' && typeof (v as { text?: unknown }).text === 'string') {
        const o = v as { text: string; referenceDate?: string; id?: unknown };
        yield { line: n, text: o.text, referenceDate: o.referenceDate, id: o.id };
      } else {
        const id = v !== null && typeof v === 'object' ? (v as { id?: unknown }).id : undefined;
        yield { line: n, id, error: 'expected a JSON string or an object with a string "text"' };
      }
    }
  }
  const { jobs, window, entry } = checkOptions(opts);
  const base: Options = opts?.referenceDate !== undefined ? { referenceDate: opts.referenceDate } : {};
  const pool = new Pool(jobs, entry);
  const record = (item: Item, body: object) => JSON.stringify(item.id !== undefined ? { id: item.id, ...body } : body) + '\n';
  yield* inOrder(items(), window, pool, (item) => {
    if (item.error !== undefined) return Promise.resolve(record(item, { line: item.line, error: item.error }));
    const o = item.referenceDate !== undefined ? { ...base, referenceDate: item.referenceDate } : base;
    return pool.run(item.text, o).then(
      (a) => record(item, a),
      (e: Error) => record(item, { line: item.line, error: `${e.name}: ${e.message}` }),
    );
  });
}

/**
 * Start `start(item)` for the items of `it`, at most `window` ahead of the one being yielded,
 * and yield the results in input order. A failure is reported when its turn comes; at the end
 * (or on break) the pool is closed and an unfinished source is told to stop.
 */
async function* inOrder<I, R>(
  it: AsyncIterator<I> | Iterator<I>,
  window: number,
  pool: Pool,
  start: (item: I) => Promise<R>,
): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  let done = false;
  try {
    for (;;) {
      while (!done && pending.length < window) {
        const next = await it.next();
        if (next.done) {
          done = true;
          break;
        }
        const p = start(next.value);
        p.catch(() => {}); // reported when its turn comes
        pending.push(p);
      }
      const head = pending.shift();
      if (!head) return;
      yield await head;
    }
  } finally {
    await pool.close();
    if (!done) await it.return?.(undefined);
  }
}

export type { Analysis, Options } from '../types.js';
