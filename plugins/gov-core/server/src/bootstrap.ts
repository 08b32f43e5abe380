import type { Core } from '@strapi/strapi';
import { ADMIN_ACTIONS } from './permissions';
import { getService } from './utils/get-service';
import { registerDisclosureMiddleware } from './middlewares/disclosure';
import { registerValidationMiddleware } from './middlewares/validation';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
  await getService(strapi, 'index-numbers').ensureTables();
  registerValidationMiddleware(strapi);
  registerDisclosureMiddleware(strapi);
};
