/**
 * Properties every extractor keeps on any string, through the public API: never throw;
 * spans are exact slices of the input; results sorted by start; quantities and dates do not
 * overlap; the same input gives the same output; analyze() agrees with the extractors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  extractDates,
  extractQuantities,
  extractSlogans,
  extractTargets,
  normalize,
  type Approx,
  type DateGranularity,
  type DateRole,
  type Options,
  type SloganType,
  type Span,
} from '../../src/index.js';
import { fixtures } from '../helpers.js';
import { anyText, damage, policyText, refOpt } from './arbitraries.js';

const EXTRACTORS = { quantities: extractQuantities, dates: extractDates, slogans: extractSlogans, targets: extractTargets } as const;
type Kind = keyof typeof EXTRACTORS;
const NON_OVERLAPPING: Kind[] = ['quantities', 'dates'];
// Records keyed by the union types: tsc flags these lists when a value is added to types.ts.
const keys = <K extends string>(r: Record<K, true>) => Object.keys(r);
const APPROX = keys<Approx>({ exact: true, about: true, atLeast: true, over: true, atMost: true, under: true, nearly: true, more: true });
const GRANULARITY = keys<DateGranularity>({
  year: true,
  half: true,
  quarter: true,
  month: true,
  xun: true,
  week: true,
  day: true,
  time: true,
  plan: true,
  duration: true,
});
const ROLE = keys<DateRole>({ point: true, span: true, deadline: true, since: true });
const SLOGAN_TYPE = keys<SloganType>({ formula: true, parallel: true, template: true, quoted: true, enumeration: true });
const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/;

/** Problems of one span against the input ('' when fine). */
function spanProblem(input: string, s: Span, what: string): string {
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return `${what}: non-integer offsets ${s.start}-${s.end}`;
  if (s.start < 0 || s.end > input.length || s.start > s.end) return `${what}: offsets ${s.start}-${s.end} outside 0-${input.length}`;
  if (input.slice(s.start, s.end) !== s.text)
    return `${what}: slice ${JSON.stringify(input.slice(s.start, s.end))} ≠ text ${JSON.stringify(s.text)}`;
  return '';
}

/** Every invariant of one result list; throws with a readable message. */
function checkList(input: string, kind: Kind, list: Span[]): void {
  expect(Array.isArray(list)).toBe(true);
  const problems: string[] = [];
  list.forEach((r, i) => {
    problems.push(spanProblem(input, r, `${kind}[${i}]`));
    if (i > 0 && r.start < list[i - 1].start)
      problems.push(`${kind}[${i}] starts at ${r.start}, before ${kind}[${i - 1}] at ${list[i - 1].start}`);
    if (i > 0 && NON_OVERLAPPING.includes(kind) && r.start < list[i - 1].end)
      problems.push(`${kind}[${i}] ${JSON.stringify(r.text)} overlaps ${JSON.stringify(list[i - 1].text)}`);
    if (kind === 'quantities') {
      const q = r as ReturnType<typeof extractQuantities>[number];
      if (!Number.isFinite(q.value)) problems.push(`quantities[${i}] value ${q.value}`);
      if (q.max !== undefined && !(Number.isFinite(q.max) && q.max >= q.value))
        problems.push(`quantities[${i}] max ${q.max} < value ${q.value}`);
      if (typeof q.unit !== 'string' || !APPROX.includes(q.approx)) problems.push(`quantities[${i}] unit/approx ${q.unit}/${q.approx}`);
    } else if (kind === 'dates') {
      const d = r as ReturnType<typeof extractDates>[number];
      if (!GRANULARITY.includes(d.granularity) || !ROLE.includes(d.role) || typeof d.relative !== 'boolean')
        problems.push(`dates[${i}] fields ${d.granularity}/${d.role}/${d.relative}`);
      for (const k of ['from', 'to'] as const) if (d[k] !== undefined && !ISO.test(d[k]!)) problems.push(`dates[${i}].${k} ${d[k]}`);
      if (d.from && d.to && d.from.slice(0, 10) > d.to.slice(0, 10))
        problems.push(`dates[${i}] ${JSON.stringify(d.text)} from ${d.from} after to ${d.to}`);
    } else if (kind === 'slogans') {
      const s = r as ReturnType<typeof extractSlogans>[number];
      if (!SLOGAN_TYPE.includes(s.type) || !Array.isArray(s.parts)) problems.push(`slogans[${i}] type/parts`);
    } else {
      const t = r as ReturnType<typeof extractTargets>[number];
      problems.push(spanProblem(input, t.value, `targets[${i}].value`));
      if (t.count) problems.push(spanProblem(input, t.count, `targets[${i}].count`));
      if (t.deadline) problems.push(spanProblem(input, t.deadline, `targets[${i}].deadline`));
      if (typeof t.metric !== 'string' || (t.status !== 'target' && t.status !== 'actual')) problems.push(`targets[${i}] metric/status`);
    }
  });
  const bad = problems.filter(Boolean);
  if (bad.length)
    throw new Error(`${bad.slice(0, 5).join('\n')}\ninput: ${JSON.stringify(input.length > 300 ? input.slice(0, 300) + '…' : input)}`);
}

