/** Attribute fragments shared by every environment content type. */

// Factories, not shared constants: Strapi writes column names into the attribute objects it loads, so two
// attributes sharing one object end up with the same column.

/** Environment data is numbers and codes; 繁体 output comes from the chinese-variants plugin, not locales. */
export const pluginOptions = () => ({
  i18n: { localized: false },
  'content-manager': { visible: true },
  'content-type-builder': { visible: false },
});

/** 责任单位 and 栏目: what gov-core's scoping, review gate and audit trail work on. */
export const ownership = () =>
  ({
    department: { type: 'relation', relation: 'manyToOne', target: 'plugin::gov-core.department' },
    column: { type: 'relation', relation: 'manyToOne', target: 'plugin::gov-core.column' },
  }) as const;

/**
 * Written by the document middleware only: a client-sent value is overwritten by the computed one (see the
 * README). `configurable: false` keeps the content-type builder from editing the attribute.
 */
export const computed = <T extends object>(attribute: T) => ({ ...attribute, configurable: false });
