/**
 * The shape of a date form: one plain descriptor per form, listed in forms/index.ts. scan.ts
 * derives its prefilter tables from the descriptors; index.ts runs each form's regex at the
 * starts the prefilter finds and reads the matches into candidates.
 */
import type { Candidate } from '../fields.js';

/** What the prefilter knows at a position when it asks a form's own start test. */
export interface ScanPoint {
  /** Where the run of ASCII digits starting at the position ends (the position itself if none). */
  digitEnd: number;
  /** Where the next character of the form's `near` class lies, at or after the position (≥ text length + 9 if none). */
  near: number;
}

/** A date form. */
export interface DateForm {
  /** Unique name; the key of the form's start list. */
  name: string;
  /** The pattern, sticky (flag `y`): it runs anchored at the positions the prefilter keeps. */
  re: RegExp;
  /** Every character a match can start with. */
  first: string;
  /** Characters that, right before a start, rule a match out there (the regex's look-behind). */
  notAfter?: string;
  /** A character a match needs at or soon after its start: one of `chars` at most `within` characters on. */
  near?: { chars: string; within: number };
  /**
   * A start test of the form's own, instead of the `near` distance (which it may read from
   * `point.near`). Necessary, never sufficient: it may keep a position the regex rejects, but
   * must never drop one where the regex matches.
   */
  startsAt?: (text: string, i: number, c: number, point: ScanPoint) => boolean;
  /** A match read into a candidate (a trimmed end when the match went too far), or undefined. */
  read: (m: RegExpExecArray) => Candidate | undefined;
  /**
   * What may attach after a match: 'time' (a time of day: 2010.01.29晚上六点, 下周一上午10点),
   * 'monthDayTime' (a month, day or time: 康熙三年五月).
   */
  tail?: 'time' | 'monthDayTime';
}
