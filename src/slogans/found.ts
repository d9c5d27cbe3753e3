/**
 * What a detector reports, in NORMALIZED-text coordinates; index.ts maps it to a Slogan of
 * the original input.
 */
import type { SloganType } from '../types.js';

export interface Found {
  type: SloganType;
  /** Start and end (exclusive) in ctx.text. */
  start: number;
  end: number;
  parts: string[];
  pattern?: string;
  /** Formulas: the numbers the formula is built from (一村一品一基地 → [1, 1, 1]). */
  numbers?: number[];
  /** Formulas: the members a count formula stands for, when the text spells them out. */
  expansion?: string[];
}

/** A piece of ctx.text. */
export interface Piece {
  start: number;
  end: number;
}
