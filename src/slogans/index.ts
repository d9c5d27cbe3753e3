/**
 * Slogans and formulations: `tifa/slogans`. The public names only; detectors, alignment and
 * keys live in their own files.
 */
export { extractSlogans } from './extract.js';
export { countSlogans, type SloganCount } from './count.js';
export { formulationKey } from './key.js';
export {
  formulations,
  type Appearance,
  type Formulation,
  type FormulationDoc,
  type Formulations,
  type FormulationsOptions,
  type Occurrence,
  type TemplateUse,
} from './formulations.js';
export type { Slogan, Options } from '../types.js';
