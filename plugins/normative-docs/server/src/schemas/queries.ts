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

/** Strapi's `status`: a public read accepts only `published` (the public-read policy refuses the rest first). */
const status = z.literal('published', { message: '公开接口只提供已发布的信息' }).optional();

export const pagination = z.strictObject({ page, pageSize, locale, status });
export const localeQuery = z.strictObject({ locale, status });

export const batchListQuery = pagination;

/** Value schemas of the document list's shortcut parameters (gov-core public-api aliases). */
export const aliasValues = {
  slug,
  validity: z.enum(VALIDITY_KEYS, { error: `须为 ${VALIDITY_KEYS.join('、')} 之一` }),
  year: z.coerce
    .number({ error: '须为四位年份' })
    .int({ error: '须为四位年份' })
    .min(1949, { error: '须为 1949 年以后的年份' })
    .max(2100, { error: '年份过大' }),
};

/** POST /normative-docs/jobs/expire: no body expected; an unknown key is refused rather than ignored. */
export const expireBody = z.strictObject({}, { error: '此操作不接受参数' });
