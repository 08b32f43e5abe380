import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { forecastsQuery, monthQuery, observationsQuery, stationsQuery } from '../schemas/queries';
import { getService } from '../utils/get-service';
import { validate } from '@gov-portal/kit';

const notFound = (station: string) => new errors.NotFoundError(`监测点位“${station}”不存在或未发布`);

/** Public air-quality reads (published data only). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const air = () => getService(strapi, 'air');
  return {
    async stations(ctx: Context) {
      ctx.body = { data: await air().stations(validate(stationsQuery, ctx.query)) };
    },

    async observations(ctx: Context) {
      const { data, pagination } = await air().observations(validate(observationsQuery, ctx.query));
      ctx.body = { data, meta: { pagination } };
    },

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

    async forecasts(ctx: Context) {
      const { data, pagination } = await air().forecasts(validate(forecastsQuery, ctx.query));
      ctx.body = { data, meta: { pagination } };
    },
  };
};
