import type { Core } from '@strapi/strapi';
import { posix } from 'node:path';
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
 * The path a static server (strapi::public, the upload plugin's `/uploads/(.*)` route, both koa-send) would
 * serve for a raw request path: percent-decoded once, backslashes as separators, dot segments resolved.
 * `null` when it cannot be decoded (or holds a NUL byte).
 */
export const servedPath = (rawPath: string): string | null => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  return posix.normalize(`/${decoded.replace(/\\/g, '/')}`);
};

const underUploads = (p: string) => {
  const lower = p.toLowerCase();
  return lower === '/uploads' || lower.startsWith('/uploads/');
};

/**
 * Whether a request for `rawPath` is one for `public/uploads` (case-insensitively): as written, once decoded,
 * or as the static servers would resolve it.
 */
export const reachesUploads = (rawPath: string): boolean => {
  const served = servedPath(rawPath);
  // koa-send refuses (400) a path it cannot decode: nothing is served, only the raw form is judged.
  if (served === null) return underUploads(rawPath);
  return [rawPath, decodeURIComponent(rawPath).replace(/\\/g, '/'), served].some(underUploads);
};

/**
 * In front of every static route: any GET/HEAD that would be served from `public/uploads` — however it is
 * encoded, cased or dot-segmented — is judged here, and only its canonical form `/uploads/<name>` is ever
 * served (anything else is a 404). An attachment of a draft-only or 不予公开 document is not served (404, as
 * if it did not exist); see the public-read service's `uploadIsPublic`. A held file is served to an admin
 * holding the media cookie (refreshed by every request the admin panel authenticates with its session) only
 * if that admin may read the media library without conditions, or may read a document referencing the file;
 * never cached by shared caches.
 */
export function registerUploadsGuard(strapi: Core.Strapi) {
  const mayReadHeld = async (ctx: Context, urlPath: string): Promise<boolean> => {
    const userId = parseMediaGrant(ctx.cookies.get(MEDIA_COOKIE, { signed: true }));
    if (userId === null) return false;
    const user = (await strapi.db.query('admin::user').findOne({
      where: { id: userId },
      select: ['id', 'isActive', 'blocked'],
      populate: { roles: { select: ['code'] } },
    })) as { id: number; isActive?: boolean; blocked?: boolean; roles?: { code: string }[] } | null;
    if (!user || user.isActive !== true || user.blocked === true) return false;
    if ((user.roles ?? []).some((r) => r.code === 'strapi-super-admin')) return true;
    const permissions = (await strapi.service('admin::permission').findUserPermissions({ id: user.id })) as {
      action: string;
      conditions?: string[] | null;
    }[];
    if (permissions.some((p) => p.action === 'plugin::upload.read' && !(p.conditions ?? []).length))
      return true;
    const publicRead = getService(strapi, 'public-read');
    const file = await publicRead.uploadAt(urlPath);
    if (!file) return false;
    const { documents } = await publicRead.fileReferences(file.id);
    if (!documents.length) return false;
    return (await getService(strapi, 'scoping').readable({ id: user.id }, documents, 'read')).size > 0;
  };

  strapi.server.use(async (ctx: Context, next: Next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !reachesUploads(ctx.path)) {
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
    const path = ctx.path;
    // Only the canonical form: no encoding, no dot segments, no other case, no sub-path.
    if (servedPath(path) === path && path.startsWith(PREFIX) && !path.slice(PREFIX.length).includes('/')) {
      if (await getService(strapi, 'public-read').uploadIsPublic(path)) return next();
      if (await mayReadHeld(ctx, path)) {
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
