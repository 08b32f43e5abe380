/**
 * The 200 bodies of accessibility's routes (attached to the routes as `response`; gov-core generates the
 * OpenAPI document from them).
 */
import { z } from 'zod';

const violation = z.looseObject({
  rule: z.string().describe('规则 ID（见 /accessibility/rules）'),
  criterion: z.string(),
  severity: z.enum(['error', 'warning']),
  field: z.string().describe('问题所在的字段'),
  excerpt: z.string().describe('问题处的标记或文字（≤ 120 字符）'),
  title: z.string().describe('问题名称'),
  hint: z.string().describe('修改建议'),
});
const summary = z.object({
  errors: z.number().int(),
  warnings: z.number().int(),
  publishable: z.boolean().describe('没有 error 级问题即可发布'),
});

export const responses = {
  check: z.object({ violations: z.array(violation), summary }),
  document: z.object({
    uid: z.string(),
    documentId: z.string(),
    locale: z.string().nullable(),
    title: z.string().nullable(),
    violations: z.array(violation),
    summary,
  }),
  rules: z.object({
    data: z.array(
      z.looseObject({
        id: z.string(),
        criterion: z.string().describe('对应的 WCAG / GB/T 37668-2019 条款'),
        severity: z.enum(['error', 'warning']),
        title: z.string(),
        hint: z.string(),
      }),
    ),
  }),
  asset: z.string(),
};
