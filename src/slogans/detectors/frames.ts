/**
 * Rhetorical frames the series and clause-template readers miss:
 * - sentence leads: three or more sentences, near each other, whose first clauses share a
 *   frame of 4+ characters (奋力抓招商稳增长。…奋力抓改革强动力。…; 打赢…“攻坚战”);
 * - correlatives: clauses one after another that open with a correlative pair
 *   (一手抓…、一手促…; 无论是…还是…，无论是…还是…; 既要…，又要…);
 * - prepositional frames: two equal clauses opening with the same preposition and sharing a
 *   second fixed character (在标准上对标一流，在速度上争分夺秒).
 */
import { nearEqual, patternOf } from '../align.js';
import type { Found, Piece } from '../found.js';
import { CORRELATIVES, FRAME_PREPOSITIONS } from '../grammar.js';
import { packer, pieceAt, type PackedPieces } from '../../text/split.js';
import type { Detector } from './types.js';

const SENTENCE_END = '。！？!?\n';
const CLAUSE_END = '，,；;：:、。！？!?\n';
/** By code unit: 1 ends a sentence, 2 ends a clause. */
const ENDS = new Uint8Array(0x10000);
for (const c of SENTENCE_END) ENDS[c.charCodeAt(0)] |= 1;
for (const c of CLAUSE_END) ENDS[c.charCodeAt(0)] |= 2;
const endsSentenceAt = (text: string, i: number): boolean => (ENDS[text.charCodeAt(i)] & 1) !== 0;
const endsClauseAt = (text: string, i: number): boolean => (ENDS[text.charCodeAt(i)] & 2) !== 0;
const MAX_LEAD = 20;
const MAX_GAP = 1500;
const MAX_CLAUSE = 24;

/** Each sentence's first clause that passes `keep` (tested as it is found: no list of every lead). */
function leads(text: string, keep: (start: number, end: number) => boolean): Piece[] {
  const out: Piece[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !endsSentenceAt(text, i)) continue;
    let e = s;
    while (e < i && !endsClauseAt(text, e)) e++;
    while (s < e && (text[s] === ' ' || text[s] === '\u3000')) s++;
    if (e > s && keep(s, e)) out.push({ start: s, end: e });
    s = i + 1;
  }
  return out;
}

function leadTemplate(text: string, group: Piece[]): Found | undefined {
  if (group.length < 3) return undefined;
  const strs = group.map((p) => text.slice(p.start, p.end));
  const p = patternOf(strs);
  if (
    !p.pattern ||
    p.fixed < 4 ||
    !nearEqual(
      strs.map((x) => x.length),
      4,
    )
  )
    return undefined;
  return { type: 'template', start: group[0].start, end: group[group.length - 1].end, parts: strs, pattern: p.pattern };
}

/** Openers of ordinary sentences (subjects, time words): sentences that share only these share no frame. */
const PLAIN_OPENERS = [
  '我们',
  '我市',
  '我区',
  '我县',
  '我省',
  '全市',
  '全区',
  '全县',
  '全省',
  '今年',
  '同时',
  '目前',
  '下一步',
  '此外',
  '其中',
];

const allHan = (s: string): boolean => /^[\u4e00-\u9fff“”]+$/.test(s);

/** Group leads by `keyOf` (consecutive ones within MAX_GAP) and keep groups that share a frame. */
function groupLeads(text: string, ls: Piece[], keyOf: (s: string) => string, out: Found[]): void {
  const open = new Map<string, Piece[]>();
  const close = (key: string) => {
    const f = leadTemplate(text, open.get(key)!);
    if (f) out.push(f);
    open.delete(key);
  };
  for (const l of ls) {
    const key = keyOf(text.slice(l.start, l.end));
    const g = open.get(key);
    if (g && l.start - g[g.length - 1].end > MAX_GAP) close(key);
    const cur = open.get(key) ?? [];
    cur.push(l);
    open.set(key, cur);
  }
  for (const key of [...open.keys()]) close(key);
}

/**
 * Sentences near each other whose short first clauses share a frame: grouped by their first
 * four characters (奋力以赴{}) and by their first two and last two (打赢{}“攻坚战”).
 *
 * @example sentenceLeads('奋力以赴抓招商稳增长。…奋力以赴抓改革强动力。…奋力以赴抓民生增福祉。') // pattern '奋力以赴抓{}'
 */
