/**
 * The 200 bodies of environment's routes (attached to the routes as `response`; gov-core generates the
 * OpenAPI document from them; the lists are column routes, documented from the model).
 */
import { z } from 'zod';
import { responses as shared } from '@gov-portal/kit';

const { dataOf } = shared;

/** The result of the HJ 633 engine (an observation carries the same fields). */
const aqiFields = {
  aqi: z.number().int().nullable().describe('空气质量指数'),
  level: z.number().int().nullable().describe('级别 1–6'),
  levelLabel: z.string().nullable().describe('一级 … 六级'),
  category: z.string().nullable().describe('类别：优、良 …'),
  primaryPollutants: z.array(z.string()).describe('首要污染物'),
  exceedingPollutants: z.array(z.string()).describe('超标污染物'),
  iaqi: z.looseObject({}).describe('分指数，按污染物'),
  edition: z.string().describe('所用标准版本'),
};

export const responses = {
  aqi: z.looseObject({ ...aqiFields, averaging: z.enum(['1h', '24h']), color: z.string() }),
  daily: dataOf(z.looseObject({ days: z.array(z.looseObject({})).optional() })),
  chart: z.string().describe('无障碍 SVG 图（含 title、desc 与数据表）'),
  import: dataOf(z.looseObject({ dryRun: z.boolean() })),
  overdue: dataOf(
    z.looseObject({
      quarter: z.string(),
      overdue: z.array(z.looseObject({ documentId: z.string(), code: z.string(), name: z.string() })),
      reported: z.array(z.looseObject({ documentId: z.string(), code: z.string(), name: z.string() })),
    }),
  ),
};
