import type { Core } from '@strapi/strapi';
import { ADMIN_ACTIONS, IN_OWN_DEPARTMENT, ROLES } from '../permissions';
import { getService } from '../utils/get-service';

const CM = 'plugin::content-manager.explorer';
const STRUCTURE = ['plugin::gov-core.column', 'plugin::gov-core.department'];
const MEMBERSHIP = 'plugin::gov-core.membership';
const PROVISIONED_KEY = 'roles-provisioned';

type RoleKey = keyof typeof ROLES;
type Grant = { action: string; subject?: string | null; conditions?: string[] };

/** What each role may do with a content type, by kind of type. */
const grantsFor = (role: RoleKey, uid: string, isColumnType: boolean): Grant[] => {
  const all = (actions: string[], conditions: string[] = []) =>
    actions.map((a) => ({ action: `${CM}.${a}`, subject: uid, conditions }));
  if (role === 'webmaster')
    return all(
      isColumnType || STRUCTURE.includes(uid)
        ? ['create', 'read', 'update', 'delete', 'publish']
        : ['create', 'read', 'update', 'delete'],
    );
  if (!isColumnType) return STRUCTURE.includes(uid) ? all(['read']) : [];
  if (role === 'editor') return all(['create', 'read', 'update', 'delete'], [IN_OWN_DEPARTMENT]);
  return all(['read', 'publish'], [IN_OWN_DEPARTMENT]);
};

const pluginGrants: Record<RoleKey, string[]> = {
  webmaster: [
    ...ADMIN_ACTIONS.map((a) => `plugin::gov-core.${a.uid}`),
    'plugin::upload.read',
    'plugin::upload.assets.create',
    'plugin::upload.assets.update',
    'plugin::upload.assets.download',
    'plugin::upload.assets.copy-link',
  ],
  editor: [
    'plugin::upload.read',
    'plugin::upload.assets.create',
    'plugin::upload.assets.update',
    'plugin::upload.assets.download',
    'plugin::upload.assets.copy-link',
  ],
  reviewer: [
    'plugin::gov-core.reviews.read',
    'plugin::gov-core.reviews.decide',
    'plugin::gov-core.audit.read',
    'plugin::upload.read',
    'plugin::upload.assets.download',
  ],
};

/**
 * Creates the three portal roles once, and gives them their permissions on every registered column type —
 * including types registered later by other plugins — exactly once per (role, content type): what a super admin
 * removes afterwards is not put back.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Plugin actions other plugins want the portal roles to have (declared during their `register`). */
  const declared: Record<RoleKey, Set<string>> = {
    webmaster: new Set(),
    editor: new Set(),
    reviewer: new Set(),
  };

  return {
    /**
     * A plugin's admin actions for the portal roles, e.g. `declareGrants({ webmaster: ['plugin::x.import',
     * { action: 'plugin::content-manager.explorer.read', subject: 'plugin::x.y' }] })`.
     * Each is granted once; a super admin's later removal sticks.
     */
    declareGrants(grants: Partial<Record<RoleKey, (string | { action: string; subject: string })[]>>) {
      for (const [role, actions] of Object.entries(grants) as [
        RoleKey,
        (string | { action: string; subject: string })[],
      ][]) {
        for (const a of actions) declared[role].add(typeof a === 'string' ? a : `${a.action}|${a.subject}`);
      }
    },

    async ensureRoles() {
      const roleService = strapi.service('admin::role');
      const store = strapi.store({ type: 'plugin', name: 'gov-core' });
      const provisioned: Record<string, string[]> =
        ((await store.get({ key: PROVISIONED_KEY })) as any) ?? {};
      const columnTypes = getService(strapi, 'column-registry').uids();
      const subjects = [...new Set([...columnTypes, ...STRUCTURE, MEMBERSHIP])];
      const { actionProvider } = strapi.service('admin::permission');
      const cmFields = strapi
        .service('admin::content-type')
        .getPermissionsWithNestedFields(
          actionProvider.values().filter((a: any) => a.section === 'contentTypes'),
        ) as { action: string; subject: string; properties: Record<string, unknown> }[];
      // Localized types need the locales a role may work in (i18n's `locales` permission property).
      const locales = ((await strapi.plugin('i18n').service('locales').find()) as { code: string }[]).map(
        (l) => l.code,
      );
      const localized = (subject: string) =>
        (strapi.getModel(subject as never) as any)?.pluginOptions?.i18n?.localized === true;
      const propertiesOf = (action: string, subject: string) => {
        const base = cmFields.find((p) => p.action === action && p.subject === subject)?.properties ?? {};
        return localized(subject) ? { ...base, locales } : base;
      };

      const known = new Set(actionProvider.values().map((a: any) => a.actionId));
      for (const key of Object.keys(ROLES) as RoleKey[]) {
        const def = ROLES[key];
        let role = await strapi.db.query('admin::role').findOne({ where: { code: def.code } });
        if (!role)
          role = await roleService.create({ name: def.name, code: def.code, description: def.description });
        const done = new Set(provisioned[def.code] ?? []);
        const grants: Grant[] = [];
        for (const uid of subjects) {
          if (done.has(uid)) continue;
          grants.push(...grantsFor(key, uid, columnTypes.includes(uid)));
          done.add(uid);
        }
        for (const grant of [...pluginGrants[key], ...declared[key]]) {
          const [action, subject] = grant.split('|');
          if (done.has(grant) || !known.has(action)) continue;
          grants.push({ action, subject: subject ?? null });
          done.add(grant);
        }
        const permissions = grants
          .filter((g) => known.has(g.action))
          .map((g) => ({
            action: g.action,
            subject: g.subject ?? null,
            conditions: g.conditions ?? [],
            properties: g.subject ? propertiesOf(g.action, g.subject) : {},
          }));
        if (permissions.length) await roleService.addPermissions(role.id, permissions);
        provisioned[def.code] = [...done];
      }
      await store.set({ key: PROVISIONED_KEY, value: provisioned });
    },
  };
};
