/**
 * The 200 bodies of gov-core's routes, as zod (attached to the routes as `response`; the OpenAPI document is
 * generated from them and tests check real responses against it). Enumerations come from data/labels.ts.
 */
import { z } from 'zod';
import {
  CADENCE_KEYS,
  COLUMN_KIND_KEYS,
  DEPARTMENT_KIND_KEYS,
  OPENNESS_KEYS,
  TOPIC_KEYS,
} from '../data/labels';
import { component } from '../openapi/json-schema';
import { responses as shared } from '@gov-portal/kit';

const { dataOf, pageMeta, pageOf } = shared;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TEXT =
  '纯文本（原样存储与返回，可能含 <、>、& 等字符；客户端须按文本转义后再显示，不得作为 HTML 插入）';

const str = () => z.string();
const opt = <T extends z.ZodType>(s: T) => s.nullable().optional();
const dateTime = () => z.string().meta({ format: 'date-time' });
const date = () => z.string().meta({ format: 'date' });

const entry = {
  id: z.number().int().optional(),
  documentId: z.string().describe('文档 ID（各语言版本共用）'),
};
const timestamps = {
  createdAt: dateTime().optional(),
  updatedAt: dateTime().optional(),
  publishedAt: opt(dateTime()),
};
/** What Strapi adds to rows of its internal (non-draft) types. */
const rowMeta = { ...timestamps, locale: opt(str()) };
/** Added by the chinese-variants plugin to each entry it converted for a 繁体 variant. */
const variant = { convertedFrom: z.string().describe('转换来源语言（如 zh-Hans）').optional() };

export const { label, labelsOf } = shared;

export const info = component(
  'Info',
  z.object({
    name: str().describe('插件名'),
    version: str().describe('版本'),
    plugins: z.array(str()).describe('已启用的本地插件'),
  }),
);

export const labels = component(
  'Labels',
  z.object({
    topic: labelsOf(TOPIC_KEYS),
    openness: labelsOf(OPENNESS_KEYS),
    departmentKind: labelsOf(DEPARTMENT_KIND_KEYS),
    columnKind: labelsOf(COLUMN_KIND_KEYS),
    cadence: labelsOf(CADENCE_KEYS),
  }),
);

export const department = component(
  'Department',
  z.object({
    ...entry,
    id: z.number().int(),
    name: str().describe('名称'),
    shortName: opt(str().describe('简称')),
    code: str().regex(SLUG).describe('部门代码'),
    organizationCode: str()
      .regex(/^([0-9A-Z]{9}|[0-9A-Z]{18})$/)
      .describe('机构代码：9 位组织机构代码或 18 位统一社会信用代码'),
    kind: z.enum(DEPARTMENT_KIND_KEYS).describe('类别'),
    order: opt(z.number().int().describe('排序')),
    locale: opt(str()),
    ...timestamps,
    ...variant,
  }),
);

const departmentRef = component(
  'DepartmentRef',
  z.object({ ...entry, name: str(), shortName: opt(str()), code: str() }),
);
const publisher = component(
  'Publisher',
  z.object({ ...entry, name: str(), code: str(), organizationCode: str() }),
);
const columnRef = component('ColumnRef', z.object({ ...entry, name: str(), slug: str() }));
const columnChild = component(
  'ColumnChild',
  z.object({ documentId: str(), name: str(), slug: str(), kind: z.enum(COLUMN_KIND_KEYS) }),
);
const columnFields = {
  documentId: str(),
  name: str().describe('栏目名称'),
  slug: str().regex(SLUG).describe('栏目代码'),
  order: z.number().int().describe('同级排序'),
  kind: z.enum(COLUMN_KIND_KEYS).describe('栏目类型'),
  cadence: z.enum(CADENCE_KEYS).describe('更新频率类别'),
  contentType: str().describe('专题栏目：填充它的内容类型 UID').nullable(),
  externalUrl: str().meta({ format: 'uri' }).describe('链接栏目：外部地址').nullable(),
  description: str().describe('说明').nullable(),
  ...variant,
};

export const columnNode: z.ZodType = component(
  'ColumnNode',
  z.object({
    ...columnFields,
    get children() {
      return z.array(columnNode).describe('下级栏目（按 order）');
    },
  }),
);

