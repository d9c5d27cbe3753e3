import { describe, expect, it } from 'vitest';
import { segmentWords } from '../../src/terms/words.js';
import { dictTokenizer } from './fake.js';

describe('segmentWords', () => {
  const tok = dictTokenizer(['推动', '产业', '集群', '发展', '县域', '经济', '壮大']);

  it('places every word at its position in the text, across clauses', () => {
    const text = '推动产业集群发展，壮大县域经济。';
    const ws = segmentWords(text, tok);
    expect(ws.map((w) => [w.text, w.start, w.end])).toEqual([
      ['推动', 0, 2],
      ['产业', 2, 4],
      ['集群', 4, 6],
      ['发展', 6, 8],
      ['壮大', 9, 11],
      ['县域', 11, 13],
      ['经济', 13, 15],
    ]);
    for (const w of ws) expect(text.slice(w.start, w.end)).toBe(w.text);
    expect(ws.map((w) => w.cls)).toEqual(['stop', 'content', 'content', 'general', 'content', 'content', 'general']);
  });

  it('skips clauses without Han characters and never calls the tokenizer for them', () => {
    const t = dictTokenizer(['产业']);
    segmentWords('2023, 5.5%; ABC\n产业', t);
    expect(t.calls).toEqual(['产业']);
  });

  it('a classifier after a number and a word cut by a bracket are no term parts', () => {
    const t = dictTokenizer(['20', '具体', '任务', '振兴', '经济']);
    const ws = segmentWords('20项具体任务，振兴县(区)域经济', t);
    expect(ws.map((w) => `${w.text}:${w.cls}`)).toEqual([
      '20:stop',
      '项:stop',
      '具体:content',
      '任务:general',
      '振兴:content',
      '县:stop',
      '区:part',
      '域:stop',
      '经济:general',
    ]);
  });

  it('drops words the tokenizer invents instead of guessing a place', () => {
    const liar = { name: 'liar', cut: (s: string) => ['产业', '并不存在', s.slice(2)] };
    expect(segmentWords('产业集群', liar).map((w) => [w.text, w.start])).toEqual([
      ['产业', 0],
      ['集群', 2],
    ]);
  });

  it('cuts a long clause in overlapping windows no longer than maxInput, without splitting words', () => {
    const t = dictTokenizer(['产业', '集群', '县域', '经济', '园区', '建设'], 8);
    const text = '产业集群县域经济园区建设产业集群县域经济园区建设';
    const ws = segmentWords(text, t);
    expect(Math.max(...t.calls.map((c) => c.length))).toBeLessThanOrEqual(8);
    expect(ws.map((w) => w.text).join('|')).toBe('产业|集群|县域|经济|园区|建设|产业|集群|县域|经济|园区|建设');
    for (const w of ws) expect(text.slice(w.start, w.end)).toBe(w.text);
  });
});
