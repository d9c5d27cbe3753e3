/**
 * Key terms for analyze(): the part of `tifa/terms` the root entry reaches. It loads the terms
 * code and the segmenter lazily (dynamic import), so importing `tifa` still loads neither.
 */
import type { AsyncKeywordOptions, Keyword } from './index.js';

/** What `analyze(text, { terms })` accepts: true for the defaults, or keyword options. */
export type TermsRequest = boolean | AsyncKeywordOptions;

/**
 * Whether an analyze() call asks for key terms (false/undefined: no); a TypeError for
 * anything but a boolean or an options object.
 *
 * @example wantsTerms({ top: 5 }) // true
 */
export function wantsTerms(req: unknown): req is true | AsyncKeywordOptions {
  if (req === undefined || req === false) return false;
  if (req === true || (req !== null && typeof req === 'object' && !Array.isArray(req))) return true;
  throw new TypeError(`tifa: opts.terms must be a boolean or an object of keyword options, got ${req === null ? 'null' : typeof req}`);
}

/**
 * The key terms of a text with the tokenizer loaded for you (segmentit unless named).
 *
 * @example await termsOf('发展县域经济，壮大县域经济，县域经济是基础。', { top: 1 })
 * // [{ term: '县域经济', count: 3, score: …, spans: [{ text: '县域经济', start: 2, end: 6 }, …] }]
 */
export async function termsOf(input: string, req: true | AsyncKeywordOptions): Promise<Keyword[]> {
  const { keywords } = await import('./index.js');
  return keywords(input, req === true ? undefined : req);
}
