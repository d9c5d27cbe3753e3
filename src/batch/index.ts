/**
 * Many texts at once on worker threads: `tifa/batch` (Node only — not part of the root
 * export, which must run in a browser). The CLI's `tifa analyze --jobs N` runs on it.
 *
 * - analyzeMany(texts, { jobs }) → Promise<BatchResult[]>: per input `{ ok: true, value }` or
 *   `{ ok: false, error }`, in input order; `unwrapAll()` gives the old all-or-nothing Analysis[].
 * - analyzeEach(texts, { jobs }) → async iterator of BatchResult, in input order, with at most
 *   `window` texts in memory at once (for inputs that are themselves streamed).
 * - analyzeStream(ndjsonChunks, { jobs }) → async iterator of ndjson lines, for corpora larger
 *   than memory: `tifa analyze --jobs 8 --input ndjson < corpus.ndjson > out.ndjson`.
 *
 * A bad input, a task past its `timeout`, or a lost worker fails only its own document.
 */
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { OPTION_KEYS, assertOptions } from '../options.js';
import type { Analysis, Options } from '../types.js';
import { inOrder } from './order.js';
import { createPool, workerFile, type BatchResult } from './pool.js';
import { streamItems, type StreamItem } from './stream.js';

export type { BatchResult } from './pool.js';

/** The keys a BatchOptions object may carry: the Options keys and the pool's own. */
const BATCH_KEYS: readonly string[] = [...OPTION_KEYS, 'jobs', 'window', 'entry', 'timeout'];

export interface BatchOptions extends Options {
  /** Worker threads (default: available CPUs − 1, at least 1). */
  jobs?: number;
  /** Most texts held at once — read, queued, running or finished but not yet returned
   *  in order (default: 4 × jobs). Bounds memory on streamed input. */
  window?: number;
  /** Milliseconds one text may take before its worker is stopped and the text fails with a
   *  timeout error (default 120000; Infinity for none). */
  timeout?: number;
  /** The tifa entry module the workers load (default: the built package's own index.js). */
  entry?: string | URL;
}

/** One input: a text, or a text with its own reference date (and an id passed through). */
export type BatchInput = string | { text: string; referenceDate?: Date | string; id?: unknown };

declare const __filename: string | undefined;

/** This module's URL, in the ESM and the CJS build. */
const here = (): string => (typeof __filename === 'string' && __filename ? pathToFileURL(__filename).href : import.meta.url);

interface Settings {
  jobs: number;
  window: number;
  timeout: number;
  entry: string;
  base: Options;
}

function checkOptions(opts: BatchOptions | undefined): Settings {
  assertOptions(opts, 'opts', BATCH_KEYS);
  const jobs = opts?.jobs ?? Math.max(1, availableParallelism() - 1);
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`tifa: opts.jobs must be a positive integer, got ${String(jobs)}`);
  const window = opts?.window ?? 4 * jobs;
  if (!Number.isInteger(window) || window < 1) throw new RangeError(`tifa: opts.window must be a positive integer, got ${String(window)}`);
  const timeout = opts?.timeout ?? 120_000;
  if (typeof timeout !== 'number' || !(timeout > 0))
    throw new RangeError(`tifa: opts.timeout must be a positive number of milliseconds, got ${String(timeout)}`);
  const e =
    opts?.entry === undefined
      ? new URL('../index.js', workerFile(here())).href
      : String(opts.entry instanceof URL ? opts.entry.href : opts.entry);
  const base: Options = {};
  for (const k of OPTION_KEYS)
    if ((opts as Record<string, unknown> | undefined)?.[k] !== undefined)
      (base as Record<string, unknown>)[k] = (opts as Record<string, unknown>)[k];
  return { jobs, window, timeout, entry: /^[a-z]+:/i.test(e) ? e : pathToFileURL(e).href, base };
}

/** A TypeError unless `inputs` is an iterable or async iterable of inputs (a string is not). */
function iteratorOf<T>(inputs: unknown, name = 'inputs'): AsyncIterator<T> | Iterator<T> {
  if (typeof inputs === 'string')
    throw new TypeError(`tifa: ${name} must be an array or iterable of texts, not a string (wrap one text in an array)`);
  const o = Object(inputs) as Partial<AsyncIterable<T> & Iterable<T>>;
  if (inputs != null && typeof o[Symbol.asyncIterator] === 'function') return o[Symbol.asyncIterator]!();
  if (inputs != null && typeof o[Symbol.iterator] === 'function') return o[Symbol.iterator]!();
  throw new TypeError(`tifa: ${name} must be an array or (async) iterable of texts, got ${inputs === null ? 'null' : typeof inputs}`);
}

