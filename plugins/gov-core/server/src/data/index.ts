export * from './topics';
export * from './labels';
