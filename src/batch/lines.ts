/**
 * Lines of a byte or text stream, decoded as UTF-8, without holding more than one line.
 */

/**
 * Each line of `source` (chunks of text or bytes), without its '\n' or '\r\n'; a last line
 * without a newline is yielded too; empty lines are yielded as ''.
 *
 * @example for await (const l of lines(fs.createReadStream('corpus.ndjson'))) …
 */
export async function* lines(source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  for await (const chunk of source as AsyncIterable<string | Uint8Array>) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let from = 0;
    let nl = text.indexOf('\n');
    if (nl < 0) {
      carry += text;
      continue;
    }
    // the first line completes the carry; later ones are whole inside this chunk
    yield strip(carry + text.slice(0, nl));
    carry = '';
    from = nl + 1;
    while ((nl = text.indexOf('\n', from)) >= 0) {
      yield strip(text.slice(from, nl));
      from = nl + 1;
    }
    carry = text.slice(from);
  }
  carry += decoder.decode();
  if (carry !== '') yield strip(carry);
}

const strip = (l: string) => (l.endsWith('\r') ? l.slice(0, -1) : l);
