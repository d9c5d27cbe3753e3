// Node module hooks for the cold-import test: report every module URL the process loads
// (through the port given to register()), and wrap opencc-js's Converter and ConverterFactory
// (its presets, or its core) so the test can count how many converters were built.
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
  if (/\/opencc-js\/dist\/esm(?:-lib)?\/[^/?]+\.js$/.test(url)) {
    const real = JSON.stringify(`${url}?real`);
    return {
      format: 'module',
      shortCircuit: true,
      source: `import * as real from ${real}; export * from ${real}; export default real.default;
        const count = () => { globalThis.__openccConverters = (globalThis.__openccConverters ?? 0) + 1; };
        export const Converter = (...a) => { count(); return real.Converter(...a); };
        export const ConverterFactory = (...a) => { count(); return real.ConverterFactory(...a); };`,
    };
  }
  return next(url, context);
}
