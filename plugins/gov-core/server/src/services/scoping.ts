import type { Core } from '@strapi/strapi';
import { IN_OWN_DEPARTMENT, SCOPE_FIELD } from '../permissions';

const MEMBERSHIP = 'plugin::gov-core.membership';
const CM = 'plugin::content-manager.explorer';

/** Document-service action → the content-manager RBAC action that governs it. */
export const CM_ACTION: Record<string, string> = {
  create: `${CM}.create`,
  update: `${CM}.update`,
  delete: `${CM}.delete`,
  publish: `${CM}.publish`,
  unpublish: `${CM}.publish`,
  discardDraft: `${CM}.update`,
  // A copy is a create of content read from its source: both permissions are judged (middlewares/governance.ts).
  clone: `${CM}.create`,
  findOne: `${CM}.read`,
  findFirst: `${CM}.read`,
  findMany: `${CM}.read`,
  count: `${CM}.read`,
};

/**
 * Department scoping. Items carry a scalar `scopeDepartment` (the documentId of their department), kept in step
 * with the `department` relation on every write, so that the RBAC condition `in-own-department` is a query on a
 * scalar (Strapi 5.54 matches conditions in memory for single entries and cannot follow relations there).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** documentIds of the departments an admin user belongs to. */
  async departmentsOf(userId: number): Promise<string[]> {
    const memberships = await strapi.db.query(MEMBERSHIP).findMany({
      where: { user: { id: userId } },
      populate: { departments: { select: ['documentId'] } },
    });
    return [
      ...new Set(memberships.flatMap((m: any) => (m.departments ?? []).map((d: any) => d.documentId))),
    ] as string[];
  },

  /** The RBAC condition's query: entries whose scope is one of the user's departments. */
  async conditionQuery(user: { id: number }) {
    return { [SCOPE_FIELD]: { $in: await this.departmentsOf(user.id) } };
  },

  /**
   * Whether the user's permission for this action on this content type is limited to their departments
   * (`null`: the user has no such permission at all; the content-manager refuses on its own).
   */
  async isScoped(userId: number, uid: string, action: string): Promise<boolean | null> {
    const cmAction = CM_ACTION[action];
    // Default deny: an action without a known permission is treated as limited to the user's departments.
    if (!cmAction) return true;
    const user = await strapi.db.query('admin::user').findOne({ where: { id: userId }, populate: ['roles'] });
    if (!user) return null;
    if (user.roles?.some((r: any) => r.code === 'strapi-super-admin')) return false;
    const permissions = await strapi.service('admin::permission').findMany({
      where: { role: { id: { $in: user.roles.map((r: any) => r.id) } }, action: cmAction, subject: uid },
    });
    if (!permissions.length) return null;
    // Scoped only if every granting permission carries the condition (one unconditioned grant lifts it).
    return permissions.every((p: any) => (p.conditions ?? []).includes(IN_OWN_DEPARTMENT));
  },
});
