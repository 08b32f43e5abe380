import { z } from 'zod';
import { toCalendarDate } from '../domain/calendar';
import { WATER_SOURCE_TYPES } from '../domain/records';

const code = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '须为小写字母、数字和连字符组成的代码');
const page = z.coerce.number().int('须为整数').min(1, '须为不小于 1 的整数').default(1);
const pageSize = (max: number, def: number) =>
  z.coerce.number().int('须为整数').min(1, `须在 1–${max} 之间`).max(max, `须在 1–${max} 之间`).default(def);
const locale = z.string().optional();
/** A civil date, or a date-time with a zone (a bare date is the whole day in Beijing time). */
const instant = z
  .string()
  .refine(
    (s) => toCalendarDate(s) !== null,
    '须为 YYYY-MM-DD 或带时区的 ISO 时间，如 2026-03-01T08:00:00+08:00',
  );
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM，如 2026-03');
const year = z.coerce.number().int('须为四位年份').min(2000, '须为 2000 年以后的年份').max(2100, '年份过大');

export const stationsQuery = z.object({ township: code.optional(), locale });

export const observationsQuery = z.object({
  station: code.optional(),
  from: instant.optional(),
  to: instant.optional(),
  averaging: z.enum(['1h', '24h'], { message: "须为 '1h' 或 '24h'" }).optional(),
  page,
  pageSize: pageSize(1000, 100),
  locale,
});

export const monthQuery = z.object({
  station: code,
  month,
  locale,
});

export const forecastsQuery = z.object({
  from: instant.optional(),
  to: instant.optional(),
  region: z.string().max(100).optional(),
  page,
  pageSize: pageSize(100, 20),
  locale,
});

export const waterQuery = z.object({
  township: code.optional(),
  year: year.optional(),
  quarter: z
    .string()
    .regex(/^\d{4}Q[1-4]$/, '季度格式应为 YYYYQn，如 2026Q3')
    .optional(),
  sourceType: z
    .enum(WATER_SOURCE_TYPES, { message: `须为 ${WATER_SOURCE_TYPES.join('、')} 之一` })
    .optional(),
  page,
  pageSize: pageSize(100, 50),
  locale,
});

export const pollutersQuery = z.object({
  company: z.string().max(200).optional(),
  period: z.string().max(20).optional(),
  exceeding: z.enum(['true', 'false'], { message: "须为 'true' 或 'false'" }).optional(),
  page,
  pageSize: pageSize(100, 20),
  locale,
});

export const overdueQuery = z.object({
  quarter: z
    .string()
    .regex(/^\d{4}Q[1-4]$/, '季度格式应为 YYYYQn，如 2026Q3')
    .optional(),
});

const flag = z.enum(['true', 'false', '1', '0'], { message: "须为 'true' 或 'false'" }).optional();
export const importQuery = z.object({ dryRun: flag, publish: flag });
export const isTrue = (v: string | undefined) => v === 'true' || v === '1';
