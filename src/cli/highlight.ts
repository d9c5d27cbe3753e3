/**
 * `tifa highlight`: one self-contained HTML page (inline CSS and JS, no network) showing the
 * ORIGINAL text with every result marked by kind, a tooltip with each resolution, and a side
 * table of targets.
 *
 * Results of different kinds overlap all the time (a target holds a quantity and a date), and
 * results may even cross. The text is therefore cut at every result boundary; each piece is
 * one mark carrying every result that covers it (`data-r="t0 q3"`), styled in layers: targets
 * and slogans as backgrounds, quantities and dates as coloured text with an underline.
 */
import type { Analysis, DateMention, Quantity } from '../types.js';
import { KINDS, dateSummary, formatNumber, oneLine, placeAll, quantitySummary, summary, type Kind, type Placed } from './results.js';

/** Escape text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]);
}
const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** JSON that is safe inside a <script> element (no '</script>', no U+2028/9). */
export function scriptJson(v: unknown): string {
  return JSON.stringify(v).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const LABEL: Record<Kind, string> = { targets: 'target 目标', slogans: 'slogan 提法', dates: 'date 日期', quantities: 'quantity 数量' };

export interface HighlightOptions {
  /** Page title; usually the file name. */
  title: string;
  kinds?: readonly Kind[];
}

/** A piece of the text and the results covering it. */
interface Piece {
  start: number;
  end: number;
  ids: Placed[];
  opens: Placed[];
}

/** Cut [0, length) at every result boundary; each piece lists the results covering it. */
function pieces(length: number, placed: Placed[]): Piece[] {
  const cuts = new Set<number>([0, length]);
  for (const p of placed) {
    cuts.add(p.r.start);
    cuts.add(p.r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...placed].sort((a, b) => a.r.start - b.r.start);
  const out: Piece[] = [];
  let active: Placed[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    active = active.filter((p) => p.r.end > start);
    const opens: Placed[] = [];
    while (next < byStart.length && byStart[next].r.start <= start) {
      const p = byStart[next++];
      if (p.r.end > start) {
        active.push(p);
        if (p.r.start === start) opens.push(p);
      }
    }
    const rank = (k: Kind) => KINDS.indexOf(k);
    active.sort((a, b) => rank(a.kind) - rank(b.kind) || a.r.start - b.r.start);
    out.push({ start, end, ids: [...active], opens });
  }
  return out;
}

/** A nested result (a target's value, count or deadline) in one line: '«过2000亿元» >200,000,000,000 元'. */
function nested(key: string, v: Record<string, unknown>): string {
  const text = typeof v.text === 'string' ? `«${oneLine(v.text)}» ` : '';
  const isDate = key === 'deadline' || 'granularity' in v;
  return text + (isDate ? dateSummary(v as Partial<DateMention>) : quantitySummary(v as Partial<Quantity>));
}

/** What the tooltip shows for one result: its summary and each resolved field. */
function tipOf(p: Placed): { kind: Kind; label: string; text: string; span: string; summary: string; fields: [string, string][] } {
  const fields: [string, string][] = [];
  for (const [k, v] of Object.entries(p.r)) {
    if (k === 'text' || k === 'start' || k === 'end' || v === undefined || v === null) continue;
    if (Array.isArray(v)) fields.push([k, v.map(String).join(' | ')]);
    else if (typeof v === 'object') fields.push([k, nested(k, v as Record<string, unknown>)]);
    else fields.push([k, typeof v === 'number' ? formatNumber(v) : String(v)]);
  }
  return {
    kind: p.kind,
    label: LABEL[p.kind],
    text: oneLine(p.r.text),
    span: `${p.r.start}–${p.r.end}`,
    summary: summary(p.kind, p.r),
    fields,
  };
}

function targetRows(placed: Placed[]): string {
  const targets = placed.filter((p) => p.kind === 'targets');
  if (!targets.length) return '<p class="none">No targets found.</p>';
  const cell = (v: unknown) => `<td>${escapeHtml(v === undefined || v === null ? '' : String(v))}</td>`;
  const rows = targets.map((p) => {
    const t = p.r as Record<string, any>;
    const value = summary('quantities', t.value ?? {});
    const count = t.count ? summary('quantities', t.count) : '';
    const deadline = t.deadline ? (t.deadline.to ?? t.deadline.text ?? '') : '';
    return (
      `<tr data-r="${p.id}" class="st-${escapeHtml(String(t.status ?? ''))}"><td><a href="#r-${p.id}">${escapeHtml(p.id)}</a></td>` +
      cell(t.subject) +
      cell(t.metric) +
      cell(t.action) +
      cell(value) +
      cell(count) +
      cell(deadline) +
      cell(t.status) +
      cell(t.modality) +
      '</tr>'
    );
  });
  return (
    '<table class="targets"><thead><tr><th>#</th><th>subject</th><th>metric</th><th>action</th><th>value</th>' +
    `<th>count</th><th>deadline</th><th>status</th><th>modality</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

const CSS = `
:root{--t:#ffe58a;--s:#e9d5ff;--q:#1d4ed8;--d:#047857;--ink:#1f2328;--mute:#59636e}
*{box-sizing:border-box}
body{margin:0;font:16px/1.9 "Noto Sans CJK SC","Noto Serif CJK SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:var(--ink);background:#fafaf7}
header{padding:12px 20px;border-bottom:1px solid #ddd;background:#fff}
header h1{font-size:18px;margin:0}
header p{margin:2px 0 0;color:var(--mute);font-size:13px}
main{display:flex;gap:20px;padding:16px 20px;align-items:flex-start;flex-wrap:wrap}
#doc{flex:1 1 36em;max-width:48em;white-space:pre-wrap;word-break:break-all;background:#fff;border:1px solid #e5e5e5;border-radius:6px;padding:16px 20px}
aside{flex:1 1 24em;position:sticky;top:8px;max-height:calc(100vh - 16px);overflow:auto;font-size:13px;line-height:1.5}
.legend{list-style:none;padding:0;margin:0 0 12px;display:flex;flex-wrap:wrap;gap:6px 14px}
.legend label{cursor:pointer}
.sw{display:inline-block;padding:0 6px;border-radius:3px}
.hl{border-radius:2px}
.k-targets{background:var(--t)}
.k-slogans{background:var(--s)}
.k-targets.k-slogans{background:linear-gradient(var(--t) 55%,var(--s) 55%)}
.k-quantities{color:var(--q);font-weight:600;border-bottom:2px solid var(--q)}
.k-dates{color:var(--d);font-weight:600;border-bottom:2px dashed var(--d)}
.sw.k-quantities,.sw.k-dates{background:#fff}
body.hide-targets .k-targets{background:none}
body.hide-slogans .k-slogans{background:none}
body.hide-quantities .k-quantities{color:inherit;font-weight:inherit;border-bottom:0}
body.hide-dates .k-dates{color:inherit;font-weight:inherit;border-bottom:0}
body.hide-targets.hide-slogans .k-targets.k-slogans{background:none}
.hl.on{outline:2px solid #f97316}
table.targets{border-collapse:collapse;width:100%}
table.targets th,table.targets td{border-bottom:1px solid #e5e5e5;padding:3px 5px;text-align:left;vertical-align:top}
table.targets tr.st-actual td{color:var(--mute)}
table.targets tbody tr:hover{background:#fff7d6;cursor:pointer}
#tip{position:fixed;z-index:10;max-width:30em;background:#111827;color:#f9fafb;font-size:13px;line-height:1.45;padding:8px 10px;border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.25);pointer-events:none;display:none}
#tip .r+.r{margin-top:6px;padding-top:6px;border-top:1px solid #374151}
#tip .k{font-size:11px;text-transform:uppercase;letter-spacing:.05em;opacity:.75}
#tip .sum{font-weight:600}
#tip dl{display:grid;grid-template-columns:auto 1fr;gap:0 8px;margin:2px 0 0}
#tip dt{opacity:.7}#tip dd{margin:0}
.none{color:var(--mute)}
`;

const JS = `
(function(){
var R=JSON.parse(document.getElementById('tifa-results').textContent);
var tip=document.getElementById('tip');
function el(t,c,x){var e=document.createElement(t);if(c)e.className=c;if(x!=null)e.textContent=x;return e;}
function show(ids,x,y){
  tip.textContent='';
  ids.forEach(function(id){var r=R[id];if(!r)return;var d=el('div','r');
    d.appendChild(el('div','k',r.label+' '+id+' · '+r.span));
    d.appendChild(el('div','txt','«'+r.text+'»'));
    d.appendChild(el('div','sum',r.summary));
    var dl=el('dl');r.fields.forEach(function(f){dl.appendChild(el('dt','',f[0]));dl.appendChild(el('dd','',f[1]));});
    d.appendChild(dl);tip.appendChild(d);});
  tip.style.display='block';
  var w=tip.offsetWidth,h=tip.offsetHeight;
  tip.style.left=Math.max(4,Math.min(x+12,innerWidth-w-8))+'px';
  tip.style.top=(y+18+h>innerHeight?Math.max(4,y-h-10):y+18)+'px';
}
function mark(ids,on){ids.forEach(function(id){document.querySelectorAll('[data-r~="'+id+'"].hl').forEach(function(e){e.classList.toggle('on',on);});});}
document.querySelectorAll('.hl').forEach(function(e){e.setAttribute('data-title',e.title);e.removeAttribute('title');});
var cur=null;
document.getElementById('doc').addEventListener('mouseover',function(ev){
  var e=ev.target.closest('.hl');if(!e){if(cur){mark(cur,false);cur=null;}tip.style.display='none';return;}
  var ids=e.getAttribute('data-r').split(' ');if(cur)mark(cur,false);cur=ids;mark(ids,true);show(ids,ev.clientX,ev.clientY);
});
document.getElementById('doc').addEventListener('mouseleave',function(){if(cur)mark(cur,false);cur=null;tip.style.display='none';});
document.querySelectorAll('.legend input').forEach(function(c){c.addEventListener('change',function(){document.body.classList.toggle('hide-'+c.value,!c.checked);});});
document.querySelectorAll('table.targets tbody tr').forEach(function(tr){tr.addEventListener('click',function(){
  var id=tr.getAttribute('data-r');var a=document.getElementById('r-'+id);if(a)a.scrollIntoView({block:'center'});mark([id],true);setTimeout(function(){mark([id],false);},1500);});});
})();
`;

/**
 * The highlight page of one document.
 *
 * @example highlightHtml('力争年内突破15亿元', analyze('力争年内突破15亿元', { referenceDate: '2021-05-13' }), { title: 'a.txt' })
 * // '<!doctype html>…<span class="hl k-targets k-quantities" data-r="t0 q0" title="…">突破15亿元</span>…'
 */
export function highlightHtml(input: string, analysis: Partial<Analysis>, opts: HighlightOptions): string {
  const kinds = opts.kinds ?? KINDS;
  const placed = placeAll(analysis, kinds).filter((p) => p.r.start >= 0 && p.r.end <= input.length && p.r.start < p.r.end);
  const results: Record<string, ReturnType<typeof tipOf>> = {};
  for (const p of placed) results[p.id] = tipOf(p);

  let body = '';
  for (const piece of pieces(input.length, placed)) {
    for (const o of piece.opens) body += `<span class="anchor" id="r-${o.id}"></span>`;
    const text = escapeHtml(input.slice(piece.start, piece.end));
    if (!piece.ids.length) {
      body += text;
      continue;
    }
    const cls = [...new Set(piece.ids.map((p) => `k-${p.kind}`))].join(' ');
    const ids = piece.ids.map((p) => p.id).join(' ');
    const title = piece.ids.map((p) => `${LABEL[p.kind]}: ${oneLine(p.r.text)} → ${summary(p.kind, p.r)}`).join('\n');
    body += `<span class="hl ${cls}" data-r="${ids}" title="${escapeHtml(title)}">${text}</span>`;
  }

  const counts = Object.fromEntries(KINDS.map((k) => [k, placed.filter((p) => p.kind === k).length])) as Record<Kind, number>;
  const legend = kinds
    .map(
      (k) =>
        `<li><label><input type="checkbox" value="${k}" checked> <span class="sw k-${k}">${escapeHtml(LABEL[k])}</span> ${counts[k]}</label></li>`,
    )
    .join('');
  const ref = analysis.referenceDate ? `reference date ${escapeHtml(analysis.referenceDate)} · ` : 'no reference date · ';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tifa">
<title>${escapeHtml(opts.title)} — tifa</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(opts.title)}</h1><p>${ref}${placed.length} results · hover a mark for its resolution</p></header>
<main>
<article id="doc">${body}</article>
<aside>
<ul class="legend">${legend}</ul>
<h2 style="font-size:15px;margin:8px 0 4px">Targets (${counts.targets})</h2>
${targetRows(placed)}
</aside>
</main>
<div id="tip" role="tooltip"></div>
<script type="application/json" id="tifa-results">${scriptJson(results)}</script>
<script>${JS}</script>
</body>
</html>
`;
}
