/** Pure domain core of ppp (no Strapi import): editions and their stages, write rules, deadlines, statistics. */
export * from '../data/sectors';
export * from '../data/modes';
export * from '../data/disclosure-modes';
export * from '../data/editions';
export * from '../data/labels';
// The civil dates of the kit that ppp's controllers and hooks read through this index.
export { civilDate, isCivilDate } from '@gov-portal/kit/domain';
export * from './stages';
export * from './money';
export * from './updates';
export * from './deadlines';
export * from './stats';
export * from './chart';