export const media = component(
  'Media',
  z.object({
    id: z.number().int(),
    documentId: str().optional(),
    name: str(),
    alternativeText: opt(str()),
    caption: opt(str()),
    url: str(),
    mime: str(),
    size: z.number().optional(),
    width: opt(z.number().int()),
    height: opt(z.number().int()),
  }),
);

const disclosure = component(
  'Disclosure',
  z.object({
    id: z.number().int().optional(),
    indexNumber: str()
      .regex(/^[0-9A-Z]{9,18}\/\d{4}-\d{5}$/)
      .describe('索引号：机构代码/年份-5 位流水号，首次发布时由系统生成，此后不变')
      .nullable(),
    publisher: publisher.nullable(),
    topic: z
      .enum(TOPIC_KEYS as [string, ...string[]])
      .nullable()
      .describe('主题分类'),
    documentNumber: str().describe('发文字号，如 道政办发〔2017〕12号').nullable(),
    writtenAt: date().describe('成文日期').nullable(),
    publishDate: date().describe('发布日期（系统记录）').nullable(),
    keywords: opt(str().describe('主题词')),
    openness: z.enum(OPENNESS_KEYS).describe('公开方式'),
  }),
);

const articleRef = component('ArticleRef', z.object({ ...entry, title: str() }));

export const article = component(
  'Article',
  z.object({
    ...entry,
    id: z.number().int(),
    title: str().describe(`标题，${TEXT}`),
    subtitle: opt(str().describe(`副标题，${TEXT}`)),
    summary: opt(str().describe(`摘要，${TEXT}`)),
    body: str().meta({ contentMediaType: 'text/html' }).describe('正文（已净化的 HTML）').nullable(),
    source: opt(str().describe('来源')),
    author: opt(str().describe('作者')),
    editor: opt(str().describe('编辑')),
    locale: opt(str()),
    createdAt: dateTime().optional(),
    updatedAt: dateTime().optional(),
    publishedAt: dateTime().nullable(),
    column: columnRef.nullable(),
    department: departmentRef.nullable(),
    attachments: z.array(media).optional(),
    cover: opt(media),
    interprets: articleRef.nullable(),
    interpretedBy: z.array(articleRef),
    disclosure: disclosure.nullable(),
    ...variant,
  }),
);

export const columnDetail = component(
  'ColumnDetail',
  z.object({
    ...columnFields,
    breadcrumb: z.array(columnRef).describe('从根栏目到本栏目'),
    children: z.array(columnChild),
    items: z
      .object({ data: z.array(article), meta: pageMeta })
      .describe('信息列表栏目（kind = articles）的信息，最新在前')
      .optional(),
  }),
);

export const publishDateCorrectionEntry = component(
  'PublishDateCorrection',
  z.object({
    ...entry,
    id: z.number().int(),
    documentId: str().optional(),
    contentType: str(),
    itemDocumentId: str(),
    indexNumber: opt(str()),
    previousDate: date().nullable(),
    correctedDate: date(),
    reason: str(),
    actorId: opt(z.number().int()),
    actorEmail: opt(str()),
    ...rowMeta,
    createdAt: dateTime(),
  }),
);

export const review = component(
  'Review',
  z.object({
    ...entry,
    id: z.number().int(),
    documentId: str().optional(),
    contentType: str(),
    itemDocumentId: str(),
    versionHash: opt(str()),
    state: z.enum(['pending', 'approved', 'rejected']).describe('保密审查状态'),
    department: opt(str().describe('部门文档 ID')),
    title: opt(str()),
    authorId: opt(z.number().int().describe('该版本的作者（待审查记录）')),
    authorEmail: opt(str()),
    reviewerId: opt(z.number().int()),
    reviewerEmail: opt(str()),
    fourEyesOverride: opt(z.boolean().describe('作者本人经网站管理员豁免四眼原则后审查通过')),
    comment: opt(str()),
    decidedAt: opt(dateTime()),
    ...rowMeta,
    createdAt: dateTime(),
  }),
);

