import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { adjustmentQuery, itemListQuery, localeQuery, summaryQuery } from '../schemas/queries';
import { withLabels } from '../services/items';
import { UID } from '../utils/constants';
import { getService } from '../utils/get-service';
import { validate } from '../utils/validate';

/** Public (content API) reads of the 权力清单: published, 不予公开 excluded, `locale` honoured. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  // Private fields (scope, adjustment notes) removed. No `auth`: the routes populate only public relations.
  const sanitize = (data: unknown) =>
    strapi.contentAPI.sanitize.output(data as any, strapi.getModel(UID.item as never));
  const items = () => getService(strapi, 'items');

  return {
    async items(ctx: Context) {
      const query = validate(itemListQuery, ctx.query);
      const { data, pagination } = await items().list(query);
      ctx.body = { data: ((await sanitize(data)) as any[]).map(withLabels), meta: { pagination } };
    },

    async item(ctx: Context) {
      const { locale } = validate(localeQuery, ctx.query);
      const item = await items().get(ctx.params.documentId, locale);
      if (!item) throw new errors.NotFoundError('权力事项不存在或未公开');
      const history = await getService(strapi, 'adjustments').list({
        item: item.documentId,
        pageSize: 100,
      });
      ctx.body = { data: { ...withLabels(await sanitize(item)), adjustments: history.data } };
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
