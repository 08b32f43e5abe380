import { z } from 'zod';
import { TOPIC_KEYS } from '../data/labels';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '须为小写字母、数字和连字符组成的代码');
const page = z.coerce.number().int('须为整数').min(1, '须为不小于 1 的整数').default(1);
const pageSize = z.coerce
  .number()
  .int('须为整数')
  .min(1, '须在 1–100 之间')
  .max(100, '须在 1–100 之间')
  .default(10);
const locale = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, '不是有效的语言代码')
  .optional();

export const pagination = z.object({ page, pageSize, locale });

export const articleListQuery = pagination.extend({
  column: slug.optional(),
  department: slug.optional(),
  topic: z
    .enum(TOPIC_KEYS as [string, ...string[]], { message: `须为主题分类代码之一：${TOPIC_KEYS.join(', ')}` })
    .optional(),
  year: z.coerce
    .number()
    .int('须为四位年份')
    .min(1949, '须为 1949 年以后的年份')
    .max(2100, '年份过大')
    .optional(),
});

export const localeQuery = z.object({ locale });

export const publishDateCorrection = z.object({
  contentType: z.string().min(1, '必填'),
  documentId: z.string().min(1, '必填'),
  publishDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '须为 YYYY-MM-DD 格式的日期'),
  reason: z.string().trim().min(4, '须说明更正理由（至少 4 个字）').max(1000, '不超过 1000 字'),
});

export const reviewDecision = z.object({
  decision: z.enum(['approve', 'reject'], { message: '须为 approve（通过）或 reject（不通过）' }),
  comment: z.string().trim().max(2000, '不超过 2000 字').optional(),
  locale: locale,
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
