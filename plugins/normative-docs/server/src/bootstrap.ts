import type { Core } from '@strapi/strapi';
import { ADMIN_ACTIONS } from './permissions';
import { registerDocumentMiddleware } from './middlewares/documents';
import { registerBatchMiddleware } from './middlewares/batches';
import { scheduleExpiry } from './setup/cron';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
  // Registered after gov-core's (its plugin boots first): these run inside its governance transaction.
  registerDocumentMiddleware(strapi);
  registerBatchMiddleware(strapi);
  scheduleExpiry(strapi);
};
