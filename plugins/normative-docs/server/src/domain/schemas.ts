/**
 * zod schemas for the admin request bodies of 清理批次 (create / update) and their rows. Messages are
 * Chinese; toFieldErrors prefixes each with its field path (`rows.2.outcome: …`).
 */
import { z } from 'zod';
import { BATCH_OUTCOME_KEYS } from '../data/validity';
import { isIsoDate } from './dates';
import { problem, type FieldError } from '@gov-portal/kit/domain';

// GB/T 9704-2012 §7.2.4: 发文字号 = 机关代字 + 年份 in 六角括号〔〕 + 顺序号 + 号. Editors often type [] () 【】
// instead; those are normalised to 〔〕. Other forms (政府令第1号, 公告 2026年第1号) are accepted as typed.
const YEAR_IN_BRACKETS = /[[［【(（〔]\s*((?:19|20)\d{2})\s*[\]］】)）〕]/;

export function normalizeDecisionNumber(value: string): string {
  return value.trim().replace(YEAR_IN_BRACKETS, '〔$1〕');
}

/** The built-in 发文字号 check; gov-core's stricter validator can be passed to makeBatchSchemas instead. */
export const decisionNumberSchema = z
  .string({ error: '发文字号应为文本' })
  .transform(normalizeDecisionNumber)
  .pipe(
    z
      .string()
      .min(1, { error: '发文字号不能为空' })
      .max(100, { error: '发文字号不能超过 100 个字符' })
      .refine((v) => !/[\r\n]/.test(v), { error: '发文字号不能换行' }),
  );

const isoDate = z
  .string({ error: '日期应为 YYYY-MM-DD 格式' })
  .refine(isIsoDate, { error: '日期应为 YYYY-MM-DD 格式的有效日期' });

const documentId = z
  .string({ error: '应为文件的 documentId' })
  .trim()
  .min(1, { error: '必须选择文件' })
  .max(64, { error: 'documentId 过长' });

export const batchRowSchema = z.object({
  document: documentId,
  outcome: z.enum(BATCH_OUTCOME_KEYS, { error: `清理结果应为 ${BATCH_OUTCOME_KEYS.join('、')} 之一` }),
  note: z.string({ error: '说明应为文本' }).trim().max(500, { error: '说明不能超过 500 个字符' }).nullish(),
  replacedBy: documentId.nullish(),
});

export function makeBatchSchemas(decisionNumber: z.ZodType<string, unknown> = decisionNumberSchema) {
  const fields = {
    title: z
      .string({ error: '标题应为文本' })
      .trim()
      .min(1, { error: '标题不能为空' })
      .max(200, { error: '标题不能超过 200 个字符' }),
    decisionNumber,
    decidedAt: isoDate.nullish(),
    description: z
      .string({ error: '说明应为文本' })
      .trim()
      .max(2000, { error: '说明不能超过 2000 个字符' })
      .nullish(),
    rows: z
      .array(batchRowSchema, { error: 'rows 应为数组' })
      .max(5000, { error: '一个批次最多 5000 个文件' }),
  };
  const create = z.object({ ...fields, rows: fields.rows.default([]) });
  const update = z
    .object(fields)
    .partial()
    .refine((body) => Object.values(body).some((v) => v !== undefined), {
      error: '没有需要更新的字段',
    });
  return { create, update, row: batchRowSchema };
}

export const batchSchemas = makeBatchSchemas();
export type BatchCreateBody = z.output<typeof batchSchemas.create>;
export type BatchUpdateBody = z.output<typeof batchSchemas.update>;
export type BatchRowBody = z.output<typeof batchRowSchema>;

export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) =>
    problem(issue.path.map(String).join('.') || 'body', 'invalid', issue.message),
  );
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; errors: FieldError[] };

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): ParseResult<z.output<S>> {
  const result = schema.safeParse(body);
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, errors: toFieldErrors(result.error) };
}
