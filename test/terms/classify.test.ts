import { describe, expect, it } from 'vitest';
import { classifyWord } from '../../src/terms/classify.js';

describe('classifyWord', () => {
  it.each([
    ['集群', 'content'],
    ['县域', 'content'],
    ['一体化', 'content'], // not numerals + classifier
    ['三农', 'content'],
    ['GDP', 'content'],
    ['发展', 'general'],
    ['建设', 'general'],
    ['链', 'part'],
    ['高', 'part'],
  ] as const)('%s is %s', (w, cls) => expect(classifyWord(w)).toBe(cls));

  it.each([
    '三年',
    '两个',
    '一批',
    '第一',
    '十四五',
    '二是',
    '五成',
    '近百家', // numerals + classifier, by form
    '2023年',
    '5.5%',
    '1—3个',
    'G20', // digits
    '，',
    '（',
    '……',
    'a',
    '', // punctuation, a lone letter, nothing
    '推进',
    '加快',
    '全面',
    '坚持',
    '实施',
    '加强',
    '的',
    '今年',
    '年底', // the register's table
  ])('%s is stop', (w) => expect(classifyWord(w)).toBe('stop'));
});
