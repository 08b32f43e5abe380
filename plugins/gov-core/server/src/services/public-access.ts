import type { Core } from '@strapi/strapi';

const PERMISSION_UID = 'plugin::users-permissions.permission';
const ROLE_UID = 'plugin::users-permissions.role';

/**
 * Public permissions as code. Plugins declare, during `register`, the content-API actions anyone may call
 * (`<controller>.<action>` within the plugin). `sync()` then makes the users-permissions *public* role hold
 * exactly those actions: it grants the missing ones and revokes everything else (including the default
 * sign-up/sign-in actions: a government portal has no public accounts).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const declared = new Map<string, Set<string>>();

  return {
    declare(pluginId: string, actions: readonly string[]) {
      const set = declared.get(pluginId) ?? new Set<string>();
      for (const action of actions) set.add(action.includes('::') ? action : `plugin::${pluginId}.${action}`);
      declared.set(pluginId, set);
    },

    declaredActions(): string[] {
      return [...declared.values()].flatMap((s) => [...s]).sort();
    },

    async sync() {
      const role = await strapi.db.query(ROLE_UID).findOne({ where: { type: 'public' } });
      if (!role) throw new Error('users-permissions public role is missing');

      const wanted = new Set(this.declaredActions());
      const existing: { id: number; action: string }[] = await strapi.db
        .query(PERMISSION_UID)
        .findMany({ where: { role: role.id } });

      const toRevoke = existing.filter((p) => !wanted.has(p.action));
      const have = new Set(existing.map((p) => p.action));
      const toGrant = [...wanted].filter((a) => !have.has(a));

      await strapi.db.transaction(async () => {
        if (toRevoke.length) {
          await strapi.db
            .query(PERMISSION_UID)
            .deleteMany({ where: { id: { $in: toRevoke.map((p) => p.id) } } });
        }
        for (const action of toGrant) {
          await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
        }
      });
      return { granted: toGrant, revoked: toRevoke.map((p) => p.action) };
    },
  };
};
