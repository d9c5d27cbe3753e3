/**
 * JioNLP's time-parser cases (./jionlp/dates.json, Apache-2.0: half of its time_point and
 * time_span cases) against tifa: parseDate(text, { referenceDate }) or else the first of
 * extractDates; a case passes when both ends agree to the day (a missing end is open).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDates, parseDate } from '../../src/index.js';
import type { DateMention } from '../../src/types.js';

interface JioCase {
  id: number;
  section: string;
  text: string;
  base: { date: string; time: string; known: string };
  expected: { type: string; from?: string; to?: string };
}

export interface JioScore {
  passed: number;
  total: number;
  sections: Record<string, [number, number]>;
  failures: string[];
}

const day = (v: unknown) => (typeof v === 'string' ? v.slice(0, 10) : undefined);

function agrees(e: JioCase['expected'], p: DateMention | undefined): boolean {
  if (!p || (p.from == null && p.to == null)) return false;
  const to = p.to ?? p.from;
  return (e.from === undefined || day(p.from) === day(e.from)) && (e.to === undefined || day(to) === day(e.to));
}

/** tifa's reading of one case; a reference known only to the year or month is passed as 'YYYY' / 'YYYY-MM' when accepted. */
function readingOf(c: JioCase): DateMention | undefined {
  const call = (referenceDate: string) => parseDate(c.text, { referenceDate }) ?? extractDates(c.text, { referenceDate })[0];
  const partial = c.base.known === 'year' ? c.base.date.slice(0, 4) : c.base.known === 'month' ? c.base.date.slice(0, 7) : undefined;
  if (!partial) return call(c.base.date);
  try {
    return call(partial);
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
    return call(c.base.date);
  }
}

/**
 * Score tifa on the JioNLP cases, by section.
 *
 * @example scoreJionlp().passed // 76 (of 180)
 */
export function scoreJionlp(): JioScore {
  const suite = JSON.parse(readFileSync(join(__dirname, 'jionlp', 'dates.json'), 'utf8')) as { cases: JioCase[] };
  const score: JioScore = { passed: 0, total: 0, sections: {}, failures: [] };
  for (const c of suite.cases) {
    let ok = false;
    try {
      ok = agrees(c.expected, readingOf(c));
    } catch {
      ok = false;
    }
    const s = (score.sections[c.section] ??= [0, 0]);
    s[1]++;
    score.total++;
    if (ok) {
      s[0]++;
      score.passed++;
    } else score.failures.push(`#${c.id} ${c.text}`);
  }
  return score;
}
