/** Pure domain core of ppp (no Strapi import): editions and their stages, write rules, deadlines, statistics. */
export * from '../data/sectors';
export * from '../data/modes';
export * from '../data/disclosure-modes';
export * from '../data/editions';
export * from '../data/labels';
export * from './calendar';
export * from './stages';
export * from './money';
export * from './updates';
export * from './deadlines';
export * from './stats';
export * from './chart';
