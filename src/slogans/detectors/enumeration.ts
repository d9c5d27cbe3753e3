/** Numbered and bulleted enumerations: 一是…二是…, （一）…（二）…, ——…. */
import { enumerations } from '../enumeration.js';
import type { Detector } from './types.js';

export const enumeration: Detector = {
  name: 'enumeration',
  types: ['enumeration'],
  layer: 'list',
  find: (text) => enumerations(text),
};
