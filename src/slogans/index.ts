/**
 * Slogans and rhetorical patterns: `tifa/slogans`. Every formulation is found by its form —
 * numeral-led formulas, equal-shaped series with a shared frame, repeated clause templates,
 * short quoted formulations, numbered and bulleted enumerations — never by a list of names.
 */
export { extractSlogans, findAll, slogansIn } from './extract.js';
export { countSlogans, sloganKey, type SloganCount } from './count.js';
export { patternOf } from './align.js';
export { formulationKey } from './key.js';
export {
  formulations,
  templateUses,
  type Appearance,
  type Formulation,
  type FormulationDoc,
  type Formulations,
  type FormulationsOptions,
  type Occurrence,
  type TemplateUse,
} from './formulations.js';
export { DETECTORS, type Detector, type Layer, type Scan } from './detectors/index.js';
export type { Found } from './found.js';
export type { Slogan, Options } from '../types.js';
