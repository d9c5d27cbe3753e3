/**
 * Festivals (春节, 中秋节, 国庆, 母亲节), solar terms (冬至, 清明) and season words (夏季,
 * 秋天), with the year before them (2022年春节, 去年元旦, 零六年端午) and what qualifies them
 * (前后, 期间, 前夕). Reading and resolution are in dates/lunar/; the words in
 * dates/lunar/festivals.ts.
 */
import { FESTIVALS, SEASONS, SOLAR_TERMS } from '../lunar/festivals.js';
import { lunarCandidate } from '../lunar/index.js';
import { WORD_RE, readWord } from '../lunar/read.js';
import type { DateForm } from './types.js';

const WORDS = [...Object.keys(FESTIVALS), ...SOLAR_TERMS, ...Object.keys(SEASONS).filter((w) => w.length > 1)];
/** The words' two-character openings, by 32-bit pair code. */
const OPENINGS = new Set(WORDS.map((w) => w.charCodeAt(0) * 65536 + w.charCodeAt(1)));

export const festival: DateForm = {
  name: 'festival',
  re: WORD_RE,
  first: [...new Set(WORDS.map((w) => w[0]))].join(''),
  startsAt: (text, i, c) => OPENINGS.has(c * 65536 + text.charCodeAt(i + 1)),
  read: (m) => lunarCandidate(m.input, readWord(m.input, m.index)),
};
