import type { AdminField, AdminLayout } from '../domain/admin-layout';
import { LABELS } from './labels';

/**
 * Labels of the fields every column type shares (the kit's article attributes, placement, system fields): a
 * type's own `admin.fields` win. Descriptions carry an example from the Dao County sample where one helps.
 */
export const COMMON_FIELDS: Record<string, AdminField | string> = {
  title: { label: '标题', description: '如：道县2017年政务公开工作要点', placeholder: '请输入标题' },
  subtitle: '副标题',
  name: { label: '名称', placeholder: '请输入名称' },
  summary: { label: '摘要', description: '列表和订阅中显示的简短说明，一两句话' },
  body: { label: '正文', description: '可直接从 Word / WPS 粘贴；保存时按安全规则清理格式' },
  column: { label: '所属栏目', description: '信息发布在哪个栏目，如：政务公开 › 工作要点' },
  department: { label: '责任部门', description: '编辑只能选择自己所在的部门' },
  source: { label: '来源', placeholder: '如：道县人民政府办公室' },
  author: '作者',
  editor: '责任编辑',
  attachments: { label: '附件', description: '正式文件的 PDF、Word、Excel 等' },
  cover: '封面图片',
  disclosure: {
    label: '信息公开目录',
    description: '索引号、发布机构、成文日期、公开方式等（政府信息公开目录）',
  },
  interprets: { label: '解读的文件', description: '本文是政策解读时，选择被解读的文件' },
  interpretedBy: { label: '相关解读', readOnly: true },
  scopeDepartment: { label: '部门范围（系统）', hidden: true, readOnly: true },
};

/** Strapi's system fields of every type. */
export const SYSTEM_FIELDS: Record<string, AdminField | string> = {
  createdAt: '创建时间',
  updatedAt: '更新时间',
  publishedAt: '发布时间',
  createdBy: '创建人',
  updatedBy: '最后修改人',
  locale: '语言',
  localizations: '其他语言版本',
};

/** The edit view of a column item: 正文, then placement, then 信息公开目录, then 附件 (fields of the type between). */
export const COLUMN_GROUPS: string[][] = [
  ['title', 'name', 'subtitle', 'summary', 'body', 'source', 'author', 'editor'],
];
export const COLUMN_TAIL_GROUPS: string[][] = [
  ['column', 'department'],
  ['disclosure'],
  ['attachments', 'cover', 'interprets', 'interpretedBy'],
];

/** gov-core's own types and components (not column types). */
export const GOV_CORE_LAYOUTS: Record<string, AdminLayout & { component?: boolean }> = {
  'gov-core.disclosure': {
    component: true,
    fields: {
      indexNumber: {
        label: '索引号',
        description: '发布时由系统按 GB/T 7027 规则生成，生成后不可修改',
        readOnly: true,
      },
      publisher: { label: '发布机构', description: '如：道县人民政府办公室' },
      topic: { label: '主题分类', description: '按国务院公文主题词表', options: LABELS.topic },
      documentNumber: { label: '发文字号', placeholder: '如：道政办发〔2017〕12号' },
      writtenAt: { label: '成文日期', description: '文件落款日期，决定索引号中的年份' },
      publishDate: { label: '发布日期', description: '首次发布时由系统记录', readOnly: true },
      keywords: { label: '主题词', placeholder: '如：政务公开；工作要点' },
      openness: {
        label: '公开方式',
        description: '主动公开 / 依申请公开 / 不予公开',
        options: LABELS.openness,
      },
      notOpenReason: { label: '不予公开理由', description: '不予公开时必填，如：涉及国家秘密' },
    },
    groups: [
      ['indexNumber', 'documentNumber'],
      ['publisher', 'topic'],
      ['writtenAt', 'publishDate'],
      ['keywords'],
      ['openness', 'notOpenReason'],
    ],
  },
  'plugin::gov-core.column': {
    fields: {
      name: { label: '栏目名称', placeholder: '如：政务公开' },
      slug: { label: '栏目路径', description: '网址中的英文或拼音，如：zwgk' },
      parent: '上级栏目',
      children: { label: '下级栏目', readOnly: true },
      order: { label: '排序', description: '数字越小越靠前' },
      kind: { label: '栏目类型', description: '信息列表、专题或外部链接', options: LABELS.columnKind },
      contentType: { label: '内容类型', description: '此栏目发布的信息种类' },
      cadence: { label: '更新周期', description: '用于网站普查的更新要求', options: LABELS.cadence },
      description: '栏目说明',
      externalUrl: { label: '外部链接', placeholder: 'https://' },
    },
    list: ['name', 'slug', 'kind', 'updatedAt'],
    mainField: 'name',
    defaultSort: { field: 'order', order: 'ASC' },
  },
  'plugin::gov-core.department': {
    fields: {
      name: { label: '部门名称', placeholder: '如：道县人民政府办公室' },
      shortName: { label: '简称', placeholder: '如：县政府办' },
      code: { label: '部门代码', description: '索引号中的部门段，如：zfb' },
      organizationCode: { label: '统一社会信用代码', description: '18 位，见部门的统一社会信用代码证书' },
      kind: { label: '部门类型', options: LABELS.departmentKind },
      order: { label: '排序', description: '数字越小越靠前' },
    },
    list: ['name', 'code', 'kind', 'updatedAt'],
    mainField: 'name',
    defaultSort: { field: 'order', order: 'ASC' },
  },
  'plugin::gov-core.membership': {
    fields: {
      user: { label: '管理员', description: '部门编辑或审核员的账号' },
      departments: { label: '所属部门', description: '该账号只能编辑、审查这些部门的信息' },
      note: '备注',
    },
    list: ['user', 'note', 'updatedAt'],
  },
};
