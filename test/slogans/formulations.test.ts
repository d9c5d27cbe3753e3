import { describe, expect, it } from 'vitest';
import { formulations } from '../../src/slogans/index.js';

describe('formulations', () => {
  const docs = [
    { id: 'b', text: '本报讯 2023年3月2日，全市坚持“两个确立”，让干部紧起来、实起来、干起来。', referenceDate: '2023-03-02' },
    { id: 'a', text: '2022年1月5日\n全縣堅持兩個確立，让夜经济热起来、活起来、火起来。' },
    { id: 'c', text: '各乡镇要坚持两个确立。' },
  ];
  const r = formulations(docs);

  it('merges one formulation across scripts and documents, with spans per document', () => {
    const f = r.formulations.find((x) => x.key === '二个确立')!;
    expect(f).toMatchObject({ type: 'formula', count: 3, documents: ['b', 'a', 'c'], forms: ['两个确立', '兩個確立'] });
    for (const o of f.occurrences) {
      const text = docs.find((d) => d.id === o.doc)!.text;
      expect(text.slice(o.start, o.end)).toBe(o.text);
    }
  });

  it('first and last by reference date (given, or inferred; undated last)', () => {
    const f = r.formulations.find((x) => x.key === '二个确立')!;
    expect(f.first).toEqual({ doc: 'a', date: '2022-01-05' });
    expect(f.last).toEqual({ doc: 'c' });
  });

  it('reports templates whose slots change between documents', () => {
    expect(r.templates).toHaveLength(1);
    expect(r.templates[0].pattern).toBe('{}起来');
    expect(r.templates[0].fillings.map((x) => [x.key, x.documents])).toEqual([
      ['紧起来、实起来、干起来', ['b']],
      ['热起来、活起来、火起来', ['a']],
    ]);
  });

  it('minCount and bad input', () => {
    expect(formulations(docs, { minCount: 2 }).formulations.map((x) => x.key)).toEqual(['二个确立']);
    expect(() => formulations(null as never)).toThrow(TypeError);
    expect(() => formulations([{ id: 'x', text: 5 } as never])).toThrow(/docs\["x"\]\.text/);
    expect(formulations([])).toEqual({ formulations: [], templates: [] });
  });

  it('is linear: 2000 documents in well under a few seconds', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ id: String(i), text: '坚持两个确立，推进一村一品一基地建设。' }));
    const t = Date.now();
    const out = formulations(many, { minCount: 2000 });
    expect(out.formulations.map((x) => x.count)).toEqual([2000, 2000]);
    expect(Date.now() - t).toBeLessThan(5000);
  });
});