/** All invariants of every extractor and analyze() on one input. */
function checkAll(input: string, opts?: Options): void {
  for (const kind of Object.keys(EXTRACTORS) as Kind[]) {
    const first = EXTRACTORS[kind](input, opts) as Span[];
    checkList(input, kind, first);
    expect(EXTRACTORS[kind](input, opts)).toEqual(first); // deterministic
  }
  const a = analyze(input, opts);
  expect(a.normalized).toBe(normalize(input).text);
  for (const kind of Object.keys(EXTRACTORS) as Kind[]) checkList(input, kind, a[kind]);
  expect(analyze(input, opts)).toEqual(a);
  if (opts?.referenceDate) {
    // with a given reference date analyze() reads exactly what each extractor reads
    expect(a.referenceDate).toBe(String(opts.referenceDate).slice(0, 10));
    for (const kind of Object.keys(EXTRACTORS) as Kind[]) expect(a[kind]).toEqual(EXTRACTORS[kind](input, opts));
  }
}

describe('every extractor, on any string', () => {
  it('policy-like strings: no throw, exact spans, sorted, non-overlapping, deterministic', () => {
    fc.assert(
      fc.property(policyText(), refOpt, (s, opts) => checkAll(s, opts)),
      { numRuns: 300 },
    );
  });

  it('arbitrary UTF-16 (lone surrogates, controls): same invariants', () => {
    fc.assert(
      fc.property(anyText, refOpt, (s, opts) => checkAll(s, opts)),
      { numRuns: 150 },
    );
  });

  it('any slice of a real document, damaged the way OCR and copying damage it', () => {
    const docs = [...fixtures().values()];
    const cuts = Object.values(damage);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: docs.length - 1 }),
        fc.integer({ min: 0, max: cuts.length }),
        fc.nat(),
        fc.integer({ min: 0, max: 600 }),
        refOpt,
        (d, c, at, len, opts) => {
          const doc = c === cuts.length ? docs[d] : cuts[c](docs[d]);
          const start = at % doc.length;
          checkAll(doc.slice(start, start + len), opts); // may cut a surrogate pair or a “ in half
        },
      ),
      { numRuns: 60 },
    );
  });

  it('whole documents, plain and damaged, with and without a reference date', () => {
    for (const doc of fixtures().values()) {
      for (const fn of [(s: string) => s, ...Object.values(damage)]) {
        const s = fn(doc);
        checkAll(s);
        checkAll(s, { referenceDate: '2021-06-30' });
      }
    }
  }, 120_000); // 60 whole-document analyses: ~12 s of CPU, far more on a loaded machine
});

describe('arguments', () => {
  const fns = { analyze, extractQuantities, extractDates, extractSlogans, extractTargets, normalize };
  it.each(Object.entries(fns))('%s rejects a non-string text with a TypeError naming it', (_name, fn) => {
    for (const bad of [undefined, null, 42, {}, ['文本'], Buffer.from('文本')]) {
      expect(() => (fn as (x: unknown) => unknown)(bad)).toThrow(TypeError);
      expect(() => (fn as (x: unknown) => unknown)(bad)).toThrow(/input/);
    }
  });
  it.each(Object.entries(EXTRACTORS))('%s rejects an unparseable referenceDate with a RangeError', (_name, fn) => {
    expect(() => fn('2021年', { referenceDate: '2021-13-01' })).toThrow(RangeError);
    expect(() => fn('2021年', { referenceDate: new Date('nope') })).toThrow(RangeError);
    expect(() => fn('2021年', { referenceDate: 20210513 as unknown as string })).toThrow(TypeError);
  });
  it('the empty string gives empty results', () => {
    expect(analyze('')).toEqual({ normalized: '', quantities: [], dates: [], durations: [], slogans: [], targets: [] });
  });
});