function split(input: BatchInput, base: Options): { text: unknown; opts: Options } {
  if (input !== null && typeof input === 'object' && 'text' in input) {
    return { text: input.text, opts: input.referenceDate !== undefined ? { ...base, referenceDate: input.referenceDate } : base };
  }
  return { text: input, opts: base };
}

/**
 * Analyze each input on a pool of worker threads and yield, in input order, `{ ok: true,
 * value }` or `{ ok: false, error }` (the TypeError/RangeError analyze() would throw, a timeout,
 * a lost worker): one bad input never stops the others. At most `window` inputs are pulled
 * ahead of the one being yielded; breaking out of the loop stops the workers.
 *
 * @example
 * for await (const r of analyzeEach(texts, { jobs: 4, referenceDate: '2024-03-05' })) if (r.ok) console.log(r.value.targets.length);
 * @throws TypeError/RangeError at once for bad `inputs` or `opts` (before any worker starts).
 */
export async function* analyzeEach(
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  opts?: BatchOptions,
): AsyncGenerator<BatchResult> {
  const s = checkOptions(opts);
  const it = iteratorOf<BatchInput>(inputs);
  const pool = createPool({ ...s, here: here() });
  yield* inOrder(it, s.window, pool, (input) => {
    const { text, opts: o } = split(input, s.base);
    return pool.run(text, o);
  });
}

/**
 * Analyze many texts on worker threads: per input, in input order, `{ ok: true, value }` with
 * its Analysis or `{ ok: false, error }`. (Before 0.2 this returned Analysis[] and rejected
 * on the first failure: `unwrapAll(await analyzeMany(…))` does that.)
 *
 * @example
 * const results = await analyzeMany(['今年GDP增长5%左右', '到2025年新增就业10万人'], { jobs: 2, referenceDate: '2024-03-05' });
 * results[1].ok && results[1].value.quantities[0].value // 100000
 * @throws TypeError for `analyzeMany('abc')` (a string is one text, not a list of texts).
 */
export async function analyzeMany(inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>, opts?: BatchOptions): Promise<BatchResult[]> {
  const s = checkOptions(opts);
  iteratorOf(inputs);
  const out: BatchResult[] = [];
  for await (const r of analyzeEach(inputs, { ...opts, window: opts?.window ?? Math.max(s.window, 1 << 20) })) out.push(r);
  return out;
}

/**
 * The analyses of batch results, or the first error thrown: the all-or-nothing behaviour.
 *
 * @example const analyses = unwrapAll(await analyzeMany(texts)); // Analysis[], or throws
 */
export function unwrapAll(results: readonly BatchResult[]): Analysis[] {
  const out: Analysis[] = [];
  for (const r of results) {
    if (!r.ok) throw r.error;
    out.push(r.value);
  }
  return out;
}

/** One ndjson output record: the analysis (with the input's id when it had one), or the error. */
export type StreamRecord = (Analysis & { id?: unknown }) | { id?: unknown; line: number; error: string };

/**
 * ndjson in, ndjson out, for corpora larger than memory. Each input line is a JSON string
 * (the text) or an object `{"text": …, "referenceDate"?: …, "id"?: …}`; blank lines are
 * skipped. Each output line (ending in '\n') is the analysis plus the input's `id`, in input
 * order; a line that cannot be read or analyzed becomes `{"line": n, "error": "…"}` and the
 * stream goes on. Memory stays bounded by `window` lines.
 *
 * @example
 * for await (const line of analyzeStream(process.stdin, { jobs: 8 })) process.stdout.write(line);
 */
export async function* analyzeStream(
  source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  opts?: BatchOptions,
): AsyncGenerator<string> {
  const s = checkOptions(opts);
  iteratorOf(source, 'source');
  const pool = createPool({ ...s, here: here() });
  const record = (item: StreamItem, body: object) => `${JSON.stringify(item.id !== undefined ? { id: item.id, ...body } : body)}\n`;
  yield* inOrder(streamItems(source)[Symbol.asyncIterator](), s.window, pool, async (item) => {
    if (item.error !== undefined) return record(item, { line: item.line, error: item.error });
    const o = item.referenceDate !== undefined ? { ...s.base, referenceDate: item.referenceDate } : s.base;
    const r = await pool.run(item.text, o);
    return r.ok ? record(item, r.value) : record(item, { line: item.line, error: `${r.error.name}: ${r.error.message}` });
  });
}

export type { Analysis, Options } from '../types.js';
