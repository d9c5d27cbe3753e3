/**
 * Dates and deadlines: `tifa/dates`. The public names only; the pipeline lives in extract.ts.
 */
export { extractDates, parseDate, inferReferenceDate, useLunarCalendar } from './extract.js';
export type { DateMention, Options } from '../types.js';
