import { z } from 'zod';
import { query } from '@gov-portal/kit';
import { CATEGORY_KEYS } from '../data/categories';
import { ADJUSTMENT_KIND_KEYS, ITEM_STATUS_KEYS } from '../data/labels';

const code = query.slug('须为部门代码（小写字母、数字和连字符）');
const { page, pageSize, locale } = query.paging(100, 20);
const category = z
  .enum(CATEGORY_KEYS, { message: `须为职权类型代码之一：${CATEGORY_KEYS.join(', ')}` })
  .optional();
const status = z
  .enum([...ITEM_STATUS_KEYS, 'all'], { message: `须为 ${[...ITEM_STATUS_KEYS, 'all'].join(', ')} 之一` })
  .optional();
const year = query.year().optional();
const bool = query.flag();

/** A route that takes no parameter refuses every one rather than ignoring it. */
export const emptyQuery = z.strictObject({});

export const localeQuery = z.strictObject({ locale });

/** `status` is Strapi's (published only, checked by gov-core's public-read policy); the item status is `itemStatus`. */
export const summaryQuery = z.strictObject({
  department: code.optional(),
  category,
  itemStatus: status,
  status: z.literal('published').optional(),
  locale,
});

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
