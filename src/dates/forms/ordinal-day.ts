/**
 * The n-th day counted from the reference day as day one, opening a text or a clause: 第三天起
 * (reference 2021-06-14 → from 2021-06-16, open end), 从第2日开始. Only before 起/开始: inside a
 * text (`会议第三天`) the n-th day belongs to an event, not to the reference.
 */
import { RE } from '../../text/index.js';
import { shiftDays } from '../calendar.js';
import type { Resolved } from '../fields.js';
import { small } from '../numerals.js';
import type { DateForm } from './types.js';

/** 第三天起, 从第2日开始: no Han character before 第 but 从 or 自. */
export const ORDINAL_DAY_RE = new RegExp(
  `(?<!(?![从自])${RE.han})第 ?([1-9]\\d{0,2}|[一二两三四五六七八九十百]{1,4}) ?(?:天|日)(?= ?(?:起|开始))`,
  'y',
);

export const ordinalDay: DateForm = {
  name: 'ordinalDay',
  re: ORDINAL_DAY_RE,
  first: '第',
  near: { chars: '天日', within: 7 },
  read: (m) => {
    const n = small(m[1]);
    if (!n || n > 400) return undefined;
    return {
      start: m.index,
      end: m.index + m[0].length,
      resolve: (ref): Resolved => {
        if (!ref || ref.known) return { gran: 'day', relative: true, role: 'since' };
        const d = shiftDays(ref, n - 1);
        return { from: d, to: d, gran: 'day', relative: true, role: 'since' };
      },
    };
  },
};
