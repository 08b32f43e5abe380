import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { demoPage } from '../pages/demo';
import { getService } from '../utils/get-service';
import type { Asset } from '../services/toolbar-assets';

/** One day fresh, then revalidated by ETag; any origin's front end may include it. */
const CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800';

const send = (ctx: Context, asset: Asset) => {
  ctx.set('Cache-Control', CACHE_CONTROL);
  ctx.set('ETag', asset.etag);
  ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.type = asset.type;
  ctx.status = 200;
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  ctx.body = asset.body;
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  script(ctx: Context) {
    send(ctx, getService(strapi, 'toolbar-assets').assets().js);
  },
  style(ctx: Context) {
    send(ctx, getService(strapi, 'toolbar-assets').assets().css);
  },
  /** GET /accessibility/demo[?lang=zh-Hant]: the Dao County page with the toolbar. */
  demo(ctx: Context) {
    const lang = ctx.query.lang === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
    ctx.type = 'text/html; charset=utf-8';
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = demoPage({ text: getService(strapi, 'toolbar-assets').demoText(), lang });
  },
});
