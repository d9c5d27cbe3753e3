import { describe, expect, it } from 'vitest';
import { parse, pick } from '../pick.js';

describe('listed days share the month written once', () => {
  it('extractDates keeps each listed day, in the month of the first', () => {
    expect(pick('分别于10月8号、9号、10号举行')).toEqual([
      ['10月8号', '2021-10-08', '2021-10-08', 'day', 'point'],
      ['9号', '2021-10-09', '2021-10-09', 'day', 'point'],
      ['10号', '2021-10-10', '2021-10-10', 'day', 'point'],
    ]);
    expect(pick('2020年3月2日和5日')).toEqual([
      ['2020年3月2日', '2020-03-02', '2020-03-02', 'day', 'point'],
      ['5日', '2020-03-05', '2020-03-05', 'day', 'point'],
    ]);
    expect(pick('十一月三日、四日')).toEqual([
      ['十一月三日', '2021-11-03', '2021-11-03', 'day', 'point'],
      ['四日', '2021-11-04', '2021-11-04', 'day', 'point'],
    ]);
  });

  it('bare day numbers sharing the unit of the last (6月5、6、7日)', () => {
    expect(pick('定于8月3、4、5日举办')).toEqual([
      ['8月3', '2021-08-03', '2021-08-03', 'day', 'point'],
      ['4', '2021-08-04', '2021-08-04', 'day', 'point'],
      ['5日', '2021-08-05', '2021-08-05', 'day', 'point'],
    ]);
    expect(parse('2020年1月8、9日')).toEqual(['2020年1月8、9日', '2020-01-08', '2020-01-09', 'day', 'span']);
  });

  it('a day of 号 after the list must end there (not 13号楼)', () => {
    expect(pick('5月12日，13号楼完工')).toEqual([['5月12日', '2021-05-12', '2021-05-12', 'day', 'point']]);
  });

  it('parseDate reads a whole list as one span from the first to the last', () => {
    expect(parse('7月20号，21号，22号')).toEqual(['7月20号，21号，22号', '2021-07-20', '2021-07-22', 'day', 'span']);
    expect(parse('2019年2月3日、5日')).toEqual(['2019年2月3日、5日', '2019-02-03', '2019-02-05', 'day', 'span']);
    expect(parse('2月3日、1日')).toBeUndefined(); // out of order: no one span
  });

  it('a weekday after a date restates it and joins it, with a time after it', () => {
    expect(pick('定于2022年3月9日（星期三）上午9:30召开')).toEqual([
      ['2022年3月9日（星期三）上午9:30', '2022-03-09T09:30', '2022-03-09T09:30', 'time', 'point'],
    ]);
    expect(pick('7月1日周四至7月3日周六')).toEqual([['7月1日周四至7月3日周六', '2021-07-01', '2021-07-03', 'day', 'span']]);
    expect(pick('明天（週五）')).toEqual([['明天（週五）', '2021-06-15', '2021-06-15', 'day', 'point']]);
    // a weekday after a comma is its own mention
    expect(pick('6月1日，周一')).toEqual([
      ['6月1日', '2021-06-01', '2021-06-01', 'day', 'point'],
      ['周一', '2021-06-14', '2021-06-14', 'day', 'point'],
    ]);
  });
});
