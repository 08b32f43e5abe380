import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { reachIncludes, type Reach } from '../domain/scope';
import { SCOPE_FIELD } from '../permissions';
import { fieldError } from '@gov-portal/kit';

const MEMBERSHIP = 'plugin::gov-core.membership';
const DEPARTMENT = 'plugin::gov-core.department';
const CM = 'plugin::content-manager.explorer';

/** Document-service action → the content-manager RBAC action that governs it. */
export const CM_ACTION: Record<string, string> = {
  create: `${CM}.create`,
  update: `${CM}.update`,
  delete: `${CM}.delete`,
  publish: `${CM}.publish`,
  unpublish: `${CM}.publish`,
  discardDraft: `${CM}.update`,
  // Not a document action: for admin routes that read one entry (the 繁体 preview).
  read: `${CM}.read`,
  // A copy is a create of content read from its source: both permissions are judged (middlewares/governance.ts).
  clone: `${CM}.create`,
  findOne: `${CM}.read`,
  findFirst: `${CM}.read`,
  findMany: `${CM}.read`,
  count: `${CM}.read`,
};

/** What an admin route does with a document, as a content-manager permission. */
export type AccessAction = 'read' | 'create' | 'update' | 'delete' | 'publish';

/** An admin user as the routes see it (`ctx.state.user`); null, or no id, is the system (seeds, jobs). */
export type AdminCaller = { id: number | null } | null | undefined;

const callerId = (user: AdminCaller): number | null => (user && typeof user.id === 'number' ? user.id : null);

export type { Reach };

/** One answer for "not yours" and "does not exist", so a scoped caller cannot probe other departments. */
export const OUT_OF_SCOPE = '无权访问该信息（不在您所属部门的范围内，或该信息不存在）';

type Checker = {
  can: Record<AccessAction, (entity?: object) => boolean>;
  cannot: Record<AccessAction, (entity?: object) => boolean>;
};

