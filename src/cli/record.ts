/**
 * The per-document record every output format starts from: the file name plus the analysis,
 * cut to the kinds the user asked for.
 */
import type { Analysis } from '../types.js';
import { RECORD_ORDER, listOf, type Kind } from './results.js';

/** One document's analysis as the CLI prints it. */
export interface DocumentAnalysis extends Partial<Analysis> {
  /** The path as given on the command line, or '-' for stdin. */
  file: string;
}

/**
 * The record of one document: `file`, `referenceDate`, then the requested result lists
 * (always arrays, in api.md order); `normalized` only when asked for.
 *
 * @example toRecord('a.txt', analyze('力争年内突破15亿元'), ['targets'], false)
 * // { file: 'a.txt', targets: [ … ] }
 */
export function toRecord(file: string, a: Partial<Analysis>, kinds: readonly Kind[], withNormalized: boolean): DocumentAnalysis {
  const rec: DocumentAnalysis = { file };
  if (a.referenceDate) rec.referenceDate = a.referenceDate;
  if (withNormalized && typeof a.normalized === 'string') rec.normalized = a.normalized;
  const lists = rec as unknown as Record<string, unknown>;
  for (const k of RECORD_ORDER) if (kinds.includes(k)) lists[k] = listOf(a, k);
  return rec;
}
