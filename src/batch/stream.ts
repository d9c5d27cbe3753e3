/**
 * The records of an ndjson stream: one per non-blank line, a text to analyze or the reason
 * the line cannot be one.
 */
import { lines } from './lines.js';

/** One ndjson line: its number, the id and text it carries, or an error. */
export interface StreamItem {
  line: number;
  id?: unknown;
  text?: unknown;
  referenceDate?: Date | string;
  error?: string;
}

/**
 * Each non-blank line of `source` as a StreamItem: a JSON string is a text; an object needs a
 * string `text` (and may carry `id`, `referenceDate`); anything else is an error in place.
 *
 * @example for await (const it of streamItems(['"今年"\n{"id":1,"text":"明年"}\n'])) … // { line: 1, text: '今年' }, { line: 2, id: 1, text: '明年' }
 */
export async function* streamItems(source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): AsyncGenerator<StreamItem> {
  let n = 0;
  for await (const l of lines(source)) {
    n++;
    if (l.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(l);
    } catch (e) {
      yield { line: n, error: `not JSON: ${(e as Error).message}` };
      continue;
    }
    if (typeof v === 'string') yield { line: n, text: v };
    else if (v !== null && typeof v === 'object' && typeof (v as { text?: unknown }).text === 'string') {
      const o = v as { text: string; referenceDate?: string; id?: unknown };
      yield { line: n, text: o.text, referenceDate: o.referenceDate ?? undefined, id: o.id };
    } else {
      const id = v !== null && typeof v === 'object' ? (v as { id?: unknown }).id : undefined;
      yield { line: n, id, error: 'expected a JSON string or an object with a string "text"' };
    }
  }
}
