/**
 * Words for the present moment: 现在, 此刻, 当下, 目前, 如今, 眼下, 最近, 马上. Policy prose opens
 * sentences with them (现在，我代表国务院…) without naming a date, so they are weak: a date only
 * as an end of a range (去年到现在, 2019年至目前, 从现在到年底) or as the whole input (parseDate('现在')).
 * They resolve to the reference day.
 */
import type { DateForm } from './types.js';

const NOW_RE = /(?:现在|此刻|此时|当下|目前|当前|如今|眼下|最近|马上)(?![\d零一二两三四五六七八九十几半]|[个年月日天周])/y;

/**
 * The present moment.
 * @example '去年到现在' (reference 2021-06-14) → 2020-01-01..2021-06-14 (range with 去年)
 */
export const now: DateForm = {
  name: 'now',
  re: NOW_RE,
  first: '现此当目如眼最马',
  near: { chars: '在刻时下前今近上', within: 1 },
  read: (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    weak: true,
    pairs: true, // 从现在到年底
    resolve: (ref) => (ref ? { from: { ...ref }, to: { ...ref }, gran: 'day', relative: true } : { gran: 'day', relative: true }),
  }),
};
