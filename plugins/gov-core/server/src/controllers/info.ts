import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../utils/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  index(ctx: Context) {
    ctx.body = getService(strapi, 'info').describe();
  },

  /** The OpenAPI 3.1 document of every local plugin's routes, generated from their zod schemas. */
  openapi(ctx: Context) {
    ctx.body = getService(strapi, 'openapi').document();
  },
});
