import type { Core } from '@strapi/strapi';
import { ADMIN_ACTIONS } from './permissions';
import { registerItemMiddleware } from './middlewares/items';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
  // Registered after gov-core's (its plugin boots first): runs inside its governance transaction.
  registerItemMiddleware(strapi);
};
