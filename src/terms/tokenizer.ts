/**
 * The word segmenter behind key terms, as a small interface, with two lazy loaders:
 * segmentit (the default, pure JavaScript, browser-safe) and @node-rs/jieba (optional peer
 * dependency, native, about 10x faster). Neither is loaded until first asked for.
 */

/** A word segmenter: cuts a piece of text into words, in order. */
export interface Tokenizer {
  /** A short name, for reports ('segmentit', 'jieba', or your own). */
  readonly name: string;
  /**
   * The words of `text`, in text order. Words may leave out whitespace, but must otherwise be
   * pieces of `text` itself (keyword spans are found by aligning the words onto the text).
   *
   * @example tok.cut('推动产业集群发展') // ['推动', '产业', '集群', '发展']
   */
  cut(text: string): string[];
  /**
   * Longest text to hand to `cut` in one call (longer clauses go in overlapping windows).
   * segmentit sets 20: its dictionary search grows exponentially with the length of a
   * clause (54 characters without punctuation took 4.4 s).
   */
  readonly maxInput?: number;
}

/** Names of the built-in tokenizers. */
export type TokenizerName = 'segmentit' | 'jieba';

// Minimal shapes of the two packages, so neither is needed to type-check.
interface SegmentitModule {
  Segment: new () => SegmentitSegment;
  modules: unknown[];
  dicts: unknown[];
}
interface SegmentitSegment {
  use(m: unknown): SegmentitSegment;
  loadDict(d: unknown): SegmentitSegment;
  doSegment(text: string, opts: { simple: true }): string[];
}
interface JiebaModule {
  Jieba: { withDict(dict: Uint8Array): { cut(s: string, hmm?: boolean): string[] } };
}

const loading = new Map<TokenizerName, Promise<Tokenizer>>();

/**
 * The segmentit tokenizer. Loads the package on first call (about 0.2 s to import its 3.8 MB
 * of inlined dictionaries, 0.5–0.7 s to build them) and caches it. The synonym and stopword
 * dictionaries of segmentit's `useDefault` are skipped: tifa has its own stopword table, and
 * synonym rewriting would change the words (measured saving: about 0.15 s).
 *
 * @example const tok = await segmentitTokenizer(); tok.cut('县域经济') // ['县域', '经济']
 */
export function segmentitTokenizer(): Promise<Tokenizer> {
  return cached('segmentit', async () => {
    const m = cjsNamespace<SegmentitModule>(await import('segmentit'), 'Segment');
    const seg = new m.Segment();
    seg.use(m.modules);
    seg.loadDict(m.dicts);
    return { name: 'segmentit', maxInput: 20, cut: (text: string) => seg.doSegment(text, { simple: true }) };
  });
}

/**
 * The @node-rs/jieba tokenizer (HMM on, so unknown words such as 县域 are still found).
 * Rejects with a clear Error when the optional peer dependency is not installed.
 *
 * @example const tok = await jiebaTokenizer(); tok.cut('新旧动能转换') // ['新旧', '动能', '转换']
 */
export function jiebaTokenizer(): Promise<Tokenizer> {
  return cached('jieba', async () => {
    let jieba: JiebaModule;
    let dict: Uint8Array;
    try {
      // Module names in variables: bundlers must not try to resolve an optional peer.
      const main = '@node-rs/jieba';
      const dictPath = '@node-rs/jieba/dict.js'; // the package has no exports map: name the file
      jieba = cjsNamespace<JiebaModule>(await import(/* @vite-ignore */ main), 'Jieba');
      dict = cjsNamespace<{ dict: Uint8Array }>(await import(/* @vite-ignore */ dictPath), 'dict').dict;
    } catch (e) {
      throw new Error("tifa/terms: the 'jieba' tokenizer needs the optional package @node-rs/jieba (npm install @node-rs/jieba)", {
        cause: e,
      });
    }
    const j = jieba.Jieba.withDict(dict);
    return { name: 'jieba', cut: (text: string) => j.cut(text, true) };
  });
}

/**
 * A built-in tokenizer by name, loaded once and cached ('segmentit' by default).
 *
 * @example const tok = await loadTokenizer(); extractKeywords(text, { tokenizer: tok })
 * @throws TypeError for an unknown name.
 */
export function loadTokenizer(name: TokenizerName = 'segmentit'): Promise<Tokenizer> {
  if (name === 'segmentit') return segmentitTokenizer();
  if (name === 'jieba') return jiebaTokenizer();
  return Promise.reject(new TypeError(`tifa/terms: tokenizer must be 'segmentit' or 'jieba', got ${String(name)}`));
}

function cached(name: TokenizerName, load: () => Promise<Tokenizer>): Promise<Tokenizer> {
  let p = loading.get(name);
  if (!p) {
    p = load();
    loading.set(name, p);
    p.catch(() => loading.delete(name)); // a failed load may be retried
  }
  return p;
}

/**
 * The exports of a CommonJS package reached through import(): Node gives the named exports
 * only when it can detect them statically, otherwise everything sits on `default`.
 */
function cjsNamespace<T>(ns: unknown, probe: string): T {
  const o = ns as Record<string, unknown>;
  return (o[probe] !== undefined ? o : (o.default as Record<string, unknown>)) as T;
}

/** Is `x` usable as a Tokenizer? */
export const isTokenizer = (x: unknown): x is Tokenizer =>
  typeof x === 'object' && x !== null && typeof (x as Tokenizer).cut === 'function';
