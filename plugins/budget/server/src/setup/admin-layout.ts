import type { AdminLayout } from 'strapi-plugin-gov-core/types';
import { EXPENSE_TYPES, FUNDS, KINDS, UNITS } from '../data/labels';
import { COMPONENT } from '../constants';

/** 预决算报告 in the content manager. */
export const REPORT_LAYOUT: AdminLayout = {
  fields: {
    title: { label: '标题', description: '留空时按部门、年度和类型生成，如：道县教育局2017年部门决算' },
    year: { label: '年度', placeholder: '如：2017' },
    kind: { label: '报告类型', options: KINDS },
    approvedAt: {
      label: '批复日期',
      description: '财政部门批复预算（决算）的日期：须在批复后 20 日内公开',
    },
    unit: { label: '金额单位', description: '报告所有表格和金额的单位；导入表格后不能再改', options: UNITS },
    description: { label: '部门（单位）概况', description: '主要职责、机构设置、收支情况说明等' },
    attachments: { label: '公开表格附件', description: '已公开的表格文件（PDF、Excel）' },
    threePublicFunds: {
      label: '“三公”经费',
      description: '本年数、上年数；与上年相比有增减变化的须说明原因',
    },
    agencyOperatingCost: { label: '机关运行经费', description: '本年数（报告金额单位），如：1250000.00' },
    agencyOperatingCostLastYear: { label: '机关运行经费（上年）' },
    tableNotes: {
      label: '空表说明',
      description: '没有数据的表格也须公开，在此说明原因（导入空表时自动填写）',
    },
    reviewStatement: {
      label: '保密审查情况',
      description: '如：本报告已经保密审查，单位负责人审签（签字：×××）',
    },
  },
  list: ['title', 'year', 'kind', 'approvedAt', 'department', 'updatedAt'],
  mainField: 'title',
  defaultSort: { field: 'year', order: 'DESC' },
  groups: [
    ['title', 'year', 'kind', 'approvedAt', 'unit'],
    ['description'],
    ['threePublicFunds'],
    ['agencyOperatingCost', 'agencyOperatingCostLastYear'],
    ['tableNotes'],
    ['attachments', 'reviewStatement'],
  ],
};

/** 预决算明细 in the content manager (normally imported from the standard tables). */
export const LINE_LAYOUT: AdminLayout = {
  fields: {
    report: { label: '所属报告', description: '预决算报告的 documentId；明细一般通过导入标准表格生成' },
    tableKey: {
      label: '所属表格',
      description: '表套中的表格代码，如 general-function（一般公共预算财政拨款支出表）',
    },
    position: { label: '行号' },
    fund: { label: '资金性质', options: FUNDS },
    functionCode: { label: '功能分类科目编码', description: '类 3 位、款 5 位、项 7 位，如：2050201' },
    functionName: { label: '功能分类科目名称' },
    economicCode: { label: '经济分类科目编码', description: '类 3 位、款 5 位，如：30101' },
    economicName: { label: '经济分类科目名称' },
    item: { label: '项目', description: '汇总表的行名称，或“合计”' },
    expenseType: { label: '支出类型', options: EXPENSE_TYPES },
    amount: { label: '金额（分）', description: '报告金额单位的百分之一（单位为元时即“分”），整数' },
    lastYearAmount: { label: '上年金额（分）' },
    note: { label: '备注' },
    projectName: { label: '项目名称', description: '民生项目' },
    subsidyStandard: { label: '补助标准' },
    distributionProcedure: { label: '发放程序' },
    recipients: { label: '补助对象' },
    allocationResult: { label: '资金分配结果' },
    custom: { label: '自定义科目', description: '科目不在该年度政府收支分类科目中时须勾选' },
  },
  list: ['report', 'tableKey', 'position', 'functionCode', 'economicCode', 'amount'],
  mainField: 'functionName',
  defaultSort: { field: 'position', order: 'ASC' },
  groups: [
    ['report', 'tableKey', 'position', 'fund', 'expenseType'],
    ['functionCode', 'functionName', 'economicCode', 'economicName', 'item', 'custom'],
    ['amount', 'lastYearAmount', 'note'],
    ['projectName', 'subsidyStandard', 'distributionProcedure', 'recipients', 'allocationResult'],
  ],
};

const amount = (label: string) => ({ label, description: '报告金额单位，最多两位小数；无支出填 0' });

export const ADMIN_LAYOUTS: Record<string, AdminLayout & { component?: boolean }> = {
  [COMPONENT.threePublicFunds]: {
    component: true,
    fields: {
      abroad: amount('因公出国（境）费'),
      vehiclePurchase: amount('公务用车购置费'),
      vehicleOperation: amount('公务用车运行费'),
      reception: amount('公务接待费'),
      lastYearAbroad: amount('因公出国（境）费（上年）'),
      lastYearVehiclePurchase: amount('公务用车购置费（上年）'),
      lastYearVehicleOperation: amount('公务用车运行费（上年）'),
      lastYearReception: amount('公务接待费（上年）'),
      explanation: { label: '增减变化说明', description: '与上年相比增减变化的原因' },
    },
  },
  [COMPONENT.tableNote]: {
    component: true,
    fields: {
      table: {
        label: '表格',
        description: '表格代码，如 state-capital-function（国有资本经营预算财政拨款支出表）',
      },
      note: { label: '说明', placeholder: '如：本部门无国有资本经营预算财政拨款收支，故本表为空表' },
    },
  },
};
