import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../utils/get-service';
import openApiSpec from '../openapi/spec';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  index(ctx: Context) {
    ctx.body = getService(strapi, 'info').describe();
  },

  /** The hand-kept OpenAPI 3.1 document of gov-core's routes (checked against the routes by a test). */
  openapi(ctx: Context) {
    ctx.body = openApiSpec;
  },
});
