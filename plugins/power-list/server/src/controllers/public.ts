import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { POWER_LIST_LABELS } from '../data/labels';
import { adjustmentQuery, emptyQuery, summaryQuery } from '../schemas/queries';
import { getService } from '../utils/get-service';
import { publicQuery, validate } from '@gov-portal/kit';

/** The 权力清单's special public reads (summary, adjustments); items are served by gov-core's public content API. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  // The items service reads through gov-core's public-read path (pruned, then Strapi's output sanitizer).
  const items = () => getService(strapi, 'items');

  return {
    labels(ctx: Context) {
      validate(emptyQuery, publicQuery(ctx.query));
      ctx.body = { data: POWER_LIST_LABELS };
    },

    async summary(ctx: Context) {
      ctx.body = { data: await items().summary(validate(summaryQuery, ctx.query)) };
    },

    async adjustments(ctx: Context) {
      const { locale: _locale, ...query } = validate(adjustmentQuery, ctx.query);
      const onlyItems = await items().publicIds();
      const { data, pagination } = await getService(strapi, 'adjustments').list(query, { onlyItems });
      ctx.body = { data, meta: { pagination } };
    },
  };
};
