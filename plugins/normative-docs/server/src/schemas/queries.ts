import { z } from 'zod';
import { query } from '@gov-portal/kit';
import { VALIDITY_KEYS } from '../data/validity';

const slug = query.slug();
const { page, pageSize, locale } = query.paging(100, 10);

const populateHistory = z
  .union([z.enum(['history', '*']), z.array(z.enum(['history', '*']))], {
    error: '只能为 history（附带有效性变更记录）',
  })
  .optional()
  .transform((v) => v !== undefined);

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
  year: query.year().optional(),
  q: query.keyword(100).optional(),
  populate: populateHistory,
});

export const documentQuery = z.object({ locale, populate: populateHistory });

export const batchListQuery = pagination;

/** POST /normative-docs/jobs/expire: no body expected; an unknown key is refused rather than ignored. */
export const expireBody = z.strictObject({}, { error: '此操作不接受参数' });
