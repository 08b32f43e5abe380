import { RICH_TEXT, collectionType, ownershipAttributes, NOT_LOCALIZED } from '@gov-portal/kit';
import { KIND_KEYS, UNIT_KEYS } from '../data/labels';
import { COMPONENT } from '../constants';

/**
 * 部门预算 / 部门决算: one department's report of a year. Its tables are budget lines (content type budget-line),
 * imported from the standard tables; its 三公经费 and 机关运行经费 are fields of the report. Not localized: the
 * figures and codes are one, and 繁体 is converted on output.
 */
export default collectionType({
  collectionName: 'budget_reports',
  info: {
    singularName: 'budget-report',
    pluralName: 'budget-reports',
    displayName: '预决算报告 (Budget report)',
    description:
      '部门预算、部门决算：批复日期、单位职责与机构设置、公开表格、“三公”经费、机关运行经费、保密审查情况',
  },
  localized: false,
  indexes: [{ name: 'budget_reports_year_idx', columns: ['year', 'kind'] }],
  attributes: {
    // 「道县教育局2017年部门决算」 when left empty
    title: { type: 'string', maxLength: 200, pluginOptions: NOT_LOCALIZED },
    year: { type: 'integer', required: true, min: 1949, max: 2100, pluginOptions: NOT_LOCALIZED },
    kind: { type: 'enumeration', enum: [...KIND_KEYS], required: true, pluginOptions: NOT_LOCALIZED },
    // 批复日期: the 财政 department's approval; the report is public within 20 days of it.
    approvedAt: { type: 'date', pluginOptions: NOT_LOCALIZED },
    // 金额单位 of every table and figure of the report
    unit: {
      type: 'enumeration',
      enum: [...UNIT_KEYS],
      required: true,
      default: 'yuan',
      pluginOptions: NOT_LOCALIZED,
    },
    // 部门（单位）概况: 主要职责、机构设置、收支情况说明 …
    description: { ...RICH_TEXT, pluginOptions: NOT_LOCALIZED },
    // The published tables as files (PDF, xlsx) besides the imported lines
    attachments: {
      type: 'media',
      multiple: true,
      allowedTypes: ['files', 'images'],
      pluginOptions: NOT_LOCALIZED,
    },
    threePublicFunds: {
      type: 'component',
      component: COMPONENT.threePublicFunds,
      repeatable: false,
      pluginOptions: NOT_LOCALIZED,
    },
    // 机关运行经费 (in the report's unit, exact)
    agencyOperatingCost: { type: 'decimal', min: 0, pluginOptions: NOT_LOCALIZED },
    agencyOperatingCostLastYear: { type: 'decimal', min: 0, pluginOptions: NOT_LOCALIZED },
    // 空表说明: why a table of the set holds no data (it is still published, empty)
    tableNotes: {
      type: 'component',
      component: COMPONENT.tableNote,
      repeatable: true,
      pluginOptions: NOT_LOCALIZED,
    },
    // 保密审查情况 / 负责人审签, as published pages state it
    reviewStatement: { type: 'text', maxLength: 1000, pluginOptions: NOT_LOCALIZED },
    ...ownershipAttributes(),
    disclosure: {
      type: 'component',
      component: 'gov-core.disclosure',
      repeatable: false,
      pluginOptions: NOT_LOCALIZED,
    },
  },
});
