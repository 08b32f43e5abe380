// The kit's pure part: no Strapi import, so that every plugin's `domain/` code may use it.
export * from './errors';
export * from './labels';
export * from './masks';
export * from './geo';
export * from './csv';
export * from './rich-text';
export * from './table-limits';
export * from './zip-inspector';
export * from './workbook';
export * from './calendar';
export * from './money';
export * from './bar-chart';
