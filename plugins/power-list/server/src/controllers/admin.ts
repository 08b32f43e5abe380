import fs from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { importLimits } from '../config';
import { adjustmentQuery, exportQuery, importQuery } from '../schemas/queries';
import { currentAdmin } from '../utils/actor';
import { fieldError, forbidden } from '@gov-portal/kit';
import { getService, govCore } from '../utils/get-service';
import { UID } from '../utils/constants';
import { validate } from '@gov-portal/kit';

type UploadedFile = {
  filepath: string;
  size: number;
  originalFilename?: string | null;
  mimetype?: string | null;
};

const CONTENT_TYPE = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /power-list/import?dryRun=true&column=<slug> (multipart field `file`: .xlsx or .csv). */
  async import(ctx: Context) {
    const query = validate(importQuery, ctx.query);
    const files = (ctx.request as unknown as { files?: Record<string, UploadedFile | UploadedFile[]> }).files;
    const upload = files?.file;
    const file = Array.isArray(upload) ? upload[0] : upload;
    if (!file || (Array.isArray(upload) && upload.length !== 1)) {
      throw fieldError('file', '须上传一个 .xlsx 或 .csv 表格（multipart 字段 file）', 'required');
    }
    // The request body was bounded before it was read (gov-core's table-upload-limit middleware).
    govCore(strapi, 'table-files').checkUploadSize(file.size, importLimits(strapi));
    const bytes = await fs.readFile(file.filepath);
    const result = await getService(strapi, 'spreadsheet').importFile(bytes, {
      dryRun: query.dryRun,
      column: query.column,
      actor: currentAdmin(strapi),
      filename: file.originalFilename ?? file.mimetype ?? undefined,
    });
    ctx.status = result.dryRun ? 200 : 201;
    ctx.body = { data: result };
  },

  /** GET /power-list/export?department=<code>&status=draft|published&format=xlsx|csv */
  async export(ctx: Context) {
    const query = validate(exportQuery, ctx.query);
    const format = query.format ?? 'xlsx';
    const { buffer } = await getService(strapi, 'spreadsheet').exportFile(query, currentAdmin(strapi));
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
    const reach = await govCore(strapi, 'scoping').reach(currentAdmin(strapi), UID.item, 'read');
    if (reach.kind === 'none') throw forbidden('无权查看权力事项');
    const departments: string[] | undefined = reach.kind === 'departments' ? reach.departments : undefined;
    const { data, pagination } = await getService(strapi, 'adjustments').list(query, { departments });
    ctx.body = { data, meta: { pagination } };
  },
});
