/**
 * Formulations across a corpus: each formulation once (merged on its key), with its surface
 * forms, the documents and spans where it appears, and its first and last appearance by
 * reference date; and the templates whose slots different documents fill differently.
 * One pass over the documents, one hash map by key: linear in the corpus size.
 */
import { inferReferenceDate } from '../dates/index.js';
import { assertText, formatDay, resolveReferenceDate } from '../options.js';
import type { Slogan, SloganType } from '../types.js';
import { extractSlogans } from './extract.js';

export interface FormulationDoc {
  id: string;
  text: string;
  /** When absent, inferred from the text (dateline, a full date in the first lines). */
  referenceDate?: Date | string;
}

export interface FormulationsOptions {
  /** Leave out formulations seen fewer times than this (default 1: keep all). */
  minCount?: number;
  /** Include enumerations (一是…二是…), which are lists, not formulations (default false). */
  enumerations?: boolean;
}

export interface Occurrence {
  doc: string;
  text: string;
  start: number;
  end: number;
}

/** Where a formulation was seen: the document and its reference date ('YYYY-MM-DD', when known). */
export interface Appearance {
  doc: string;
  date?: string;
}

export interface Formulation {
  key: string;
  /** The most frequent type among the occurrences. */
  type: SloganType;
  parts: string[];
  pattern?: string;
  /** Distinct surface forms, in order of first appearance (“两个确立”, 兩個確立, 2个确立). */
  forms: string[];
  count: number;
  /** Document ids in corpus order, each once. */
  documents: string[];
  occurrences: Occurrence[];
  /** Earliest and latest appearance by reference date; documents without a date come last, in corpus order. */
  first: Appearance;
  last: Appearance;
}

/** A template whose slots are filled differently in different documents ('{}起来'). */
export interface TemplateUse {
  pattern: string;
  /** Each distinct filling (its key) with its parts and the documents using it. */
  fillings: { key: string; parts: string[]; documents: string[] }[];
  documents: string[];
}

export interface Formulations {
  formulations: Formulation[];
  templates: TemplateUse[];
}

interface Entry {
  f: Formulation;
  types: Map<SloganType, number>;
  forms: Set<string>;
  docs: Set<string>;
}

function checkDocs(docs: unknown): asserts docs is FormulationDoc[] {
  if (!Array.isArray(docs)) throw new TypeError('tifa: formulations(docs) needs an array of { id, text }');
  for (const d of docs) {
    if (!d || typeof d !== 'object' || typeof (d as FormulationDoc).id !== 'string') {
      throw new TypeError('tifa: formulations(docs): every document needs a string id');
    }
    assertText((d as FormulationDoc).text, `docs[${JSON.stringify((d as FormulationDoc).id)}].text`);
  }
}

/** The document's reference date, given or inferred ('YYYY-MM-DD'), or undefined. */
function dateOf(d: FormulationDoc): string | undefined {
  const given = resolveReferenceDate({ referenceDate: d.referenceDate });
  return given ? formatDay(given) : inferReferenceDate(d.text);
}

type Ranked = Appearance & { rank: number };

/** Is appearance `a` earlier than `b`? Dated before undated; corpus order breaks ties. */
function earlier(a: Ranked, b: Ranked): boolean {
  if (a.date !== b.date) {
    if (a.date === undefined) return false;
    if (b.date === undefined) return true;
    return a.date < b.date;
  }
  return a.rank < b.rank;
}

function add(byKey: Map<string, Entry>, s: Slogan, doc: string): Entry {
  let e = byKey.get(s.key);
  if (!e) {
    const at: Appearance = { doc };
    const f: Formulation = {
      key: s.key,
      type: s.type,
      parts: s.parts,
      forms: [],
      count: 0,
      documents: [],
      occurrences: [],
      first: at,
      last: at,
    };
    if (s.pattern) f.pattern = s.pattern;
    e = { f, types: new Map(), forms: new Set(), docs: new Set() };
    byKey.set(s.key, e);
  }
  const f = e.f;
  f.count++;
  f.occurrences.push({ doc, text: s.text, start: s.start, end: s.end });
  e.types.set(s.type, (e.types.get(s.type) ?? 0) + 1);
  if (!e.forms.has(s.text)) {
    e.forms.add(s.text);
    f.forms.push(s.text);
  }
  if (!e.docs.has(doc)) {
    e.docs.add(doc);
    f.documents.push(doc);
  }
  return e;
}

