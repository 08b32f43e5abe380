import { VALIDITY_KEYS } from '../../data/validity';
import {
  articleAttributes,
  collectionType,
  LOCALIZED as localized,
  NOT_LOCALIZED as notLocalized,
} from '@gov-portal/kit';

const code = { i18n: { localized: false }, 'chinese-variants': { convert: false } };

/**
 * 规范性文件: everything an article has (gov-core's `article`), plus its validity. The validity fields are
 * shared by every locale; they change only by the rules of domain/validity.ts (content-manager edits are
 * checked against the published value), by an applied 清理批次, or by the automatic expiry job.
 */
export default collectionType({
  collectionName: 'normative_documents',
  info: {
    singularName: 'normative-document',
    pluralName: 'normative-documents',
    displayName: '规范性文件 (Normative document)',
    description: '规范性文件：发文字号、施行日期、有效期至、有效性（有效 / 失效 / 废止 / 已修改）与变更记录',
  },
  attributes: {
    ...articleAttributes(),
    // 备案登记号 (registration with the 上级 government's 备案审查 office), e.g. HNXG-2017-00123.
    registrationNumber: { type: 'string', maxLength: 60, pluginOptions: code },
    // 施行日期
    effectiveFrom: { type: 'date', pluginOptions: notLocalized },
    // 有效期至: the last day in force; the daily job marks the document 失效 the day after.
    validUntil: { type: 'date', pluginOptions: notLocalized },
    validity: {
      type: 'enumeration',
      enum: [...VALIDITY_KEYS],
      required: true,
      default: 'effective',
      pluginOptions: notLocalized,
    },
    // 有效性说明, shown with the badge.
    validityNote: { type: 'text', maxLength: 1000, pluginOptions: localized },
    // 变更依据: the decision an editor cites when changing the validity by hand (e.g. 道政发〔2026〕3号).
    validityBasis: { type: 'string', maxLength: 200, pluginOptions: notLocalized },
    // The amended text is a new document that `replaces` the old one; the old one is `replacedBy` it.
    replacedBy: {
      type: 'relation',
      relation: 'manyToOne',
      target: 'plugin::normative-docs.normative-document',
      inversedBy: 'replaces',
    },
    replaces: {
      type: 'relation',
      relation: 'oneToMany',
      target: 'plugin::normative-docs.normative-document',
      mappedBy: 'replacedBy',
    },
  },
});
