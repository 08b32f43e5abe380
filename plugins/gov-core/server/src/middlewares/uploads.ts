import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { getService } from '../utils/get-service';

const PREFIX = '/uploads/';

/**
 * In front of the local upload provider's `/uploads/*` route: an attachment of a draft-only or 不予公开
 * document is not served (404, as if it did not exist); see the public-read service's `uploadIsPublic`.
 */
export function registerUploadsGuard(strapi: Core.Strapi) {
  strapi.server.use(async (ctx: Context, next: Next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !ctx.path.startsWith(PREFIX)) return next();
    let path: string;
    try {
      path = decodeURIComponent(ctx.path);
    } catch {
      path = '';
    }
    if (
      path &&
      !path.slice(PREFIX.length).includes('/') &&
      (await getService(strapi, 'public-read').uploadIsPublic(path))
    )
      return next();
    ctx.status = 404;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = {
      data: null,
      error: { status: 404, name: 'NotFoundError', message: '文件不存在或未公开', details: {} },
    };
  });
}
