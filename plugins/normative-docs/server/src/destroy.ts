import type { Core } from '@strapi/strapi';
import { unscheduleExpiry } from './setup/cron';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  unscheduleExpiry(strapi);
};
