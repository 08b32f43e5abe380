import { z } from 'zod';

/**
 * zod fragments of the query strings every plugin accepts, with their Chinese messages. Compose them into
 * `z.strictObject({ … })` so that an unknown parameter is a 400 (see `validate`).
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A kebab-case code (column slug, department code, station code …). */
export const slug = (message = '须为小写字母、数字和连字符组成的代码') => z.string().regex(SLUG, message);

/** `page`, from 1, default 1. */
export const page = () =>
  z.coerce.number({ message: '须为整数' }).int('须为整数').min(1, '须为不小于 1 的整数').default(1);

/** `pageSize`, 1–`max`, default `def`. */
export const pageSize = (max = 100, def = 10) =>
  z.coerce
    .number({ message: '须为整数' })
    .int('须为整数')
    .min(1, `须在 1–${max} 之间`)
    .max(max, `须在 1–${max} 之间`)
    .default(def);

/** An optional BCP 47 locale code (`zh-Hans`, `zh-Hant`, `zh-Hant-HK` …). */
export const locale = () =>
  z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, '不是有效的语言代码')
    .optional();

/** A four-digit year from `min` (1949 by default) to 2100. */
export const year = (min = 1949) =>
  z.coerce
    .number({ message: '须为四位年份' })
    .int('须为四位年份')
    .min(min, `须为 ${min} 年以后的年份`)
    .max(2100, '年份过大');

/** A boolean query flag (`true`/`false`/`1`/`0`), optional, read as a boolean (absent → false). */
export const flag = (message = '须为 true 或 false') =>
  z
    .enum(['true', 'false', '1', '0'], { message })
    .optional()
    .transform((v) => v === 'true' || v === '1')
    .pipe(z.boolean()); // a representable output, for OpenAPI

/** A keyword search, trimmed, 1–`max` characters. */
export const keyword = (max = 100) =>
  z.string().trim().min(1, '关键词不能为空').max(max, `关键词不超过 ${max} 字`);

/** A real calendar date `YYYY-MM-DD` (2017-02-31 is refused). */
export const date = (message = '须为 YYYY-MM-DD 格式的日期') =>
  z.string({ message }).superRefine((s, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) ctx.addIssue({ code: 'custom', message });
    else {
      const d = new Date(`${s}T00:00:00Z`);
      if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s)
        ctx.addIssue({ code: 'custom', message: '不是存在的日期' });
    }
  });

/**
 * The query of a deadline list (`GET /<plugin>/deadlines`): `on` — the day to compute for (`YYYY-MM-DD`,
 * 1990–2100; default today), `overdue=true` — only what is overdue. Unknown parameters are refused.
 */
export const deadlines = () =>
  z.strictObject({
    overdue: z.enum(['true', 'false'], { message: '须为 true 或 false' }).optional(),
    on: date()
      .refine((v) => v >= '1990-01-01' && v <= '2100-12-31', '须在 1990-01-01 至 2100-12-31 之间')
      .optional(),
  });

/** The instant a deadline list computes for: noon in China on `on`, or now. */
export const deadlineDay = (on: string | undefined) => (on ? new Date(`${on}T12:00:00+08:00`) : new Date());

/** A month `YYYY-MM`. */
export const month = () => z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM，如 2026-03');

/** A quarter `YYYYQn`. */
export const quarter = () => z.string().regex(/^\d{4}Q[1-4]$/, '季度格式应为 YYYYQn，如 2026Q3');

/** `page`, `pageSize` and `locale`: the paging every list accepts. */
export const paging = (max = 100, def = 10) => ({
  page: page(),
  pageSize: pageSize(max, def),
  locale: locale(),
});
