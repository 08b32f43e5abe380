import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { articleListQuery, localeQuery, pagination } from '../schemas/content-api';
import { validate } from '@gov-portal/kit';
import { getService } from '../utils/get-service';

/**
 * Public (content API) reads: published, 不予公开 excluded at every depth, `locale` honoured — the content
 * service reads through gov-core's public-read path, which also applies Strapi's output sanitizer. No `auth`
 * for that sanitizer: these routes populate only what is public by design (departments, columns, publishers),
 * which Strapi's restricted-relation check would otherwise strip (the public role has no core `find` on them).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const content = () => getService(strapi, 'content');

  return {
    async columnTree(ctx: Context) {
      const { locale } = validate(localeQuery, ctx.query);
      ctx.body = { data: await content().columnTree(locale) };
    },

    async columnBySlug(ctx: Context) {
      const q = validate(pagination, ctx.query);
      const column = await content().columnBySlug(ctx.params.slug, q);
      if (!column) throw new errors.NotFoundError(`栏目“${ctx.params.slug}”不存在或未发布`);
      if (column.items) {
        const items = column.items as { data: unknown[]; pagination: unknown };
        column.items = { data: items.data, meta: { pagination: items.pagination } };
      }
      ctx.body = { data: column };
    },

    async articles(ctx: Context) {
      const q = validate(articleListQuery, ctx.query);
      const { data, pagination: p } = await content().articles(q);
      ctx.body = { data, meta: { pagination: p } };
    },

    async article(ctx: Context) {
      const { locale } = validate(localeQuery, ctx.query);
      const article = await content().article(ctx.params.documentId, locale);
      if (!article) throw new errors.NotFoundError('信息不存在或未公开');
      ctx.body = { data: article };
    },

    async departments(ctx: Context) {
      const { locale } = validate(localeQuery, ctx.query);
      ctx.body = { data: await content().departments(locale) };
    },

    labels(ctx: Context) {
      ctx.body = { data: content().labels() };
    },
  };
};
