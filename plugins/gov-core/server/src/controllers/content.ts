import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';
import { localeQuery, pagination } from '../schemas/content-api';
import { publicQuery, validate } from '@gov-portal/kit';
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
      const { locale } = validate(localeQuery, publicQuery(ctx.query));
      ctx.body = { data: await content().columnTree(locale) };
    },

    async columnBySlug(ctx: Context) {
      const q = validate(pagination, publicQuery(ctx.query));
      const column = await content().columnBySlug(ctx.params.slug, q);
      if (!column) throw new errors.NotFoundError(`栏目“${ctx.params.slug}”不存在或未发布`);
      ctx.body = { data: column };
    },

    async departments(ctx: Context) {
      const { locale } = validate(localeQuery, publicQuery(ctx.query));
      ctx.body = { data: await content().departments(locale) };
    },

    labels(ctx: Context) {
      validate(localeQuery, publicQuery(ctx.query));
      ctx.body = { data: content().labels() };
    },
  };
};
