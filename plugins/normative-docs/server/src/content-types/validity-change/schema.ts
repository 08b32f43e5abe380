import { collectionType } from '@gov-portal/kit';
import { VALIDITY_KEYS } from '../../data/validity';

const code = { i18n: { localized: false }, 'chinese-variants': { convert: false } };

/**
 * 有效性变更记录: one row per change of a 规范性文件's validity, append-only (written by this plugin's
 * services only; no route and no document-service call updates or deletes it). `document` is the
 * documentId of the 规范性文件 (stable across its draft, published and locale rows); title and 发文字号 are
 * copied so the record reads on its own.
 */
export default collectionType({
  collectionName: 'normative_validity_changes',
  info: {
    singularName: 'validity-change',
    pluralName: 'validity-changes',
    displayName: '有效性变更记录 (Validity change)',
    description: '规范性文件有效性的变更历史（只增不改）',
  },
  localized: false,
  draftAndPublish: false,
  attributes: {
    document: { type: 'string', required: true, maxLength: 64, pluginOptions: code },
    documentTitle: { type: 'string', maxLength: 200 },
    documentNumber: { type: 'string', maxLength: 100, pluginOptions: code },
    from: { type: 'enumeration', enum: [...VALIDITY_KEYS], required: true },
    to: { type: 'enumeration', enum: [...VALIDITY_KEYS], required: true },
    reason: { type: 'string', required: true, maxLength: 200 },
    note: { type: 'text', maxLength: 1000 },
    // The decision cited: 《…清理结果的决定》（道政发〔2026〕3号）; null for automatic expiry.
    basis: { type: 'string', maxLength: 300 },
    // How it was decided: `batch` (清理批次), `admin` (an editor's published change) or `automatic`.
    decidedBy: { type: 'enumeration', enum: ['batch', 'admin', 'automatic'], required: true },
    // documentId of the 清理批次, when decidedBy = batch.
    batch: { type: 'string', maxLength: 64, pluginOptions: code },
    decidedById: { type: 'integer', private: true },
    decidedByEmail: { type: 'string', maxLength: 200, private: true },
    // 决定日期 and 生效日期 (the day the new status takes effect).
    decisionDate: { type: 'date', required: true },
    effectiveDate: { type: 'date', required: true },
    // documentId of the amending document (to = amended).
    replacedBy: { type: 'string', maxLength: 64, pluginOptions: code },
    recordedAt: { type: 'datetime', required: true },
  },
});
