import { z } from 'zod';
import { CATEGORY_KEYS } from '../data/categories';
import { ADJUSTMENT_KIND_KEYS, ITEM_STATUS_KEYS } from '../data/labels';

const code = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '须为部门代码（小写字母、数字和连字符）');
const page = z.coerce
  .number({ message: '须为整数' })
  .int('须为整数')
  .min(1, '须为不小于 1 的整数')
  .default(1);
const pageSize = z.coerce
  .number({ message: '须为整数' })
  .int('须为整数')
  .min(1, '须在 1–100 之间')
  .max(100, '须在 1–100 之间')
  .default(20);
const locale = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, '不是有效的语言代码')
  .optional();
const category = z
  .enum(CATEGORY_KEYS, { message: `须为职权类型代码之一：${CATEGORY_KEYS.join(', ')}` })
  .optional();
const status = z
  .enum([...ITEM_STATUS_KEYS, 'all'], { message: `须为 ${[...ITEM_STATUS_KEYS, 'all'].join(', ')} 之一` })
  .optional();
const year = z.coerce
  .number({ message: '须为四位年份' })
  .int('须为四位年份')
  .min(1949, '须为 1949 年以后的年份')
  .max(2100, '年份过大')
  .optional();
const bool = z
  .enum(['true', 'false', '1', '0'], { message: '须为 true 或 false' })
  .optional()
  .transform((v) => v === 'true' || v === '1');

export const localeQuery = z.strictObject({ locale });

/** A route that takes no parameter refuses every one rather than ignoring it. */
export const emptyQuery = z.strictObject({});

export const itemListQuery = z.strictObject({
  department: code.optional(),
  category,
  status,
  q: z.string().trim().max(100, '不超过 100 个字').optional(),
  locale,
  page,
  pageSize,
});

export const summaryQuery = z.strictObject({ department: code.optional(), category, status, locale });

export const adjustmentQuery = z.strictObject({
  department: code.optional(),
  year,
  kind: z.enum(ADJUSTMENT_KIND_KEYS, { message: `须为 ${ADJUSTMENT_KIND_KEYS.join(', ')} 之一` }).optional(),
  locale,
  page,
  pageSize,
});

export const importQuery = z.strictObject({
  dryRun: bool,
  column: code.optional(),
});

export const exportQuery = z.strictObject({
  department: code.optional(),
  status: z.enum(['draft', 'published'], { message: '须为 draft 或 published' }).optional(),
  format: z.enum(['xlsx', 'csv'], { message: '须为 xlsx 或 csv' }).optional(),
});
