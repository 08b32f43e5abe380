/**
 * The 200 bodies of environment's routes (attached to the routes as `response`; gov-core generates the
 * OpenAPI document from them). Entries are open objects: they carry the model's public fields.
 */
import { z } from 'zod';

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

const place = z.looseObject({ code: z.string(), name: z.string() });
const record = (fields: z.ZodRawShape) => z.looseObject({ documentId: z.string(), ...fields });

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
  stations: dataOf(
    z.array(
      record({
        code: z.string(),
        name: z.string(),
        latitude: z.number().nullable(),
        longitude: z.number().nullable(),
        township: place.nullable(),
      }),
    ),
  ),
  observations: pageOf(
    record({
      station: place.nullable(),
      observedAt: z.string(),
      averaging: z.enum(['1h', '24h']),
      ...aqiFields,
    }),
  ),
  daily: dataOf(z.looseObject({ days: z.array(z.looseObject({})).optional() })),
  chart: z.string().describe('无障碍 SVG 图（含 title、desc 与数据表）'),
  forecasts: pageOf(
    record({
      date: z.string(),
      region: z.string(),
      aqiRange: z.object({ low: z.number().int(), high: z.number().int() }),
      levels: z.array(z.string()),
    }),
  ),
  waterQuality: pageOf(
    record({
      township: place.nullable(),
      quarter: z.string().describe('季度，如 2026Q3'),
      sourceType: z.string(),
      compliant: z.boolean().nullable(),
      indicators: z.array(z.looseObject({ key: z.string(), name: z.string() })),
    }),
  ),
  polluters: pageOf(
    record({
      company: z.string(),
      period: z.string(),
      compliant: z.boolean().nullable(),
      pollutants: z.array(z.looseObject({ pollutant: z.string() })),
    }),
  ),
  import: dataOf(z.looseObject({ dryRun: z.boolean() })),
  overdue: dataOf(
    z.looseObject({
      quarter: z.string(),
      overdue: z.array(z.looseObject({ documentId: z.string(), code: z.string(), name: z.string() })),
      reported: z.array(z.looseObject({ documentId: z.string(), code: z.string(), name: z.string() })),
    }),
  ),
};
