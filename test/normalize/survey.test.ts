import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinLinesOf } from '../../src/normalize/lines.js';
import { fixtures } from '../helpers.js';
import { survey } from '../../src/normalize/survey.js';
import { normalize } from '../../src/normalize/index.js';

describe('survey', () => {
  it('counts script-specific characters', () => {
    const s = survey('國內生產總值增長');
    expect(s.script).toBe('traditional');
    expect(s.simplified).toBe(0);
    expect(s.traditional).toBeGreaterThan(3);
    expect(survey('国内生产总值增长').script).toBe('simplified');
  });

  it('flags only full-width forms that toHalfWidth converts', () => {
    expect(survey('增长，（一）！：“”').fullWidth).toBe(false); // CJK punctuation stays
    expect(survey('增长５．５％').fullWidth).toBe(true);
    expect(survey('ＧＤＰ').fullWidth).toBe(true);
    expect(survey('结果：好，12：').fullWidth).toBe(false); // ：converts only between two digits
    expect(survey('12：00开始').fullWidth).toBe(true);
  });

  it('flags digits the digit pass may rejoin, and not decimals or plain figures', () => {
    expect(survey('增长5.5%，达到120亿元').digitGap).toBe(false);
    expect(survey('第 1 9届').digitGap).toBe(true);
    expect(survey('82,225.00元').digitGap).toBe(true);
    expect(survey('5，300家').digitGap).toBe(true);
    expect(survey('42. 195公里').digitGap).toBe(true);
    expect(survey('共3\n5个').digitGap).toBe(true);
  });

  it('skipping passes changes no result', () => {
    expect(normalize('第 1 9届运动会，投资82,225.00万元，增长5.5%').text).toBe('第19届运动会，投资82225.00万元，增长5.5%');
    expect(normalize('全程４２．１９５公里，共１，２３４，５６７人').text).toBe('全程42.195公里，共1234567人');
  });

  it('line widths measured in the survey give the same line joins as measuring them again', () => {
    const same = (t: string) => {
      const a = joinLinesOf(t);
      const b = joinLinesOf(t, survey(t).lineWidths);
      expect(b?.text).toBe(a?.text);
    };
    for (const t of fixtures().values()) same(t);
    const line = fc.array(fc.constantFrom(...'市委政府召开全县经济工作会议，。、 \u3000\r\t1２ｱ😀'.split('')), { maxLength: 40 });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => same(lines.map((l) => l.join('')).join('\n'))),
      { numRuns: 1000 },
    );
    // a column document: widths decide the joins
    same(Array.from({ length: 12 }, (_, k) => '市委、市政府召开全市县域经济工作会议部署' + (k % 3 === 0 ? '。' : '')).join('\n'));
  });
});
