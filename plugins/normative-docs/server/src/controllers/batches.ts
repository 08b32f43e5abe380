import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { batchListQuery, localeQuery } from '../schemas/queries';
import { getService } from '../utils/get-service';
import { validate } from '@gov-portal/kit';

/** Public 清理结果: published cleanup batches with their rows. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const q = validate(batchListQuery, ctx.query);
    const { data, pagination } = await getService(strapi, 'content').batches(q);
    ctx.body = { data, meta: { pagination } };
  },

  async findOne(ctx: Context) {
    validate(localeQuery, ctx.query);
    const batch = await getService(strapi, 'content').batch(ctx.params.id);
    if (!batch) throw new errors.NotFoundError('清理批次不存在或未发布');
    ctx.body = { data: batch };
  },
});