/**
 * Every formulation of a corpus, merged across documents on its key, and the templates whose
 * slots the documents fill differently. Sorted by count, then by first appearance.
 *
 * @example
 * formulations([
 *   { id: 'a', text: '坚持“两个确立”，让夜经济热起来、活起来、火起来', referenceDate: '2022-03-05' },
 *   { id: 'b', text: '堅持兩個確立，让街区亮起来、美起来、暖起来', referenceDate: '2023-03-05' },
 * ])
 * // formulations[0]: { key: '二个确立', forms: ['两个确立', '兩個確立'], documents: ['a', 'b'], count: 2,
 * //                    first: { doc: 'a', date: '2022-03-05' }, last: { doc: 'b', date: '2023-03-05' }, … }
 * // templates: [{ pattern: '{}起来', fillings: [{ key: '热起来、活起来、火起来', documents: ['a'] }, { key: '亮起来、美起来、暖起来', documents: ['b'] }] }]
 */
export function formulations(docs: FormulationDoc[], opts: FormulationsOptions = {}): Formulations {
  checkDocs(docs);
  const byKey = new Map<string, Entry>();
  const firstRank = new Map<string, Ranked>();
  const lastRank = new Map<string, Ranked>();
  docs.forEach((d, rank) => {
    const date = dateOf(d);
    const here = { doc: d.id, rank, ...(date ? { date } : {}) };
    for (const s of extractSlogans(d.text, d.referenceDate === undefined ? undefined : { referenceDate: d.referenceDate })) {
      if (s.type === 'enumeration' && !opts.enumerations) continue;
      if (!s.key) continue;
      add(byKey, s, d.id);
      const fst = firstRank.get(s.key);
      if (!fst || earlier(here, fst)) firstRank.set(s.key, here);
      const lst = lastRank.get(s.key);
      if (!lst || earlier(lst, here)) lastRank.set(s.key, here);
    }
  });
  const min = opts.minCount ?? 1;
  const out: Formulation[] = [];
  for (const e of byKey.values()) {
    if (e.f.count < min) continue;
    let best = e.f.type;
    for (const [t, n] of e.types) if (n > (e.types.get(best) ?? 0)) best = t;
    e.f.type = best;
    const { rank: _a, ...first } = firstRank.get(e.f.key)!;
    const { rank: _b, ...last } = lastRank.get(e.f.key)!;
    e.f.first = first;
    e.f.last = last;
    out.push(e.f);
  }
  out.sort((a, b) => b.count - a.count);
  return { formulations: out, templates: templateUses(out) };
}

/**
 * Templates with two or more different fillings across two or more documents.
 *
 * @example templateUses([{ pattern: '{}起来', key: '热起来、活起来', documents: ['a'] }, { pattern: '{}起来', key: '亮起来、美起来', documents: ['b'] }])
 * // [{ pattern: '{}起来', fillings: [two], documents: ['a', 'b'] }]
 */
export function templateUses(fs: readonly Pick<Formulation, 'pattern' | 'key' | 'parts' | 'documents'>[]): TemplateUse[] {
  const byPattern = new Map<string, { t: TemplateUse; seen: Set<string> }>();
  for (const f of fs) {
    if (!f.pattern) continue;
    let e = byPattern.get(f.pattern);
    if (!e) byPattern.set(f.pattern, (e = { t: { pattern: f.pattern, fillings: [], documents: [] }, seen: new Set() }));
    e.t.fillings.push({ key: f.key, parts: f.parts, documents: f.documents });
    for (const d of f.documents) {
      if (e.seen.has(d)) continue;
      e.seen.add(d);
      e.t.documents.push(d);
    }
  }
  const out: TemplateUse[] = [];
  for (const { t } of byPattern.values()) if (t.fillings.length >= 2 && t.documents.length >= 2) out.push(t);
  return out.sort((a, b) => b.documents.length - a.documents.length || b.fillings.length - a.fillings.length);
}
