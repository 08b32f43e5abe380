/**
 * Every gov-core enumeration: stable ASCII keys (used as Strapi `enumeration` values; kebab-case regresses
 * to distinct GraphQL names) and their labels in both scripts. This is the one place labels live.
 */
import { LABEL_LOCALES, labelLocale, type Label, type LabelLocale } from '@gov-portal/kit/domain';
import { TOPIC_KEYS, TOPIC_LABELS, type TopicKey } from './topics';

export { LABEL_LOCALES, TOPIC_KEYS, labelLocale };
export type { Label, LabelLocale, TopicKey };

// 公开方式, 《中华人民共和国政府信息公开条例》(2019 修订) 第三章 主动公开、第四章 依申请公开; 第十四、十五、十六条 不予公开.
export const OPENNESS_KEYS = ['proactive', 'on-request', 'not-open'] as const;
export type OpennessKey = (typeof OPENNESS_KEYS)[number];
const OPENNESS_LABELS: Record<OpennessKey, Label> = {
  proactive: { 'zh-Hans': '主动公开', 'zh-Hant': '主動公開' },
  'on-request': { 'zh-Hans': '依申请公开', 'zh-Hant': '依申請公開' },
  'not-open': { 'zh-Hans': '不予公开', 'zh-Hant': '不予公開' },
};

// 信息发布机构的类别: the county 政府 itself, its 部门 (委局办), 乡镇 (and 街道), and 事业单位.
export const DEPARTMENT_KIND_KEYS = ['government', 'department', 'township', 'institution'] as const;
export type DepartmentKindKey = (typeof DEPARTMENT_KIND_KEYS)[number];
const DEPARTMENT_KIND_LABELS: Record<DepartmentKindKey, Label> = {
  government: { 'zh-Hans': '政府', 'zh-Hant': '政府' },
  department: { 'zh-Hans': '部门', 'zh-Hant': '部門' },
  township: { 'zh-Hans': '乡镇', 'zh-Hant': '鄉鎮' },
  institution: { 'zh-Hans': '事业单位', 'zh-Hant': '事業單位' },
};

// 栏目类型: a list of articles, a 专题专栏 (a landing page of sub-columns), or a link to another site.
export const COLUMN_KIND_KEYS = ['articles', 'thematic', 'link'] as const;
export type ColumnKindKey = (typeof COLUMN_KIND_KEYS)[number];
const COLUMN_KIND_LABELS: Record<ColumnKindKey, Label> = {
  articles: { 'zh-Hans': '信息列表', 'zh-Hant': '信息列表' },
  thematic: { 'zh-Hans': '专题专栏', 'zh-Hant': '專題專欄' },
  link: { 'zh-Hans': '外部链接', 'zh-Hant': '外部鏈接' },
};

// 更新频率类别, after the column classes of the 政府网站与政务新媒体检查指标 (国办秘函〔2019〕19号):
// 动态、要闻类; 通知公告、政策文件类; and static columns (机构概况 …) that are only updated when facts change.
export const CADENCE_KEYS = ['news', 'notice', 'policy', 'static'] as const;
export type CadenceKey = (typeof CADENCE_KEYS)[number];
const CADENCE_LABELS: Record<CadenceKey, Label> = {
  news: { 'zh-Hans': '动态要闻', 'zh-Hant': '動態要聞' },
  notice: { 'zh-Hans': '通知公告', 'zh-Hant': '通知公告' },
  policy: { 'zh-Hans': '政策文件', 'zh-Hant': '政策文件' },
  static: { 'zh-Hans': '静态信息', 'zh-Hant': '靜態信息' },
};

export const LABELS = {
  topic: TOPIC_LABELS,
  openness: OPENNESS_LABELS,
  departmentKind: DEPARTMENT_KIND_LABELS,
  columnKind: COLUMN_KIND_LABELS,
  cadence: CADENCE_LABELS,
} as const;

export type EnumerationName = keyof typeof LABELS;
export type EnumerationKey<E extends EnumerationName> = keyof (typeof LABELS)[E] & string;

/** Key arrays by enumeration name, in display order. */
export const ENUMERATION_KEYS: { readonly [E in EnumerationName]: readonly EnumerationKey<E>[] } = {
  topic: TOPIC_KEYS,
  openness: OPENNESS_KEYS,
  departmentKind: DEPARTMENT_KIND_KEYS,
  columnKind: COLUMN_KIND_KEYS,
  cadence: CADENCE_KEYS,
};

export function isEnumerationKey<E extends EnumerationName>(
  enumeration: E,
  value: unknown,
): value is EnumerationKey<E> {
  return typeof value === 'string' && (ENUMERATION_KEYS[enumeration] as readonly string[]).includes(value);
}

/** The label of a stored key, or `undefined` for a key the enumeration does not have. */
export function labelOf(
  enumeration: EnumerationName,
  key: string,
  locale?: string | null,
): string | undefined {
  const labels: Readonly<Record<string, Label>> = LABELS[enumeration];
  return Object.prototype.hasOwnProperty.call(labels, key) ? labels[key][labelLocale(locale)] : undefined;
}
