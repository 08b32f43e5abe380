import { z } from 'zod';
import { query } from '@gov-portal/kit';
import { toCalendarDate } from '../domain/calendar';

export const code = query.slug();
const locale = query.locale();
/** A civil date, or a date-time with a zone (a bare date is the whole day in Beijing time). */
export const instant = z
  .string()
  .refine(
    (s) => toCalendarDate(s) !== null,
    '须为 YYYY-MM-DD 或带时区的 ISO 时间，如 2026-03-01T08:00:00+08:00',
  );
const month = query.month();
export const year = query.year(2000);

/** Strapi's `status`: a public read accepts only `published` (the public-read policy refuses the rest first). */
const status = z.literal('published', { message: '公开接口只提供已发布的信息' }).optional();

export const monthQuery = z.strictObject({
  station: code,
  month,
  locale,
  status,
});

export const overdueQuery = z.object({
  quarter: query.quarter().optional(),
});

const flag = z.enum(['true', 'false', '1', '0'], { message: "须为 'true' 或 'false'" }).optional();
export const importQuery = z.object({ dryRun: flag, publish: flag });
export const isTrue = (v: string | undefined) => v === 'true' || v === '1';
