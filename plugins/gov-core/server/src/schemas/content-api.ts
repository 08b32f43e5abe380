import { z } from 'zod';
import { query } from '@gov-portal/kit';
import { TOPIC_KEYS } from '../data/labels';
import { dateInShanghai } from '../domain/shanghai-time';

const slug = query.slug();
const { page, pageSize, locale } = query.paging(100, 10);

/** A public special endpoint's query: unknown parameters are refused, not ignored. */
export const pagination = z.strictObject({ page, pageSize, locale });

const topic = z.enum(TOPIC_KEYS as [string, ...string[]], {
  message: `须为主题分类代码之一：${TOPIC_KEYS.join(', ')}`,
});
const year = query.year();

export const localeQuery = z.strictObject({ locale });

/** The shortcut parameters of the article list (besides Strapi's query language), as OpenAPI documents them. */
export const articleListQuery = z.object({
  page,
  pageSize,
  locale,
  column: slug.optional(),
  department: slug.optional(),
  topic: topic.optional(),
  year: year.optional(),
});

/** Value schemas of the public lists' shortcut parameters (aliases that expand into `filters`). */
export const aliasSchemas = {
  slug,
  topic,
  year,
};

/** A real calendar date (2017-02-31 is refused), not after today in Asia/Shanghai. */
const pastDate = z.string({ message: '必填，格式 YYYY-MM-DD' }).superRefine((s, ctx) => {
  const d = new Date(`${s}T00:00:00Z`);
  const problem = !/^\d{4}-\d{2}-\d{2}$/.test(s)
    ? '须为 YYYY-MM-DD 格式的日期'
    : Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s
      ? '不是存在的日期'
      : s > dateInShanghai(new Date())
        ? '发布日期不能晚于今天'
        : null;
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const publishDateCorrection = z.object({
  contentType: z.string({ message: '必填' }).min(1, '必填'),
  documentId: z.string({ message: '必填' }).min(1, '必填'),
  publishDate: pastDate,
  reason: z
    .string({ message: '必填：须说明更正理由' })
    .trim()
    .min(4, '须说明更正理由（至少 4 个字）')
    .max(1000, '不超过 1000 字'),
});

export const publishDateHistoryQuery = z.strictObject(
  {
    contentType: z.string({ message: '须为内容类型 UID' }).min(1, '不能为空').optional(),
    documentId: z.string({ message: '须为文档 ID' }).min(1, '不能为空').optional(),
  },
  { error: '只接受 contentType 和 documentId 参数' },
);

export const indexNumberQuery = z.object({
  publisherCode: z
    .string()
    .regex(/^[0-9A-Z]{9}$|^[0-9A-HJ-NP-RTUW-Y]{18}$/, '须为 9 位组织机构代码或 18 位统一社会信用代码')
    .optional(),
  year: query.year().optional(),
});

/** Routes that take no query parameter (an unknown one is a 400, not ignored). */
export const noParameters = z.strictObject({});
/** GET /gov-core/drafts/recent: no parameter. */
export const recentDraftsQuery = noParameters;

/** GET /gov-core/reviews/:uid/:documentId/status */
export const reviewStatusQuery = z.strictObject({ locale });

export const reviewDecision = z.object({
  decision: z.enum(['approve', 'reject'], { message: '须为 approve（通过）或 reject（不通过）' }),
  comment: z.string().trim().max(2000, '不超过 2000 字').optional(),
  locale: locale,
  /**
   * 四眼原则: the author of a version may not approve it. A webmaster (or super admin) who must approve their own
   * version anyway sets this; the override is recorded on the decision and in the audit trail. Only webmasters may
   * set it, and it changes nothing on a version they did not write.
   */
  overrideFourEyes: z.boolean({ message: '须为 true 或 false' }).optional(),
  /** The `versionHash` of the version reviewed (from the status route): refused with 400 if it changed since. */
  expectedVersion: z.string().max(128, '不超过 128 个字符').optional(),
});

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), '须为日期或日期时间（ISO 8601）');
export const auditQuery = z.object({
  uid: z.string().optional(),
  documentId: z.string().optional(),
  actor: z.string().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  page,
  pageSize: z.coerce
    .number()
    .int('须为整数')
    .min(1, '须在 1–100 之间')
    .max(100, '须在 1–100 之间')
    .default(25),
});
