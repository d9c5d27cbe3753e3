/**
 * The worker pool of tifa/batch, on piscina (see docs/performance.md for why piscina): each
 * task analyzes one text on a worker thread. A task that takes longer than its timeout, or
 * whose worker is lost for any reason (a crash, process.exit, an endless loop cut by the
 * timeout), fails on its own; the pool replaces the worker and goes on.
 * Node-only (worker_threads); never imported by the root entry.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Analysis, Options } from '../types.js';
import type { TaskIn, TaskOut } from './worker.js';

/** One input's outcome: its analysis, or the error that stopped it. */
export type BatchResult<T = Analysis> = { ok: true; value: T } | { ok: false; error: Error };

/** Rebuild an error thrown inside a worker as the same class here (TypeError stays TypeError). */
function revive(e: { name?: string; message: string }): Error {
  const Ctor = e.name === 'TypeError' ? TypeError : e.name === 'RangeError' ? RangeError : Error;
  return new Ctor(e.message);
}

/**
 * The built batch worker near `here` (this module, or the chunk it was bundled into:
 * dist/batch/, dist/, dist/cli/), else the one beside the entry's batch/ folder.
 */
export function workerFile(here: string, entry?: string): string {
  for (const rel of ['./worker.js', './batch/worker.js', '../batch/worker.js']) {
    const u = new URL(rel, here);
    if (u.protocol === 'file:' && existsSync(fileURLToPath(u))) return u.href;
  }
  return new URL('./batch/worker.js', entry ?? here).href;
}

/** At most `n` holders at once; waiters are served first come, first served (a queue with a moving head). */
function semaphore(n: number): { acquire(): Promise<void>; release(): void } {
  let free = n;
  let queue: (() => void)[] = [];
  let head = 0;
  return {
    acquire: () => {
      if (free > 0) {
        free--;
        return Promise.resolve();
      }
      return new Promise<void>((res) => queue.push(res));
    },
    release: () => {
      if (head === queue.length) {
        free++;
        return;
      }
      const next = queue[head++];
      if (head > 1024 && head * 2 > queue.length) {
        queue = queue.slice(head);
        head = 0;
      }
      next();
    },
  };
}

export interface Pool {
  /** Analyze one text; never rejects: failures come back as `{ ok: false, error }`. */
  run(text: unknown, opts?: Options): Promise<BatchResult>;
  /** Stop every worker. */
  close(): Promise<void>;
}

/**
 * A pool of `jobs` workers loading tifa from `entry`, each task cut after `timeout` ms.
 *
 * @example const pool = createPool({ jobs: 2, entry, timeout: 60_000, here: import.meta.url });
 * await pool.run('今年增长5%左右') // { ok: true, value: { quantities: [ … ], … } }
 */
export function createPool(o: { jobs: number; entry: string; timeout: number; here: string }): Pool {
  const piscina = new Piscina<TaskIn, TaskOut>({
    filename: workerFile(o.here, o.entry),
    minThreads: o.jobs,
    maxThreads: o.jobs,
    idleTimeout: 1000,
  });
  // a worker lost mid-task is reported through the task; the pool itself must not throw
  piscina.on('error', () => {});
  const slots = semaphore(o.jobs);
  const run = async (text: unknown, opts?: Options): Promise<BatchResult> => {
    // a task enters piscina only when a worker is free, so its timeout counts its own run
    await slots.acquire();
    const signal = Number.isFinite(o.timeout) ? AbortSignal.timeout(o.timeout) : undefined;
    try {
      const out = await piscina.run({ text, opts, entry: o.entry }, signal ? { signal } : {});
      return out.ok ? out : { ok: false, error: revive(out.error) };
    } catch (e) {
      const err = e as Error;
      if (signal?.aborted)
        return { ok: false, error: new Error(`tifa/batch: analysis timed out after ${o.timeout} ms (the worker was stopped)`) };
      return { ok: false, error: new Error(`tifa/batch: the worker was lost: ${err?.message ?? String(e)}`) };
    } finally {
      slots.release();
    }
  };
  return { run, close: () => piscina.destroy() };
}
