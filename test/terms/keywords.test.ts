import { beforeAll, describe, expect, it } from 'vitest';
import { classifyWord } from '../../src/terms/classify.js';
import { buildTermStats, extractKeywords, keywords, loadTokenizer, type Tokenizer } from '../../src/terms/index.js';
import { idf } from '../../src/terms/score.js';
import { STOPWORDS } from '../../src/terms/stopwords.js';
import { expectSpansExact, fixture, fixtures } from '../helpers.js';
import { dictTokenizer } from './fake.js';

const DICT = ['发展', '壮大', '县域', '经济', '基础', '产业', '集群', '培育', '数字', '乡村', '振兴', '全面', '推进', '建设'];

describe('extractKeywords (dictionary tokenizer)', () => {
  const tokenizer = dictTokenizer(DICT);

  it('a recurring compound is one term, and its parts are not fragments of it', () => {
    const input = '发展县域经济，壮大县域经济，县域经济是基础。';
    const k = extractKeywords(input, { tokenizer, top: 3 });
    expect(k[0]).toMatchObject({ term: '县域经济', count: 3 });
    expect(k[0]!.spans).toEqual([
      { text: '县域经济', start: 2, end: 6 },
      { text: '县域经济', start: 9, end: 13 },
      { text: '县域经济', start: 14, end: 18 },
    ]);
    expect(k.map((x) => x.term)).not.toContain('县域'); // never outside 县域经济
    expect(k.map((x) => x.term)).toContain('基础');
  });

  it('a compound seen once is not a term, its words are', () => {
    const k = extractKeywords('培育产业集群。', { tokenizer, top: Infinity });
    expect(k.map((x) => x.term).sort()).toEqual(['产业', '培育', '集群'].sort());
  });

  it('scores: count over content words × log2(1 + length), general words × 0.3', () => {
    // content words: 数字 乡村 振兴 ×2, 乡村 振兴 again, 建设 → 数字乡村 is a compound (2), 乡村振兴 too
    const k = extractKeywords('数字乡村，数字乡村，乡村振兴，乡村振兴，建设。', { tokenizer, top: Infinity });
    const by = Object.fromEntries(k.map((x) => [x.term, x]));
    expect(Object.keys(by).sort()).toEqual(['乡村振兴', '建设', '数字乡村'].sort());
    const words = 9; // 数字 乡村 数字 乡村 乡村 振兴 乡村 振兴 建设
    expect(by['数字乡村']!.score).toBeCloseTo((2 / words) * Math.log2(5), 5);
    expect(by['建设']!.score).toBeCloseTo((1 / words) * 0.3 * Math.log2(3), 5);
  });

  it('leaves out stopwords and numbers', () => {
    const k = extractKeywords('全面推进乡村振兴，2023年全面推进乡村振兴，三年全面推进。', { tokenizer, top: Infinity });
    expect(k.map((x) => x.term)).toEqual(['乡村振兴']);
  });

  it('top limits the list; corpus IDF lowers terms every document has', () => {
    const docs = ['县域经济基础', '县域经济发展', '县域经济，产业集群，产业集群'];
    const corpus = buildTermStats(docs, { tokenizer });
    expect(corpus.documents).toBe(3);
    expect(corpus.df['县域经济']).toBe(3);
    expect(corpus.df['产业集群']).toBe(1);
    const input = '县域经济，县域经济，产业集群，产业集群。';
    expect(extractKeywords(input, { tokenizer, top: 1 })).toHaveLength(1);
    const plain = extractKeywords(input, { tokenizer, top: 2 });
    expect(plain[0]!.score).toBe(plain[1]!.score);
    const weighted = extractKeywords(input, { tokenizer, top: 2, corpus });
    expect(weighted.map((x) => x.term)).toEqual(['产业集群', '县域经济']);
    expect(idf(corpus, '县域经济')).toBe(1);
    expect(idf(corpus, '没见过')).toBeCloseTo(Math.log(4) + 1, 10);
  });

  it('bad arguments are TypeErrors and RangeErrors naming the argument', () => {
    expect(() => extractKeywords(42 as unknown as string, { tokenizer })).toThrow(/input must be a string/);
    expect(() => extractKeywords('产业', undefined as never)).toThrow(/opts.tokenizer/);
    expect(() => extractKeywords('产业', {} as never)).toThrow(TypeError);
    expect(() => extractKeywords('产业', { tokenizer, top: -1 })).toThrow(RangeError);
    expect(() => buildTermStats('产业' as unknown as string[], { tokenizer })).toThrow(/docs must be an iterable/); // a string is not a corpus
    expect(() => buildTermStats(null as never, { tokenizer })).toThrow(/docs/);
  });

  it('never throws on odd strings', () => {
    for (const s of ['', '，，，', '\u0000\uD800产业\uDFFF', '产'.repeat(5000), '🙂县域经济🙂县域经济', 'a\r\nb\u3000c']) {
      const k = extractKeywords(s, { tokenizer, top: Infinity });
      for (const x of k) expectSpansExact(s, x.spans);
    }
  });
});

