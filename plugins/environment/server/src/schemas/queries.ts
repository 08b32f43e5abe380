import { z } from 'zod';
import { query } from '@gov-portal/kit';
import { toCalendarDate } from '../domain/calendar';
import { WATER_SOURCE_TYPES } from '../domain/records';

const code = query.slug();
const page = query.page();
const pageSize = query.pageSize;
const locale = query.locale();
/** A civil date, or a date-time with a zone (a bare date is the whole day in Beijing time). */
const instant = z
  .string()
  .refine(
    (s) => toCalendarDate(s) !== null,
    '须为 YYYY-MM-DD 或带时区的 ISO 时间，如 2026-03-01T08:00:00+08:00',
  );
const month = query.month();
const year = query.year(2000);

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
  quarter: query.quarter().optional(),
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
  quarter: query.quarter().optional(),
});

const flag = z.enum(['true', 'false', '1', '0'], { message: "须为 'true' 或 'false'" }).optional();
export const importQuery = z.object({ dryRun: flag, publish: flag });
export const isTrue = (v: string | undefined) => v === 'true' || v === '1';
