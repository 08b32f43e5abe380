import type { Core } from '@strapi/strapi';
import { ADMIN_ACTIONS } from './permissions';
import { getService } from './utils/get-service';
import { ensureIndexes } from './setup/indexes';
import { registerUploadsGuard } from './middlewares/uploads';
import { hardenUploadService } from './setup/upload-hardening';
import { cachePublicAbility } from './setup/public-ability';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const permissions = strapi.service('admin::permission');
  await permissions.actionProvider.registerMany(ADMIN_ACTIONS);
  await permissions.conditionProvider.register({
    displayName: '本部门内容（部门成员）',
    name: 'in-own-department',
    plugin: 'gov-core',
    handler: (user: { id: number }) => getService(strapi, 'scoping').conditionQuery(user),
  });
  await getService(strapi, 'index-numbers').ensureTables();
  await ensureIndexes(strapi);
  // The one write pipeline (services/pipeline.ts): governance, validation, 索引号 stamping, then every plugin's
  // global and type hooks, in a fixed order whatever the order of the plugins.
  strapi.documents.use(getService(strapi, 'pipeline').middleware);
  registerUploadsGuard(strapi);
  hardenUploadService(strapi);
  cachePublicAbility(strapi);
  // Chinese labels and layouts in the content manager (its configurations are synced by its own bootstrap,
  // which runs before the plugins').
  await getService(strapi, 'admin-layouts').apply();
};
