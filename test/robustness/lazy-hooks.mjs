// Node module hooks for the cold-import test: report every module URL the process loads
// (through the port given to register()), and wrap opencc-js's Converter so the test can
// count how many converters were built.
let port;
export function initialize(data) {
  port = data.port;
}
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  port?.postMessage(r.url);
  return r;
}
export async function load(url, context, next) {
  if (/\/opencc-js\/dist\/esm\/[^/?]+\.js$/.test(url)) {
    const real = JSON.stringify(`${url}?real`);
    return {
      format: 'module',
      shortCircuit: true,
      source: `import * as real from ${real}; export * from ${real}; export default real.default;
        export const Converter = (...a) => { globalThis.__openccConverters = (globalThis.__openccConverters ?? 0) + 1; return real.Converter(...a); };`,
    };
  }
  return next(url, context);
}
