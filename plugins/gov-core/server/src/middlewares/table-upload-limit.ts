import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { megabytes } from '@gov-portal/kit/domain';
import { MULTIPART_ALLOWANCE } from '../services/table-files';
import { getService } from '../utils/get-service';

const refuse = (ctx: Context, message: string) => {
  ctx.status = 400;
  ctx.body = {
    data: null,
    error: {
      status: 400,
      name: 'ValidationError',
      message,
      details: {
        errors: [
          {
            row: 0,
            column: 'file',
            path: ['file'],
            name: 'ValidationError',
            rule: 'maxUploadBytes',
            message,
          },
        ],
      },
    },
  };
};

/**
 * Installed ahead of Strapi's `strapi::body`: a declared import route (`table-files.registerUpload`) whose
 * request declares a body over its limit, or no length at all, is answered 400 before formidable writes a
 * byte of it (Node then discards the unread body).
 */
export const tableUploadLimit =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    const limit = getService(strapi, 'table-files').uploadLimitOf(ctx.method, ctx.path);
    if (limit === null) return next();
    const header = ctx.get('content-length');
    const length = /^\d+$/.test(header) ? Number(header) : NaN;
    if (Number.isNaN(length)) {
      return refuse(ctx, 'file: 上传请求须带 Content-Length（不接受分块传输）');
    }
    if (length > limit + MULTIPART_ALLOWANCE) {
      return refuse(ctx, `file: 文件过大（上限 ${megabytes(limit)}）`);
    }
    return next();
  };