const reviewState = z.enum(['pending', 'approved', 'rejected']);
export const reviewStatus = component(
  'ReviewStatus',
  z.object({
    uid: str(),
    documentId: str(),
    locale: str().nullable(),
    required: z.boolean().describe('该类信息发布前须经保密审查'),
    state: reviewState.describe('当前版本的状态：修改后的版本重新待审'),
    stateLabel: str(),
    versionHash: str().describe('当前版本的指纹：审查时作为 expectedVersion 回传'),
    decision: z
      .object({
        state: reviewState,
        stateLabel: str(),
        current: z.boolean().describe('该决定针对的就是当前版本'),
        reviewerEmail: str().nullable().describe('审核员（仅对有「查看保密审查队列」权限的用户显示）'),
        decidedAt: dateTime().nullable(),
        comment: str().nullable(),
        fourEyesOverride: z.boolean(),
      })
      .nullable()
      .describe('最近一次审查决定'),
    fourEyes: z.boolean().describe('该类信息适用四眼原则'),
    ownVersion: z.boolean().describe('当前用户编辑了该版本：不能审查通过自己的版本'),
    canOverride: z.boolean().describe('当前用户是网站管理员，可豁免四眼原则（留有记录）'),
  }),
);

export const pendingReview = component(
  'PendingReview',
  z.object({
    uid: str().describe('内容类型 UID'),
    documentId: str(),
    locale: str().nullable(),
    title: str().nullable(),
    department: str().describe('部门文档 ID').nullable(),
    since: dateTime().describe('进入待审的时间'),
  }),
);

export const auditEntry = component(
  'AuditEntry',
  z.object({
    ...entry,
    id: z.number().int(),
    documentId: str().optional(),
    actorId: opt(z.number().int()),
    actorEmail: opt(str().describe('操作人，系统操作为 system')),
    action: str().describe(
      '操作：create、update、delete、publish、unpublish、discardDraft、review.approve …',
    ),
    contentType: str(),
    itemDocumentId: opt(str()),
    department: opt(str().describe('部门文档 ID')),
    changes: opt(
      z
        .array(z.object({ field: str(), from: z.unknown().optional(), to: z.unknown().optional() }))
        .describe('变更的字段（标量字段给出原值与新值）'),
    ),
    at: dateTime(),
    ...rowMeta,
  }),
);

export const indexNumberEntry = component(
  'IndexNumberEntry',
  z.object({
    number: str().describe('索引号'),
    contentType: str(),
    documentId: str(),
    serial: z.number().int().min(1).max(99999),
  }),
);

export const responses = {
  info,
  openapi: z.looseObject({ openapi: z.string(), paths: z.looseObject({}) }).describe('OpenAPI 3.1 文档'),
  columnTree: dataOf(z.array(columnNode)),
  column: dataOf(columnDetail),
  articles: pageOf(article),
  article: dataOf(article),
  departments: dataOf(z.array(department)),
  labels: dataOf(labels),
  publishDateCorrection: dataOf(publishDateCorrectionEntry),
  publishDateHistory: dataOf(z.array(publishDateCorrectionEntry)),
  indexNumbers: dataOf(z.array(indexNumberEntry)),
  pendingReviews: dataOf(z.array(pendingReview)),
  reviews: dataOf(z.array(review)),
  reviewStatus: dataOf(reviewStatus),
  review: dataOf(review),
  audit: pageOf(auditEntry),
  auditCsv: z.string().describe('CSV：时间,操作人ID,操作人,操作,内容类型,文档ID,语言,部门,变更'),
  myDepartments: dataOf(z.array(str().describe('部门文档 ID'))),
  recentDrafts: dataOf(
    z.array(
      z.object({
        uid: str(),
        typeLabel: str().describe('栏目类型名称'),
        documentId: str(),
        locale: str().nullable(),
        title: str(),
        department: str().nullable().describe('部门文档 ID'),
        departmentName: str().nullable(),
        updatedAt: dateTime(),
        reviewState: reviewState.nullable().describe('保密审查状态（不需审查的类型为 null）'),
        reviewStateLabel: str().nullable(),
      }),
    ),
  ),
  adminMessages: dataOf(z.record(z.string(), z.string()).describe('消息 ID → 中文名称')),
  enumerationLabels: dataOf(
    z
      .record(z.string(), z.record(z.string(), z.record(z.string(), z.string())))
      .describe('内容类型或组件 → 字段 → 取值 → 中文名称'),
  ),
};
