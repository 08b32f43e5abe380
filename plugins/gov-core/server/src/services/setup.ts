import type { Core } from '@strapi/strapi';
import { ensurePortalLocales } from '../setup/locales';
import { getService } from '../utils/get-service';

/** Steps that must run after every plugin has bootstrapped (called from the app's bootstrap). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async afterPluginsBootstrap() {
    await ensurePortalLocales(strapi);
    await getService(strapi, 'public-access').sync();
    await getService(strapi, 'roles').ensureRoles();
  },
});
