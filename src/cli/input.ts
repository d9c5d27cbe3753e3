/**
 * Reading documents for the CLI: files or stdin, decoded by decode.ts (strict UTF-8, UTF-16
 * by BOM or NULs, GB18030 when asked or unambiguous — many Chinese government documents are
 * still saved in it).
 */
import { readFile } from 'node:fs/promises';
import { decode, type Decoded, type Encoding } from './decode.js';

export { decode, DecodeError, ENCODINGS, type Decoded, type Encoding } from './decode.js';

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

/** A read error as one line: 'no such file', 'is a directory', 'not valid UTF-8 at byte 12', … */
export function readError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
      return 'permission denied';
    case 'ENOTDIR':
      return 'not a directory';
    default:
      return err?.message ?? String(e);
  }
}
