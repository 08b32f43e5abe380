import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { historyPopulate } from '../setup/document-api';
import { getService, govCore } from '../utils/get-service';
import { UID } from '../utils/plugin-id';
import { localeQuery } from '../schemas/queries';
import { validate } from '@gov-portal/kit';

/**
 * Public reads of 规范性文件 through gov-core's public content API (Strapi's query language, public rules at
 * every depth), each with its validityBadge; `populate=history` adds the validity changes.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  ...govCore(strapi, 'public-api').controller(UID.document, {
    extraPopulate: { history: historyPopulate(strapi) },
  }),

  labels(ctx: Context) {
    validate(localeQuery, ctx.query);
    ctx.body = { data: getService(strapi, 'content').labels() };
  },
});
