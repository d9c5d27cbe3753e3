// Child process of lazy.test.ts: `node lazy-probe.mjs DIST_INDEX_URL TEXT…` imports tifa,
// extracts the dates of each TEXT and prints whether the calendar library got loaded.
import { createRequire } from 'node:module';

const [entry, ...texts] = process.argv.slice(2);
const tifa = await import(entry);
const cache = createRequire(import.meta.url).cache;
const loaded = () => Object.keys(cache).some((k) => /[\\/]tyme4ts[\\/]/.test(k));
const afterImport = loaded();
const found = texts.map((t) => tifa.extractDates(t, { referenceDate: '2024-03-01' }).map((d) => `${d.text} ${d.from ?? ''}`));
console.log(JSON.stringify({ afterImport, afterExtract: loaded(), found }));
