export const PLUGIN_ID = 'normative-docs';

export const UID = {
  document: 'plugin::normative-docs.normative-document',
  change: 'plugin::normative-docs.validity-change',
  batch: 'plugin::normative-docs.cleanup-batch',
} as const;

export const BATCH_ROW_COMPONENT = 'normative-docs.batch-row';
export const DEPARTMENT_UID = 'plugin::gov-core.department';
export const ARTICLE_UID = 'plugin::gov-core.article';
/** The source locale editors write in (gov-core's default). */
export const SOURCE_LOCALE = 'zh-Hans';
