/**
 * The 200 bodies of power-list's routes (attached to the routes as `response`; gov-core generates the
 * OpenAPI document from them; the item list is a column route, documented from the model).
 */
import { z } from 'zod';
import { responses as shared } from '@gov-portal/kit';
import { CATEGORY_KEYS } from '../data/categories';
import { ADJUSTMENT_KIND_KEYS, ITEM_STATUS_KEYS, STAGE_KEYS } from '../data/labels';

const { dataOf, pageOf, labelsOf } = shared;

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
  labels: dataOf(
    z.object({
      category: labelsOf(CATEGORY_KEYS).describe('职权类型 → 标签'),
      itemStatus: labelsOf(ITEM_STATUS_KEYS).describe('事项状态 → 标签'),
      stage: labelsOf(STAGE_KEYS).describe('责任环节 → 标签'),
      adjustmentKind: labelsOf(ADJUSTMENT_KIND_KEYS).describe('调整类型 → 标签'),
    }),
  ),
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
