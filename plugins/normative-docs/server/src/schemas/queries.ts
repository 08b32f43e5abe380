import { z } from 'zod';
import { query } from '@gov-portal/kit';
import { VALIDITY_KEYS } from '../data/validity';

const slug = query.slug();
const { page, pageSize, locale } = query.paging(100, 10);

/** Strapi's `status`: a public read accepts only `published` (the public-read policy refuses the rest first). */
const status = z.literal('published', { message: '公开接口只提供已发布的信息' }).optional();

export const pagination = z.strictObject({ page, pageSize, locale, status });
export const localeQuery = z.strictObject({ locale, status });

export const batchListQuery = pagination;

/** Value schemas of the document list's shortcut parameters (gov-core public-api aliases). */
export const aliasValues = {
  slug,
  validity: z.enum(VALIDITY_KEYS, { error: `须为 ${VALIDITY_KEYS.join('、')} 之一` }),
  year: query.year(),
};

/** POST /normative-docs/jobs/expire: no body expected; an unknown key is refused rather than ignored. */
export const expireBody = z.strictObject({}, { error: '此操作不接受参数' });
