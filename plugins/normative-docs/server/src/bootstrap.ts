import type { Core } from '@strapi/strapi';
import { ADMIN_ACTIONS } from './permissions';
import { scheduleExpiry } from './setup/cron';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').actionProvider.registerMany(ADMIN_ACTIONS);
  scheduleExpiry(strapi);
};
