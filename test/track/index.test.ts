import { describe, expect, it } from 'vitest';
import { trackTargets, type Track, type TrackDoc } from '../../src/track/index.js';

/** The spans of every track and result point into their own document. */
function spansExact(docs: TrackDoc[], tracks: Track[]): void {
  const text = new Map(docs.map((d) => [d.id, d.text]));
  for (const t of tracks) {
    for (const f of [t.target, ...t.results]) {
      const s = text.get(f.doc) as string;
      expect(s.slice(f.target.start, f.target.end)).toBe(f.target.text);
    }
  }
}

const byKey = (tracks: Track[], key: string, subject?: string): Track => {
  const t = tracks.find((x) => x.key === key && (subject === undefined || x.subject === subject));
  if (!t) throw new Error(`no track ${key} ${subject ?? ''}: ${tracks.map((x) => x.key).join(', ')}`);
  return t;
};

describe('national work report → next year review', () => {
  const docs: TrackDoc[] = [
    {
      id: 'review',
      referenceDate: '2025-03-05',
      text: '过去一年，我国经济总量达到134.9万亿元，国内生产总值增长5.0%。城镇新增就业1256万人，城镇调查失业率平均5.1%。居民消费价格上涨0.2%。粮食产量14130亿斤。',
    },
    {
      id: 'plan',
      referenceDate: '2024-03-05',
      text: '今年经济社会发展的主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；粮食产量1.3万亿斤以上。',
    },
  ];
  const tracks = trackTargets(docs);

  it('pairs each commitment with the next year review, whatever the order given', () => {
    const gdp = byKey(tracks, 'gdp:growth');
    expect(gdp.target.doc).toBe('plan');
    expect(gdp.target.target.text).toBe('国内生产总值增长5%左右');
    expect(gdp.results.map((r) => [r.doc, r.target.text, r.year, r.final])).toEqual([['review', '国内生产总值增长5.0%', 2024, true]]);
    expect(gdp.verdict).toBe('met');
    spansExact(docs, tracks);
  });

  it('judges floors, ceilings and about with the documented tolerances', () => {
    const jobs = byKey(tracks, 'urban-new-jobs:increment');
    expect(jobs.results[0].target.value.value).toBe(12560000);
    expect(jobs.verdict).toBe('met');
    expect(jobs.progress).toBe(1.0467);
    expect(byKey(tracks, 'unemployment-surveyed:share').verdict).toBe('met');
    const cpi = byKey(tracks, 'cpi:growth');
    expect(cpi.direction).toBe('lower');
    expect(cpi.results[0].target.text).toBe('居民消费价格上涨0.2%');
    expect(cpi.verdict).toBe('met');
    const grain = byKey(tracks, 'grain-output:level');
    expect(grain.verdict).toBe('met');
    expect(grain.progress).toBe(1.0869);
  });

  it('never answers a growth target with a level', () => {
    const gdp = byKey(tracks, 'gdp:growth');
    expect(gdp.results.every((r) => r.target.value.unit === '%')).toBe(true);
    expect(gdp.progress).toBeUndefined();
  });
});

