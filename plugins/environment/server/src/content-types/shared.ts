/** Attribute fragments shared by every environment content type. */

// Factories, not shared constants: Strapi writes column names into the attribute objects it loads, so two
// attributes sharing one object end up with the same column.

/** 责任单位 and 栏目: what gov-core's scoping, review gate and audit trail work on (the kit's set). */
export { ownershipAttributes as ownership } from '@gov-portal/kit';

/**
 * Written by the document middleware only: a client-sent value is overwritten by the computed one (see the
 * README). `configurable: false` keeps the content-type builder from editing the attribute.
 */
export const computed = <T extends object>(attribute: T) => ({ ...attribute, configurable: false });
