// opencc-js ships its dictionaries as ESM modules (`opencc-js/dict/NAME` → dist/esm-lib/dict/NAME.js)
// without declarations: each default-exports a serialized dictionary, 'from to|from to|…'.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
