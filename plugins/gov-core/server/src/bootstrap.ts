import type { Core } from '@strapi/strapi';
import { ADMIN_ACTIONS } from './permissions';
import { getService } from './utils/get-service';
import { registerGovernanceMiddleware } from './middlewares/governance';
import { ensureIndexes } from './setup/indexes';
import { registerDisclosureMiddleware } from './middlewares/disclosure';
import { registerValidationMiddleware } from './middlewares/validation';
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
  // Order matters: governance (scope, review gate, audit, one transaction) wraps validation and 索引号 stamping.
  registerGovernanceMiddleware(strapi);
  registerValidationMiddleware(strapi);
  registerDisclosureMiddleware(strapi);
  registerUploadsGuard(strapi);
  hardenUploadService(strapi);
  cachePublicAbility(strapi);
};
