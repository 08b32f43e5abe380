import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { indexNumberQuery, publishDateCorrection, publishDateHistoryQuery } from '../schemas/content-api';
import { validate } from '@gov-portal/kit';
import { getService } from '../utils/get-service';

const callerOf = (ctx: Context) => ctx.state.user as { id: number; email: string };

/** Admin: the recorded correction of a 发布日期, and the register of issued 索引号 — within the caller's scope. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async correctPublishDate(ctx: Context) {
    const input = validate(publishDateCorrection, (ctx.request as any).body);
    const user = callerOf(ctx);
    ctx.body = {
      data: await getService(strapi, 'publish-date').correct(input, { id: user.id, email: user.email }),
    };
  },

  async publishDateHistory(ctx: Context) {
    const filter = validate(publishDateHistoryQuery, ctx.query);
    ctx.body = { data: await getService(strapi, 'publish-date').history(filter, callerOf(ctx)) };
  },

  async indexNumbers(ctx: Context) {
    const query = validate(indexNumberQuery, ctx.query);
    const rows = await getService(strapi, 'index-numbers').list(query);
    const readable = await getService(strapi, 'scoping').readable(
      callerOf(ctx),
      rows.map((r: any) => ({ uid: r.contentType, documentId: r.documentId })),
    );
    ctx.body = { data: rows.filter((r: any) => readable.has(`${r.contentType}|${r.documentId}`)) };
  },
});
