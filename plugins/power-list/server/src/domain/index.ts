/** Pure domain core of power-list (no Strapi import): item codes, 动态调整, spreadsheet import/export. */
export * from '../data/categories';
export * from '../data/labels';
export * from '../data/columns';
export * from './item-code';
export * from './rich-text';
export * from './adjustment';
export * from './spreadsheet';
export * from './item-rules';
