/**
 * The per-call context every extractor reads: the caller's input, its normalization (once),
 * the reference date (given, or inferred once from the normalized text), and a memo so
 * analyze() computes each result list once. The context itself is frozen: nothing changes
 * it after makeContext.
 */
import { normalize, type Normalized, type NormalizeOptions } from './normalize/index.js';
import { assertText, resolveReferenceDate, type Day } from './options.js';
import type { Options, Span } from './types.js';

export interface Context {
  /** The caller's original input. */
  readonly input: string;
  readonly norm: Normalized;
  /** norm.text, the string extractors scan. */
  readonly text: string;
  /** The reference date: given, or inferred when makeContext was given an `infer`. */
  readonly ref?: Day;
  /** Whether `ref` was inferred from the text rather than given. */
  readonly inferred: boolean;
  readonly memo: Map<string, unknown>;
}

/** The normalize options carried by `opts`. */
export function normalizeOptionsOf(opts?: Options): NormalizeOptions | undefined {
  if (!opts || (opts.script === undefined && opts.joinLines === undefined)) return undefined;
  return { script: opts.script, joinLines: opts.joinLines };
}

/**
 * Validate arguments and normalize once. Without a given reference date, `infer` (when
 * passed) reads one from the normalized text: the reference date is settled here, once.
 *
 * @example makeContext('本报5月13日讯 2021年工作', {}, inferFrom).ref // { year: 2021, month: 5, day: 13 }
 */
export function makeContext(input: unknown, opts?: Options, infer?: (normalized: string) => string | undefined): Context {
  assertText(input);
  const given = resolveReferenceDate(opts);
  const norm = normalize(input, normalizeOptionsOf(opts));
  const guess = given || !infer ? undefined : infer(norm.text);
  const ref = given ?? (guess ? resolveReferenceDate({ referenceDate: guess }) : undefined);
  return Object.freeze({ input, norm, text: norm.text, ref, inferred: !given && ref !== undefined, memo: new Map() });
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
