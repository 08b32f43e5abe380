import { collectionType, ownershipAttributes, NOT_LOCALIZED } from '@gov-portal/kit';
import { EXPENSE_TYPE_KEYS, FUND_KEYS } from '../data/labels';

/** A code or a key, not words: never converted to 繁体. */
const CODE = { ...NOT_LOCALIZED, 'chinese-variants': { convert: false } };

/**
 * One row of a report's tables (a function-table row gives two lines: 基本支出 and 项目支出). A line is public
 * only while its report is (its own published version is not enough), is covered by the report's 保密审查, and is
 * frozen while the report is published (hooks/line-rules.ts); an import writes its draft and published version
 * at once. Amounts are exact: bigint hundredths of the report's unit (分 for 元).
 */
export default collectionType({
  collectionName: 'budget_lines',
  info: {
    singularName: 'budget-line',
    pluralName: 'budget-lines',
    displayName: '预决算明细 (Budget line)',
    description:
      '预决算表格的一行：科目编码与名称、资金性质、支出类型、本年与上年金额（单位：报告金额单位的百分之一）',
  },
  localized: false,
  indexes: [{ name: 'budget_lines_report_idx', columns: ['report', 'table_key', 'position'] }],
  attributes: {
    // documentId of the report (a budget-report)
    report: { type: 'string', required: true, maxLength: 32, pluginOptions: CODE },
    // The table of the report's table set (data/table-sets.ts)
    tableKey: { type: 'string', required: true, maxLength: 40, pluginOptions: CODE },
    position: { type: 'integer', required: true, min: 1, pluginOptions: NOT_LOCALIZED },
    fund: { type: 'enumeration', enum: [...FUND_KEYS], pluginOptions: NOT_LOCALIZED },
    functionCode: { type: 'string', maxLength: 7, pluginOptions: CODE },
    functionName: { type: 'string', maxLength: 200, pluginOptions: NOT_LOCALIZED },
    economicCode: { type: 'string', maxLength: 5, pluginOptions: CODE },
    economicName: { type: 'string', maxLength: 200, pluginOptions: NOT_LOCALIZED },
    // 项目: the row's label in summary tables (and the 合计 row)
    item: { type: 'string', maxLength: 200, pluginOptions: NOT_LOCALIZED },
    expenseType: { type: 'enumeration', enum: [...EXPENSE_TYPE_KEYS], pluginOptions: NOT_LOCALIZED },
    amount: { type: 'biginteger', required: true, pluginOptions: NOT_LOCALIZED },
    lastYearAmount: { type: 'biginteger', pluginOptions: NOT_LOCALIZED },
    note: { type: 'text', maxLength: 2000, pluginOptions: NOT_LOCALIZED },
    // 民生项目: 项目名称、补助标准、发放程序、补助对象、资金分配结果
    projectName: { type: 'string', maxLength: 200, pluginOptions: NOT_LOCALIZED },
    subsidyStandard: { type: 'text', maxLength: 2000, pluginOptions: NOT_LOCALIZED },
    distributionProcedure: { type: 'text', maxLength: 2000, pluginOptions: NOT_LOCALIZED },
    recipients: { type: 'text', maxLength: 2000, pluginOptions: NOT_LOCALIZED },
    allocationResult: { type: 'text', maxLength: 2000, pluginOptions: NOT_LOCALIZED },
    // A code the report's edition of 政府收支分类科目 does not list
    custom: { type: 'boolean', default: false, pluginOptions: NOT_LOCALIZED },
    ...ownershipAttributes(),
  },
});
