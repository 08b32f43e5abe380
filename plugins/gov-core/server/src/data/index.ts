export * from './label-locales';
export * from './topics';
export * from './labels';
