import { z } from 'zod';

/** 2 MB of markup: far above any article, small enough to check in one request. */
export const MAX_HTML_LENGTH = 2_000_000;

export const checkBody = z.strictObject({
  html: z
    .string({ error: 'html 必须是字符串（要检查的 HTML）' })
    .max(MAX_HTML_LENGTH, { error: `html 不能超过 ${MAX_HTML_LENGTH} 个字符` }),
  field: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_.[\]-]{0,99}$/, { error: 'field 应为字段名（字母开头，如 body）' })
    .optional(),
  headingBaseLevel: z
    .number()
    .int({ error: 'headingBaseLevel 应为 0–5 的整数' })
    .min(0, { error: 'headingBaseLevel 应为 0–5 的整数' })
    .max(5, { error: 'headingBaseLevel 应为 0–5 的整数' })
    .optional(),
});

export const documentParams = z.object({
  uid: z.string().regex(/^(plugin|api)::[a-z0-9-]+\.[a-z0-9-]+$/, { error: 'uid 应为内容类型 UID' }),
  documentId: z.string().regex(/^[A-Za-z0-9]{1,64}$/, { error: 'documentId 格式不正确' }),
});

export const documentQuery = z.object({
  locale: z
    .string()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'locale 应为语言代码（如 zh-Hans）' })
    .optional(),
});

export const PROFILES = ['elder', 'plain'] as const;
export type Profile = (typeof PROFILES)[number];

/** GET /accessibility/demo: the page's script (any other value shows 简体). */
export const demoQuery = z.object({
  lang: z.enum(['zh-Hans', 'zh-Hant']).describe('页面文字：简体或繁体').optional(),
});
