import type { AdminLayout } from 'strapi-plugin-gov-core/types';
import { EDITION_OPTIONS, OPERATION_MODES, RETURN_MECHANISMS, SECTORS, STAGE_OPTIONS } from '../enums';
import { COMPONENT, UID } from '../constants';

/** PPP 项目 in the content manager. */
export const PROJECT_LAYOUT: AdminLayout = {
  fields: {
    name: { label: '项目名称', placeholder: '如：道县城区供水工程PPP项目' },
    code: {
      label: '项目编号',
      description: '全国PPP综合信息平台或特许经营项目信息系统中的编号，唯一，如：43112420170001',
    },
    edition: {
      label: '适用规则',
      description:
        '留空时按项目日期自动确定：2022年前为财金〔2017〕1号，此后为财金〔2021〕110号，2023年11月新机制后为特许经营',
      options: EDITION_OPTIONS,
    },
    location: { label: '建设地址', placeholder: '如：道县濂溪街道潇水中路' },
    township: { label: '所在乡镇', description: '项目所在的乡镇（街道）' },
    latitude: { label: '纬度', description: 'WGS-84，经纬度须同时填写，如：25.5277' },
    longitude: { label: '经度', description: 'WGS-84，如：111.6005' },
    scope: { label: '建设内容', description: '建设规模、主要建设内容' },
    investment: {
      label: '投资规模（万元）',
      description: '项目总投资，单位万元，最多两位小数，如：35800.50',
    },
    sector: { label: '所属行业', options: SECTORS },
    operationMode: { label: '运作方式', options: OPERATION_MODES },
    returnMechanism: {
      label: '回报机制',
      description: '进入执行（建设实施）阶段前须填写',
      options: RETURN_MECHANISMS,
    },
    cooperationYears: { label: '合作期限（年）', placeholder: '如：25' },
    stage: {
      label: '项目阶段',
      description: '按所适用规则的阶段顺序逐一推进；跳过或回退须由网站管理员填写更正原因',
      options: STAGE_OPTIONS,
    },
    stageChangeReason: {
      label: '阶段更正原因',
      description: '仅在更正阶段（跳过或回退）时由网站管理员填写，记入操作日志',
    },
    governmentParty: { label: '实施机构', description: '政府方实施机构，如：道县发展和改革局' },
    socialCapitalParty: { label: '社会资本方 / 特许经营者', description: '选定后填写，执行阶段前须填写' },
    contract: { label: '项目合同', description: '进入执行（建设实施）阶段前须上传' },
    milestones: { label: '项目里程碑', description: '进入各阶段的日期，用于计算信息公开时限' },
  },
  list: ['name', 'code', 'stage', 'investment', 'department', 'updatedAt'],
  mainField: 'name',
  groups: [
    ['name', 'code', 'edition', 'stage', 'stageChangeReason'],
    ['sector', 'operationMode', 'returnMechanism', 'investment', 'cooperationYears'],
    ['location', 'township', 'latitude', 'longitude'],
    ['scope'],
    ['governmentParty', 'socialCapitalParty', 'contract'],
    ['milestones'],
  ],
};

/** 项目实施情况 in the content manager. */
export const UPDATE_LAYOUT: AdminLayout = {
  fields: {
    title: {
      label: '标题',
      description: '留空时按项目名称和报告期生成，如：道县城区供水工程PPP项目 2018年度实施情况',
    },
    project: { label: '所属项目' },
    period: { label: '报告期', description: '年度或季度，如：2018 或 2018Q3' },
    progress: { label: '实施进展', description: '建设、运营、绩效评价等情况' },
    investmentCompleted: {
      label: '累计完成投资（万元）',
      description: '超过项目投资规模时须在说明中写明原因',
    },
    percentComplete: { label: '累计完成比例（%）', description: '0–100' },
    note: { label: '说明' },
    attachments: { label: '附件', description: '绩效评价报告、审计报告等' },
    firstPublishedAt: { label: '首次发布时间', readOnly: true, description: '发布后只增不改' },
  },
  list: ['title', 'period', 'percentComplete', 'department', 'updatedAt'],
  mainField: 'title',
  defaultSort: { field: 'period', order: 'DESC' },
  groups: [
    ['project', 'period', 'title'],
    ['progress'],
    ['investmentCompleted', 'percentComplete', 'note'],
    ['attachments'],
  ],
};

export const ADMIN_LAYOUTS: Record<string, AdminLayout & { component?: boolean }> = {
  [COMPONENT.milestone]: {
    component: true,
    fields: {
      date: { label: '日期', placeholder: '如：2017-06-30' },
      stage: { label: '进入阶段', description: '当天进入的项目阶段；其他事项留空', options: STAGE_OPTIONS },
      title: { label: '事项', placeholder: '如：签订PPP项目合同' },
      note: '备注',
    },
  },
};

export { UID };
