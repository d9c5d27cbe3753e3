/**
 * fast-check generators for robustness tests: strings that look like Chinese policy text
 * (numerals, units, dates, slogan shapes, quotes, enumerations) mixed with damage
 * (Traditional script, full-width digits, OCR spaces, stray surrogates, line breaks).
 */
import fc from 'fast-check';

/** Pieces of policy prose. Written for these tests, not taken from the fixtures. */
const PIECES = [
  // numerals and figures
  '1', '2', '0', '9', '3.5', '12.8', '２０２４', '４２．１９５', '1,234', '12，500', '2 0 2 3', '六', '十', '百', '千', '万', '亿', '两', '零', '〇', '半', '壹', '萬', '億',
  '一二三', '三千五百', '1.2万', '两千亿', '第', '个', '家', '项', '人', '元', '亿元', '万元', '美元', '%', '％', '个百分点', '公里', '倍', '吨', '平方米',
  // qualifiers and ranges
  '左右', '约', '以上', '以下', '以内', '超过', '突破', '逾', '近', '不到', '多', '余', '—', '-', '~', '至', '到', '～',
  // dates
  '年', '月', '日', '号', '今年', '明年', '去年', '年内', '年底前', '上半年', '一季度', '上旬', '下旬', '月底', '以来', '截至', '到2025年', '“十四五”', '十五五', '期间', '末', '2035年', '5月13日', '12:30',
  // targets
  '地区生产总值', '增长', '达到', '力争', '确保', '实现', '新增', '控制在', '分别', '和', '的', '全市', '我省', '本报讯',
  // slogans and enumerations
  '一是', '二是', '三是', '首先', '其次', '（一）', '(2)', '一园一业', '三个', '五位一体', '起来', '坚持', '推进', '、', '，', '。', '；', '：', '“', '”', '‘', '’', '《', '》', '「', '」',
  // damage
  ' ', '\u3000', '\n', '\n\n', '\r\n', '\t', '國內', '經濟', '發展', '產業', '\ud800', '\udc00', '😀', '\u0000', '\ufeff', 'abc', '...', '//', '@',
];

/** A policy-ish string of up to `max` pieces. */
export const policyText = (max = 60): fc.Arbitrary<string> =>
  fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'binary' }) }), { maxLength: max }).map((a) => a.join(''));

/** Any UTF-16 string, lone surrogates included. */
export const anyText = fc.string({ maxLength: 200, unit: 'binary' });

/** A reference date, or none. */
export const refOpt = fc.option(
  fc.date({ min: new Date('1990-01-01T12:00:00Z'), max: new Date('2040-12-31T12:00:00Z'), noInvalidDate: true }).map((d) => ({ referenceDate: d.toISOString().slice(0, 10) })),
  { nil: undefined },
);

/** Damage applied to a whole document: what OCR, copying and other scripts do to real text. */
export const damage = {
  fullWidth: (s: string) => s.replace(/[0-9.%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  spacedDigits: (s: string) => s.replace(/\d(?=\d)/g, '$& '),
  crlf: (s: string) => s.replace(/\n/g, '\r\n'),
  noBreaks: (s: string) => s.replace(/\s+/g, ''),
  hardWrap: (s: string) => s.replace(/[^\n]{23}/g, '$&\n'),
};
