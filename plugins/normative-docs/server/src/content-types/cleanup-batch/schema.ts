import { collectionType } from '@gov-portal/kit';
const code = { 'chinese-variants': { convert: false } };

/**
 * 清理批次: a cleanup decision (清理决定) and its outcome for each listed document. Created and edited in the
 * content manager; applied once by `POST /normative-docs/batches/:id/apply`, after which it is a record and
 * cannot be edited or deleted. Published batches are the public 清理结果 list.
 */
export default collectionType({
  collectionName: 'normative_cleanup_batches',
  info: {
    singularName: 'cleanup-batch',
    pluralName: 'cleanup-batches',
    displayName: '清理批次 (Cleanup batch)',
    description: '规范性文件清理结果：继续有效、宣布失效、废止、修改',
  },
  localized: false,
  attributes: {
    title: { type: 'string', required: true, maxLength: 200 },
    // 清理决定的文号, e.g. 道政发〔2026〕3号
    decisionNumber: { type: 'string', required: true, maxLength: 100, pluginOptions: code },
    // 决定日期: the outcomes take effect on this day.
    decidedAt: { type: 'date' },
    description: { type: 'text', maxLength: 2000 },
    // The decision itself, published as a 规范性文件 or as an article (信息).
    decisionDocument: {
      type: 'relation',
      relation: 'manyToOne',
      target: 'plugin::normative-docs.normative-document',
    },
    decisionArticle: { type: 'relation', relation: 'manyToOne', target: 'plugin::gov-core.article' },
    rows: { type: 'component', component: 'normative-docs.batch-row', repeatable: true },
    // Set by the apply route only.
    appliedAt: { type: 'datetime', writable: false },
    appliedBy: { type: 'string', maxLength: 200, writable: false, private: true },
  },
});
