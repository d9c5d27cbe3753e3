/**
 * Microsoft Recognizers-Text's Chinese specs (./recognizers-text/, MIT) run against tifa:
 * the six number models through extractQuantities, the three date models through
 * extractDates with each case's reference date. Cases RT marks unsupported in JavaScript are
 * counted too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDates, extractQuantities } from '../../src/index.js';
import { datesPass, expectDate } from './dates.js';
import { KINDS, type QuantityKind, quantitiesPass, type RtResult, type Want } from './quantities.js';

type Kind = QuantityKind | 'date';
export const MODELS: Array<{ name: string; file: string; kind: Kind }> = [
  { name: 'NumberModel', file: 'Number-NumberModel.json', kind: 'number' },
  { name: 'PercentModel', file: 'Number-PercentModel.json', kind: 'percent' },
  { name: 'OrdinalModel', file: 'Number-OrdinalModel.json', kind: 'ordinal' },
  { name: 'NumberRangeModel', file: 'Number-NumberRangeModel.json', kind: 'range' },
  { name: 'CurrencyModel', file: 'NumberWithUnit-CurrencyModel.json', kind: 'currency' },
  { name: 'DimensionModel', file: 'NumberWithUnit-DimensionModel.json', kind: 'dimension' },
  { name: 'DateParser', file: 'DateTime-DateParser.json', kind: 'date' },
  { name: 'DatePeriodParser', file: 'DateTime-DatePeriodParser.json', kind: 'date' },
  { name: 'DateTimeModel', file: 'DateTime-DateTimeModel.json', kind: 'date' },
];

interface Case {
  Input: string;
  Context?: { ReferenceDateTime?: string };
  Results?: RtResult[];
  IgnoreResolution?: boolean;
  NotSupported?: string;
  NotSupportedByDesign?: string;
}

export interface ModelScore {
  model: string;
  passed: number;
  total: number;
  failures: string[];
}

const SPECS = join(__dirname, 'recognizers-text');

function loadCases(file: string): Case[] {
  return JSON.parse(readFileSync(join(SPECS, file), 'utf8').replace(/^\uFEFF/, '')) as Case[];
}

/** Whether tifa passes one case of a model; an exception fails the case. */
function passes(kind: Kind, c: Case): boolean {
  const results = c.Results ?? [];
  try {
    if (kind === 'date') {
      const ref = c.Context?.ReferenceDateTime;
      return datesPass(
        results.map(expectDate),
        extractDates(c.Input, ref ? { referenceDate: ref.slice(0, 10), durations: true } : { durations: true }),
      );
    }
    const K = KINDS[kind];
    const wants: Want[] = results.map((r) => ({
      start: r.Start,
      end: (r.End ?? 0) + 1,
      text: r.Text,
      ...K.expect(r, c.IgnoreResolution === true),
    }));
    return quantitiesPass(kind, wants, extractQuantities(c.Input));
  } catch {
    return false;
  }
}

/**
 * Score tifa on every model: passed and total cases per model, with the failing inputs.
 *
 * @example scoreRecognizers()[0] // { model: 'NumberModel', passed: 349, total: 365, failures: ['两百点两', …] }
 */
export function scoreRecognizers(): ModelScore[] {
  return MODELS.map(({ name, file, kind }) => {
    const score: ModelScore = { model: name, passed: 0, total: 0, failures: [] };
    for (const c of loadCases(file)) {
      score.total++;
      if (passes(kind, c)) score.passed++;
      else score.failures.push(c.Input);
    }
    return score;
  });
}
