// Child process of cold-import.test.ts: `node lazy-probe.mjs DIST_INDEX_URL TEXT…` imports
// tifa with lazy-hooks.mjs registered, analyzes each TEXT, and prints what got loaded.
import { register } from 'node:module';
import { MessageChannel } from 'node:worker_threads';

const { port1, port2 } = new MessageChannel();
const urls = [];
port1.on('message', (u) => urls.push(u));
port1.unref();
register(new URL('./lazy-hooks.mjs', import.meta.url), { data: { port: port2 }, transferList: [port2] });

const [entry, ...texts] = process.argv.slice(2);
const t0 = performance.now();
const tifa = await import(entry);
const importMs = performance.now() - t0;
const afterImport = globalThis.__openccConverters ?? 0;
for (const t of texts) tifa.analyze(t);
await new Promise((r) => setTimeout(r, 50)); // let the hook thread's messages arrive
console.log(
  JSON.stringify({ importMs, convertersAfterImport: afterImport, convertersAfterAnalyze: globalThis.__openccConverters ?? 0, urls }),
);
