import type { Core } from '@strapi/strapi';
import { ADMIN_ACTIONS } from './permissions';
import { createContentApiMiddleware } from './middlewares/content-api';
import { getService } from './utils/get-service';
import type { ChineseVariantsConfig } from './config';
import { PLUGIN_ID } from './utils/plugin-id';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
  // Added after the app's middlewares (strapi::query, strapi::body are in place) and before the router,
  // which the server mounts after bootstrap: it wraps every route.
  strapi.server.use(createContentApiMiddleware(strapi));
  if ((strapi.config.get(`plugin::${PLUGIN_ID}`) as ChineseVariantsConfig).warmUp) {
    getService(strapi, 'overrides').converter().warmUp();
  }
  await getService(strapi, 'overrides').ensureFresh();
};
