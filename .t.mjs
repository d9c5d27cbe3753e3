import { normalize } from './dist/normalize/index.js';
for (const s of process.argv.slice(2)) { const a = normalize(s).text; console.log(JSON.stringify(s), '→', JSON.stringify(a), '→', JSON.stringify(normalize(a).text)); }
