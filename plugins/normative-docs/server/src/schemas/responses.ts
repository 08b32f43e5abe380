/**
 * The 200 bodies of normative-docs' routes (attached to the routes as `response`; gov-core generates the
 * OpenAPI document from them; the document list is a column route, documented from the model).
 */
import { z } from 'zod';
import { responses as shared } from '@gov-portal/kit';
import { BATCH_OUTCOME_KEYS, VALIDITY_KEYS } from '../data/validity';

const { dataOf, pageOf, labelsOf } = shared;

/** 清理批次 with its rows (清理结果). */
const batch = z.looseObject({
  documentId: z.string(),
  title: z.string(),
  decisionNumber: z.string().nullable(),
  decidedAt: z.string().nullable(),
  applied: z.boolean(),
  rows: z.array(z.looseObject({ outcome: z.string(), outcomeLabel: z.string() })).optional(),
});

export const responses = {
  batches: pageOf(batch),
  batch: dataOf(batch),
  labels: dataOf(
    z.object({
      validity: labelsOf(VALIDITY_KEYS).describe('有效性 → 标签'),
      outcomes: labelsOf(BATCH_OUTCOME_KEYS).describe('清理结果 → 标签'),
    }),
  ),
  plan: dataOf(
    z.object({
      documentId: z.string(),
      applied: z.boolean(),
      appliedAt: z.string().nullable(),
      ok: z.boolean(),
      changes: z.array(z.looseObject({})).optional(),
      errors: z.array(z.looseObject({})).optional(),
    }),
  ),
  apply: dataOf(z.looseObject({})),
  expiry: dataOf(z.looseObject({})),
};
