import { z } from 'zod';
import { toCalendarDate } from '../domain/calendar';

export const code = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '须为小写字母、数字和连字符组成的代码');
const locale = z.string().optional();
/** A civil date, or a date-time with a zone (a bare date is the whole day in Beijing time). */
export const instant = z
  .string()
  .refine(
    (s) => toCalendarDate(s) !== null,
    '须为 YYYY-MM-DD 或带时区的 ISO 时间，如 2026-03-01T08:00:00+08:00',
  );
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM，如 2026-03');
export const year = z.coerce
  .number()
  .int('须为四位年份')
  .min(2000, '须为 2000 年以后的年份')
  .max(2100, '年份过大');

/** Strapi's `status`: a public read accepts only `published` (the public-read policy refuses the rest first). */
const status = z.literal('published', { message: '公开接口只提供已发布的信息' }).optional();

export const monthQuery = z.strictObject({
  station: code,
  month,
  locale,
  status,
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
