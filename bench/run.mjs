// `npm run bench`: every benchmark in bench/, one after another.
import { readdirSync } from 'node:fs';

for (const f of readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.mjs') && f !== 'run.mjs').sort()) {
  console.log(`\n## ${f}`);
  await import(new URL(f, import.meta.url).href);
}
