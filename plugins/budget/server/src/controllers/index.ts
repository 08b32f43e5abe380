import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { fieldErrors, forbidden, publicQuery, query, validate } from '@gov-portal/kit';
import { civilDate } from '@gov-portal/kit/domain';
import { z } from 'zod';
import { EXPENSE_TYPES, FUNDS, FUND_KEYS, KINDS, THREE_PUBLIC_FUNDS, UNITS } from '../data/labels';
import { TABLE_SETS } from '../data/table-sets';
import { UID } from '../constants';
import { budget, govCore } from '../get-service';
import { tablesOfReport } from '../setup/api';
import { IMPORT_LIMITS } from '../services/tables';

const CONTENT_TYPE = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

// Any id-like text: a report that does not exist is answered as one outside the caller's departments.
const documentId = z.string().regex(/^[A-Za-z0-9]{1,64}$/, '须为报告的 documentId（字母和数字）');
const by = z.enum(['function', 'economic'], { message: '须为 function（功能分类）或 economic（经济分类）' });
const treeQuery = z.strictObject({
  by: by.optional(),
  fund: z
    .enum(FUND_KEYS as [string, ...string[]], { message: `须为 ${FUND_KEYS.join('、')} 之一` })
    .optional(),
  locale: query.locale().optional(),
});
const chartQuery = z.strictObject({ by: by.optional(), locale: query.locale().optional() });
const summaryQuery = z.strictObject({
  year: z.coerce
    .number({ message: '须为年度（如 2017）' })
    .int('须为年度（如 2017）')
    .min(1949, '年度须在 1949–2100 之间')
    .max(2100, '年度须在 1949–2100 之间'),
  locale: query.locale().optional(),
});
const deadlineQuery = query.deadlines();
const importQuery = z.strictObject({
  dryRun: z.enum(['true', 'false'], { message: '须为 true 或 false' }).optional(),
});
const exportQuery = z.strictObject({
  format: z.enum(['xlsx', 'csv'], { message: '须为 xlsx 或 csv' }).optional(),
});

const notFound = () => new errors.NotFoundError('预决算报告不存在或未公开');
const idOf = (ctx: Context) => {
  const parsed = documentId.safeParse(ctx.params.documentId);
  if (!parsed.success)
    throw fieldErrors([
      { field: 'documentId', rule: 'format', message: `documentId: ${parsed.error.issues[0].message}` },
    ]);
  return parsed.data;
};

export default {
  reports: ({ strapi }: { strapi: Core.Strapi }) =>
    govCore(strapi, 'public-api').controller(UID.report, {
      decorateOne: async (entry) => ({ ...entry, tables: await tablesOfReport(strapi, entry) }),
    }),

  lines: ({ strapi }: { strapi: Core.Strapi }) => govCore(strapi, 'public-api').controller(UID.line),

  tables: ({ strapi }: { strapi: Core.Strapi }) => ({
    /** GET /api/budget/reports/:documentId/tree?by=function|economic&fund= */
    async tree(ctx: Context) {
      const id = idOf(ctx);
      const q = validate(treeQuery, publicQuery(ctx.query));
      const tree = await budget(strapi, 'public').tree(id, q.by ?? 'function', q.fund as never);
      if (!tree) throw notFound();
      ctx.body = tree;
    },

    /** GET /api/budget/reports/:documentId/chart.svg?by=function */
    async chart(ctx: Context) {
      const id = idOf(ctx);
      const q = validate(chartQuery, publicQuery(ctx.query));
      const svg = await budget(strapi, 'public').chart(
        id,
        q.by ?? 'function',
        ctx.response.get('Content-Language') || null,
      );
      if (svg === null) throw notFound();
      ctx.type = 'image/svg+xml; charset=utf-8';
      // Revalidated on every use: a report withdrawn or marked 不予公开 must not linger in shared caches.
      ctx.set('Cache-Control', 'no-cache');
      ctx.body = svg;
    },

    /** GET /api/budget/summary?year= */
    async summary(ctx: Context) {
      const q = validate(summaryQuery, publicQuery(ctx.query));
      ctx.body = { data: await budget(strapi, 'public').summary(q.year) };
    },

    labels(ctx: Context) {
      validate(z.strictObject({ locale: query.locale().optional() }), publicQuery(ctx.query));
      ctx.body = {
        data: {
          kind: KINDS,
          fund: FUNDS,
          expenseType: EXPENSE_TYPES,
          unit: UNITS,
          threePublicFunds: THREE_PUBLIC_FUNDS,
          tableSets: TABLE_SETS.map((s) => ({
            id: s.id,
            kind: s.kind,
            fromYear: s.fromYear,
            title: s.title,
            source: s.source,
            tables: s.tables.map((t) => ({
              key: t.key,
              title: t.title,
              layout: t.layout,
              optional: !!t.optional,
            })),
          })),
        },
      };
    },
  }),

  admin: ({ strapi }: { strapi: Core.Strapi }) => ({
    /** GET /budget/deadlines?on=YYYY-MM-DD&overdue=true */
    async deadlines(ctx: Context) {
      const q = validate(deadlineQuery, ctx.query);
      const now = query.deadlineDay(q.on);
      const data = await budget(strapi, 'deadlines').forCaller({ now, overdueOnly: q.overdue === 'true' });
      if (data === null) throw forbidden('无权查看预决算报告');
      ctx.body = { data, meta: { on: civilDate(now), total: data.length } };
    },

    /** POST /budget/reports/:documentId/import?dryRun=true (multipart field `file`: .xlsx or .csv). */
    async import(ctx: Context) {
      const id = idOf(ctx);
      const q = validate(importQuery, ctx.query);
      const { bytes, filename } = await govCore(strapi, 'table-files').readUpload(
        ctx.request,
        '须上传一个 .xlsx 或 .csv 表格（multipart 字段 file）',
        IMPORT_LIMITS,
      );
      const result = await budget(strapi, 'tables').importFile(id, bytes, {
        dryRun: q.dryRun === 'true',
        actor: govCore(strapi, 'toolkit').currentAdmin(),
        filename,
      });
      ctx.status = result.dryRun ? 200 : 201;
      ctx.body = { data: result };
    },

    /** GET /budget/reports/:documentId/export?format=xlsx|csv */
    async export(ctx: Context) {
      const id = idOf(ctx);
      const q = validate(exportQuery, ctx.query);
      const format = q.format ?? 'xlsx';
      const { buffer, name } = await budget(strapi, 'tables').exportFile(
        id,
        format,
        govCore(strapi, 'toolkit').currentAdmin(),
      );
      ctx.set('Content-Type', CONTENT_TYPE[format]);
      ctx.set(
        'Content-Disposition',
        `attachment; filename="budget.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      );
      ctx.body = buffer;
    },
  }),
};
