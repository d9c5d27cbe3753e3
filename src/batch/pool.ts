/**
 * A fixed pool of worker threads, each running tifa's analyze() on one text at a time.
 * Node-only (worker_threads); never imported by the root entry.
 */
import { Worker } from 'node:worker_threads';
import type { Analysis, Options } from '../types.js';

/** Source of each worker: load tifa from `entry` (a file URL) and answer {id, text, opts}.
 *  Only dynamic import(), so it runs whether Node evaluates it as a script or a module. */
const WORKER_SOURCE = `
import('node:worker_threads').then(({ parentPort, workerData }) => import(workerData.entry).then((tifa) => {
  parentPort.on('message', ({ id, text, opts }) => {
    try {
      parentPort.postMessage({ id, result: tifa.analyze(text, opts) });
    } catch (e) {
      parentPort.postMessage({ id, error: { name: e && e.name, message: String(e && e.message || e) } });
    }
  });
  parentPort.postMessage({ ready: true });
}, (e) => parentPort.postMessage({ fatal: String(e && e.stack || e) })));
`;

export interface Task {
  text: unknown;
  opts?: Options;
  resolve(a: Analysis): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  task?: Task & { id: number };
}

/** Rebuild an error thrown inside a worker as the same class here (TypeError stays TypeError). */
function revive(e: { name?: string; message: string }): Error {
  const Ctor = e.name === 'TypeError' ? TypeError : e.name === 'RangeError' ? RangeError : Error;
  return new Ctor(e.message);
}

export class Pool {
  private slots: Slot[] = [];
  private queue: (Task & { id: number })[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly size: number, private readonly entry: string) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { entry: this.entry } });
    const slot: Slot = { worker };
    worker.unref();
    worker.on('message', (m: { id?: number; result?: Analysis; error?: { name?: string; message: string }; fatal?: string; ready?: boolean }) => {
      if (m.fatal) return this.fail(slot, new Error(`tifa/batch: a worker could not load ${this.entry}: ${m.fatal}`), false);
      if (m.ready) return;
      const t = slot.task;
      if (!t || t.id !== m.id) return;
      slot.task = undefined;
      if (m.error) t.reject(revive(m.error));
      else t.resolve(m.result!);
      this.pump();
    });
    worker.on('error', (e) => this.fail(slot, e, true));
    worker.on('exit', (code) => {
      if (!this.closed && code !== 0) this.fail(slot, new Error(`tifa/batch: worker exited with code ${code}`), true);
    });
    return slot;
  }

  /** The worker of `slot` died: its task fails; a fresh worker takes its place (unless loading failed). */
  private fail(slot: Slot, e: Error, respawn: boolean): void {
    const t = slot.task;
    slot.task = undefined;
    if (t) t.reject(e);
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    void slot.worker.terminate();
    if (respawn && !this.closed) {
      this.slots[i] = this.spawn();
      this.pump();
    } else {
      this.slots.splice(i, 1);
      if (this.slots.length === 0) for (const q of this.queue.splice(0)) q.reject(e);
    }
  }

  /** Analyze one text on the next free worker. */
  run(text: unknown, opts?: Options): Promise<Analysis> {
    if (this.closed) return Promise.reject(new Error('tifa/batch: pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, text, opts, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.task) continue;
      const t = this.queue.shift()!;
      slot.task = t;
      slot.worker.ref();
      slot.worker.postMessage({ id: t.id, text: t.text, opts: t.opts });
    }
    for (const slot of this.slots) if (!slot.task) slot.worker.unref();
  }

  /** Stop every worker; queued tasks are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const q of this.queue.splice(0)) q.reject(new Error('tifa/batch: pool closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }
}
