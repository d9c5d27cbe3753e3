/**
 * `tifa track --format html`: one self-contained page (inline CSS, no script, no network)
 * with each commitment beside the results that answer it, both quoted in their sentence with
 * the figure highlighted, and the verdict.
 */
import { escapeHtml as esc } from '../cli/highlight.js';
import { context, figureValue } from './render.js';
import type { Track, TrackedFigure } from './types.js';

const CSS = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.7 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:#1f2328;background:#fafaf7}
header{padding:12px 20px;border-bottom:1px solid #ddd;background:#fff}
h1{font-size:18px;margin:0}
header p{margin:2px 0 0;color:#59636e;font-size:13px}
table{border-collapse:collapse;margin:16px 20px;width:calc(100% - 40px);background:#fff}
th,td{border:1px solid #e5e5e5;padding:8px 10px;vertical-align:top;text-align:left}
th{background:#f3f3ef;font-size:13px}
mark{background:#ffe58a;padding:0 1px;border-radius:2px}
mark.r{background:#bde5c8}
.doc{display:block;color:#59636e;font-size:12px}
.meta{color:#59636e;font-size:12px}
.v{font-weight:600;white-space:nowrap}
.v-met{color:#047857}.v-missed{color:#b91c1c}.v-pending{color:#b45309}.v-unknown{color:#59636e}
.none{color:#59636e}
`;

function quote(f: TrackedFigure, texts: ReadonlyMap<string, string>, cls: string): string {
  const text = texts.get(f.doc) ?? f.target.text;
  const c = context(text, f.target.start, f.target.end);
  return (
    `<span class="doc">${esc(f.doc)} · ${f.target.start}–${f.target.end}</span>` +
    `${esc(c.before)}<mark class="${cls}" data-doc="${esc(f.doc)}" data-start="${f.target.start}" data-end="${f.target.end}">${esc(c.text)}</mark>${esc(c.after)}` +
    `<span class="meta"> — ${esc(figureValue(f.target.value))}</span>`
  );
}

function row(t: Track, texts: ReadonlyMap<string, string>): string {
  const results = t.results.length
    ? t.results.map((r) => `<div>${quote(r, texts, 'r')}${r.final ? '' : ' <span class="meta">(progress)</span>'}</div>`).join('')
    : '<span class="none">no later result</span>';
  const progress = t.progress === undefined ? '' : `<br><span class="meta">progress ${Math.round(t.progress * 1000) / 10}%</span>`;
  return (
    `<tr data-key="${esc(t.key)}" data-verdict="${t.verdict}"><td><b>${esc(t.metric)}</b><br><span class="meta">${esc(t.key)}${t.subject ? ` · ${esc(t.subject)}` : ''}</span></td>` +
    `<td class="c">${quote(t.target, texts, 't')}</td><td class="rs">${results}</td>` +
    `<td><span class="v v-${t.verdict}">${t.verdict}</span>${progress}<br><span class="meta">${esc(t.reason)}</span></td></tr>`
  );
}

/**
 * The page. `texts` maps each document id to its text, for the quoted sentences.
 *
 * @example trackPage(tracks, new Map([['a.txt', '今年国内生产总值增长5%左右。']]), 'tifa track')
 * // '<!doctype html>…<mark class="t" …>国内生产总值增长5%左右</mark>…'
 */
export function trackPage(tracks: readonly Track[], texts: ReadonlyMap<string, string>, title: string): string {
  const counts = ['met', 'missed', 'pending', 'unknown'].map((v) => `${tracks.filter((t) => t.verdict === v).length} ${v}`).join(' · ');
  const body = tracks.length
    ? `<table><thead><tr><th>metric</th><th>commitment</th><th>results</th><th>verdict</th></tr></thead><tbody>${tracks.map((t) => row(t, texts)).join('')}</tbody></table>`
    : '<p class="none" style="margin:16px 20px">No commitments found.</p>';
  return (
    `<!doctype html>\n<html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<title>${esc(title)}</title><style>${CSS}</style></head><body><header><h1>${esc(title)}</h1>` +
    `<p>${tracks.length} commitments: ${counts} · documents: ${esc([...texts.keys()].join(', '))}</p></header><main>${body}</main></body></html>\n`
  );
}
