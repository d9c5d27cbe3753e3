/**
 * Results in input order with a bounded window of work in flight.
 */

/**
 * Start `start(item)` for the items of `it`, at most `window` ahead of the one being yielded,
 * and yield the results in input order. At the end (or on break) the pool is closed and an
 * unfinished source is told to stop.
 *
 * @example for await (const r of inOrder(['今年', '明年'][Symbol.iterator](), 2, pool, (t) => pool.run(t))) …
 */
export async function* inOrder<I, R>(
  it: AsyncIterator<I> | Iterator<I>,
  window: number,
  pool: { close(): Promise<void> },
  start: (item: I) => Promise<R>,
): AsyncGenerator<R> {
  // a queue with a moving head: Array#shift is linear, and analyzeMany's window is large
  let pending: Promise<R>[] = [];
  let head = 0;
  let done = false;
  try {
    for (;;) {
      while (!done && pending.length - head < window) {
        const next = await it.next();
        if (next.done) {
          done = true;
          break;
        }
        const p = start(next.value);
        p.catch(() => {}); // reported when its turn comes
        pending.push(p);
      }
      if (head === pending.length) return;
      const next = pending[head++];
      if (head > 1024 && head * 2 > pending.length) {
        pending = pending.slice(head);
        head = 0;
      }
      yield await next;
    }
  } finally {
    await pool.close();
    if (!done) await it.return?.(undefined);
  }
}
