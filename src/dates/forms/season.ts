/**
 * Seasons named by one character: 今冬, 明春, 去秋 (relative to the reference year) and 2021年春
 * (after a year). Season words (春季, 秋天) are in forms/festival.ts. Reading and resolution
 * are in dates/lunar/ (seasons open on 立春, 立夏, 立秋, 立冬).
 */
import { lunarCandidate } from '../lunar/index.js';
import { readSeasonChar } from '../lunar/read.js';
import type { DateForm } from './types.js';

const SEASON_RE = /[今明去年][春夏秋冬]/y;
const SEASON_CHARS = new Set('春夏秋冬');

export const season: DateForm = {
  name: 'season',
  re: SEASON_RE,
  first: '今明去年',
  startsAt: (text, i) => SEASON_CHARS.has(text[i + 1]),
  read: (m) => lunarCandidate(m.input, readSeasonChar(m.input, m.input[m.index] === '年' ? m.index + 1 : m.index)),
};
