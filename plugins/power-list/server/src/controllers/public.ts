import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { POWER_LIST_LABELS } from '../data/labels';
import { adjustmentQuery, emptyQuery, itemListQuery, localeQuery, summaryQuery } from '../schemas/queries';
import { withLabels } from '../services/items';
import { getService } from '../utils/get-service';
import { validate } from '@gov-portal/kit';

/** Public (content API) reads of the 权力清单: published, 不予公开 excluded at every depth, `locale` honoured. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  // The items service reads through gov-core's public-read path (pruned, then Strapi's output sanitizer).
  const items = () => getService(strapi, 'items');

  return {
    async items(ctx: Context) {
      const query = validate(itemListQuery, ctx.query);
      const { data, pagination } = await items().list(query);
      ctx.body = { data: data.map(withLabels), meta: { pagination } };
    },

    async item(ctx: Context) {
      const { locale } = validate(localeQuery, ctx.query);
      const item = await items().get(ctx.params.documentId, locale);
      if (!item) throw new errors.NotFoundError('权力事项不存在或未公开');
      const history = await getService(strapi, 'adjustments').list({
        item: item.documentId,
        pageSize: 100,
      });
      ctx.body = { data: { ...withLabels(item), adjustments: history.data } };
    },

    labels(ctx: Context) {
      validate(emptyQuery, ctx.query);
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
