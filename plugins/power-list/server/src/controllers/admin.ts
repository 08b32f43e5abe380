import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { importLimits } from '../config';
import { adjustmentQuery, exportQuery, importQuery } from '../schemas/queries';
import { forbidden } from '@gov-portal/kit';
import { getService, govCore } from '../utils/get-service';
import { UID } from '../utils/constants';
import { validate } from '@gov-portal/kit';

const CONTENT_TYPE = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /power-list/import?dryRun=true&column=<slug> (multipart field `file`: .xlsx or .csv). */
  async import(ctx: Context) {
    const query = validate(importQuery, ctx.query);
    const { bytes, filename } = await govCore(strapi, 'table-files').readUpload(
      ctx.request,
      '须上传一个 .xlsx 或 .csv 表格（multipart 字段 file）',
      importLimits(strapi),
    );
    const result = await getService(strapi, 'spreadsheet').importFile(bytes, {
      dryRun: query.dryRun,
      column: query.column,
      actor: govCore(strapi, 'toolkit').currentAdmin(),
      filename,
    });
    ctx.status = result.dryRun ? 200 : 201;
    ctx.body = { data: result };
  },

  /** GET /power-list/export?department=<code>&status=draft|published&format=xlsx|csv */
  async export(ctx: Context) {
    const query = validate(exportQuery, ctx.query);
    const format = query.format ?? 'xlsx';
    const { buffer } = await getService(strapi, 'spreadsheet').exportFile(
      query,
      govCore(strapi, 'toolkit').currentAdmin(),
    );
    const name = `权力清单${query.department ? `-${query.department}` : ''}.${format}`;
    ctx.set('Content-Type', CONTENT_TYPE[format]);
    ctx.set(
      'Content-Disposition',
      `attachment; filename="power-list.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    ctx.body = buffer;
  },

  /** GET /power-list/adjustments — every adjustment (drafts never have any), limited to the reader's departments. */
  async adjustments(ctx: Context) {
    const { locale: _locale, ...query } = validate(adjustmentQuery, ctx.query);
    // gov-core's scoping: a reader scoped to departments sees only their items' adjustments.
    const reach = await govCore(strapi, 'scoping').reach(
      govCore(strapi, 'toolkit').currentAdmin(),
      UID.item,
      'read',
    );
    if (reach.kind === 'none') throw forbidden('无权查看权力事项');
    const departments: string[] | undefined = reach.kind === 'departments' ? reach.departments : undefined;
    const { data, pagination } = await getService(strapi, 'adjustments').list(query, { departments });
    ctx.body = { data, meta: { pagination } };
  },
});