describe('provincial plan → yearly reports', () => {
  const plan: TrackDoc = {
    id: 'plan-2021',
    referenceDate: '2021-01-25',
    text: '“十四五”时期，全省地区生产总值年均增长6.5%左右，到2025年全省地区生产总值达到8万亿元，常住人口城镇化率达到68%。',
  };
  const y2022: TrackDoc = {
    id: 'report-2022',
    referenceDate: '2022-01-18',
    text: '2021年，全省地区生产总值达到6.9万亿元，增长8.3%；常住人口城镇化率达到65.2%。',
  };
  const y2026: TrackDoc = {
    id: 'report-2026',
    referenceDate: '2026-01-20',
    text: '2025年，全省地区生产总值达到8.1万亿元，增长5.4%；常住人口城镇化率达到67.4%。“十四五”时期，全省地区生产总值年均增长6.1%。',
  };

  it('is pending with progress while the deadline lies after the latest document', () => {
    const tracks = trackTargets([y2022, plan]);
    const level = byKey(tracks, 'gdp:level');
    expect(level.dueYear).toBe(2025);
    expect(level.verdict).toBe('pending');
    expect(level.results.map((r) => [r.doc, r.year, r.final])).toEqual([['report-2022', 2021, false]]);
    expect(level.progress).toBe(0.8625);
    expect(byKey(tracks, 'gdp:growth').verdict).toBe('pending');
    expect(byKey(tracks, 'urbanization:share').verdict).toBe('pending');
  });

  it('decides once the due year is reported', () => {
    const tracks = trackTargets([plan, y2022, y2026]);
    const level = byKey(tracks, 'gdp:level');
    expect(level.verdict).toBe('met');
    expect(level.results.map((r) => [r.doc, r.final])).toEqual([
      ['report-2022', false],
      ['report-2026', true],
    ]);
    expect(level.progress).toBe(1.0125);
    expect(byKey(tracks, 'urbanization:share').verdict).toBe('missed');
    // an average growth over the plan is answered by the average, not by one year's 5.4 %
    const growth = byKey(tracks, 'gdp:growth');
    expect(growth.results.at(-1)?.target.value.value).toBe(6.1);
    expect(growth.verdict).toBe('met');
    spansExact([plan, y2022, y2026], tracks);
  });
});

describe('a five-year plan reviewed at its end', () => {
  const plan: TrackDoc = {
    id: '2016',
    referenceDate: '2016-03-05',
    text: '“十三五”时期，国内生产总值年均增长6.5%以上，城镇新增就业5000万人以上。',
  };
  const review: TrackDoc = {
    id: '2021',
    referenceDate: '2021-03-05',
    text: '“十三五”时期，国内生产总值年均增长5.7%，城镇新增就业6000万人以上。今年国内生产总值增长6%以上。',
  };

  it('answers average growth over the plan with the average, and judges it', () => {
    const tracks = trackTargets([review, plan]);
    const gdp = byKey(tracks, 'gdp:growth');
    expect(gdp.target.doc).toBe('2016');
    expect(gdp.dueYear).toBe(2020);
    expect(gdp.results.map((r) => [r.target.text, r.year, r.final])).toEqual([['国内生产总值年均增长5.7%', 2020, true]]);
    expect(gdp.verdict).toBe('missed');
    expect(byKey(tracks, 'urban-new-jobs:increment').verdict).toBe('met');
  });

  it('reads an exact figure stated for years already past as a result, whatever its status', () => {
    const past = trackTargets([plan, { ...review, text: '“十三五”时期，国内生产总值年均增长5.7%。' }]);
    const asRead = past[0].results[0].target;
    const relabelled = { ...asRead, status: 'target' as const };
    const tracks = trackTargets([plan, { ...review, targets: [relabelled] }]);
    expect(byKey(tracks, 'gdp:growth').results.map((r) => r.target.text)).toEqual(['国内生产总值年均增长5.7%']);
    expect(tracks.filter((t) => t.target.doc === '2021')).toEqual([]);
  });
});

describe('subjects', () => {
  it('never pairs one city with another in the same documents', () => {
    const docs: TrackDoc[] = [
      { id: 'a', referenceDate: '2023-02-08', text: '今年，临沂市地区生产总值增长6.5%左右，日照市地区生产总值增长7%以上。' },
      { id: 'b', referenceDate: '2024-02-06', text: '2023年，日照市地区生产总值增长6.1%，临沂市地区生产总值增长6.2%。' },
    ];
    const tracks = trackTargets(docs);
    const linyi = byKey(tracks, 'gdp:growth', '临沂市');
    const rizhao = byKey(tracks, 'gdp:growth', '日照市');
    expect(linyi.results.map((r) => r.target.text)).toEqual(['临沂市地区生产总值增长6.2%']);
    expect(linyi.verdict).toBe('met');
    expect(rizhao.results.map((r) => r.target.text)).toEqual(['日照市地区生产总值增长6.1%']);
    expect(rizhao.verdict).toBe('missed');
  });

  it('leaves a subjectless result unpaired when the commitments name two cities', () => {
    const docs: TrackDoc[] = [
      { id: 'a', referenceDate: '2023-02-08', text: '今年，临沂市地区生产总值增长6.5%左右，日照市地区生产总值增长7%以上。' },
      { id: 'b', referenceDate: '2024-02-06', text: '去年地区生产总值增长6.2%。' },
    ];
    const tracks = trackTargets(docs);
    expect(tracks.map((t) => [t.subject, t.results.length, t.verdict])).toEqual([
      ['临沂市', 0, 'unknown'],
      ['日照市', 0, 'unknown'],
    ]);
  });
});

