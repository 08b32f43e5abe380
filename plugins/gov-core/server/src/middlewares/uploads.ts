import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { getService } from '../utils/get-service';

const PREFIX = '/uploads/';
/**
 * Signed (Koa `app.keys`), httpOnly, SameSite=Strict cookie limited to `/uploads`: it lets the logged-in admin
 * panel show held files (a draft's cover, a 不予公开 item's attachment) that browsers load without credentials.
 */
export const MEDIA_COOKIE = 'gov_admin_media';
const MEDIA_COOKIE_TTL_MS = 2 * 60 * 60 * 1000;

/** `<admin user id>.<expiry ms>`, as signed into the cookie. */
export const mediaGrant = (userId: number, now = Date.now()) => `${userId}.${now + MEDIA_COOKIE_TTL_MS}`;
export const parseMediaGrant = (value: string | undefined, now = Date.now()): number | null => {
  const match = /^(\d{1,12})\.(\d{13})$/.exec(value ?? '');
  if (!match || Number(match[2]) <= now) return null;
  return Number(match[1]);
};

/**
 * In front of the local upload provider's `/uploads/*` route: an attachment of a draft-only or 不予公开
 * document is not served (404, as if it did not exist); see the public-read service's `uploadIsPublic`.
 * An active admin user holding the media cookie (refreshed by every request the admin panel authenticates
 * with its session) gets held files too, never cached by shared caches.
 */
export function registerUploadsGuard(strapi: Core.Strapi) {
  const activeAdmin = async (ctx: Context): Promise<boolean> => {
    const userId = parseMediaGrant(ctx.cookies.get(MEDIA_COOKIE, { signed: true }));
    if (userId === null) return false;
    const user = await strapi.db
      .query('admin::user')
      .findOne({ where: { id: userId }, select: ['id', 'isActive', 'blocked'] });
    return !!user && user.isActive === true && user.blocked !== true;
  };

  strapi.server.use(async (ctx: Context, next: Next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !ctx.path.startsWith(PREFIX)) {
      await next();
      // The admin strategy (session JWT) authenticated this request: hand the panel its media cookie.
      const auth = ctx.state?.auth as { strategy?: { name?: string } } | undefined;
      if (ctx.state?.isAuthenticated && auth?.strategy?.name === 'admin' && ctx.state.user?.id) {
        ctx.cookies.set(MEDIA_COOKIE, mediaGrant(ctx.state.user.id), {
          signed: true,
          httpOnly: true,
          sameSite: 'strict',
          path: '/uploads',
          secure: ctx.secure,
          maxAge: MEDIA_COOKIE_TTL_MS,
          overwrite: true,
        });
      }
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(ctx.path);
    } catch {
      path = '';
    }
    if (path && !path.slice(PREFIX.length).includes('/')) {
      if (await getService(strapi, 'public-read').uploadIsPublic(path)) return next();
      if (await activeAdmin(ctx)) {
        await next();
        ctx.set('Cache-Control', 'private, no-store');
        return;
      }
    }
    ctx.status = 404;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = {
      data: null,
      error: { status: 404, name: 'NotFoundError', message: '文件不存在或未公开', details: {} },
    };
  });
}
