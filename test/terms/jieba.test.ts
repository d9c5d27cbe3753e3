import { describe, expect, it } from 'vitest';
import { extractKeywords, type Tokenizer } from '../../src/terms/index.js';
import { jiebaTokenizer } from '../../src/terms/tokenizer.js';
import { expectSpansExact, fixture } from '../helpers.js';

let tokenizer: Tokenizer | undefined;
let why = '';
try {
  tokenizer = await jiebaTokenizer();
} catch (e) {
  why = (e as Error).message;
}

describe.skipIf(!tokenizer)(`jieba adapter${tokenizer ? '' : ` (skipped: ${why})`}`, () => {
  it('cuts policy text into words', () => {
    expect(tokenizer!.cut('推动产业集群发展')).toEqual(['推动', '产业', '集群', '发展']);
  });

  it('fixture 001 gives the county-economy vocabulary as well', () => {
    const input = fixture('001_b4f786da16532147.txt');
    const k = extractKeywords(input, { tokenizer: tokenizer!, top: 15 });
    expect(k.map((x) => x.term)).toEqual(expect.arrayContaining(['县域经济', '县域经济高质量发展', '产业', '园区']));
    for (const x of k) expectSpansExact(input, x.spans);
  });
});
