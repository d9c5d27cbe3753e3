/**
 * Key terms (word segmentation behind a Tokenizer interface): `tifa/terms`.
 * Not part of the root export: importing `tifa` never loads a segmenter.
 */
export {};