describe('forms', () => {
  it('reads Traditional script on either side', () => {
    const docs: TrackDoc[] = [
      { id: 'a', referenceDate: '2023-01-12', text: '今年全縣地區生產總值增長6%左右，一般公共預算收入增長5%，規模以上工業增加值增長8%。' },
      {
        id: 'b',
        referenceDate: '2024-01-15',
        text: '去年全县地区生产总值增长5.8%，地方一般公共预算收入增长4.2%，规上工业增加值增长9.1%。',
      },
    ];
    const tracks = trackTargets(docs);
    expect(tracks.map((t) => [t.key, t.verdict])).toEqual([
      ['gdp:growth', 'met'],
      ['general-budget-revenue:growth', 'missed'],
      ['industrial-value-added:growth', 'met'],
    ]);
    spansExact(docs, tracks);
  });

  it('does not pair a figure repeated under another metric', () => {
    const docs: TrackDoc[] = [
      { id: 'a', referenceDate: '2023-02-20', text: '今年规上工业企业达到1800家，高新技术企业达到260家。' },
      { id: 'b', referenceDate: '2024-02-20', text: '去年高新技术企业达到1800家，规上工业企业新增95家。' },
    ];
    const tracks = trackTargets(docs);
    expect(byKey(tracks, 'industrial-enterprises-above-scale:level').results).toEqual([]);
    const hte = byKey(tracks, 'high-tech-enterprises:level');
    expect(hte.results.map((r) => r.target.text)).toEqual(['去年高新技术企业达到1800家']);
    expect(hte.progress).toBe(6.9231);
  });

  it('reads falls as negative growth of a lower-is-better commitment', () => {
    const docs: TrackDoc[] = [
      { id: 'a', referenceDate: '2023-01-09', text: '单位地区生产总值能耗下降3%左右，城镇登记失业率控制在4.5%以内。' },
      { id: 'b', referenceDate: '2024-01-09', text: '去年单位地区生产总值能耗下降2.1%，城镇登记失业率为3.9%。' },
    ];
    const tracks = trackTargets(docs);
    const energy = byKey(tracks, 'energy-intensity:growth');
    expect(energy.direction).toBe('lower');
    expect(energy.verdict).toBe('missed');
    expect(energy.reason).toBe('at most -3 (±0.5): -2.1 (b)');
    expect(byKey(tracks, 'unemployment-registered:share').verdict).toBe('met');
  });

  it('needs a later document: a result in the same report answers nothing', () => {
    const tracks = trackTargets([{ id: 'a', referenceDate: '2023-01-09', text: '去年地区生产总值增长4.5%。今年地区生产总值增长6%左右。' }]);
    expect(tracks.map((t) => [t.key, t.results.length, t.verdict])).toEqual([['gdp:growth', 0, 'pending']]);
  });
});

describe('arguments', () => {
  it('names what is wrong', () => {
    expect(() => trackTargets('x' as never)).toThrow(TypeError);
    expect(() => trackTargets([{ id: 1, text: '' } as never])).toThrow(/docs\[0\]\.id/);
    expect(() => trackTargets([], { pointTolerance: -1 })).toThrow(RangeError);
    expect(() => trackTargets([{ id: 'a', text: '', referenceDate: '2023-02-30' }])).toThrow(/docs\[0\]\.referenceDate/);
    expect(() => trackTargets([], { pointTolerence: 1 } as never)).toThrow(/unknown option pointTolerence/);
    expect(trackTargets([])).toEqual([]);
  });

  it('never throws on odd text', () => {
    const odd = ['', '。', '增长%', '到年达到亿元', '今年增长5%左右'.repeat(3), '\u0000\ud800'];
    expect(() => trackTargets(odd.map((text, i) => ({ id: String(i), text })))).not.toThrow();
  });
});
