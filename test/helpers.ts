import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../src/types.js';

export const FIXTURE_DIR = join(__dirname, '..', 'fixtures');

/** The five regression documents, by file name. */
export function fixtures(): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    out.set(f, readFileSync(join(FIXTURE_DIR, f), 'utf8'));
  }
  return out;
}

export const fixture = (name: string): string => readFileSync(join(FIXTURE_DIR, name), 'utf8');

/** Every span must be a real slice of the input. */
export function expectSpansExact(input: string, spans: Span[]): void {
  for (const s of spans) {
    if (input.slice(s.start, s.end) !== s.text) {
      throw new Error(`span ${s.start}-${s.end} is ${JSON.stringify(input.slice(s.start, s.end))}, text says ${JSON.stringify(s.text)}`);
    }
  }
}
