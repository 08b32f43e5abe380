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

/** Strapi's "is creator" condition: a media-library grant limited to the files the user uploaded. */
const IS_CREATOR = 'admin::is-creator';
/** Media-library actions a department role holds only on its own uploads (the 部门编辑 and 审核员). */
const OWN_UPLOADS = [
  'plugin::upload.read',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];
const own = (actions: string[]): Grant[] =>
  actions.map((action) => ({ action, conditions: OWN_UPLOADS.includes(action) ? [IS_CREATOR] : [] }));

const pluginGrants: Record<RoleKey, (string | Grant)[]> = {
  webmaster: [
    ...ADMIN_ACTIONS.map((a) => `plugin::gov-core.${a.uid}`),
    'plugin::upload.read',
    'plugin::upload.assets.create',
    'plugin::upload.assets.update',
    'plugin::upload.assets.download',
    'plugin::upload.assets.copy-link',
    // 「配置视图」: labels, descriptions and layouts of the content manager (services/admin-layouts.ts).
    'plugin::content-manager.collection-types.configure-view',
    'plugin::content-manager.components.configure-layout',
  ],
  editor: own([
    'plugin::upload.read',
    'plugin::upload.assets.create',
    'plugin::upload.assets.update',
    'plugin::upload.assets.download',
    'plugin::upload.assets.copy-link',
  ]),
  reviewer: [
    'plugin::gov-core.reviews.read',
    'plugin::gov-core.reviews.decide',
    'plugin::gov-core.audit.read',
    ...own(['plugin::upload.read', 'plugin::upload.assets.download']),
  ],
};

/** One-time security migration: installs provisioned before the media grants were limited to own uploads. */
const SCOPED_UPLOADS_KEY = 'upload-grants-scoped';
const SCOPED_UPLOAD_ROLES: RoleKey[] = ['editor', 'reviewer'];

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
        for (const entry of [...pluginGrants[key], ...declared[key]]) {
          const grant = typeof entry === 'string' ? entry : entry.action;
          const [action, subject] = grant.split('|');
          if (done.has(grant) || !known.has(action)) continue;
          grants.push({
            action,
            subject: subject ?? null,
            conditions: typeof entry === 'string' ? [] : entry.conditions,
          });
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
      await this.scopeUploadGrants();
    },

    /**
     * Once per install: the 部门编辑 and 审核员 roles' media-library grants that still have no condition (as
     * provisioned before) get `admin::is-creator`, so a department sees and changes only its own uploads.
     * A grant a super admin removed, or gave conditions of their own, is left as it is; a grant added later
     * without conditions is a super admin's decision and is not touched again.
     */
    async scopeUploadGrants() {
      const store = strapi.store({ type: 'plugin', name: 'gov-core' });
      if (await store.get({ key: SCOPED_UPLOADS_KEY })) return;
      for (const key of SCOPED_UPLOAD_ROLES) {
        const role = await strapi.db.query('admin::role').findOne({ where: { code: ROLES[key].code } });
        if (!role) continue;
        const permissions = (await strapi.db.query('admin::permission').findMany({
          where: { role: { id: role.id }, action: { $in: OWN_UPLOADS } },
        })) as { id: number; conditions?: string[] | null }[];
        for (const p of permissions) {
          if ((p.conditions ?? []).length) continue;
          await strapi.db
            .query('admin::permission')
            .update({ where: { id: p.id }, data: { conditions: [IS_CREATOR] } });
        }
      }
      await store.set({ key: SCOPED_UPLOADS_KEY, value: { at: new Date().toISOString() } });
    },
  };
};
