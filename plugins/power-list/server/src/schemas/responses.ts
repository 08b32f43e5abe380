/**
 * The 200 bodies of power-list's routes (attached to the routes as `response`; gov-core generates the
 * OpenAPI document from them; the item list is a column route, documented from the model).
 */
import { z } from 'zod';
import { CATEGORY_KEYS } from '../data/categories';
import { ADJUSTMENT_KIND_KEYS } from '../data/labels';

const pagination = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  total: z.number().int(),
});
const meta = z.looseObject({ locale: z.string().optional(), converted: z.boolean().optional() });
const dataOf = <T extends z.ZodType>(data: T) => z.object({ data, meta: meta.optional() });
const pageOf = <T extends z.ZodType>(entry: T) =>
  z.object({ data: z.array(entry), meta: meta.extend({ pagination }) });

const department = z.looseObject({ code: z.string(), name: z.string() });

const adjustment = z.looseObject({
  documentId: z.string(),
  kind: z.enum(ADJUSTMENT_KIND_KEYS).describe('调整类型'),
  kindLabel: z.string(),
  item: z.looseObject({ documentId: z.string(), code: z.string().nullable(), name: z.string() }).nullable(),
  department: department.nullable(),
  decidedAt: z.string().nullable(),
  basis: z.string().nullable(),
});

const importResult = z.looseObject({
  dryRun: z.boolean(),
  rows: z.number().int().describe('表格中的事项行数'),
  created: z.number().int(),
});

export const responses = {
  summary: dataOf(
    z.looseObject({
      rows: z.array(
        z.looseObject({
          department: department.nullable(),
          category: z.enum(CATEGORY_KEYS),
          categoryLabel: z.string(),
          count: z.number().int(),
        }),
      ),
    }),
  ),
  adjustments: pageOf(adjustment),
  import: dataOf(importResult),
  export: z.string().describe('xlsx 或 CSV 文件'),
};
