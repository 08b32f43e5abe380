import type { AdminLayout } from 'strapi-plugin-gov-core/types';
import { BATCH_OUTCOMES, VALIDITY } from '../data/validity';
import { BATCH_ROW_COMPONENT, UID } from '../utils/plugin-id';

/** 规范性文件 in the content manager: 有效性 next to the text, the cleanup history read-only. */
export const DOCUMENT_LAYOUT: AdminLayout = {
  fields: {
    registrationNumber: { label: '登记号', description: '规范性文件统一登记编号（按本省登记规则）' },
    effectiveFrom: { label: '施行日期', description: '文件开始施行的日期' },
    validUntil: { label: '有效期至', description: '有有效期的文件必填；到期后由系统标为失效' },
    validity: {
      label: '有效性',
      description: '有效 / 失效 / 废止 / 已修改：清理后由清理批次设置',
      options: VALIDITY,
    },
    validityNote: { label: '有效性说明', description: '如：已被《道县……办法》（道政发〔2020〕3号）替代' },
    validityBasis: { label: '有效性依据', placeholder: '如：道政办发〔2020〕5号' },
    replacedBy: { label: '替代文件', description: '废止或修改本文件的新文件' },
    replaces: { label: '替代的文件', readOnly: true },
  },
  list: ['title', 'validity', 'department', 'updatedAt'],
  groups: [
    ['registrationNumber', 'effectiveFrom', 'validUntil'],
    ['validity', 'validityBasis'],
    ['validityNote'],
    ['replacedBy', 'replaces'],
  ],
};

/** The plugin's other types and components. */
export const ADMIN_LAYOUTS: Record<string, AdminLayout & { component?: boolean }> = {
  [UID.batch]: {
    fields: {
      title: { label: '批次名称', placeholder: '如：2020年规范性文件集中清理' },
      decisionNumber: { label: '清理决定文号', placeholder: '如：道政发〔2020〕3号' },
      decidedAt: '决定日期',
      description: '说明',
      decisionDocument: '清理决定文件',
      decisionArticle: { label: '清理决定（信息）', description: '已发布的清理决定' },
      rows: { label: '清理结果', description: '每份文件的处理：继续有效 / 失效 / 废止 / 修改' },
      appliedAt: { label: '执行时间', readOnly: true },
      appliedBy: { label: '执行人', readOnly: true },
    },
    list: ['title', 'decisionNumber', 'decidedAt', 'appliedAt'],
    mainField: 'title',
  },
  [UID.change]: {
    fields: {
      document: { label: '文件', readOnly: true },
      documentTitle: { label: '文件标题', readOnly: true },
      documentNumber: { label: '发文字号', readOnly: true },
      from: { label: '原有效性', readOnly: true, options: VALIDITY },
      to: { label: '新有效性', readOnly: true, options: VALIDITY },
      reason: { label: '原因', readOnly: true },
      note: { label: '说明', readOnly: true },
      basis: { label: '依据', readOnly: true },
      decidedBy: {
        label: '决定方式',
        readOnly: true,
        options: { batch: '清理批次', admin: '管理员', automatic: '到期自动' },
      },
      batch: { label: '清理批次', readOnly: true },
      decidedById: { label: '决定人编号', readOnly: true },
      decidedByEmail: { label: '决定人', readOnly: true },
      decisionDate: { label: '决定日期', readOnly: true },
      effectiveDate: { label: '生效日期', readOnly: true },
      replacedBy: { label: '替代文件', readOnly: true },
      recordedAt: { label: '记录时间', readOnly: true },
    },
    list: ['documentTitle', 'from', 'to', 'recordedAt'],
    mainField: 'documentTitle',
    defaultSort: { field: 'recordedAt', order: 'DESC' },
  },
  [BATCH_ROW_COMPONENT]: {
    component: true,
    fields: {
      document: '文件',
      outcome: { label: '处理结果', description: '继续有效 / 失效 / 废止 / 修改', options: BATCH_OUTCOMES },
      note: '说明',
      replacedBy: { label: '替代文件', description: '废止或修改时，选择新文件' },
    },
  },
};
