import type { Core } from '@strapi/strapi';
import { registerContentChecks } from './hooks/content-checks';
import { CHECK_ACTION } from './permissions';

// No content types and nothing public. The content checks join gov-core's write pipeline here (every plugin's
// rules are in place before any bootstrap writes); the profiles and the toolbar are wired in bootstrap.
export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerContentChecks(strapi);
  // The portal roles (网站管理员, 部门编辑, 审核员) get the content check when gov-core provisions them, once per
  // role, in the same bootstrap step (what a super admin removes afterwards is not put back).
  strapi
    .plugin('gov-core')
    ?.service('roles')
    ?.declareGrants({ webmaster: [CHECK_ACTION], editor: [CHECK_ACTION], reviewer: [CHECK_ACTION] });
};
