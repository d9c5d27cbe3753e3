/**
 * The per-call context every extractor reads: the caller's input, its normalization, the
 * reference date, and a memo so analyze() computes each result list once.
 */
import { normalize, type Normalized } from './normalize/index.js';
import { assertText, resolveReferenceDate, type Day } from './options.js';
import type { Options, Span } from './types.js';

export interface Context {
  /** The caller's original input. */
  input: string;
  norm: Normalized;
  /** norm.text, the string extractors scan. */
  text: string;
  /** The reference date, given (or, in analyze(), inferred). */
  ref?: Day;
  memo: Map<string, unknown>;
}

/** Validate arguments and normalize once. */
export function makeContext(input: unknown, opts?: Options): Context {
  assertText(input);
  const ref = resolveReferenceDate(opts);
  const norm = normalize(input);
  return { input, norm, text: norm.text, ref, memo: new Map() };
}

/** Compute `fn` once per context under `key`. */
export function memo<T>(ctx: Context, key: string, fn: () => T): T {
  if (ctx.memo.has(key)) return ctx.memo.get(key) as T;
  const v = fn();
  ctx.memo.set(key, v);
  return v;
}

/** A span of the normalized text as a Span of the original input. */
export const spanOf = (ctx: Context, start: number, end: number): Span => ctx.norm.toOriginalSpan(start, end);
