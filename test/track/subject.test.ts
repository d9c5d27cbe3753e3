import { describe, expect, it } from 'vitest';
import { trackTargets } from '../../src/track/index.js';
import { documentSubject } from '../../src/track/subject.js';

describe('documentSubject', () => {
  it('reads the place of the congress or the government in the heading', () => {
    expect(documentSubject('政府工作报告\n——2024年1月9日在蓬莱市第十九届人民代表大会第四次会议上\n各位代表：')).toBe('蓬莱市');
    expect(documentSubject('山东省潍坊市人民政府\n关于印发…的通知')).toBe('潍坊市');
    expect(documentSubject('2023年宁津县政府工作报告\n')).toBe('宁津县');
    expect(documentSubject('临川市人民政府\n')).toBe('临川市');
    expect(documentSubject('广西壮族自治区柳州市人民政府\n')).toBe('柳州市');
    expect(documentSubject('——在沛县第十八届人民代表大会第三次会议上')).toBe('沛县');
    expect(documentSubject('——在中国共产党龙口市第十四次代表大会上的报告')).toBe('龙口市');
  });

  it('gives national documents and bare texts no subject', () => {
    expect(documentSubject('政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上')).toBeUndefined();
    expect(documentSubject('今年地区生产总值增长6%左右。')).toBeUndefined();
    expect(documentSubject('城市人民政府')).toBeUndefined();
  });
});

describe('documents of different places', () => {
  it('never pair one county’s result with another county’s commitment', () => {
    const a = '政府工作报告\n——2023年1月12日在莒南县第十九届人民代表大会第二次会议上\n今年地区生产总值增长7%左右，一般公共预算收入增长6%。';
    const b =
      '政府工作报告\n——2024年1月11日在沂水县第十九届人民代表大会第三次会议上\n过去一年，地区生产总值增长6.1%，一般公共预算收入增长7.2%。';
    const c =
      '政府工作报告\n——2024年1月10日在莒南县第十九届人民代表大会第三次会议上\n过去一年，地区生产总值增长7.4%，一般公共预算收入增长5.1%。';
    const tracks = trackTargets([
      { id: 'a', text: a },
      { id: 'b', text: b },
      { id: 'c', text: c },
    ]);
    expect(tracks.map((t) => [t.subject, t.key, t.verdict, t.results.map((r) => r.doc)])).toEqual([
      ['莒南县', 'gdp:growth', 'met', ['c']],
      ['莒南县', 'general-budget-revenue:growth', 'missed', ['c']],
    ]);
  });
});
