import { z } from 'zod';
import { VARIANT_LOCALES, type Variant } from '../domain';

const variant = z.enum(VARIANT_LOCALES as [Variant, ...Variant[]], {
  error: '须为 zh-Hant（臺灣字形）或 zh-Hant-HK（香港字形）',
});

export const MAX_PREVIEW_LENGTH = 200_000;

export const previewText = z.object({
  text: z
    .string({ error: '须为字符串' })
    .min(1, { error: '不能为空' })
    .max(MAX_PREVIEW_LENGTH, { error: `不超过 ${MAX_PREVIEW_LENGTH} 个字符` }),
  variant,
  // `html` keeps tags, attributes and code untouched (rich text); `text` converts the whole string.
  format: z.enum(['text', 'html'], { error: '须为 text 或 html' }).default('text'),
});

export const previewDocument = z.object({
  contentType: z
    .string({ error: '须为内容类型 UID' })
    .regex(/^(?:api|plugin)::[a-z0-9-]+\.[a-z0-9-]+$/, {
      error: '须为内容类型 UID，如 plugin::gov-core.article',
    })
    .default('plugin::gov-core.article'),
  documentId: z.string({ error: '必填' }).trim().min(1, { error: '必填' }).max(64, { error: '过长' }),
  variant,
  status: z.enum(['draft', 'published'], { error: '须为 draft 或 published' }).default('draft'),
});
