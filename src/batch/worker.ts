/**
 * The worker of tifa/batch's pool: loads tifa from the entry module the task names (once per
 * worker) and analyzes one text per task. Errors are returned, not thrown, so a bad input
 * never costs the worker.
 */
import type { Analysis, Options } from '../types.js';

/** What the pool sends, and what it gets back. */
export interface TaskIn {
  text: unknown;
  opts?: Options;
  /** The tifa entry module to load (a file URL). */
  entry: string;
}
export type TaskOut = { ok: true; value: Analysis } | { ok: false; error: { name: string; message: string } };

type Tifa = { analyze(text: unknown, opts?: Options): Analysis };
let tifa: Promise<Tifa> | undefined;

/**
 * Analyze one text (a pool task).
 *
 * @example await analyzeTask({ text: '今年增长5%左右', entry: 'file:///…/dist/index.js' }) // { ok: true, value: { quantities: [ … ], … } }
 */
export default async function analyzeTask({ text, opts, entry }: TaskIn): Promise<TaskOut> {
  let lib: Tifa;
  try {
    tifa ??= import(entry) as Promise<Tifa>;
    lib = await tifa;
  } catch (e) {
    tifa = undefined;
    return {
      ok: false,
      error: { name: 'Error', message: `tifa/batch: a worker could not load ${entry}: ${String((e as Error)?.message ?? e)}` },
    };
  }
  try {
    return { ok: true, value: lib.analyze(text, opts) };
  } catch (e) {
    const err = e as Error;
    return { ok: false, error: { name: err?.name ?? 'Error', message: String(err?.message ?? e) } };
  }
}
