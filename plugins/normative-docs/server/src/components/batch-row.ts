import { BATCH_OUTCOME_KEYS } from '../data/validity';

/** One row of a 清理批次: a document and its outcome (继续有效 / 宣布失效 / 废止 / 修改). */
export default {
  collectionName: 'components_normative_docs_batch_rows',
  info: {
    displayName: '清理结果 (Batch row)',
    icon: 'bulletList',
    description: '文件与清理结果',
  },
  options: {},
  attributes: {
    document: {
      type: 'relation',
      relation: 'oneToOne',
      target: 'plugin::normative-docs.normative-document',
    },
    outcome: { type: 'enumeration', enum: [...BATCH_OUTCOME_KEYS], required: true },
    note: { type: 'text', maxLength: 500 },
    // For `amend`: the amending document (when not already set on the document).
    replacedBy: {
      type: 'relation',
      relation: 'oneToOne',
      target: 'plugin::normative-docs.normative-document',
    },
  },
};