describe('extractKeywords (segmentit)', () => {
  let tokenizer: Tokenizer;
  beforeAll(async () => {
    tokenizer = await loadTokenizer();
  }, 30000);

  it('loads once: a second loadTokenizer() is the same object', async () => {
    expect(await loadTokenizer('segmentit')).toBe(tokenizer);
    expect(tokenizer.name).toBe('segmentit');
  });

  it('fixture 001: county-economy vocabulary on top, no stopwords, numbers or dates', () => {
    const input = fixture('001_b4f786da16532147.txt');
    const k = extractKeywords(input, { tokenizer, top: 15 });
    const terms = k.map((x) => x.term);
    expect(terms).toEqual(expect.arrayContaining(['县域经济', '县域经济高质量发展', '产业', '园区']));
    for (const x of extractKeywords(input, { tokenizer, top: Infinity })) {
      expect(STOPWORDS.has(x.term)).toBe(false);
      expect(x.term).not.toMatch(/[0-9%]/);
      expect(classifyWord(x.term)).not.toBe('stop');
      expect(x.count).toBe(x.spans.length);
      expectSpansExact(input, x.spans);
    }
  });

  it('Traditional and Simplified versions of a paragraph give the same terms', () => {
    const simp =
      '加快建设数字政府，推进数字政府建设与数字经济融合发展。培育先进制造业集群，先进制造业集群带动县域经济，县域经济反哺乡村振兴。';
    const trad =
      '加快建設數字政府，推進數字政府建設與數字經濟融合發展。培育先進製造業集群，先進製造業集群帶動縣域經濟，縣域經濟反哺鄉村振興。';
    const a = extractKeywords(simp, { tokenizer, top: 10 });
    const b = extractKeywords(trad, { tokenizer, top: 10 });
    expect(b.map((x) => [x.term, x.count, x.score])).toEqual(a.map((x) => [x.term, x.count, x.score]));
    expect(a.map((x) => x.term)).toEqual(expect.arrayContaining(['数字政府', '县域经济']));
    const county = b.find((x) => x.term === '县域经济')!;
    expect(county.spans.map((s) => s.text)).toEqual(['縣域經濟', '縣域經濟']);
    expectSpansExact(trad, county.spans);
  });

  it('full-width and OCR-spaced text gives the same terms as clean text', () => {
    const clean = '2024年新能源汽车产业链产值增长12%，新能源汽车产业链带动就业。';
    const damaged = '２０２４年新能源汽车产业链产值增长１２％，新能源汽车产业链带动就业。';
    const a = extractKeywords(clean, { tokenizer, top: 5 }).map((x) => [x.term, x.count]);
    expect(extractKeywords(damaged, { tokenizer, top: 5 }).map((x) => [x.term, x.count])).toEqual(a);
    expect(a.map((x) => x[0])).not.toContain('2024年');
  });

  it('a long clause without punctuation stays fast (segmentit is exponential in clause length)', () => {
    const input = '全市高质量发展集中观摩活动和重点项目推进暨挂图作战指挥部动员会议是在关键时期举办的一次十分重要的活动'.repeat(20);
    const t0 = performance.now();
    const k = extractKeywords(input, { tokenizer, top: 5 });
    expect(performance.now() - t0).toBeLessThan(3000);
    for (const x of k) expectSpansExact(input, x.spans);
  });

  it('keywords() loads the tokenizer itself', async () => {
    const k = await keywords('培育先进制造业集群，壮大先进制造业集群。', { top: 1 });
    expect(k[0]!.term).toBe('先进制造业集群');
    expect(k[0]!.count).toBe(2);
  });

  it('every fixture: spans exact, counts consistent, scores descending', () => {
    for (const [, input] of fixtures()) {
      const k = extractKeywords(input, { tokenizer, top: 50 });
      expect(k.length).toBe(50);
      for (let i = 1; i < k.length; i++) expect(k[i]!.score).toBeLessThanOrEqual(k[i - 1]!.score);
      for (const x of k) expectSpansExact(input, x.spans);
    }
  });
});
