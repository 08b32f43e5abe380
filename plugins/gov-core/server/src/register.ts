import type { Core } from '@strapi/strapi';
import { PUBLIC_ACTIONS } from './permissions';
import { PLUGIN_ID } from './utils/plugin-id';
import { getService } from './utils/get-service';
import { defaultAdminLanguage } from './setup/admin-language';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  getService(strapi, 'public-access').declare(PLUGIN_ID, PUBLIC_ACTIONS);
  defaultAdminLanguage(strapi);
};
