import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { pollutersQuery, waterQuery } from '../schemas/queries';
import { getService } from '../utils/get-service';
import { validate } from '@gov-portal/kit';

/** Public 饮水安全 and 重点排污单位 disclosure. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async waterQuality(ctx: Context) {
    const { data, pagination } = await getService(strapi, 'disclosure').waterQuality(
      validate(waterQuery, ctx.query),
    );
    ctx.body = { data, meta: { pagination } };
  },

  async polluters(ctx: Context) {
    const { data, pagination } = await getService(strapi, 'disclosure').polluters(
      validate(pollutersQuery, ctx.query),
    );
    ctx.body = { data, meta: { pagination } };
  },
});
