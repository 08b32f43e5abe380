import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { indexNumberQuery, publishDateCorrection } from '../schemas/content-api';
import { validate } from '../utils/validate';
import { getService } from '../utils/get-service';

/** Admin: the recorded correction of a 发布日期, and the register of issued 索引号. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async correctPublishDate(ctx: Context) {
    const input = validate(publishDateCorrection, (ctx.request as any).body);
    const user = ctx.state.user as { id: number; email: string };
    ctx.body = {
      data: await getService(strapi, 'publish-date').correct(input, { id: user.id, email: user.email }),
    };
  },

  async publishDateHistory(ctx: Context) {
    const { contentType, documentId } = ctx.query as Record<string, string | undefined>;
    ctx.body = { data: await getService(strapi, 'publish-date').history({ contentType, documentId }) };
  },

  async indexNumbers(ctx: Context) {
    const query = validate(indexNumberQuery, ctx.query);
    ctx.body = { data: await getService(strapi, 'index-numbers').list(query) };
  },
});