/**
 * Department scoping. Items carry a scalar `scopeDepartment` (the documentId of their department), kept in step
 * with the `department` relation on every write, so that the RBAC condition `in-own-department` is a query on a
 * scalar (Strapi 5.54 matches conditions in memory for single entries and cannot follow relations there).
 *
 * The admin routes of every plugin ask this service (`reach`, `assertCanAccess`, `readable`) instead of deciding
 * scope themselves: the answer comes from Strapi's permission engine (the caller's CASL ability and the
 * content-manager permission checker), so every condition a super admin puts on a grant is honoured, and an
 * unknown condition denies rather than widens.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const abilities = new WeakMap<object, Map<number, Promise<unknown>>>();

  /** The caller's ability: the request's own when it is the caller's, else built by the permission engine. */
  const abilityOf = async (user: { id: number }): Promise<unknown> => {
    const ctx: any = strapi.requestContext.get();
    if (ctx?.state?.userAbility && ctx.state.user?.id === user.id) return ctx.state.userAbility;
    const cacheKey: object = ctx ?? strapi;
    let perCtx = abilities.get(cacheKey);
    if (!perCtx) abilities.set(cacheKey, (perCtx = new Map()));
    if (!perCtx.has(user.id)) {
      perCtx.set(
        user.id,
        (async () => {
          const full = await strapi.db
            .query('admin::user')
            .findOne({ where: { id: user.id }, populate: ['roles'] });
          if (!full) throw new errors.UnauthorizedError();
          return strapi.service('admin::permission').engine.generateUserAbility(full);
        })(),
      );
    }
    return perCtx.get(user.id)!;
  };

  const checkerFor = async (user: { id: number }, uid: string): Promise<Checker> =>
    strapi
      .plugin('content-manager')
      .service('permission-checker')
      .create({ userAbility: await abilityOf(user), model: uid }) as Checker;

  /**
   * Whether a stand-in item of department `department` (null: of no department) passes the caller's
   * conditions in at least one locale the type is stored in. Conditions other than the department one (i18n's
   * locale condition, is-creator …) are evaluated as they are: one the stand-in cannot satisfy denies.
   */
  const passes = async (checker: Checker, uid: string, action: AccessAction, department: string | null) => {
    const localized = (strapi.getModel(uid as never) as any)?.pluginOptions?.i18n?.localized === true;
    const locales: (string | undefined)[] = localized
      ? ((await strapi.plugin('i18n').service('locales').find()) as { code: string }[]).map((l) => l.code)
      : [undefined];
    return locales.some((locale) =>
      checker.can[action]({ [SCOPE_FIELD]: department, ...(locale ? { locale } : {}) }),
    );
  };

  const assertContentType = (uid: unknown, field: string) => {
    if (typeof uid !== 'string' || !strapi.contentTypes[uid as keyof typeof strapi.contentTypes])
      throw fieldError(field, `“${String(uid)}”不是已知的内容类型`, 'content-type');
    return uid;
  };

  const allDepartments = async (): Promise<string[]> => {
    const rows = await strapi.db.query(DEPARTMENT).findMany({ select: ['documentId'] });
    return [...new Set(rows.map((r: any) => r.documentId as string))];
  };

  return {
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
     * (`null`: the user has no such permission at all; the content-manager refuses on its own). Only an
     * unconditioned grant lifts the limit: a grant under any other condition (is-creator …) is not a licence
     * to every department.
     */
    async isScoped(userId: number, uid: string, action: string): Promise<boolean | null> {
      const cmAction = CM_ACTION[action];
      // Default deny: an action without a known permission is treated as limited to the user's departments.
      if (!cmAction) return true;
      const user = await strapi.db
        .query('admin::user')
        .findOne({ where: { id: userId }, populate: ['roles'] });
      if (!user) return null;
      if (user.roles?.some((r: any) => r.code === 'strapi-super-admin')) return false;
      const permissions = await strapi.service('admin::permission').findMany({
        where: { role: { id: { $in: user.roles.map((r: any) => r.id) } }, action: cmAction, subject: uid },
      });
      if (!permissions.length) return null;
      return !permissions.some((p: any) => (p.conditions ?? []).length === 0);
    },

    /**
     * How far the caller reaches on `uid` for `action`, for lists (queues, logs, exports, adjustments):
     * everywhere when an item of no department passes the caller's conditions; else the departments d for
     * which an item `{ scopeDepartment: d }` passes them (so `in-own-department` gives the caller's departments
     * and a condition that needs more than the department gives nothing).
     */
    async reach(caller: AdminCaller, uid: string, action: AccessAction = 'read'): Promise<Reach> {
      const id = callerId(caller);
      if (id === null) return { kind: 'all' };
      const user = { id };
      if (!strapi.contentTypes[uid as keyof typeof strapi.contentTypes]) return { kind: 'none' };
      const checker = await checkerFor(user, uid);
      if (checker.cannot[action]()) return { kind: 'none' };
      // An item outside every department passes only a grant that is not limited to departments.
      if (await passes(checker, uid, action, null)) return { kind: 'all' };
      const departments: string[] = [];
      for (const d of await allDepartments()) if (await passes(checker, uid, action, d)) departments.push(d);
      return { kind: 'departments', departments };
    },

    /**
     * Refuses (403) unless the caller may do `action` on this very document — every stored version of it
     * (draft, published, each locale). A document that does not exist is a 404 for a caller who reaches every
     * department, and the same 403 as "not yours" for a scoped caller (no probing of other departments).
     * Returns the document's rows.
     */
    async assertCanAccess(
      caller: AdminCaller,
      uid: unknown,
      documentId: unknown,
      action: AccessAction = 'read',
      {
        uidField = 'uid',
        documentIdField = 'documentId',
      }: { uidField?: string; documentIdField?: string } = {},
    ): Promise<Record<string, any>[]> {
      const contentType = assertContentType(uid, uidField);
      if (typeof documentId !== 'string' || !documentId.trim())
        throw fieldError(documentIdField, '须为文档 ID（documentId）', 'required');
      const rows: Record<string, any>[] = await strapi.db
        .query(contentType as never)
        .findMany({ where: { documentId } });
      const id = callerId(caller);
      if (id === null) {
        if (!rows.length) throw new errors.NotFoundError(`文档 ${documentId} 不存在`);
        return rows;
      }
      const user = { id };
      const checker = await checkerFor(user, contentType);
      if (checker.cannot[action]()) throw new errors.PolicyError('没有该内容类型的相应权限');
      const reach = await this.reach(user, contentType, action);
      if (!rows.length) {
        if (reach.kind !== 'all') throw new errors.PolicyError(OUT_OF_SCOPE);
        throw new errors.NotFoundError(`文档 ${documentId} 不存在`);
      }
      // Every version (draft, published) must be in the caller's departments — a draft moved to another
      // department leaves its published version behind — and at least one version must pass every condition
      // of the grant (locale, …) as it is stored.
      const inDepartments = reach.kind === 'all' || rows.every((r) => reachIncludes(reach, r[SCOPE_FIELD]));
      if (!inDepartments || !rows.some((r) => checker.can[action]({ ...r })))
        throw new errors.PolicyError(OUT_OF_SCOPE);
      return rows;
    },

    /**
     * Of some (content type, documentId) references, the keys `uid|documentId` the caller may `action` — for
     * lists of records about documents (corrections, 索引号, histories). Unknown types and documents that
     * no longer exist are visible only to callers who reach every department of that type.
     */
    async readable(
      user: AdminCaller,
      refs: { uid: string; documentId: string }[],
      action: AccessAction = 'read',
    ): Promise<Set<string>> {
      const key = (uid: string, documentId: string) => `${uid}|${documentId}`;
      const out = new Set<string>();
      const byType = new Map<string, Set<string>>();
      for (const r of refs) {
        if (!byType.has(r.uid)) byType.set(r.uid, new Set());
        byType.get(r.uid)!.add(r.documentId);
      }
      for (const [uid, ids] of byType) {
        const reach = await this.reach(user, uid, action);
        if (reach.kind === 'none') continue;
        if (reach.kind === 'all') {
          ids.forEach((id) => out.add(key(uid, id)));
          continue;
        }
        if (!(SCOPE_FIELD in ((strapi.getModel(uid as never) as any)?.attributes ?? {}))) continue;
        const list = [...ids];
        for (let i = 0; i < list.length; i += 500) {
          const rows = await strapi.db.query(uid as never).findMany({
            where: { documentId: { $in: list.slice(i, i + 500) } },
            select: ['documentId', SCOPE_FIELD],
          });
          const denied = new Set<string>();
          const allowed = new Set<string>();
          for (const r of rows as any[]) {
            if (reachIncludes(reach, r[SCOPE_FIELD])) allowed.add(r.documentId);
            else denied.add(r.documentId);
          }
          allowed.forEach((id) => !denied.has(id) && out.add(key(uid, id)));
        }
      }
      return out;
    },

    /**
     * `assertCanAccess` for a documentId whose content type is one of `uids` (a query that names only the
     * document): the types holding it are each checked; none holding it is a 404, or the 403 of "not yours"
     * for a caller scoped on any of those types.
     */
    async assertCanAccessAny(
      user: AdminCaller,
      uids: string[],
      documentId: unknown,
      action: AccessAction = 'read',
      fields: { uidField?: string; documentIdField?: string } = {},
    ): Promise<string[]> {
      if (typeof documentId !== 'string' || !documentId.trim())
        throw fieldError(fields.documentIdField ?? 'documentId', '须为文档 ID（documentId）', 'required');
      const holding: string[] = [];
      for (const uid of uids) {
        if (await strapi.db.query(uid as never).count({ where: { documentId } })) holding.push(uid);
      }
      if (!holding.length) {
        if (callerId(user) !== null) {
          for (const uid of uids) {
            if ((await this.reach(user, uid, action)).kind === 'departments')
              throw new errors.PolicyError(OUT_OF_SCOPE);
          }
        }
        throw new errors.NotFoundError(`文档 ${documentId} 不存在`);
      }
      for (const uid of holding) await this.assertCanAccess(user, uid, documentId, action, fields);
      return holding;
    },
  };
};
