// segmentit ships no types; tokenizer.ts describes the little it uses.
declare module 'segmentit';
