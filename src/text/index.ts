/**
 * The shared text toolkit (internal): character classes, splitters, calendar vocabulary and
 * number hygiene. Every module reads these instead of keeping its own copy.
 */
export * from './chars.js';
export * from './number.js';
export * from './split.js';
export * from './time.js';
