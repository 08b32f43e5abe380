import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { monthQuery } from '../schemas/queries';
import { getService } from '../utils/get-service';
import { validate } from '@gov-portal/kit';

const notFound = (station: string) => new errors.NotFoundError(`监测点位“${station}”不存在或未发布`);

/** Public air-quality charts and monthly series (published data only); lists are gov-core's public content API. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const air = () => getService(strapi, 'air');
  return {
    async daily(ctx: Context) {
      const { station, month } = validate(monthQuery, ctx.query);
      const data = await air().monthly(station, month);
      if (!data) throw notFound(station);
      ctx.body = { data };
    },

    async chart(ctx: Context) {
      const { station, month } = validate(monthQuery, ctx.query);
      const svg = await air().chart(station, month);
      if (!svg) throw notFound(station);
      ctx.type = 'image/svg+xml; charset=utf-8';
      ctx.set('Cache-Control', 'public, max-age=300');
      ctx.body = svg;
    },
  };
};
