import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { SOURCE_LOCALE, isPlainObject, negotiateVariant, type Variant } from '../domain';
import { getService } from '../utils/get-service';
import type { RouteInfo } from '../services/convert';

// Free-text search parameters of custom routes (besides `filters`), converted back to simplified like filters.
const SEARCH_PARAMS = ['_q', 'q', 'keyword', 'keywords', 'search'];

const firstString = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : Array.isArray(value) && typeof value[0] === 'string'
      ? value[0]
      : undefined;

/**
 * One Koa middleware for every content-API route (`/api/*`, core and custom, of every plugin):
 * 1. negotiates the variant (`?locale=` first, then Accept-Language) and sets Content-Language and
 *    `Vary: Accept-Language`;
 * 2. for a variant, hands the route `locale=zh-Hans` (only if the request named a locale) and, once the
 *    router has matched the route (observed through `ctx.state.route`, which Strapi's router sets before
 *    authentication, policies and the handler), turns traditional `filters` / search values back into
 *    simplified — by the route's content-type schema when it is known;
 * 3. converts the JSON body of a successful response (convert service) and flags it `meta.converted`.
 * Bodies that are not JSON (RSS, files) are left to the route, which can use the convert service.
 */
export const createContentApiMiddleware = (strapi: Core.Strapi) => {
  const prefix = `${(strapi.config.get('api.rest.prefix') as string | undefined) ?? '/api'}/`;
  const convert = () => getService(strapi, 'convert');

  return async (ctx: Context, next: Next) => {
    if (!ctx.path.startsWith(prefix)) return next();
    const requested = firstString(ctx.query.locale);
    const negotiated = negotiateVariant({ locale: requested, acceptLanguage: ctx.get('Accept-Language') });
    ctx.vary('Accept-Language');
    const readOnly = ctx.method === 'GET' || ctx.method === 'HEAD';
    // Writes are answered as the route answers them (in the stored locale).
    const variant = readOnly ? negotiated.variant : null;
    if (!variant) {
      if (negotiated.locale === SOURCE_LOCALE) ctx.set('Content-Language', SOURCE_LOCALE);
      // `?locale=zh-CN` and friends are served as zh-Hans.
      if (requested !== undefined && negotiated.locale === SOURCE_LOCALE && requested !== SOURCE_LOCALE) {
        ctx.query = { ...ctx.query, locale: SOURCE_LOCALE };
      }
      return next();
    }
    ctx.set('Content-Language', variant);

    await getService(strapi, 'overrides').ensureFresh();
    if (requested !== undefined) ctx.query = { ...ctx.query, locale: SOURCE_LOCALE };
    observeRoute(ctx, (route) => rewriteSearch(ctx, convert().contentTypeOfRoute(route), variant));

    await next();

    const route = ctx.state.route as RouteInfo | undefined;
    if (ctx.status < 200 || ctx.status >= 300 || !isJsonBody(ctx.body)) return;
    const result = await convert().convertResponse(ctx.body, {
      variant,
      hintUid: convert().contentTypeOfRoute(route),
      // A public response never carries draft text, whatever the request's `status` says.
      status: 'published',
    });
    const body = result.body;
    if (isPlainObject(body) && 'data' in body) {
      const allStored = result.stored > 0 && result.converted === 0;
      body.meta = { ...(isPlainObject(body.meta) ? body.meta : {}), locale: variant, converted: !allStored };
    }
    ctx.body = body;
  };

  function rewriteSearch(ctx: Context, uid: string | null, variant: Variant) {
    const query = ctx.query as Record<string, unknown>;
    const changes: Record<string, unknown> = {};
    if (query.filters !== undefined) changes.filters = convert().convertFilters(query.filters, uid, variant);
    for (const name of SEARCH_PARAMS) {
      if (typeof query[name] === 'string')
        changes[name] = convert().toSimplified(query[name] as string, variant);
    }
    if (Object.keys(changes).length > 0) ctx.query = { ...query, ...changes } as Context['query'];
  }
};

const isJsonBody = (body: unknown) => isPlainObject(body) || Array.isArray(body);

/** Calls `onRoute` when Strapi's router sets `ctx.state.route` (before the route's auth, policies and handler). */
function observeRoute(ctx: Context, onRoute: (route: RouteInfo) => void) {
  let route: RouteInfo | undefined;
  Object.defineProperty(ctx.state, 'route', {
    configurable: true,
    enumerable: true,
    get: () => route,
    set(value: RouteInfo) {
      route = value;
      onRoute(value);
    },
  });
}
