/**
 * Reading documents for the CLI: files or stdin, UTF-8 by default, GB18030 (GBK) when the
 * bytes are not valid UTF-8 — many Chinese government documents are still saved in it.
 */
import { readFile } from 'node:fs/promises';

export type Encoding = 'auto' | 'utf8' | 'gb18030';

export const ENCODINGS: readonly Encoding[] = ['auto', 'utf8', 'gb18030'];

/** Decoded text and the encoding that was used. */
export interface Decoded {
  text: string;
  encoding: 'utf8' | 'gb18030';
}

/**
 * Decode bytes. 'auto' tries strict UTF-8 first and falls back to GB18030. A leading byte
 * order mark is dropped, so result offsets count from the first real character.
 *
 * @example decode(Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), 'auto') // { text: '中文', encoding: 'gb18030' }
 */
export function decode(bytes: Uint8Array, encoding: Encoding = 'auto'): Decoded {
  let text: string;
  let used: Decoded['encoding'];
  if (encoding === 'gb18030') {
    text = new TextDecoder('gb18030').decode(bytes);
    used = 'gb18030';
  } else if (encoding === 'utf8') {
    text = new TextDecoder('utf-8').decode(bytes);
    used = 'utf8';
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      used = 'utf8';
    } catch {
      text = new TextDecoder('gb18030').decode(bytes);
      used = 'gb18030';
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding: used };
}

/** Read all of stdin. */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Read and decode one document: a path, or '-' for stdin. */
export async function readDocument(file: string, encoding: Encoding): Promise<Decoded> {
  const bytes = file === '-' ? await readStdin() : await readFile(file);
  return decode(bytes, encoding);
}

/** A read error as one line: 'no such file', 'is a directory', … */
export function readError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
      return 'permission denied';
    default:
      return err?.message ?? String(e);
  }
}
