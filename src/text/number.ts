/**
 * Floating-point hygiene for values read from text.
 */

/**
 * A float with binary noise removed (15 significant digits); integers below 1e15 unchanged.
 *
 * @example roundFloat(1.1 * 3) // 3.3
 * @example roundFloat(224.2 * 1e8) // 22420000000
 */
export const roundFloat = (x: number): number => (Number.isInteger(x) && Math.abs(x) < 1e15 ? x : Number(x.toPrecision(15)));
