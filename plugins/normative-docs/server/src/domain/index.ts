/** Pure domain core of normative-docs (no Strapi import): validity rules, cleanup batches, body schemas. */
export * from '../data/validity';
export * from './dates';
export * from './validity';
export * from './batch';
export * from './schemas';
export * from './document-rules';
