import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { documentListQuery, documentQuery } from '../schemas/queries';
import { fieldError } from '@gov-portal/kit';
import { getService } from '../utils/get-service';
import { validate } from '@gov-portal/kit';

/** Public reads of 规范性文件 (published, 不予公开 excluded at every depth), each with its validityBadge. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  // The content service reads through gov-core's public-read path (pruned, then Strapi's output sanitizer).
  const content = () => getService(strapi, 'content');

  return {
    async find(ctx: Context) {
      const q = validate(documentListQuery, ctx.query);
      if (q.topic) {
        // The 22 主题分类 are the enumeration of gov-core's disclosure component.
        const topics: string[] =
          (strapi.getModel('gov-core.disclosure' as never) as any)?.attributes?.topic?.enum ?? [];
        if (!topics.includes(q.topic)) {
          throw fieldError('topic', `须为主题分类代码之一：${topics.join(', ')}`, 'enum');
        }
      }
      const { data, pagination } = await content().documents(q);
      ctx.body = { data, meta: { pagination } };
    },

    async findOne(ctx: Context) {
      const q = validate(documentQuery, ctx.query);
      const doc = await content().document(ctx.params.documentId, q);
      if (!doc) throw new errors.NotFoundError('规范性文件不存在或未公开');
      ctx.body = { data: doc };
    },

    labels(ctx: Context) {
      ctx.body = { data: content().labels() };
    },
  };
};
