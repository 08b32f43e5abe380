import type { AdminLayout } from 'strapi-plugin-gov-core/types';
import { CATEGORIES } from '../data/categories';
import { ADJUSTMENT_KINDS, ITEM_STATUSES, STAGES } from '../data/labels';
import { COMPONENT, UID } from '../utils/constants';

/** 权力事项 in the content manager. */
export const ITEM_LAYOUT: AdminLayout = {
  fields: {
    code: { label: '事项编码', description: '部门代码-类别代码-5位流水号，如：zfb-XK-00001' },
    name: { label: '事项名称', placeholder: '如：建设工程规划许可' },
    category: { label: '权力类别', description: '行政许可、行政处罚、行政强制等十类', options: CATEGORIES },
    subItems: { label: '子项', description: '一行一个子项' },
    legalBasis: { label: '设定依据', description: '法律、法规、规章的名称和条款' },
    undertaker: { label: '承办机构', placeholder: '如：县自然资源局规划股' },
    responsibilities: { label: '责任事项', description: '受理、审查、决定、送达、监管等环节的责任' },
    accountability: { label: '追责情形', description: '情形及依据' },
    processChart: '运行流程图',
    serviceGuideUrl: { label: '办事指南链接', placeholder: 'https://' },
    itemStatus: {
      label: '事项状态',
      description: '实施中 / 已取消 / 已下放 / 暂停实施',
      options: ITEM_STATUSES,
    },
    remark: '备注',
    adjustmentBasis: { label: '调整依据', placeholder: '如：湘政发〔2017〕12号' },
    adjustmentDecidedAt: '调整决定日期',
    adjustmentMerged: { label: '合并调整', description: '本次调整与其他事项合并' },
  },
  list: ['code', 'name', 'category', 'department', 'updatedAt'],
  mainField: 'name',
  groups: [
    ['code', 'name', 'category', 'itemStatus', 'subItems', 'legalBasis', 'undertaker'],
    ['responsibilities'],
    ['accountability'],
    ['processChart', 'serviceGuideUrl', 'remark'],
    ['adjustmentBasis', 'adjustmentDecidedAt', 'adjustmentMerged'],
  ],
};

export const ADMIN_LAYOUTS: Record<string, AdminLayout & { component?: boolean }> = {
  [COMPONENT.responsibility]: {
    component: true,
    fields: {
      stage: { label: '环节', description: '受理、审查、决定、送达、监管、其他', options: STAGES },
      duty: '责任内容',
    },
  },
  [COMPONENT.accountability]: {
    component: true,
    fields: { situation: '追责情形', basis: '追责依据' },
  },
  [UID.adjustment]: {
    fields: {
      itemDocumentId: { label: '事项编号', readOnly: true },
      itemCode: { label: '事项编码', readOnly: true },
      itemName: { label: '事项名称', readOnly: true },
      category: { label: '权力类别', readOnly: true, options: CATEGORIES },
      kind: { label: '调整类型', readOnly: true, options: ADJUSTMENT_KINDS },
      basis: { label: '调整依据', readOnly: true },
      decidedAt: { label: '决定日期', readOnly: true },
      summary: { label: '调整内容', readOnly: true },
      departmentDocumentId: { label: '部门编号', readOnly: true },
      departmentCode: { label: '部门代码', readOnly: true },
      departmentName: { label: '部门', readOnly: true },
      snapshot: { label: '调整后快照', readOnly: true },
      recordedAt: { label: '记录时间', readOnly: true },
      actorEmail: { label: '操作人', readOnly: true },
    },
    list: ['itemName', 'kind', 'decidedAt', 'recordedAt'],
    mainField: 'itemName',
    defaultSort: { field: 'recordedAt', order: 'DESC' },
  },
};
