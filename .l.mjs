import { normalize } from './dist/normalize/index.js';
import { readFileSync, readdirSync } from 'node:fs';
const s = "中中中中。\n中中中中中\n中\n中中中中。\n，\n，\n中中中中。\n中\n中中中中中中";
const a = normalize(s).text, b = normalize(a).text;
console.log(JSON.stringify(a)); console.log(JSON.stringify(b));
for (const f of readdirSync('fixtures').filter(f=>f.endsWith('.txt'))) {
  const t = readFileSync('fixtures/'+f,'utf8'); const x = normalize(t).text; const y = normalize(x).text;
  if (x !== y) { let i=0; while (x[i]===y[i]) i++; console.log(f, x.length, y.length, JSON.stringify(x.slice(i-30,i+30))); }
}
