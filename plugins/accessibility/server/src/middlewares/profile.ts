import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { PROFILES, type Profile } from '../schemas/check';
import { fieldErrors } from '@gov-portal/kit';
import { getService } from '../utils/get-service';

const isJson = (body: unknown) =>
  Array.isArray(body) ||
  (!!body && typeof body === 'object' && Object.getPrototypeOf(body) === Object.prototype);

/**
 * One Koa middleware for every content-API route (`/api/*`): `?profile=elder` serves the 适老版 of every
 * rich-text value, `?profile=plain` adds the 纯文本 version of each beside it (`body` stays HTML, `bodyText`
 * is text; see the profiles service). The parameter is taken off the query before the route
 * runs (routes validate their query strictly). It composes with chinese-variants in either order: the notes
 * it adds follow `Content-Language` (set by chinese-variants before the route runs), and when variants wraps
 * this middleware it converts the profiled HTML, text only.
 */
export const createProfileMiddleware = (strapi: Core.Strapi) => {
  const prefix = `${(strapi.config.get('api.rest.prefix') as string | undefined) ?? '/api'}/`;

  return async (ctx: Context, next: Next) => {
    if (!ctx.path.startsWith(prefix) || ctx.query.profile === undefined) return next();
    const { profile: raw, ...rest } = ctx.query;
    if (typeof raw !== 'string' || !(PROFILES as readonly string[]).includes(raw)) {
      throw fieldErrors([
        { field: 'profile', message: 'profile 应为 elder（适老版）或 plain（纯文本）', rule: 'enum' },
      ]);
    }
    const profile = raw as Profile;
    ctx.query = rest;
    await next();

    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return;
    if (ctx.status < 200 || ctx.status >= 300 || !isJson(ctx.body)) return;
    const service = getService(strapi, 'profiles');
    const body = (await service.apply(
      ctx.body,
      profile,
      service.labelsFor(ctx.response.get('Content-Language')),
    )) as any;
    if (body && !Array.isArray(body) && 'data' in body) {
      body.meta = { ...(body.meta && typeof body.meta === 'object' ? body.meta : {}), profile };
    }
    ctx.body = body;
  };
};
