import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/numbers/index.js';

describe('extractQuantities: idioms, formulas and names are not quantities', () => {
  it('finds nothing in a paragraph of them', () => {
    const text =
      '一是坚持一手抓发展、一手抓民生，统一思想、万众一心，千方百计推动一体化，赋能千行百业；' +
      '二是共建“一带一路”，落实“六稳”“六保”，实施“四个一”工程和“2+4”产业集群、“1+5+1”体系、“530”工程、“1253”总体思路，' +
      '争当第一方阵，做好“十四五”开局、“十三五”收官，贯彻十九届五中全会和党的二十大精神，' +
      '构建两区两廊、一园一业一平台、一户一策，打造千亿级产业集群、万亿级城市、5A级景区，' +
      '支持万华、三星、五粮液、一汽发展，培育一批专精特新企业，建设5G网络，降低PM2.5浓度。\n（三）其他\n十是抓落实。';
    expect(extractQuantities(text)).toEqual([]);
  });

  it('finds nothing in Traditional-script idioms', () => {
    expect(extractQuantities('堅持一手抓、萬眾一心、千方百計、統一思想，推動一體化，共建“一帶一路”')).toEqual([]);
  });

  it('finds nothing in boilerplate: phone, e-mail, URL, office hours', () => {
    expect(
      extractQuantities(
        '联系电话：0535-6610000 手机13912345678 邮箱news@ytnews.cn 网址http://www.yantai.gov.cn/art/2021/5/13 工作时间:周一至周五,9:00-17:30',
      ),
    ).toEqual([]);
  });

  it('finds no percent in a URL query string', () => {
    expect(extractQuantities('详见 http://example.org/search?q=issn%280024%2D9114%29%20and%20vol%2872%29 网页')).toEqual([]);
  });
});
