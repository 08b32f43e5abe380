import type { Core } from '@strapi/strapi';
import { CHECK_ACTION, PORTAL_ROLE_CODES } from '../permissions';

const STORE_KEY = 'roles-provisioned';

/**
 * Gives the portal roles (网站管理员, 部门编辑, 审核员 — created by gov-core after the plugins' bootstrap) the
 * content check, once per role: what a super admin removes afterwards is not put back.
 */
export const provisionPortalRoles = (strapi: Core.Strapi) => {
  const store = strapi.store({ type: 'plugin', name: 'accessibility' });
  let running: Promise<void> = Promise.resolve();

  const grant = async () => {
    const done: string[] = ((await store.get({ key: STORE_KEY })) as string[] | null) ?? [];
    const roles = await strapi.db
      .query('admin::role')
      .findMany({ where: { code: { $in: PORTAL_ROLE_CODES.filter((c) => !done.includes(c)) } } });
    for (const role of roles) {
      await strapi
        .service('admin::role')
        .addPermissions(role.id, [{ action: CHECK_ACTION, subject: null, conditions: [], properties: {} }]);
      done.push(role.code);
    }
    if (roles.length) await store.set({ key: STORE_KEY, value: done });
  };
  const schedule = () => {
    running = running.then(grant).catch((e) => {
      strapi.log.error(`[accessibility] role provisioning: ${e}`);
    });
    return running;
  };

  strapi.db.lifecycles.subscribe({
    models: ['admin::role'],
    afterCreate(event: any) {
      if ((PORTAL_ROLE_CODES as readonly string[]).includes(event.result?.code)) setImmediate(schedule);
    },
  });
  return schedule();
};
