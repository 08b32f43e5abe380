import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { validate } from '@gov-portal/kit';
import { getService } from '../utils/get-service';
import { noParameters } from '../schemas/content-api';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  index(ctx: Context) {
    ctx.body = getService(strapi, 'info').describe();
  },

  /** Admin: the Chinese labels of every declared enumeration (services/admin-layouts.ts). */
  enumerationLabels(ctx: Context) {
    validate(noParameters, ctx.query);
    ctx.body = { data: getService(strapi, 'admin-layouts').options() };
  },

  /** Public: the admin's type and field labels (services/admin-layouts.ts adminMessages). */
  async adminMessages(ctx: Context) {
    validate(noParameters, ctx.query);
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = { data: await getService(strapi, 'admin-layouts').adminMessages() };
  },

  /** The OpenAPI 3.1 document of every local plugin's routes, generated from their zod schemas. */
  openapi(ctx: Context) {
    ctx.body = getService(strapi, 'openapi').document();
  },
});
