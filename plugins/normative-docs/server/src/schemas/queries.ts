import { z } from 'zod';
import { VALIDITY_KEYS } from '../data/validity';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: '须为小写字母、数字和连字符组成的代码' });
const locale = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { error: '不是有效的语言代码' })
  .optional();
const page = z.coerce
  .number({ error: '须为整数' })
  .int({ error: '须为整数' })
  .min(1, { error: '须为不小于 1 的整数' })
  .default(1);
const pageSize = z.coerce
  .number({ error: '须为整数' })
  .int({ error: '须为整数' })
  .min(1, { error: '须在 1–100 之间' })
  .max(100, { error: '须在 1–100 之间' })
  .default(10);

const populateHistory = z
  .union([z.enum(['history', '*']), z.array(z.enum(['history', '*']))], {
    error: '只能为 history（附带有效性变更记录）',
  })
  .optional()
  .transform((v) => v !== undefined)
  .pipe(z.boolean()); // a representable output, for OpenAPI

export const pagination = z.object({ page, pageSize, locale });

/** Query of GET /api/normative-docs/documents. `topic` is checked against gov-core's labels by the controller. */
export const documentListQuery = pagination.extend({
  validity: z.enum(VALIDITY_KEYS, { error: `须为 ${VALIDITY_KEYS.join('、')} 之一` }).optional(),
  department: slug.optional(),
  column: slug.optional(),
  topic: z
    .string()
    .regex(/^[a-z0-9-]+$/, { error: '须为主题分类代码' })
    .optional(),
  year: z.coerce
    .number({ error: '须为四位年份' })
    .int({ error: '须为四位年份' })
    .min(1949, { error: '须为 1949 年以后的年份' })
    .max(2100, { error: '年份过大' })
    .optional(),
  q: z
    .string()
    .trim()
    .min(1, { error: '关键词不能为空' })
    .max(100, { error: '关键词不超过 100 字' })
    .optional(),
  populate: populateHistory,
});

export const documentQuery = z.object({ locale, populate: populateHistory });

export const batchListQuery = pagination;

/** POST /normative-docs/jobs/expire: no body expected; an unknown key is refused rather than ignored. */
export const expireBody = z.strictObject({}, { error: '此操作不接受参数' });