export function sentenceLeads(text: string): Found[] {
  const ls = leads(text, (start, end) => {
    const s = text.slice(start, end);
    return s.length >= 5 && s.length <= MAX_LEAD && allHan(s) && !PLAIN_OPENERS.some((w) => s.startsWith(w));
  });
  const out: Found[] = [];
  groupLeads(text, ls, (s) => s.slice(0, 4), out);
  groupLeads(text, ls, (s) => s.slice(0, 2) + s.slice(-2), out);
  return out;
}

/** Clauses of text split at ，；、 and sentence ends, with the separator after each. */
function clausesWithSeps(text: string): PackedPieces {
  let ends = 1;
  for (let i = 0; i < text.length; i++) if (endsClauseAt(text, i)) ends++;
  const out = packer(ends); // at most one clause per end: no regrowth
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !endsClauseAt(text, i)) continue;
    if (i > s) out.add(s, i);
    s = i + 1;
  }
  return out.done();
}

const opensWith = (text: string, p: Piece, w: string): boolean => p.end - p.start > w.length + 1 && text.startsWith(w, p.start);

/** First characters of the second clause of a correlative pair (一手, 又要, 另一方面 …): a cheap test first. */
const OPENER_FIRST = new Set(CORRELATIVES.map(([, y]) => y[0]));

/** Longest lead-in (坚持, 要) before a frame's opener in the first clause. */
const MAX_LEAD_IN = 3;

/**
 * The frame clauses a and b share, with where it starts in a (after a short lead-in such as
 * 坚持/要), if any: a correlative pair, or a preposition and a second fixed character.
 */
function pairFrame(text: string, a: Piece, b: Piece): { pattern: string; start: number } | undefined {
  if (b.start !== a.end + 1 || SENTENCE_END.includes(text[a.end])) return undefined;
  if (a.end - a.start > MAX_CLAUSE || b.end - b.start > MAX_CLAUSE) return undefined;
  const correlative = OPENER_FIRST.has(text[b.start]);
  if (!correlative && !FRAME_PREPOSITIONS.includes(text[b.start])) return undefined;
  for (let lead = 0; correlative && lead <= MAX_LEAD_IN; lead++) {
    const at: Piece = { start: a.start + lead, end: a.end };
    for (const [x, y] of CORRELATIVES) {
      if (opensWith(text, at, x) && opensWith(text, b, y)) return { pattern: x === y ? `${x}{}` : `${x}{}，${y}{}`, start: at.start };
    }
  }
  const start = a.end - (b.end - b.start);
  if (start < a.start || a.start + MAX_LEAD_IN < start || text[start] !== text[b.start]) return undefined;
  const sb = text.slice(b.start, b.end);
  const sa = text.slice(start, a.end);
  if (sa.length < 6 || sa[0] !== sb[0] || !FRAME_PREPOSITIONS.includes(sa[0])) return undefined;
  const p = patternOf([sa, sb]);
  return p.pattern && p.fixed >= 2 && /^.\{\}./.test(p.pattern) ? { pattern: p.pattern, start } : undefined;
}

/**
 * Correlative and prepositional frames over consecutive clauses.
 *
 * @example correlatives('一手抓改革促发展、一手抓民生补短板') // pattern '一手{}'
 */
export function correlatives(text: string): Found[] {
  const out: Found[] = [];
  const cs = clausesWithSeps(text);
  const at = (k: number) => pieceAt(cs, k);
  let k = 0;
  while (k + 1 < cs.count) {
    const frame = pairFrame(text, at(k), at(k + 1));
    if (!frame) {
      k++;
      continue;
    }
    let m = k + 1;
    while (m + 1 < cs.count && pairFrame(text, at(m), at(m + 1))?.pattern === frame.pattern) m++;
    const parts = [text.slice(frame.start, cs.at[2 * k + 1])];
    for (let j = k + 1; j <= m; j++) parts.push(text.slice(cs.at[2 * j], cs.at[2 * j + 1]));
    out.push({ type: 'template', start: frame.start, end: cs.at[2 * m + 1], parts, pattern: frame.pattern });
    k = m + 1;
  }
  return out;
}

export const sentenceLead: Detector = {
  name: 'sentence-lead',
  types: ['template'],
  layer: 'list',
  find: (text) => sentenceLeads(text),
};

export const correlative: Detector = {
  name: 'correlative',
  types: ['template'],
  layer: 'phrase',
  find: (text) => correlatives(text),
};
