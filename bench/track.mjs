// `node bench/track.mjs`: trackTargets over N invented yearly reports of one county (each
// with this year's targets and last year's results for ~12 indicators), N = 10, 50, 100.
// Reports ms per run (with extraction, and matching alone on pre-extracted targets) and the commitment–result comparisons (linear in N: hashed by key and year).
import { performance } from 'node:perf_hooks';

const dist = process.env.TIFA_DIST ?? new URL('../dist', import.meta.url).pathname;
const { trackTargets } = await import(`${dist}/track/index.js`);
const { extractTargets } = await import(`${dist}/targets/index.js`);

const LINES = [
  (y, r) => [`全县地区生产总值增长${6 + (y % 3) * 0.5}%左右`, `全县地区生产总值增长${(5.5 + r).toFixed(1)}%`],
  (y, r) => [`一般公共预算收入增长${5 + (y % 2)}%`, `一般公共预算收入增长${(4 + r * 2).toFixed(1)}%`],
  (y, r) => [`规上工业增加值增长${7 + (y % 2)}%`, `规上工业增加值增长${(6.5 + r).toFixed(1)}%`],
  (_y, r) => [`社会消费品零售总额增长${6}%`, `社会消费品零售总额增长${(5 + r * 2).toFixed(1)}%`],
  (_y, r) => [`固定资产投资增长${8}%`, `固定资产投资增长${(7 + r * 3).toFixed(1)}%`],
  (y, _r) => [`城镇新增就业${5000 + y * 10}人以上`, `城镇新增就业${5100 + y * 10}人`],
  (_y, r) => [`城镇调查失业率控制在5.5%以内`, `城镇调查失业率为${(4.8 + r).toFixed(1)}%`],
  (_y, r) => [`居民消费价格涨幅3%左右`, `居民消费价格上涨${(1 + r).toFixed(1)}%`],
  (_y, r) => [`城乡居民人均可支配收入增长${6}%`, `城乡居民人均可支配收入增长${(5.8 + r).toFixed(1)}%`],
  (_y, r) => [`单位地区生产总值能耗下降3%`, `单位地区生产总值能耗下降${(2.5 + r).toFixed(1)}%`],
  (y, r) => [`粮食产量稳定在${40 + (y % 5)}万吨以上`, `粮食产量${(41 + r * 3).toFixed(1)}万吨`],
  (y, _r) => [`高新技术企业达到${100 + y * 5}家`, `高新技术企业达到${98 + y * 5}家`],
];

function report(i) {
  const year = 1950 + i;
  const r = ((i * 37) % 10) / 10;
  const results = LINES.map((f) => f(i - 1, r)[1]).join('，');
  const targets = LINES.map((f) => f(i, r)[0]).join('，');
  return { id: `report-${year}`, referenceDate: `${year}-02-10`, text: `过去一年，${results}。\n今年主要预期目标是：${targets}。` };
}

const rows = [];
for (const n of [10, 50, 100]) {
  const docs = Array.from({ length: n }, (_, i) => report(i)).reverse();
  trackTargets(docs);
  const stats = { comparisons: 0 };
  const t0 = performance.now();
  const tracks = trackTargets(docs, { stats });
  const ms = performance.now() - t0;
  const paired = tracks.filter((t) => t.results.length).length;
  // matching alone: the documents' targets already extracted (TrackDoc.targets)
  const ready = docs.map((d) => ({ ...d, targets: extractTargets(d.text, { referenceDate: d.referenceDate }) }));
  const t1 = performance.now();
  trackTargets(ready);
  const matchMs = performance.now() - t1;
  rows.push({
    reports: n,
    tracks: tracks.length,
    paired,
    comparisons: stats.comparisons,
    'ms (extract + track)': Math.round(ms),
    'ms (track only)': Math.round(matchMs * 10) / 10,
  });
}
console.table(rows);
