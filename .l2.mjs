import fc from 'fast-check';
import { normalize } from './dist/normalize/index.js';
const piece = fc.constantFrom('中中中中','中中中中中','中','。','，','\n','\n\n','中中中中中中中中中中中中中中中中', '１２', '1 2', '3,456', '．５', ' ', '“', '”', '國', '5', '年');
const doc = fc.array(piece, {maxLength: 60}).map(a=>a.join(''));
let bad = 0;
for (let seed=1; seed<=6; seed++) {
  const r = fc.check(fc.property(doc, s => { const o = normalize(s).text; return normalize(o).text === o; }), {numRuns: 5000, seed});
  if (r.failed) { bad++; const s=r.counterexample[0]; console.log(JSON.stringify(s), '\n →', JSON.stringify(normalize(s).text), '\n →', JSON.stringify(normalize(normalize(s).text).text)); }
}
console.log('bad seeds', bad);
