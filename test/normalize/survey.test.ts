import { describe, expect, it } from 'vitest';
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
});
