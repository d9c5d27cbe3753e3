/**
 * One CSV row per result (RFC 4180: comma-separated, CRLF line ends, fields quoted when they
 * hold a comma, a quote or a line break, quotes doubled).
 */
import type { DateMention, Quantity } from '../types.js';
import { SINGULAR, formatNumber, placeAll, type AnyResult, type Kind } from './results.js';
import type { DocumentAnalysis } from './record.js';

/** The CSV columns, in order. Resolved fields are empty where a kind has no such field. */
export const CSV_COLUMNS = [
  'file',
  'kind',
  'text',
  'start',
  'end',
  'value',
  'max',
  'unit',
  'approx',
  'from',
  'to',
  'granularity',
  'role',
  'relative',
  'duration',
  'type',
  'parts',
  'pattern',
  'metric',
  'action',
  'count',
  'count_unit',
  'deadline',
  'deadline_text',
  'modality',
  'subject',
  'status',
] as const;

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string>>;

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field.
 *
 * @example csvField('过2000亿元,的1个') // '"过2000亿元,的1个"'
 */
export function csvField(v: string): string {
  return NEEDS_QUOTES.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A CSV line (with its CRLF). */
export const csvLine = (fields: readonly string[]): string => `${fields.map(csvField).join(',')}\r\n`;

/** The header line. */
export const csvHeader = (): string => csvLine(CSV_COLUMNS);

const str = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'number' ? formatNumber(v) : String(v));

function quantityFields(q: Partial<Quantity> | undefined): Row {
  if (!q) return {};
  return { value: str(q.value), max: str(q.max), unit: str(q.unit), approx: str(q.approx) };
}

function dateFields(d: Partial<DateMention> | undefined): Row {
  if (!d) return {};
  return {
    from: str(d.from),
    to: str(d.to),
    granularity: str(d.granularity),
    role: str(d.role),
    relative: str(d.relative),
    duration: str((d as { duration?: string }).duration),
  };
}

function rowOf(file: string, kind: Kind, r: AnyResult): Row {
  const base: Row = { file, kind: SINGULAR[kind], text: r.text, start: str(r.start), end: str(r.end) };
  switch (kind) {
    case 'quantities':
      return { ...base, ...quantityFields(r as unknown as Quantity) };
    case 'dates':
      return { ...base, ...dateFields(r as unknown as DateMention) };
    case 'slogans':
      return {
        ...base,
        type: str(r.type),
        parts: Array.isArray(r.parts) ? r.parts.join('|') : '',
        pattern: str(r.pattern),
      };
    case 'targets': {
      const count = r.count as Partial<Quantity> | undefined;
      const deadline = r.deadline as Partial<DateMention> | undefined;
      return {
        ...base,
        ...quantityFields(r.value as Partial<Quantity> | undefined),
        metric: str(r.metric),
        action: str(r.action),
        count: str(count?.value),
        count_unit: str(count?.unit),
        deadline: str(deadline?.to ?? deadline?.from),
        deadline_text: str(deadline?.text),
        modality: str(r.modality),
        subject: str(r.subject),
        status: str(r.status),
      };
    }
  }
}

/** The CSV lines (no header) of one document's results, in text order. */
export function csvRows(doc: DocumentAnalysis, kinds: readonly Kind[]): string {
  let out = '';
  for (const p of placeAll(doc, kinds)) {
    const row = rowOf(doc.file, p.kind, p.r);
    out += csvLine(CSV_COLUMNS.map((c) => row[c] ?? ''));
  }
  return out;
}
