import type { Core } from '@strapi/strapi';
import { ADMIN_ACTIONS } from './permissions';
import { createProfileMiddleware } from './middlewares/profile';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
  // Like chinese-variants: after the app's middlewares, before the router (mounted after bootstrap).
  strapi.server.use(createProfileMiddleware(strapi));
};
