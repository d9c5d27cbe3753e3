import fc from 'fast-check';
import { normalize } from './dist/normalize/index.js';
const digitish = fc.array(fc.constantFrom('1','2','3',' ','.',',','，','中','年','%','\n'), {maxLength: 14}).map(a=>a.join(''));
const fails = new Map();
for (let seed=1; seed<=5; seed++) {
  const r = fc.check(fc.property(digitish, s => { const o = normalize(s).text; return normalize(o).text === o; }), {numRuns: 20000, seed});
  if (r.failed) { const s=r.counterexample[0]; fails.set(s, [normalize(s).text, normalize(normalize(s).text).text]); }
}
for (const [k,v] of fails) console.log(JSON.stringify(k), '→', JSON.stringify(v[0]), '→', JSON.stringify(v[1]));
const lines = fc.array(fc.constantFrom('中中中中','中中中中中','中','。','，','\n','\n\n','中中中中中中中中中中中中中中中中'), {maxLength: 30}).map(a=>a.join(''));
for (let seed=1; seed<=3; seed++) {
  const r = fc.check(fc.property(lines, s => { const o = normalize(s).text; return normalize(o).text === o; }), {numRuns: 5000, seed});
  if (r.failed) { const s=r.counterexample[0]; console.log('L', JSON.stringify(s), '→', JSON.stringify(normalize(s).text), '→', JSON.stringify(normalize(normalize(s).text).text)); }
}
