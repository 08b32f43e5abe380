/** Pure domain core of the environment plugin (no Strapi import): AQI, air statistics, water, polluters. */
export * from './aqi-types';
export * from './aqi';
export * from './air-quality-stats';
export * from './calendar';
export * from './polluter';
export * from './quarter';
export * from './water';

export { AQI_EDITIONS, PENDING_AQI_REVISIONS, editionFor, findEdition } from '../data/editions';
export type { EditionChoice, PendingAqiRevision } from '../data/editions';
export { HJ_633_2012, HJ_633_2012_ID } from '../data/hj633-2012';
export { POLLUTANT_LABELS } from '../data/pollutants';
export type { PollutantLabel } from '../data/pollutants';
export { GB_5749_2022_INDICATORS, GB_5749_2022_SOURCE } from '../data/gb5749-2022';
export type { DrinkingWaterIndicator, DrinkingWaterLimit } from '../data/gb5749-2022';
export {
  GB_3838_2002_INDICATORS,
  GB_3838_2002_PH,
  GB_3838_2002_SOURCE,
  WATER_CLASS_LABELS,
} from '../data/gb3838-2002';
export type { RiverIndicatorKey, SurfaceWaterIndicator } from '../data/gb3838-2002';
export * from './records';
export * from './observation-csv';
export * from './aqi-chart';
