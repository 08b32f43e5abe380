/**
 * The 200 bodies of chinese-variants' admin routes (attached to the routes as `response`; gov-core generates
 * the OpenAPI document from them). The phrase routes are Strapi core routes: their document comes from the model.
 */
import { z } from 'zod';

export const responses = {
  text: z.object({
    data: z.object({
      text: z.string().describe('转换后的文字'),
      variant: z.string(),
      format: z.enum(['text', 'html']),
      overridesVersion: z.string().nullable().describe('所用词语覆盖的版本'),
    }),
  }),
  document: z.object({
    data: z.looseObject({}).describe('转换后的文档（公开字段）'),
    source: z.looseObject({}).describe('原文档（简体）'),
    meta: z.object({ variant: z.string(), status: z.enum(['draft', 'published']) }),
  }),
};
